#pragma once
// Scores on 0..100 from what the partners entered: review scores per angle and
// impact (step 7), maturity per axis (step 1). Progress along the seven steps
// is in stepprogress.h.
// A missing answer is never a zero: it is left out, and a mean with nothing in
// it is empty (std::nullopt) so a view can say "not scored" instead of "0".

#include "evaluation/performance.h"
#include "evaluation/stepprogress.h" // progress along the seven steps
#include "model/project.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance::evaluation {

/// A mean on 0..100 for one key: an angle, an impact or a maturity axis id.
struct ScoreMean
{
    QString id;
    std::optional<double> percent; ///< empty when nothing was scored
    int count = 0;                 ///< criteria (or questions) that contributed
    /// Distinct organisations whose ratings are in this mean (reviews only;
    /// 0 for maturity axes). Shown beside every figure: "67 % (3 partners answered)".
    int respondents = 0;
};

/// The percent stored under id, empty when id is absent or not scored.
std::optional<double> percentOf(const QList<ScoreMean> &means, const QString &id);

/// One organisation's scores in one review.
struct OrganisationReviewScores
{
    QUuid organisationId;
    QList<ScoreMean> angles;  ///< method::evaluationAngles() order
    QList<ScoreMean> impacts; ///< method::impacts() order
};

/// The answers to one step-back question (part 3): yes / partly / no /
/// don't know are counted, never turned into a score.
struct StepBackCount
{
    QString criterionId;
    int yes = 0;
    int partly = 0;
    int no = 0;
    int dontKnow = 0;
    int respondents = 0;                      ///< organisations that chose one of the four
    int count(const QString &answerId) const; ///< by method::stepBackAnswers() id; 0 when unknown
};

/// The ratings one question received in one review.
struct QuestionMean
{
    QString criterionId; ///< method id, or custom uuid without braces
    double mean = 0;     ///< 0..method::criterionScoreMax
    int ratings = 0;     ///< ratings counted
    int respondents = 0; ///< distinct organisations that rated it
};

/// One review's scores.
///
/// The three angles follow METHOD.md 8b: performance = the ratings of part 1
/// (and custom performance criteria), pertinence = the ratings of part 2 and
/// the optional rating on the territory's needs (part 3's two questions are
/// counted in stepBack instead), coherence = the optional ratings of part 4.
/// Performance also compares indicators with their targets: that figure is
/// indicatorsAtReview(), shown beside the ratings and never blended with
/// them, because a partner's judgement and a measurement say different things
/// and a weighted formula would hide which of the two moved.
struct ReviewScores
{
    QUuid reviewId;
    QDate date;
    QList<ScoreMean> angles;  ///< method::evaluationAngles() order
    QList<ScoreMean> impacts; ///< method::impacts() order
    /// Organisations that scored at least one known criterion: those of the
    /// project first, in project order, then unknown ids in order of appearance.
    QList<OrganisationReviewScores> organisations;
    int scoreCount = 0;   ///< scores used
    int ignoredCount = 0; ///< scores whose criterion is neither a method nor a custom criterion
    /// Distinct organisations with at least one rating counted above.
    int respondents = 0;
    /// The step-back questions (kind YesPartlyNo), in method order, each present.
    QList<StepBackCount> stepBack;
    /// Every question rated at least once (criterion key order).
    QList<QuestionMean> questions;
    /// The mean of `criterionId` (method id, or custom id in any form); nullptr when nobody rated it.
    const QuestionMean *question(const QString &criterionId) const;
};

/// Aggregates the ReviewScore rows of one review.
///
/// Only ratings count: an answer to a Rating or Reflection question whose
/// no_score is 0. Words (expected and unexpected results), step-back answers
/// and answers given in words only (no_score 1) never enter a mean, so
/// saying "no unexpected result" or leaving a reflection unrated lowers
/// nothing. Each mean carries its respondents.
///
/// A criterionId is a method::criteria() id or a CustomCriterion id (with or
/// without braces); custom criteria count exactly like the method's. Means
/// are taken over criteria: each criterion's scores are first averaged across
/// organisations, then the criteria of an angle (or impact) are averaged, so
/// a criterion weighs the same however many partners scored it. Per
/// organisation, repeated scores of one criterion are averaged the same way.
/// Percent = score / method::criterionScoreMax * 100; scores are clamped to
/// 0..criterionScoreMax. Criteria without an impact count for their angle
/// only; an angle or impact nobody scored has no percent. Unknown criteria are
/// counted in ignoredCount and nowhere else. An unknown reviewId gives a result
/// with no scores.
ReviewScores scoreReview(const Project &project, const QUuid &reviewId);

/// The indicators against their targets as they stood at the review: only
/// measurements dated on or before the review's date count, and target dates
/// are judged on that date. An undated or unknown review reads every
/// measurement on `today`. See evaluatePerformance().
PerformanceSummary indicatorsAtReview(const Project &project, const QUuid &reviewId, const QDate &today);

/// scoreReview() for every review of the project, oldest first (equal or
/// invalid dates keep project order; invalid dates come first).
QList<ReviewScores> scoreReviews(const Project &project);

/// One organisation's maturity self-diagnostic.
struct OrganisationMaturity
{
    QUuid organisationId;
    /// method::maturityAxes() order: mean of the answers on that axis /
    /// method::maturityScoreMax * 100; count = questions answered.
    QList<ScoreMean> axes;
    /// Mean of the axes that have a value: each axis weighs the same, because
    /// the method looks at the balance of vision, action, means and place in
    /// the ecosystem, not at the number of questions per axis. Empty when
    /// nothing was answered.
    std::optional<double> overall;
    int answered = 0; ///< known questions answered
    int expected = 0; ///< questions that apply to the organisation's profile and role
};

/// Maturity of one organisation. Answers to unknown questions are ignored; a
/// question answered twice keeps the last answer; scores are clamped to
/// 0..maturityScoreMax. An organisation that answered nothing has empty axes
/// and overall (and expected is 0 when the organisation is not in the project).
OrganisationMaturity maturityOf(const Project &project, const QUuid &organisationId);

/// maturityOf() for every organisation of the project, in project order,
/// including those that answered nothing.
QList<OrganisationMaturity> maturity(const Project &project);

} // namespace alliance::evaluation
