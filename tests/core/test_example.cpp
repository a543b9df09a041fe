// The example partnership of `new --example`: what a user opening it sees.
// It is made once, saved, then opened like any received file.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "evaluation/maturityadvice.h"
#include "evaluation/needsviews.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QSet>
#include <algorithm>
#include <memory>

using namespace alliance;

namespace {

struct ExampleFile
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    QString path = dir->filePath(QStringLiteral("exemple.alliance"));
    QString error;
    bool made = false;

    ExampleFile()
    {
        auto doc = Document::createNew(QString(), test::testAuthor(),
                                       test::optionsIn(dir->filePath(QStringLiteral("working"))), {}, &error);
        made = doc && example::fillExample(*doc, &error) && doc->saveAs(path, &error);
    }
};

// Made once for all the test cases of this file: it takes a few dozen commits.
const ExampleFile &exampleFile()
{
    static const ExampleFile file;
    return file;
}

struct OpenedExample
{
    std::unique_ptr<QTemporaryDir> working = test::makeTempDir();
    CheckResult check;
    std::unique_ptr<Document> doc;

    OpenedExample()
    {
        REQUIRE(exampleFile().made);
        doc = Document::open(exampleFile().path, test::testAuthor(), test::optionsIn(working->path()), &check);
        REQUIRE(doc);
    }
    const Project &project() const { return doc->project(); }
};

QList<Organisation> partnersOf(const Project &p)
{
    QList<Organisation> out;
    for (const Organisation &o : p.organisations)
        if (o.role != QLatin1String("catalyst"))
            out << o;
    return out;
}

} // namespace

TEST_CASE("the example is a valid project file that opens unmodified", "[example]")
{
    INFO(test::str(exampleFile().error));
    REQUIRE(exampleFile().made);
    const CheckResult check = validateProjectFile(exampleFile().path);
    INFO(test::str(check.message));
    CHECK(check.ok());
    CHECK(check.schemaVersion == schema::currentVersion);

    OpenedExample opened;
    CHECK_FALSE(opened.doc->isModified());
    CHECK(opened.project().partnership.title
          == QString::fromUtf8("Alliance pour l’insertion numérique en Haute-Garonne"));
    CHECK(opened.doc->journalSize() > 500);
}

TEST_CASE("the example has four partners of four profiles, led by an association, and a catalyst", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    const QList<Organisation> partners = partnersOf(p);
    REQUIRE(partners.size() == 4);
    QSet<QString> profiles;
    for (const Organisation &o : partners)
        profiles.insert(o.profile);
    CHECK(profiles
          == QSet<QString> {QStringLiteral("association"), QStringLiteral("company"), QStringLiteral("foundation"),
                            QStringLiteral("local_authority")});
    REQUIRE(p.leadOrganisation());
    CHECK(p.leadOrganisation()->profile == QLatin1String("association"));
    CHECK(std::count_if(p.organisations.cbegin(), p.organisations.cend(),
                        [](const Organisation &o) { return o.role == QLatin1String("catalyst"); })
          == 1);
    CHECK(std::count_if(p.organisations.cbegin(), p.organisations.cend(),
                        [](const Organisation &o) { return o.role == QLatin1String("funder"); })
          == 1);
    for (const Organisation &o : p.organisations) {
        CHECK_FALSE(o.name.isEmpty());
        CHECK(std::any_of(p.contacts.cbegin(), p.contacts.cend(),
                          [&](const Contact &c) { return c.organisationId == o.id; }));
    }
}

TEST_CASE("the example walks the seven steps: five done, piloting and evaluating as its reviews say", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    REQUIRE(p.stepStates.size() == method::steps().size());
    for (const method::Step &step : method::steps()) {
        INFO(test::str(step.id));
        const auto state = std::find_if(p.stepStates.cbegin(), p.stepStates.cend(),
                                        [&](const StepState &s) { return s.stepId == step.id; });
        REQUIRE(state != p.stepStates.cend());
        // Reviews were held: evaluating has started alongside piloting.
        REQUIRE_FALSE(p.reviews.isEmpty());
        const char *expected = step.number <= 5 ? "done" : "in_progress";
        CHECK(state->status == QLatin1String(expected));
        CHECK(state->startDate.isValid());
        CHECK_FALSE(state->owner.isEmpty());
        CHECK_FALSE(state->notes.isEmpty());
        CHECK(std::any_of(p.checklistItems.cbegin(), p.checklistItems.cend(),
                          [&](const ChecklistItem &c) { return c.stepId == step.id; }));
        CHECK(std::any_of(p.actions.cbegin(), p.actions.cend(), [&](const Action &a) { return a.stepId == step.id; }));
    }
    CHECK(evaluation::stepProgress(p).currentStepId == QLatin1String("pilot"));
    // A steering committee: a representative of each weighting partner and the catalyst.
    QSet<QUuid> committee;
    for (const Contact &c : p.contacts)
        if (c.steeringCommittee)
            committee.insert(c.organisationId);
    CHECK(committee.size() >= 4);
    for (const Organisation &o : p.organisations)
        if (o.role == QLatin1String("lead") || o.role == QLatin1String("catalyst"))
            CHECK(committee.contains(o.id));
}

