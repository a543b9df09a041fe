#pragma once
// The territory's seven needs seen by each organisation (step 1). Whatever its
// kind, every organisation of the partnership answers each need from its own
// view: how much it matters (a priority) and what it knows, in words. This
// sets the views side by side and says where the priorities differ.
//
// Catalysts and stakeholders answer too: the method addresses the questions
// to every actor, their advisers included. Answers of a file from before
// format 5 that had no lead to take them over (no organisation) are the
// partnership's shared view: shown apart, never compared, never dropped.

#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace alliance::evaluation {

/// One organisation's view of one need.
struct NeedView
{
    QUuid organisationId; ///< null for the partnership's shared view (an earlier format)
    QUuid answerId;       ///< the need_answer row; null when the organisation has not answered
    QString priority;     ///< a method::needPriorities() id, or empty
    QString answer;       ///< in words, may be empty
};

/// The row an edit of `view` (on `needId`) writes: its answer's row, or the
/// derived id the organisation's first answer creates.
QUuid needAnswerIdToEdit(const NeedView &view, const QString &needId);

/// Priorities that differ on one need.
struct PriorityDifference
{
    QString needId;
    /// Organisations per priority, highest priority first; only priorities
    /// someone chose, each list in the column order of NeedsViews.
    QList<QPair<QString, QList<QUuid>>> byPriority;
    /// True when one organisation says high and another low.
    bool opposite = false;
    /// "high for Association A, low for Company B"
    QString priorities;
    /// "Priorities differ on “Learn to ally”: high for Association A, low for Company B."
    QString sentence;
};

struct NeedViews
{
    QString needId;
    /// One per column of NeedsViews::organisations, in that order.
    QList<NeedView> views;
    /// The partnership's shared view from an earlier format, when the file has one.
    std::optional<NeedView> shared;
    /// Set when two organisations chose different priorities.
    std::optional<PriorityDifference> difference;
    /// Organisations that chose a priority.
    int prioritised = 0;
};

struct NeedsViews
{
    /// The columns: every organisation of the project, the lead first, then
    /// by role in the method's order, then in project order.
    QList<QUuid> organisations;
    /// method::territoryNeeds() order, every need present.
    QList<NeedViews> needs;
    /// True when any need has a shared view from an earlier format.
    bool hasSharedView = false;

    /// The differences, most marked first (high against low), then in need order.
    QList<PriorityDifference> differences() const;
};

/// The answer row of `organisationId` on `needId`, or nullptr. Several rows for
/// one pair (copies that created it apart) read as the last one, the one the
/// page edits. A null organisationId finds the shared view.
const NeedAnswer *needAnswerOf(const Project &project, const QUuid &organisationId, const QString &needId);

/// The id to edit an organisation's view of a need with: its existing row (a
/// row upgraded from format 4 keeps its id), or the id derived from the
/// organisation and the need for a row its first edit creates.
QUuid needAnswerIdFor(const Project &project, const QUuid &organisationId, const QString &needId);

/// "A", "A and B", "A, B and C", in the installed translation (context "Needs").
QString listInWords(const QStringList &items);

/// Every organisation's view of every need. Answers naming an organisation
/// the project does not hold, or a need this build does not know, are left
/// out; priorities this build does not know count as none.
NeedsViews needsViews(const Project &project);

} // namespace alliance::evaluation
