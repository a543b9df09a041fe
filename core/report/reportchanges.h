#pragma once
// What changed since the previous steering committee (or since the
// partnership's start), read from the journal: grouped by step of the
// journey, then by person, with the items they changed. Private items are
// never named. The synthesis and the committee pack print it.

#include "journal/itemlabel.h"
#include "report/reportoptions.h"
#include "report/reportwriting.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace alliance::report {

/// What one person changed in one step since a date.
struct AuthorChanges
{
    QString author; ///< "Claire Martin (Passerelles 31)", on one line
    /// The first items changed (at most the `namedItems` asked), named as
    /// users know them, in order of first change.
    QStringList items;
    int itemCount = 0; ///< items changed, named or not
    /// The kinds of items changed ("Indicator") and how many of each, in order of first change.
    QList<QPair<QString, int>> kinds;
    int changes = 0; ///< field changes counted
};

/// The changes of one step of the journey since a date.
struct StepChanges
{
    QString stepId; ///< a method::steps() id; empty for the partnership as a whole (title, period, sharing)
    QList<AuthorChanges> authors; ///< in order of first change
    int changes = 0;
};

/// What changed since the previous committee (or since the start).
struct ChangesSince
{
    QDate since;                 ///< changes made after this day count; invalid: every change counts
    bool afterCommittee = false; ///< `since` is the previous steering committee's date
    QString committeeTitle;      ///< that committee's title, may be empty
    bool journalRead = false;    ///< false when no journal was given (nothing can be said)
    QList<StepChanges>
        steps; ///< the seven steps in the method's order, then the partnership as a whole; only those with changes
    int changes = 0;
};

/// The changes `journal` holds made after the day `since` (every change
/// when `since` is invalid), grouped by step and author, for items the
/// report shows: items of `full` left out of `shown` (private ones) are
/// never named, nor deleted items of tables that can be private unless
/// `includePrivate`. Each author's first `namedItems` items are named. An
/// empty `journal` gives journalRead false.
ChangesSince changesSince(const Project &full, const Project &shown, const QueryRows &journal, const QDate &since,
                          bool includePrivate, int namedItems = 10);

/// The date changes are counted from: the previous steering committee's date
/// (before `today`), else the partnership's start date (invalid when it has
/// none). `afterCommittee` and `title` say which.
QDate changesSinceDate(const Project &project, const QDate &today, bool *afterCommittee = nullptr,
                       QString *title = nullptr);

/// What changed since the previous committee for the report `w` writes
/// (its project without private items unless options.includePrivate), read
/// from options.journal; `full` is the project with its private items.
ChangesSince reportedChanges(const Writing &w, const Project &full, const Options &options);

} // namespace alliance::report
