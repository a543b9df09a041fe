// Review scores per angle and impact, maturity per axis, progress along the
// steps, with hand-computed numbers in the comments.
#include <catch2/catch.hpp>

#include "evaluation/scores.h"
#include "method/method.h"
#include "model/project.h"

#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QUuid addOrganisation(Project &p, const char *name, const char *profile = "association")
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.profile = QString::fromLatin1(profile);
    o.role = QStringLiteral("partner");
    p.organisations.append(o);
    return o.id;
}

QUuid addReview(Project &p, QDate date)
{
    Review r;
    r.id = QUuid::createUuid();
    r.date = date;
    r.kind = QStringLiteral("interim");
    p.reviews.append(r);
    return r.id;
}

void score(Project &p, const QUuid &review, const QUuid &organisation, const QString &criterion, int value)
{
    ReviewScore rs;
    rs.id = QUuid::createUuid();
    rs.reviewId = review;
    rs.organisationId = organisation;
    rs.criterionId = criterion;
    rs.score = value;
    p.reviewScores.append(rs);
}

void answer(Project &p, const QUuid &organisation, const char *question, int value)
{
    MaturityAnswer a;
    a.id = QUuid::createUuid();
    a.organisationId = organisation;
    a.questionId = QString::fromLatin1(question);
    a.score = value;
    p.maturityAnswers.append(a);
}

void setStep(Project &p, const char *step, const char *status)
{
    StepState st;
    st.id = QUuid::createUuid();
    st.stepId = QString::fromLatin1(step);
    st.status = QString::fromLatin1(status);
    p.stepStates.append(st);
}

const QString perf = QStringLiteral("performance");
const QString pertinence = QStringLiteral("pertinence");
const QString coherence = QStringLiteral("coherence");
const QString innovation = QStringLiteral("innovation");
const QString trust = QStringLiteral("trust");

} // namespace

TEST_CASE("Review scores per angle and impact, custom criteria included", "[evaluation][scores]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    const QUuid b = addOrganisation(p, "B");
    const QUuid review = addReview(p, QDate(2024, 6, 30));
    const QUuid other = addReview(p, QDate(2024, 12, 31));

    CustomCriterion custom;
    custom.id = QUuid::createUuid();
    custom.label = QStringLiteral("Volunteers feel heard");
    custom.angle = coherence;
    custom.impact = trust;
    p.customCriteria.append(custom);

    // Method criteria (angle / impact): own_organisation,
    // own_economic_performance and own_stakeholder_dialogue are all
    // performance / performance.
    REQUIRE(method::findCriterion(QStringLiteral("own_organisation"))->impact == perf);
    REQUIRE(method::findCriterion(QStringLiteral("own_stakeholder_dialogue"))->impact == perf);
    score(p, review, a, QStringLiteral("own_organisation"), 5);
    score(p, review, b, QStringLiteral("own_organisation"), 5);
    score(p, review, a, QStringLiteral("own_economic_performance"), 2);
    score(p, review, a, QStringLiteral("own_stakeholder_dialogue"), 0); // a real 0, not a missing score
    // Results, expected or not, are words: a number stored beside them (from
    // an earlier format) never lowers the performance.
    score(p, review, a, QStringLiteral("results_achieved"), 1);
    score(p, review, b, QStringLiteral("unexpected_results"), 0);
    // Custom criterion, written without braces by A and with them by B.
    score(p, review, a, custom.id.toString(QUuid::WithoutBraces), 3);
    score(p, review, b, custom.id.toString(QUuid::WithBraces), 4);
    // Unknown criterion: ignored and counted apart.
    score(p, review, a, QStringLiteral("not_a_criterion"), 5);
    // Another review's score does not leak in.
    score(p, other, a, QStringLiteral("needs_pertinence"), 5);

    const ReviewScores r = scoreReview(p, review);
    CHECK(r.date == QDate(2024, 6, 30));
    CHECK(r.scoreCount == 6);
    CHECK(r.ignoredCount == 1);

    // Performance angle, mean over criteria: own_organisation (5+5)/2 = 5,
    // economic performance 2, stakeholder dialogue 0 -> (5+2+0)/3 = 2.333 -> 46.67 %.
    // (A mean over rows would give (5+5+2+0)/4 = 3 -> 60 %: B's second voice
    // on one criterion must not weigh more than a criterion.)
    CHECK(*percentOf(r.angles, perf) == Approx(7.0 / 3 / 5 * 100));
    CHECK(r.angles[0].count == 3);
    // Nobody scored pertinence in this review: no value, not 0.
    CHECK_FALSE(percentOf(r.angles, pertinence).has_value());
    CHECK(r.angles[1].count == 0);
    // Coherence: the custom criterion (3+4)/2 = 3.5 -> 70 %.
    CHECK(*percentOf(r.angles, coherence) == Approx(70));

    // Impacts: performance = the same three criteria -> 46.67 %.
    CHECK(*percentOf(r.impacts, perf) == Approx(7.0 / 3 / 5 * 100));
    CHECK_FALSE(percentOf(r.impacts, innovation).has_value());
    CHECK(*percentOf(r.impacts, trust) == Approx(70));

    // Per organisation.
    REQUIRE(r.organisations.size() == 2);
    CHECK(r.organisations[0].organisationId == a);
    CHECK(r.organisations[1].organisationId == b);
    // A: performance (5+2+0)/3 -> 46.67 %; coherence 3 -> 60 %; trust 60 %.
    CHECK(*percentOf(r.organisations[0].angles, perf) == Approx(7.0 / 3 / 5 * 100));
    CHECK(*percentOf(r.organisations[0].angles, coherence) == Approx(60));
    CHECK(*percentOf(r.organisations[0].impacts, perf) == Approx(7.0 / 3 / 5 * 100));
    CHECK(*percentOf(r.organisations[0].impacts, trust) == Approx(60));
    // B: performance 5 -> 100 %; coherence 4 -> 80 %; nothing on pertinence.
    CHECK(*percentOf(r.organisations[1].angles, perf) == Approx(100));
    CHECK(*percentOf(r.organisations[1].angles, coherence) == Approx(80));
    CHECK_FALSE(percentOf(r.organisations[1].angles, pertinence).has_value());
}

