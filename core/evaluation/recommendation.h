#pragma once
// Step 3 of the method, as METHOD.md 6b reads it: each weighting partner's own
// reading of its carré magique points to a category; the relationship the
// partners describe names the model; then, for each partner, how that model
// serves what it weights. Partners are never averaged into one barycentre and
// no model has a numeric profile: the typology is told apart in words.

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

/// One weighting partner's own reading of its carré magique.
struct PartnerWeighting
{
    QUuid organisationId;
    QString name;               ///< user text: escape before putting it in HTML
    ObjectiveVector weights {}; ///< sums to 1
    /// Its heaviest objectives: one, or several on a tie, in objectives() order.
    QStringList dominantObjectiveIds;
    /// The categories those objectives point to, in the same order.
    QStringList categoryIds;
};

/// Why an organisation's weighting does not count.
enum class NotCountedReason {
    RoleDoesNotWeight, ///< a territorial catalyst or a stakeholder: around the partnership, not party to it
    NotWeighted,       ///< a partner that has not weighted its objectives yet
};

struct NotCounted
{
    QUuid organisationId;
    NotCountedReason reason;
    bool hasWeights = false; ///< it entered weights all the same (a catalyst's)
};

/// A category the partners' readings point to, with the partners behind it.
struct CategorySuggestion
{
    QString categoryId;
    QList<QUuid> partners; ///< in project order
};

/// How the named model serves one weighting partner.
struct CoherenceNote
{
    QUuid organisationId;
    /// True when the model's objective is (one of) its heaviest.
    bool modelServesItsFirstObjective = false;
    double weightOfModelObjective = 0; ///< 0..1
};

struct Recommendation
{
    /// The weighting partners' readings, in project order.
    QList<PartnerWeighting> partners;
    /// Organisations listed apart: roles that do not weight (when they weighted
    /// or are catalysts) and partners that have not weighted yet.
    QList<NotCounted> notCounted;

    /// Before the relationship is described: the categories the readings point
    /// to, most partners first (ties in the method's order). One entry when
    /// the readings agree.
    QList<CategorySuggestion> suggestions;
    /// Every weighting partner's reading points to one and the same category.
    bool unanimous = false;

    /// The relationship as the partners describe it on the Model page: its
    /// nature (which is the category) and the answer that names the model.
    QString describedCategoryId; ///< empty until the first question is answered
    QString modelId;             ///< empty until the model is named
    /// Once a model is named and partners weighted: one note per partner.
    QList<CoherenceNote> coherence;
    /// A model is named and no weighting partner puts its objective first.
    bool nobodyPutsModelObjectiveFirst = false;

    /// Translated sentences (context "Recommendation") saying all of the
    /// above, in order: readings, who is apart, then the suggestion (before
    /// a model is named) or the model and how it serves each partner. Plain
    /// text with partner names: escape before HTML.
    QStringList explanation;

    /// True when at least one partner weighted.
    bool hasReadings() const { return !partners.isEmpty(); }
};

/// Reads step 3 from the project.
///
/// Each organisation's ObjectiveWeight rows are normalised to sum 1 (negative
/// weights count as 0, unknown objectives are ignored, a repeated objective
/// keeps the last row). Organisations whose role weights (lead, partner,
/// funder, or an unknown role) and whose total is positive are the readings;
/// catalysts and stakeholders never count, and are listed apart when they
/// entered weights; partners without weights are listed apart as not yet
/// weighted. A reading's dominant objectives are its heaviest (ties within
/// rounding, said as ties). The described category is the partnership's
/// category_id; the model is its model_id when it belongs to that category.
Recommendation recommend(const Project &project);

/// The category that serves `objectiveId`, or nullptr.
const method::Category *categoryServing(const QString &objectiveId);

} // namespace alliance::evaluation
