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
    Weights w {};
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

namespace {

/// Shares `rest` among the objectives `free` (non-empty) in proportion to
/// `basis` (evenly when all are 0), writing into `out`: exact integer
/// arithmetic, each gets the floor of its share, then the points still missing
/// go one each to the largest remainders (ties: the first in objectives() order).
void share(int rest, const QList<int> &free, const Weights &basis, Weights &out)
{
    qint64 basisTotal = 0;
    for (int i : free)
        basisTotal += basis[i];
    const bool even = basisTotal == 0; // no preference between them
    if (even)
        basisTotal = free.size();
    std::array<qint64, method::objectiveCount> remainder {};
    int given = 0;
    for (int i : free) {
        const qint64 numerator = qint64(rest) * (even ? 1 : basis[i]);
        out[i] = int(numerator / basisTotal);
        remainder[i] = numerator % basisTotal;
        given += out[i];
    }
    QList<int> order = free; // free is in objectives() order
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainder[a] > remainder[b]; });
    for (int k = 0; given < rest; ++k, ++given)
        ++out[order.at(k % order.size())];
}

bool isObjectiveIndex(int i)
{
    return i >= 0 && i < method::objectiveCount;
}

} // namespace

Weights rebalanceWeights(const Weights &current, int index, int value)
{
    return weightsAfterSetting(current, index, value, {});
}

Weights weightsAfterSetting(const Weights &current, int index, int value, const QList<int> &setBefore)
{
    if (!isObjectiveIndex(index))
        return current;
    Weights basis {};
    for (int i = 0; i < method::objectiveCount; ++i)
        basis[i] = std::max(0, current[i]);

    // The earlier choices that may stay, the most recent first; one other
    // objective at least must remain free to take the rest.
    QList<int> earlier;
    for (int i : setBefore) {
        if (isObjectiveIndex(i) && i != index && !earlier.contains(i))
            earlier.append(i);
    }
    while (earlier.size() > method::objectiveCount - 2)
        earlier.removeLast();

    Weights out {};
    out[index] = std::clamp(value, 0, weightTotal);
    int rest = weightTotal - out[index];
    QList<int> kept;
    for (int i : earlier) {
        if (basis[i] <= rest) { // a choice that no longer fits gives way
            out[i] = basis[i];
            rest -= basis[i];
            kept.append(i);
        }
    }
    QList<int> free;
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (i != index && !kept.contains(i))
            free.append(i);
    }
    share(rest, free, basis, out);
    return out;
}

QList<int> orderAfterSetting(const QList<int> &order, int index)
{
    QList<int> out;
    if (isObjectiveIndex(index))
        out.append(index);
    for (int i : order) {
        if (isObjectiveIndex(i) && !out.contains(i))
            out.append(i);
    }
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