TEST_CASE("the example diagnoses the territory from each organisation's view", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    // Every organisation, the catalyst included, answers all seven needs in words and with a priority.
    REQUIRE(p.needAnswers.size() == method::territoryNeeds().size() * p.organisations.size());
    const evaluation::NeedsViews views = evaluation::needsViews(p);
    CHECK_FALSE(views.hasSharedView);
    for (const evaluation::NeedViews &n : views.needs) {
        INFO(test::str(n.needId));
        QSet<QString> texts;
        for (const evaluation::NeedView &v : n.views) {
            CHECK_FALSE(v.answer.isEmpty());
            CHECK_FALSE(v.priority.isEmpty());
            texts.insert(v.answer);
        }
        CHECK(texts.size() == n.views.size()); // each its own words
    }
    // Organisations of different kinds do not rank the needs alike.
    const QList<evaluation::PriorityDifference> differences = views.differences();
    CHECK(differences.size() >= 3);
    CHECK(std::any_of(differences.cbegin(), differences.cend(),
                      [](const evaluation::PriorityDifference &d) { return d.opposite; }));
}

TEST_CASE("every organisation of the example answers its own self-diagnostic, the ecosystem included", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    QSet<QString> overalls;
    for (const Organisation &o : p.organisations) {
        INFO(test::str(o.name));
        const auto expected = method::maturityQuestionsFor(o.profile, o.role);
        const evaluation::OrganisationMaturity m = evaluation::maturityOf(p, o.id);
        CHECK(m.answered == expected.size());
        CHECK(m.expected == expected.size());
        CHECK(m.overall.has_value());
        for (const evaluation::ScoreMean &axis : m.axes)
            CHECK(axis.percent.has_value());
        overalls.insert(QString::number(*m.overall));
        // The result ends with the tools to use next.
        const evaluation::MaturityAdvice advice = evaluation::maturityAdvice(m);
        CHECK_FALSE(advice.summary.isEmpty());
        CHECK(advice.axes.size() == method::maturityAxes().size());
    }
    CHECK(overalls.size() == p.organisations.size()); // no two organisations alike
    // The catalyst answers the catalyst variant.
    for (const Organisation &o : p.organisations)
        if (o.role == QLatin1String("catalyst"))
            CHECK(std::any_of(p.maturityAnswers.cbegin(), p.maturityAnswers.cend(), [&](const MaturityAnswer &a) {
                return a.organisationId == o.id && a.questionId == QLatin1String("catalyst_trust");
            }));
}

TEST_CASE("each partner of the example weights its four objectives to 100, with a text each", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    for (const Organisation &o : partnersOf(p)) {
        INFO(test::str(o.name));
        int sum = 0, count = 0;
        for (const ObjectiveWeight &w : p.objectiveWeights) {
            if (w.organisationId != o.id)
                continue;
            sum += w.weight;
            ++count;
            CHECK_FALSE(w.text.isEmpty());
        }
        CHECK(count == method::objectiveCount);
        CHECK(sum == 100);
    }
    CHECK_FALSE(p.partnership.commonStake.isEmpty());
    // The relationship is described and names a model that serves at least
    // one partner's first objective.
    const evaluation::Recommendation r = evaluation::recommend(p);
    REQUIRE(r.hasReadings());
    CHECK_FALSE(r.modelId.isEmpty());
    CHECK(p.partnership.categoryId == r.describedCategoryId);
    CHECK_FALSE(r.nobodyPutsModelObjectiveFirst);
    CHECK_FALSE(p.partnership.modelJustification.isEmpty());
    CHECK(method::findModel(p.partnership.modelId));
}

