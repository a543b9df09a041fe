#pragma once
// Step 2: a partner's weights of the four objectives of the carré magique, and
// how they stay summing to 100 when the user moves one of them.

#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/project.h"

#include <QList>
#include <QUuid>
#include <array>

namespace alliance::evaluation {

/// Integer weights over the four objectives, in method::objectives() order.
using Weights = std::array<int, method::objectiveCount>;

/// What a partner's four weights sum to once weighted.
constexpr int weightTotal = 100;

/// The weights shown for a partner that has not weighted yet: 25 each.
Weights evenWeights();

/// The stored weights of `organisationId`, 0 for an objective without a row.
/// Rows of unknown objectives are ignored, a repeated objective keeps the last
/// row, negative weights count as 0 (the same reading as recommend()).
Weights storedWeights(const Project &project, const QUuid &organisationId);

/// True when `weights` sum to more than 0: the partner has weighted.
bool isWeighted(const Weights &weights);

/// `current` with objective `index` set to `value` (clamped to 0..100) and the
/// three others rescaled in proportion to their current values so that the
/// four sum to exactly 100. Negative current weights count as 0; when the
/// others are all 0 the rest is spread evenly among them. Rounding uses the
/// largest remainder: each other weight gets the floor of its exact share,
/// then the points still missing go one each to the largest remainders (ties:
/// the first in objectives() order). An `index` outside 0..3 returns `current`
/// unchanged.
Weights rebalanceWeights(const Weights &current, int index, int value);

/// The weights once the user sets objective `index` to `value` (clamped to
/// 0..100), having set the objectives `setBefore` earlier (indices, the most
/// recent first). What the user set last is what they mean: `index` keeps
/// `value`; then each objective of `setBefore`, the most recent first, keeps
/// its current value if it still fits in what is left; the others share the
/// rest in proportion to their current values (evenly when all are 0), rounded
/// as rebalanceWeights() does. One objective besides `index` always takes the
/// rest, so the four sum to exactly 100: when the three others were all set
/// before, the one set longest ago gives way. Entries of `setBefore` outside
/// 0..3, repeated or equal to `index` are ignored; negative current weights
/// count as 0. With an empty `setBefore` this is rebalanceWeights(). An
/// `index` outside 0..3 returns `current` unchanged.
Weights weightsAfterSetting(const Weights &current, int index, int value, const QList<int> &setBefore);

/// `order` (objective indices, the most recent first) once objective `index`
/// was set: `index` first, then the others in their order, without repeats
/// or indices outside 0..3.
QList<int> orderAfterSetting(const QList<int> &order, int index);

/// The organisations step 2 asks to weight, in project order: the partners
/// recommend() read, those that have not weighted yet, and any catalyst or
/// stakeholder that entered weights (so they can be seen and cleared).
/// `recommendation` must be recommend(project).
QList<QUuid> organisationsToWeight(const Project &project, const Recommendation &recommendation);

} // namespace alliance::evaluation
