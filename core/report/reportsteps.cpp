// What every step section starts with: how far the step is, who owns it, its
// checklist and its notes.
#include "report/reportwriting.h"

#include "evaluation/stepprogress.h"

#include <algorithm>

namespace alliance::report {

QList<Block> stepFollowUp(const Writing &w, const QString &stepId)
{
    const Project &p = w.project();
    QList<Block> blocks;
    const auto state = std::find_if(p.stepStates.cbegin(), p.stepStates.cend(),
                                    [&](const StepState &s) { return s.stepId == stepId; });
    // The manager's status, or the one suggested from what was entered, said as such.
    const evaluation::JourneyProgress journey = evaluation::stepProgress(p);
    for (const evaluation::StepProgress &progress : journey.steps)
        if (progress.stepId == stepId) {
            const QString status = choiceLabel(method::stepStatuses(), progress.status);
            blocks.append(Block::field(
                Writing::tr("Status"),
                progress.suggested
                    ? Writing::tr("%1 (suggested from what was entered: %2)").arg(status, progress.suggestion.reason())
                    : status));
        }
    if (state != p.stepStates.cend()) {
        if (!state->owner.isEmpty())
            blocks.append(Block::field(Writing::tr("Owner"), state->owner));
        if (state->startDate.isValid() || state->endDate.isValid())
            blocks.append(Block::field(Writing::tr("Dates"), w.period(state->startDate, state->endDate)));
        if (!state->notes.isEmpty())
            blocks.append(Block::paragraph(state->notes));
    }
    QList<ChecklistItem> checklist;
    for (const auto &item : p.checklistItems)
        if (item.stepId == stepId)
            checklist.append(item);
    std::stable_sort(checklist.begin(), checklist.end(),
                     [](const ChecklistItem &a, const ChecklistItem &b) { return a.position < b.position; });
    if (!checklist.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Checklist")));
        for (const auto &item : checklist)
            blocks.append(Block::paragraph((item.done ? QStringLiteral("✓ ") : QStringLiteral("○ ")) + item.text));
    }
    QStringList notes;
    for (const auto &note : p.notes)
        if (note.stepId == stepId && !note.text.isEmpty())
            notes.append(note.isPrivate ? Writing::tr("%1 (private)").arg(note.text) : note.text);
    if (!notes.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Notes")));
        blocks.append(Block::bullets(notes));
    }
    return blocks;
}

} // namespace alliance::report