TEST_CASE("the example maps its ecosystem and signs an agreement with valued contributions", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    for (const method::CatalystFunction &f : method::catalystFunctions())
        CHECK(std::any_of(p.catalystAssignments.cbegin(), p.catalystAssignments.cend(),
                          [&](const CatalystAssignment &a) { return a.functionId == f.id; }));
    CHECK(p.mapPositions.size() == p.organisations.size());
    CHECK(p.partnership.sdgTargets.contains(QStringLiteral("17.17")));
    CHECK(p.partnership.sdgTargets.contains(QStringLiteral("4.4")));
    CHECK_FALSE(p.partnership.governance.isEmpty());
    CHECK_FALSE(p.partnership.agreementTerms.isEmpty());
    CHECK(p.partnership.agreementSigned == QDate(2025, 10, 17));
    for (const method::Choice &kind : method::contributionKinds())
        CHECK(std::any_of(p.contributions.cbegin(), p.contributions.cend(),
                          [&](const Contribution &c) { return c.kind == kind.id && c.valueEuros > 0; }));
}

TEST_CASE("the example pilots actions, some late in November 2026, and indicators measured monthly", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    CHECK(p.actions.size() >= 12);
    const QDate november(2026, 11, 1);
    const auto late = std::count_if(p.actions.cbegin(), p.actions.cend(), [&](const Action &a) {
        return a.dueDate < november
            && (a.status == QLatin1String("planned") || a.status == QLatin1String("in_progress"));
    });
    CHECK(late >= 2);
    CHECK(std::any_of(p.actions.cbegin(), p.actions.cend(), [](const Action &a) { return a.milestone; }));

    REQUIRE(p.indicators.size() >= 5);
    for (const Indicator &i : p.indicators) {
        INFO(test::str(i.name));
        CHECK_FALSE(i.unit.isEmpty());
        CHECK(i.target != i.baseline);
        QSet<int> months;
        for (const Measurement &m : p.measurements)
            if (m.indicatorId == i.id)
                months.insert(m.date.year() * 12 + m.date.month());
        CHECK(months.size() == 12);
        CHECK(*std::max_element(months.cbegin(), months.cend()) - *std::min_element(months.cbegin(), months.cend())
              == 11);
    }

    // Target dates within the partnership's years, one indicator without; in
    // mid-November 2026 most are on track for their date, one lags behind
    // and one, the computers due at the end of October, missed it.
    const auto dated = std::count_if(p.indicators.cbegin(), p.indicators.cend(), [&](const Indicator &i) {
        return i.targetDate.isValid() && i.targetDate > p.partnership.startDate
            && i.targetDate <= p.partnership.endDate;
    });
    CHECK(dated == p.indicators.size() - 1);
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(p, QDate(2026, 11, 15));
    CHECK(summary.onTrack >= 3);
    CHECK(summary.atRisk >= 1);
    CHECK(summary.offTrack == 1);
    for (int k = 0; k < p.indicators.size(); ++k) {
        const evaluation::IndicatorPerformance &perf = summary.indicators.at(k);
        if (perf.status == evaluation::IndicatorStatus::OffTrack) {
            INFO(test::str(p.indicators.at(k).name));
            CHECK(perf.targetDatePassed);
            CHECK(p.indicators.at(k).name.startsWith(QStringLiteral("Ordinateurs")));
        }
    }
}

TEST_CASE("the example's reviews are answered in the method's four parts, as partners would", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    REQUIRE(p.reviews.size() == 2);
    CHECK(p.reviews.at(0).kind == QLatin1String("interim"));
    CHECK(p.reviews.at(1).kind == QLatin1String("annual"));
    const Review &annual = p.reviews.at(1);
    const auto answerOf = [&](const Review &r, const Organisation &o, const QString &criterion) -> const ReviewScore * {
        for (const ReviewScore &s : p.reviewScores)
            if (s.reviewId == r.id && s.organisationId == o.id && s.criterionId == criterion)
                return &s;
        return nullptr;
    };
    int wordsOnly = 0, unanswered = 0;
    QSet<int> ratingsSeen;
    for (const Review &r : p.reviews)
        for (const Organisation &o : partnersOf(p))
            for (const method::Criterion &c : method::criteria()) {
                const ReviewScore *a = answerOf(r, o, c.id);
                if (!a) {
                    ++unanswered;
                    continue;
                }
                INFO(test::str(o.name) << " / " << test::str(c.id));
                switch (c.kind) {
                case method::AnswerKind::Words:
                    // Results are words, never a rating.
                    CHECK(a->noScore);
                    CHECK_FALSE(a->comment.isEmpty());
                    break;
                case method::AnswerKind::YesPartlyNo:
                    CHECK(a->noScore);
                    CHECK(method::findChoice(method::stepBackAnswers(), a->answer));
                    break;
                case method::AnswerKind::Rating:
                case method::AnswerKind::Reflection:
                    CHECK(a->answer.isEmpty());
                    if (a->noScore) {
                        CHECK_FALSE(a->comment.isEmpty()); // words only, never an empty answer
                        ++wordsOnly;
                    } else {
                        ratingsSeen.insert(a->score);
                    }
                    break;
                }
            }
    // Some answers are words only, some questions are left for later, and the
    // ratings are the partners' own (not one value everywhere).
    CHECK(wordsOnly >= 4);
    CHECK(unanswered >= 5);
    CHECK(ratingsSeen.size() >= 4);
    // At the annual review every partner answered the carré magique and the
    // shared effects, and at least one partner reported no unexpected result.
    int noUnexpected = 0;
    for (const Organisation &o : partnersOf(p)) {
        for (const method::Criterion &c : method::criteria())
            if (c.part == 2 || (c.part == 1 && c.kind == method::AnswerKind::Rating))
                CHECK(answerOf(annual, o, c.id));
        noUnexpected += answerOf(annual, o, QStringLiteral("unexpected_results")) ? 0 : 1;
    }
    CHECK(noUnexpected >= 1);
    CHECK(std::count_if(p.reviewScores.cbegin(), p.reviewScores.cend(),
                        [](const ReviewScore &s) { return !s.comment.isEmpty(); })
          >= 20);
    // Every angle is rated in the last review, the step-back questions are answered.
    const auto scored = evaluation::scoreReviews(p);
    REQUIRE(scored.size() == 2);
    for (const evaluation::ScoreMean &m : scored.constLast().angles) {
        CHECK(m.percent.has_value());
        CHECK(m.respondents == 4);
    }
    for (const evaluation::StepBackCount &count : scored.constLast().stepBack)
        CHECK(count.respondents == 4);
    for (const method::Choice &kind : method::lessonKinds())
        CHECK(std::any_of(p.lessons.cbegin(), p.lessons.cend(),
                          [&](const Lesson &l) { return l.kind == kind.id && !l.text.isEmpty(); }));
}

