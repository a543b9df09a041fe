#pragma once
// Where each of the seven steps stands. The manager says it on each step's
// page (its status); when the manager has not said, the application suggests
// a status from what the project holds for that step, says why in words, and
// shows it as a suggestion: the manager keeps the final word.
//
// "Not started" is the stored status of a step nobody set (it is the column's
// default, written when a step's owner or dates are entered), so it cannot be
// told apart from a manager's choice: a stored "not started" reads as "not set"
// and the suggestion applies. A manager who disagrees with a suggestion sets
// "in progress" or "done", which always win.

#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace alliance::evaluation {

/// A status suggested from what was entered for one step.
struct StepSuggestion
{
    QString stepId;
    QString status; ///< a method::stepStatuses() id
    /// Why, in words (translated, context "StepProgress"), in the order the
    /// step produces them: what is there, then what is still missing.
    QStringList reasons;
    /// The reasons as one sentence, e.g. "2 of 3 partners have weighted their
    /// objectives; no common stake yet".
    QString reason() const;
};

/// The status the project's data suggests for `stepId` (a method::steps()
/// id), from what METHOD.md says the step produces: "not_started" when the
/// step holds nothing, "done" when it holds all its products, "in_progress"
/// in between. An unknown step id gives "not_started" with no reason.
StepSuggestion suggestStepStatus(const Project &project, const QString &stepId);

/// The status the manager set for `stepId`: "in_progress" or "done", or empty
/// when the manager has not set one (no row, "not_started", or a status this
/// build does not know). A step with several rows keeps the last.
QString managerStepStatus(const Project &project, const QString &stepId);

/// Progress of one step of the journey.
struct StepProgress
{
    QString stepId;
    /// The effective status, a method::stepStatuses() id: the manager's when
    /// set, otherwise the suggestion's.
    QString status;
    double percent = 0; ///< done 100, in_progress 50, otherwise 0
    /// True when `status` is the suggestion, not the manager's.
    bool suggested = false;
    /// What the data suggests, and why; kept when the manager's status wins,
    /// so a view can say the two differ.
    StepSuggestion suggestion;
};

/// Progress along the seven steps.
struct JourneyProgress
{
    QList<StepProgress> steps; ///< method::steps() order, every step present
    double overall = 0;        ///< mean of the steps' percents
    /// The first step not done; the last step when every step is done. Steps
    /// are guidance, not locks: a later step may be further on.
    QString currentStepId;
    /// Steps whose status is a suggestion (the manager has not set it).
    int suggestedCount() const;
};

/// Step progress from the manager's statuses and, where the manager has not
/// set one, the suggestions.
JourneyProgress stepProgress(const Project &project);

} // namespace alliance::evaluation
