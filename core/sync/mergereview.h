#pragma once
// What a merge changes, for people: one row per field, the item and field by
// their names, the value before and after in full, who changed it and when;
// and, once applied, what it did per step and how the conflicts were settled.
// Made from a MergePlan; reads only. The merge review dialog shows these and
// the app's summary after a merge says them.

#include "sync/merge.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace alliance::sync {

/// One field a merge changes in mine, without a conflict: their latest
/// change of it, which wins by clock.
struct IncomingChange
{
    QString table;
    QUuid entityId;
    QString field;
    QString stepId;       ///< the method step it belongs to; empty when none
    QString partner;      ///< the author's organisation, else the author, else "Unknown author"
    QString item;         ///< "Indicator: Ateliers"; an item new in their copy is named by its incoming values
    QString fieldLabel;   ///< "Target", from the schema's labels (translated)
    QString before;       ///< mine's value as people read it, whole; "(new item)" when mine lacks the item
    QString after;        ///< their value, likewise
    bool newItem = false; ///< mine lacks the item: the merge creates it
    FieldVersion by;      ///< who made the change and when
};

/// The fields `plan` changes in `mine` that are not conflicts (those are in
/// plan.conflicts), ordered by partner, then step in the method's order
/// (changes outside the steps last), then item as they came in. Fields whose
/// incoming value is already mine's are left out, and so are a new item's
/// fields its name already shows (the organisation of a need's answer). Reads mine's working copy.
QList<IncomingChange> incomingChanges(const Document &mine, const MergePlan &plan);

/// "6. Pilot"; "Outside the steps" for an empty or unknown id. Translated.
QString stepTitle(const QString &stepId);

/// "Léa Martin (Ville de Lyon)"; "Léa Martin" without an organisation;
/// "Unknown author" without a name. On one line, cut at 60 characters each.
QString authorText(const FieldVersion &version);

/// "2 changes and 1 conflict came in from “file”.": the changes counted as
/// incomingChanges() lists them, the conflicts apart. Translated.
QString incomingHeadline(const QString &fileName, int changes, int conflicts);

/// What an applied merge did.
struct MergeOutcome
{
    struct StepCount
    {
        QString stepId;
        int changes = 0;
    };
    QString fileName;
    QList<StepCount> steps; ///< fields that took their value, per step, in the method's order
    int changes = 0;        ///< the sum of steps
    QStringList from;       ///< authors of those changes (authorText), sorted
    int conflictsKeptMine = 0;
    int conflictsTookTheirs = 0;
    int deletions = 0; ///< items deleted
    int refused = 0;   ///< items whose changes were left out
};

/// What applying `plan` with `flipped` conflicts does, given `changes` =
/// incomingChanges() of the plan.
MergeOutcome mergeOutcome(const MergePlan &plan, const QList<IncomingChange> &changes, const QList<Conflict> &flipped);

/// The outcome in a few lines for a message: the changes per step, from
/// whom, how conflicts were settled, what was deleted or left out. Translated.
QString outcomeText(const MergeOutcome &outcome);
/// The outcome on one line, for a status bar. Translated.
QString outcomeLine(const MergeOutcome &outcome);

} // namespace alliance::sync
