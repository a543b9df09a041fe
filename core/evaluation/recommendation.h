#pragma once
// Step 3 of the method: from every partner's carré magique weighting to the
// recommended partnership category and model, with the reasons in words.

#include "method/method.h"
#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <array>

namespace alliance::evaluation {

/// A vector over the four objectives, in method::objectives() order.
using ObjectiveVector = std::array<double, method::objectiveCount>;

/// Partners are "divergent" when the mean pairwise Euclidean distance between
/// their normalised weightings is above this value. The largest possible
/// distance between two weightings is sqrt(2) (all weight on two different
/// objectives); 0.30 is what two partners reach when they move about 21 points
/// from one objective to another (0.21 * sqrt(2) = 0.297), or when one spreads
/// its weight evenly (25 each) while the other gives about half (51 points) to
/// one objective and spreads the rest.
/// Below that, differences are nuances a common stake absorbs; above it, the
/// partners do not ally for the same reasons and should talk before choosing.
constexpr double divergenceThreshold = 0.30;

/// One partner whose weighting was used, normalised to sum 1.
struct PartnerWeighting
{
    QUuid organisationId;
    QString name;            ///< user text: escape before putting it in HTML
    ObjectiveVector weights{}; ///< sums to 1
};

/// The distance between the partnership barycentre and one model's profile.
struct ModelDistance
{
    QString modelId;
    QString categoryId;
    double distance = 0;     ///< Euclidean, 0 .. sqrt(2)
};

/// What the recommendation found. Percentages are on 0..100, weights on 0..1.
struct Recommendation
{
    /// False when no partner has usable weights; then ids are empty, the
    /// numbers are zero and the explanation says why.
    bool valid = false;
    QString categoryId;      ///< category serving the heaviest objective
    QString modelId;         ///< nearest model (may belong to another category)
    QString secondModelId;   ///< second nearest model, empty if only one model
    /// True when the nearest model belongs to the recommended category.
    bool modelMatchesCategory = false;
    /// Objectives sharing the greatest barycentre weight (more than one on a tie),
    /// in objectives() order; the first one decided the category.
    QStringList topObjectiveIds;
    ObjectiveVector barycentre{}; ///< mean of the partners' normalised weights
    /// Every method model, nearest first; equal distances keep models() order.
    QList<ModelDistance> modelDistances;

    /// Per objective, highest minus lowest partner weight, in points (0..100).
    /// Zero with a single partner.
    ObjectiveVector spreadPoints{};
    /// Mean pairwise Euclidean distance between partners (0 .. sqrt(2));
    /// zero with a single partner.
    double divergence = 0;
    /// divergence / sqrt(2) * 100: the same on a 0..100 scale for display.
    double divergenceIndex = 0;
    /// The two partners furthest apart and their distance (null ids with fewer
    /// than two partners).
    QUuid furthestA;
    QUuid furthestB;
    double furthestDistance = 0;
    /// divergence > divergenceThreshold. Never set with fewer than two partners.
    bool divergent = false;

    QList<PartnerWeighting> partners;  ///< partners used, in project order
    QList<QUuid> partnersUsed;         ///< their ids
    /// Organisations expected to weight (role lead, partner, funder, or no or
    /// unknown role) whose weights are missing or all zero. Catalysts and
    /// stakeholders are not expected to weight and are never listed here.
    QList<QUuid> partnersMissing;

    /// Translated sentences (context "Recommendation") explaining the result.
    /// They contain partner names: plain text, escape before HTML.
    QStringList explanation;
};

/// Recommends a category and a model from the partners' objective weights.
///
/// Each organisation's ObjectiveWeight rows are normalised to sum 1 (negative
/// weights count as 0, rows for unknown objectives are ignored, a repeated
/// objective keeps the last row). Any organisation of the project with a
/// positive total is used, whatever its role; rows of organisations absent from
/// the project are ignored. The barycentre is the plain mean of the used
/// partners' vectors. The category is the one serving the objective with the
/// greatest barycentre weight; on a tie (within 1e-9) the first objective in
/// method::objectives() order wins and the explanation says so. Models are
/// ranked by Euclidean distance between barycentre and Model::profile.
///
/// The explanation says, in this order: what each partner weights most (and
/// which partners are left out), the barycentre and the category it gives
/// (naming a tie), the nearest model with its match (matchPercent()) and
/// whether it belongs to another category, the second model and how far behind
/// (called "close" under 5 match points), then how far apart the partners are.
///
/// With no usable weights the result is not valid and its explanation says
/// that no partner has weighted its objectives yet.
Recommendation recommend(const Project &project);

/// A match score on 0..100 for a model distance: 100 at distance 0, 0 at the
/// largest possible distance sqrt(2). Used in the explanation.
double matchPercent(double distance);

} // namespace alliance::evaluation
