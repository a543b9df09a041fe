#include "edits/weighting.h"
#include "edits/revive.h"

#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"

namespace alliance::weighting {

namespace {
const QString weightTable = QStringLiteral("objective_weight");
}

ChangeSet setWeights(const Document &document, const QUuid &organisationId, const evaluation::Weights &weights,
                     const QString &label)
{
    ChangeSet changes(label);
    const auto &objectives = method::objectives();
    for (int i = 0; i < method::objectiveCount && i < objectives.size(); ++i) {
        const QString &objectiveId = objectives.at(i).id;
        const QUuid id = ids::objectiveWeight(organisationId, objectiveId);
        // A derived-id row may be missing, or a tombstone left by an undo:
        // make it live and say whose weight it is.
        edits::reviveOrCreate(
            changes, document, weightTable, id,
            {{QStringLiteral("organisation_id"), organisationId}, {QStringLiteral("objective_id"), objectiveId}});
        changes.set(weightTable, id, QStringLiteral("weight"), weights[i]);
    }
    return changes;
}

ChangeSet setWeight(const Document &document, const QUuid &organisationId, int index, int value,
                    const QList<int> &setBefore, const QString &label)
{
    if (index < 0 || index >= method::objectiveCount)
        return ChangeSet(label);
    const evaluation::Weights stored = evaluation::storedWeights(document.project(), organisationId);
    const bool weighted = evaluation::isWeighted(stored);
    const evaluation::Weights next
        = evaluation::weightsAfterSetting(weighted ? stored : evaluation::evenWeights(), index, value, setBefore);
    if (weighted && next == stored)
        return ChangeSet(label);
    return setWeights(document, organisationId, next, label);
}

} // namespace alliance::weighting