TEST_CASE("the example's private contact and note are private, the others are not", "[example]")
{
    OpenedExample opened;
    const Project &p = opened.project();
    const auto privateContacts
        = std::count_if(p.contacts.cbegin(), p.contacts.cend(), [](const Contact &c) { return c.isPrivate; });
    CHECK(privateContacts == 1);
    CHECK(privateContacts < p.contacts.size());
    const auto privateNotes
        = std::count_if(p.notes.cbegin(), p.notes.cend(), [](const Note &n) { return n.isPrivate; });
    CHECK(privateNotes == 1);
    CHECK(privateNotes < p.notes.size());
}

TEST_CASE("a shrunken large project fills every table and reaches the journal size asked", "[example]")
{
    auto dir = test::makeTempDir();
    example::LargeSize size;
    size.organisations = 5;
    size.contacts = 12;
    size.actions = 10;
    size.indicators = 3;
    size.measurementsPerIndicator = 4;
    size.reviews = 2;
    size.criteria = int(method::criteria().size()) + 2;
    size.minimumJournal = 3000;
    QString error;
    auto doc = Document::createNew(QString(), test::testAuthor(), test::optionsIn(dir->filePath(QStringLiteral("w"))),
                                   {}, &error);
    REQUIRE(doc);
    INFO(test::str(error));
    REQUIRE(example::fillLarge(*doc, &error, size));
    CHECK(doc->journalSize() >= size.minimumJournal);
    const Project &p = doc->project();
    CHECK(p.organisations.size() == size.organisations);
    CHECK(p.contacts.size() == size.contacts);
    CHECK(p.actions.size() == size.actions);
    CHECK(p.indicators.size() == size.indicators);
    CHECK(p.measurements.size() == size.indicators * size.measurementsPerIndicator);
    CHECK(std::any_of(p.indicators.cbegin(), p.indicators.cend(),
                      [](const Indicator &i) { return i.targetDate.isValid(); }));
    CHECK(p.customCriteria.size() == 2);
    CHECK(p.reviewScores.size() == size.reviews * size.organisations * size.criteria);
    // Each organisation answers the needs and its own self-diagnostic, by its kind.
    CHECK(p.needAnswers.size() == size.organisations * method::territoryNeeds().size());
    CHECK_FALSE(evaluation::needsViews(p).differences().isEmpty());
    for (const Organisation &o : p.organisations) {
        INFO(test::str(o.name));
        const evaluation::OrganisationMaturity m = evaluation::maturityOf(p, o.id);
        CHECK(m.answered == m.expected);
        CHECK(evaluation::percentOf(m.axes, QStringLiteral("ecosystem")).has_value());
    }
    const QString path = dir->filePath(QStringLiteral("large.alliance"));
    REQUIRE(doc->saveAs(path, &error));
    const CheckResult check = validateProjectFile(path);
    INFO(test::str(check.message));
    CHECK(check.ok());
}
