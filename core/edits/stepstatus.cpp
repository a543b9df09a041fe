#include "edits/stepstatus.h"

#include "evaluation/stepprogress.h"
#include "method/method.h"
#include "model/ids.h"

#include <algorithm>

namespace alliance::stepstatus {

namespace {
const QString table = QStringLiteral("step_state");
}

QUuid rowOf(const Project &project, const QString &stepId)
{
    QUuid row;
    for (const StepState &s : project.stepStates)
        if (s.stepId == stepId)
            row = s.id; // the last row is the one read
    return row.isNull() ? ids::stepState(project.partnership.id, stepId) : row;
}

ChangeSet set(const Project &project, const QString &stepId, const QString &status, const QString &label)
{
    ChangeSet changes(label);
    if (!method::findStep(stepId) || !method::findChoice(method::stepStatuses(), status))
        return changes;
    const QUuid row = rowOf(project, stepId);
    const auto existing = std::find_if(project.stepStates.cbegin(), project.stepStates.cend(),
                                       [&](const StepState &s) { return s.id == row; });
    if (existing == project.stepStates.cend())
        changes.set(table, row, QStringLiteral("step_id"), stepId);
    else if (existing->status == status)
        return changes;
    changes.set(table, row, QStringLiteral("status"), status);
    return changes;
}

ChangeSet acceptSuggestion(const Project &project, const QString &stepId, const QString &label)
{
    if (!evaluation::managerStepStatus(project, stepId).isEmpty())
        return ChangeSet(label);
    const evaluation::StepSuggestion suggestion = evaluation::suggestStepStatus(project, stepId);
    if (suggestion.status == QLatin1String("not_started"))
        return ChangeSet(label);
    return set(project, stepId, suggestion.status, label);
}

} // namespace alliance::stepstatus