TEST_CASE("A review with no scores has no values at all", "[evaluation][scores]")
{
    Project p;
    const QUuid review = addReview(p, QDate(2024, 1, 1));
    const ReviewScores r = scoreReview(p, review);
    CHECK(r.scoreCount == 0);
    CHECK(r.organisations.isEmpty());
    REQUIRE(r.angles.size() == 3);
    for (const ScoreMean &m : r.angles)
        CHECK_FALSE(m.percent.has_value());
    for (const ScoreMean &m : r.impacts)
        CHECK_FALSE(m.percent.has_value());
}

TEST_CASE("Reviews are listed oldest first", "[evaluation][scores]")
{
    Project p;
    const QUuid late = addReview(p, QDate(2025, 3, 1));
    const QUuid early = addReview(p, QDate(2024, 3, 1));
    const QUuid a = addOrganisation(p, "A");
    score(p, early, a, QStringLiteral("needs_pertinence"), 1); // 1/5 -> 20 %
    score(p, late, a, QStringLiteral("needs_pertinence"), 4);  // 4/5 -> 80 %
    const QList<ReviewScores> all = scoreReviews(p);
    REQUIRE(all.size() == 2);
    CHECK(all[0].reviewId == early);
    CHECK(*percentOf(all[0].angles, pertinence) == Approx(20));
    CHECK(all[1].reviewId == late);
    CHECK(*percentOf(all[1].angles, pertinence) == Approx(80));
}

TEST_CASE("Maturity per axis and overall", "[evaluation][maturity]")
{
    Project p;
    const QUuid assoc = addOrganisation(p, "Association", "association");
    const QUuid silent = addOrganisation(p, "Silent", "company");
    // Vision: vision_strategy first 1 then corrected to 4, vision_ecosystem 2
    // -> (4 + 2) / 2 = 3 -> 3/4 = 75 %.
    answer(p, assoc, "vision_strategy", 1);
    answer(p, assoc, "vision_strategy", 4);
    answer(p, assoc, "vision_ecosystem", 2);
    // Action: action_experience 1 -> 25 %. Means: nothing answered.
    answer(p, assoc, "action_experience", 1);
    answer(p, assoc, "no_such_question", 4); // ignored

    const QList<OrganisationMaturity> all = maturity(p);
    REQUIRE(all.size() == 2);
    const OrganisationMaturity &m = all[0];
    CHECK(m.organisationId == assoc);
    CHECK(*percentOf(m.axes, QStringLiteral("vision")) == Approx(75));
    CHECK(*percentOf(m.axes, QStringLiteral("action")) == Approx(25));
    CHECK_FALSE(percentOf(m.axes, QStringLiteral("means")).has_value());
    // Overall = mean of the axes with a value: (75 + 25) / 2 = 50 %
    // (not (4+2+1)/3/4 = 58 %: vision's two answers do not outweigh action).
    CHECK(*m.overall == Approx(50));
    CHECK(m.answered == 3);
    CHECK(m.expected == method::maturityQuestionsFor(QStringLiteral("association")).size());
    CHECK(m.expected > m.answered);

    // Nothing answered: no level, not "0 %".
    CHECK(all[1].organisationId == silent);
    CHECK_FALSE(all[1].overall.has_value());
    CHECK(all[1].answered == 0);
    for (const ScoreMean &axis : all[1].axes)
        CHECK_FALSE(axis.percent.has_value());
}

TEST_CASE("Step progress and current step", "[evaluation][steps]")
{
    SECTION("part way, a later step already done")
    {
        Project p;
        setStep(p, "diagnose", "done");
        setStep(p, "objectives", "done");
        setStep(p, "model", "in_progress");
        setStep(p, "ecosystem", "not_started");
        setStep(p, "pilot", "done");     // steps are not locks
        setStep(p, "evaluate", "bogus"); // unknown: not started
        // cobuild has no row: not started.
        // 100 + 100 + 50 + 0 + 0 + 100 + 0 = 350; 350 / 7 = 50 %.
        const JourneyProgress j = stepProgress(p);
        REQUIRE(j.steps.size() == 7);
        CHECK(j.overall == Approx(50));
        CHECK(s(j.currentStepId) == "model");
        CHECK(j.steps[2].percent == 50);
        CHECK(s(j.steps[4].stepId) == "cobuild");
        CHECK(s(j.steps[4].status) == "not_started");
        CHECK(s(j.steps[6].status) == "not_started");
    }
    SECTION("nothing recorded")
    {
        const JourneyProgress j = stepProgress(Project {});
        CHECK(j.overall == 0);
        CHECK(s(j.currentStepId) == "diagnose");
    }
    SECTION("all done: the last step stays current")
    {
        Project p;
        for (const method::Step &step : method::steps())
            setStep(p, step.id.toLatin1().constData(), "done");
        const JourneyProgress j = stepProgress(p);
        CHECK(j.overall == Approx(100));
        CHECK(s(j.currentStepId) == "evaluate");
    }
}
