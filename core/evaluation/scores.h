#pragma once
// Scores on 0..100 from what the partners entered: review scores per angle and
// impact (step 7), maturity per axis (step 1), progress along the seven steps.
// A missing answer is never a zero: it is left out, and a mean with nothing in
// it is empty (std::nullopt) so a view can say "not scored" instead of "0".

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

/// One review's scores.
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
};

/// Aggregates the ReviewScore rows of one review.
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

/// Progress of one step of the journey.
struct StepProgress
{
    QString stepId;
    QString status;      ///< a method::stepStatuses() id; "not_started" when missing or unknown
    double percent = 0;  ///< done 100, in_progress 50, otherwise 0
};

/// Progress along the seven steps.
struct JourneyProgress
{
    QList<StepProgress> steps; ///< method::steps() order, every step present
    double overall = 0;        ///< mean of the steps' percents
    /// The first step not done; the last step when every step is done. Steps
    /// are guidance, not locks: a later step may be further on.
    QString currentStepId;
};

/// Step progress from the project's StepState rows. A step without a row, or
/// with an unknown status, counts as not started; a step with several rows
/// keeps the last.
JourneyProgress stepProgress(const Project &project);

} // namespace alliance::evaluation
