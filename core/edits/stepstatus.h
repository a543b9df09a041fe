#pragma once
// The manager's status of a step (step_state.status), as typed edits: one
// change set, one undo step, for Document::apply. See
// evaluation/stepprogress.h for how a status the manager has not set is
// suggested from what was entered.

#include "journal/change.h"
#include "model/project.h"

namespace alliance::stepstatus {

/// The step_state row a status of `stepId` is written to: the step's row the
/// project reads (the last one), or the derived id its first edit creates.
QUuid rowOf(const Project &project, const QString &stepId);

/// Records `status` (a method::stepStatuses() id) as the manager's status of
/// `stepId`. Empty (nothing to apply) when the step or status is unknown or
/// the stored status is already `status`. `label` names the undo step.
ChangeSet set(const Project &project, const QString &stepId, const QString &status, const QString &label);

/// Records the status suggested from what was entered as the manager's own.
/// Empty when the manager has already set a status, or when the suggestion
/// is "not started" (the stored value of a status nobody set: nothing to
/// record).
ChangeSet acceptSuggestion(const Project &project, const QString &stepId, const QString &label);

} // namespace alliance::stepstatus
