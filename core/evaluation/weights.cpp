#include "evaluation/weights.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace alliance::evaluation {

Weights evenWeights()
{
    Weights w;
    w.fill(weightTotal / method::objectiveCount);
    return w;
}

Weights storedWeights(const Project &project, const QUuid &organisationId)
{
    Weights w{};
    for (const ObjectiveWeight &row : project.objectiveWeights) {
        if (row.organisationId != organisationId)
            continue;
        const int i = method::objectiveIndex(row.objectiveId);
        if (i >= 0 && i < method::objectiveCount)
            w[i] = std::max(0, row.weight);
    }
    return w;
}

bool isWeighted(const Weights &weights)
{
    return std::accumulate(weights.begin(), weights.end(), 0) > 0;
}

Weights rebalanceWeights(const Weights &current, int index, int value)
{
    if (index < 0 || index >= method::objectiveCount)
        return current;
    Weights out{};
    out[index] = std::clamp(value, 0, weightTotal);
    const int rest = weightTotal - out[index];

    // Shares in proportion to the others' current values; all zero means "no
    // preference" between them, hence an even spread.
    Weights basis{};
    qint64 basisTotal = 0;
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (i != index) {
            basis[i] = std::max(0, current[i]);
            basisTotal += basis[i];
        }
    }
    if (basisTotal == 0) {
        for (int i = 0; i < method::objectiveCount; ++i) {
            if (i != index)
                basis[i] = 1;
        }
        basisTotal = method::objectiveCount - 1;
    }

    // Exact integer arithmetic: share = rest * basis / basisTotal, split into
    // floor and remainder, so no floating-point rounding decides a point.
    std::array<qint64, method::objectiveCount> remainder{};
    int given = out[index];
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (i == index)
            continue;
        const qint64 numerator = qint64(rest) * basis[i];
        out[i] = int(numerator / basisTotal);
        remainder[i] = numerator % basisTotal;
        given += out[i];
    }
    std::array<int, method::objectiveCount - 1> order{};
    int n = 0;
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (i != index)
            order[n++] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainder[a] > remainder[b]; });
    for (int k = 0; given < weightTotal; ++k, ++given)
        ++out[order[k % order.size()]];
    return out;
}

QList<QUuid> organisationsToWeight(const Project &project, const Recommendation &recommendation)
{
    QSet<QUuid> asked;
    for (const PartnerWeighting &p : recommendation.partners)
        asked.insert(p.organisationId);
    // A catalyst that entered weights keeps its editor, so they can be cleared.
    for (const NotCounted &n : recommendation.notCounted)
        if (n.reason == NotCountedReason::NotWeighted || n.hasWeights)
            asked.insert(n.organisationId);
    QList<QUuid> out;
    for (const Organisation &o : project.organisations)
        if (asked.contains(o.id))
            out.append(o.id);
    return out;
}

} // namespace alliance::evaluation
