// The dashboard's charts as data: every series equals the numbers of
// core/evaluation's rules, for the example project and a small project made
// here by hand, and an empty project gives empty charts that say what to enter.
#include "evaluation/contributions.h"
#include "evaluation/dashboard.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QLocale>
#include <cmath>

using namespace alliance;
using dashboard::ChartData;
using dashboard::ChartShape;

namespace {

/// "Today" for the charts: a fixed date, as every caller passes one.
const QDate chartDay(2026, 11, 23);

const ChartData &chartOf(const QList<ChartData> &all, const QString &id)
{
    for (const ChartData &d : all) {
        if (d.id == id)
            return d;
    }
    FAIL("no chart " << test::str(id));
    return all.first();
}

const dashboard::Series &seriesOf(const ChartData &d, const QString &id)
{
    for (const dashboard::Series &s : d.series) {
        if (s.id == id)
            return s;
    }
    FAIL("no series " << test::str(id) << " in " << test::str(d.id));
    return d.series.first();
}

/// NaN for an empty optional: how a chart says "no value".
bool sameValue(double chart, const std::optional<double> &rule)
{
    return rule ? std::abs(chart - *rule) < 1e-9 : std::isnan(chart);
}

QDate dateOf(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

/// Checks every chart of `p` against core/evaluation's rules.
void checkAgainstRules(const Project &p)
{
    const QList<ChartData> all = dashboard::charts(p, chartDay);

    // Order and ids.
    QStringList ids;
    for (const ChartData &d : all)
        ids << d.id;
    QStringList expected {QStringLiteral("carre"), QStringLiteral("readings"), QStringLiteral("steps"),
                          QStringLiteral("indicators")};
    for (const Indicator &i : p.indicators)
        expected << QStringLiteral("trend:") + i.id.toString(QUuid::WithoutBraces);
    expected << QStringLiteral("angles_reviews") << QStringLiteral("angles_organisations") << QStringLiteral("impacts")
             << QStringLiteral("maturity") << QStringLiteral("contributions");
    CHECK(ids == expected);
    for (const ChartData &d : all) {
        CHECK_FALSE(d.title.isEmpty());
        CHECK_FALSE(d.emptyHint.isEmpty());
        CHECK(d.yMin < d.yMax);
    }

    // Carré magique: each partner's normalised weights in percent.
    const evaluation::Recommendation rec = evaluation::recommend(p);
    const ChartData &carre = chartOf(all, QStringLiteral("carre"));
    CHECK(carre.shape == ChartShape::Radar);
    CHECK(carre.categories.size() == method::objectiveCount);
    REQUIRE(carre.series.size() == rec.partners.size());
    for (int i = 0; i < rec.partners.size(); ++i) {
        CHECK(carre.series.at(i).name == rec.partners.at(i).name);
        for (int o = 0; o < method::objectiveCount; ++o)
            CHECK(carre.series.at(i).values.at(o) == Approx(rec.partners.at(i).weights[o] * 100));
    }

    // Each partner's reading: its weight on the objective of each category,
    // so its tallest bar is the category its reading points to.
    const ChartData &readings = chartOf(all, QStringLiteral("readings"));
    REQUIRE(readings.series.size() == rec.partners.size());
    CHECK(readings.categories.size() == method::categories().size());
    for (int i = 0; i < rec.partners.size(); ++i) {
        const evaluation::PartnerWeighting &partner = rec.partners.at(i);
        const QList<double> &values = readings.series.at(i).values;
        for (int c = 0; c < method::categories().size(); ++c) {
            const bool pointed = partner.categoryIds.contains(method::categories().at(c).id);
            CHECK((values.at(c) == *std::max_element(values.begin(), values.end())) == pointed);
        }
    }
    if (const method::Model *model = method::findModel(rec.modelId))
        CHECK(readings.title.contains(method::tr(model->name)));
    CHECK(readings.isEmpty() == rec.partners.isEmpty());

    // Steps: each bar is the rule's percent, in the series of its status;
    // a status the manager has not set is in its own "suggested" series,
    // whose tooltip note gives the reason.
    const evaluation::JourneyProgress journey = evaluation::stepProgress(p);
    const ChartData &steps = chartOf(all, QStringLiteral("steps"));
    CHECK(steps.categories.size() == journey.steps.size());
    for (int i = 0; i < journey.steps.size(); ++i) {
        const auto &step = journey.steps.at(i);
        double sum = 0;
        for (const dashboard::Series &series : steps.series)
            sum += series.values.at(i);
        CHECK(sum == Approx(step.percent));
        if (step.percent > 0) {
            const QString id = step.suggested ? step.status + QStringLiteral("_suggested") : step.status;
            CHECK(seriesOf(steps, id).values.at(i) == Approx(step.percent));
            CHECK(seriesOf(steps, id).notes.at(i).isEmpty() != step.suggested);
        }
    }

    // Indicators: achieved percent in the series of the indicator's status.
    const evaluation::PerformanceSummary perf = evaluation::evaluatePerformance(p, chartDay);
    const ChartData &indicators = chartOf(all, QStringLiteral("indicators"));
    CHECK(indicators.categories.size() == p.indicators.size());
    CHECK(indicators.target == 100.0);
    for (const dashboard::Series &s : indicators.series) {
        REQUIRE(s.values.size() == p.indicators.size());
        for (int i = 0; i < p.indicators.size(); ++i) {
            const auto &ip = perf.indicators.at(i);
            if (evaluation::statusId(ip.status) == s.colourKey) {
                CHECK(sameValue(s.values.at(i), ip.achievedPercent));
                CHECK(indicators.yMin <= *ip.achievedPercent);
                CHECK(indicators.yMax >= *ip.achievedPercent);
            } else {
                CHECK(std::isnan(s.values.at(i)));
            }
        }
    }
    // Each indicator with a target date has a mark at the progress the rule
    // expects, said with its date in the tooltip; the others have none.
    const bool anyExpected
        = std::any_of(perf.indicators.cbegin(), perf.indicators.cend(),
                      [](const evaluation::IndicatorPerformance &ip) { return ip.expectedPercent.has_value(); });
    if (!anyExpected) {
        CHECK(indicators.marks.isEmpty());
        CHECK(indicators.markNotes.isEmpty());
    } else {
        REQUIRE(indicators.marks.size() == p.indicators.size());
        REQUIRE(indicators.markNotes.size() == p.indicators.size());
        CHECK_FALSE(indicators.marksName.isEmpty());
        for (int i = 0; i < p.indicators.size(); ++i) {
            const auto &ip = perf.indicators.at(i);
            CHECK(sameValue(indicators.marks.at(i), ip.expectedPercent));
            CHECK(indicators.markNotes.at(i).isEmpty() == !ip.expectedPercent.has_value());
            if (ip.expectedPercent)
                CHECK(indicators.markNotes.at(i).contains(QLocale().toString(ip.expectedOn, QLocale::ShortFormat)));
        }
    }

    // Trends: the rule's usable measurements by date, and the target line.
    for (int i = 0; i < p.indicators.size(); ++i) {
        const ChartData &trend
            = chartOf(all, QStringLiteral("trend:") + p.indicators.at(i).id.toString(QUuid::WithoutBraces));
        CHECK(trend.shape == ChartShape::Lines);
        CHECK(trend.target == p.indicators.at(i).target);
        CHECK(trend.title.contains(p.indicators.at(i).name));
        const auto &points = perf.indicators.at(i).trend;
        CHECK(trend.isEmpty() == points.isEmpty());
        if (points.isEmpty())
            continue;
        // With a target date, the expected path follows the readings: from the
        // baseline at the start of the period to the target on its date.
        const evaluation::IndicatorPerformance &ip = perf.indicators.at(i);
        REQUIRE(trend.series.size() == (p.indicators.at(i).targetDate.isValid() ? 2 : 1));
        if (trend.series.size() == 2) {
            const dashboard::Series &path = trend.series.at(1);
            CHECK(path.id == QStringLiteral("expected"));
            REQUIRE(path.points.size() == 2);
            CHECK(dateOf(path.points.at(0).x()) == p.partnership.startDate);
            CHECK(path.points.at(0).y() == Approx(p.indicators.at(i).baseline));
            CHECK(dateOf(path.points.at(1).x()) == p.indicators.at(i).targetDate);
            CHECK(path.points.at(1).y() == Approx(p.indicators.at(i).target));
            CHECK(ip.periodStart == p.partnership.startDate);
        }
        REQUIRE(trend.series.first().points.size() == points.size());
        for (int k = 0; k < points.size(); ++k) {
            CHECK(dateOf(trend.series.first().points.at(k).x()) == points.at(k).date);
            CHECK(trend.series.first().points.at(k).y() == Approx(points.at(k).value));
            CHECK(trend.yMin <= points.at(k).value);
            CHECK(trend.yMax >= points.at(k).value);
        }
        CHECK(trend.yMin <= p.indicators.at(i).target);
        CHECK(trend.yMax >= p.indicators.at(i).target);
    }

    // Angles per review, then per organisation in the latest review.
    const QList<evaluation::ReviewScores> reviews = evaluation::scoreReviews(p);
    const ChartData &perReview = chartOf(all, QStringLiteral("angles_reviews"));
    int scored = 0;
    for (const auto &review : reviews) {
        if (review.scoreCount == 0)
            continue;
        for (const auto &angle : method::evaluationAngles())
            CHECK(sameValue(seriesOf(perReview, angle.id).values.at(scored),
                            evaluation::percentOf(review.angles, angle.id)));
        // Each review says how many partners answered, each value how many rated its angle.
        REQUIRE(scored < perReview.categories.size());
        CHECK(perReview.categories.at(scored).endsWith(QStringLiteral("(%1)").arg(review.respondents)));
        for (const auto &mean : review.angles)
            CHECK(seriesOf(perReview, mean.id).notes.value(scored)
                  == (mean.percent ? dashboard::answeredText(mean.respondents) : QString()));
        ++scored;
    }
    CHECK(perReview.categories.size() == scored);
    const ChartData &perOrganisation = chartOf(all, QStringLiteral("angles_organisations"));
    const evaluation::ReviewScores *latest = nullptr;
    for (const auto &review : reviews) {
        if (!review.organisations.isEmpty())
            latest = &review;
    }
    CHECK(perOrganisation.isEmpty() == (latest == nullptr));
    if (latest) {
        REQUIRE(perOrganisation.categories.size() == latest->organisations.size());
        for (int o = 0; o < latest->organisations.size(); ++o) {
            const Organisation *org = p.organisation(latest->organisations.at(o).organisationId);
            if (org)
                CHECK(perOrganisation.categories.at(o) == org->name);
            for (const auto &angle : method::evaluationAngles())
                CHECK(sameValue(seriesOf(perOrganisation, angle.id).values.at(o),
                                evaluation::percentOf(latest->organisations.at(o).angles, angle.id)));
        }
    }

    // Impacts: one point per dated review that scored the impact.
    const ChartData &impacts = chartOf(all, QStringLiteral("impacts"));
    if (!impacts.isEmpty()) {
        for (const auto &impact : method::impacts()) {
            QList<QPointF> expectedPoints;
            for (const auto &review : reviews) {
                const auto percent = evaluation::percentOf(review.impacts, impact.id);
                if (percent && review.date.isValid())
                    expectedPoints << QPointF(0, *percent);
            }
            const auto &points = seriesOf(impacts, impact.id).points;
            REQUIRE(points.size() == expectedPoints.size());
            CHECK(seriesOf(impacts, impact.id).notes.size() == points.size());
            for (int k = 0; k < points.size(); ++k)
                CHECK(points.at(k).y() == Approx(expectedPoints.at(k).y()));
        }
    }

    // Maturity: the organisations that answered, axis by axis and overall.
    const ChartData &maturity = chartOf(all, QStringLiteral("maturity"));
    int answered = 0;
    for (const auto &org : evaluation::maturity(p)) {
        if (!org.overall)
            continue;
        for (const auto &axis : method::maturityAxes())
            CHECK(sameValue(seriesOf(maturity, axis.id).values.at(answered), evaluation::percentOf(org.axes, axis.id)));
        CHECK(seriesOf(maturity, QStringLiteral("overall")).values.at(answered) == Approx(*org.overall));
        ++answered;
    }
    CHECK(maturity.categories.size() == answered);

    // Contributions: euros per kind, stacked to each partner's total.
    const evaluation::ContributionSummary summary = evaluation::summariseContributions(p);
    const ChartData &contributions = chartOf(all, QStringLiteral("contributions"));
    int shown = 0;
    for (const auto &partner : summary.partners) {
        if (partner.count == 0)
            continue;
        double stacked = 0;
        for (int k = 0; k < method::contributionKinds().size(); ++k) {
            const double v = seriesOf(contributions, method::contributionKinds().at(k).id).values.at(shown);
            CHECK(v == Approx(partner.byKind.at(k)));
            // The tooltip says the quantity in the kind's own unit, never as euros.
            const QString note = seriesOf(contributions, method::contributionKinds().at(k).id).notes.value(shown);
            if (evaluation::contributionUnit(method::contributionKinds().at(k).id)
                == evaluation::ContributionUnit::Currency) {
                CHECK(note.isEmpty());
            } else {
                CHECK(note
                      == evaluation::quantityText(partner.quantityByKind.at(k),
                                                  evaluation::contributionUnit(method::contributionKinds().at(k).id),
                                                  QLocale()));
                CHECK_FALSE(note.contains(QChar(0x20AC)));
            }
            stacked += v;
        }
        CHECK(stacked == Approx(partner.totalEuros));
        CHECK(contributions.yMax >= partner.totalEuros);
        ++shown;
    }
    CHECK(contributions.categories.size() == shown);
}

std::unique_ptr<Document> exampleDocument(const QString &folder)
{
    auto doc = Document::createNew(QStringLiteral("Example"), test::testAuthor(), test::optionsIn(folder));
    REQUIRE(doc);
    QString error;
    REQUIRE(example::fillExample(*doc, &error));
    return doc;
}

} // namespace

TEST_CASE("Dashboard: the example's charts equal the evaluation rules", "[dashboard]")
{
    auto dir = test::makeTempDir();
    auto doc = exampleDocument(dir->path());
    const Project &p = doc->project();
    checkAgainstRules(p);
    // The example fills every chart.
    for (const ChartData &d : dashboard::charts(p, chartDay))
        CHECK_FALSE(d.isEmpty());
    CHECK(dashboard::chart(p, QStringLiteral("maturity"), chartDay)
          == chartOf(dashboard::charts(p, chartDay), QStringLiteral("maturity")));
    CHECK_FALSE(dashboard::chart(p, QStringLiteral("nothing"), chartDay));
    // Five of its six indicators have a target date, so five marks.
    const ChartData indicators = chartOf(dashboard::charts(p, chartDay), QStringLiteral("indicators"));
    CHECK(std::count_if(indicators.marks.cbegin(), indicators.marks.cend(), [](double v) { return !std::isnan(v); })
          == 5);
}

TEST_CASE("Dashboard: the indicators chart marks the progress expected by the latest measurement, with its date",
          "[dashboard][time]")
{
    Project p;
    p.partnership.startDate = QDate(2026, 1, 1);
    Indicator dated {QUuid::createUuid(),
                     QStringLiteral("Meals"),
                     QStringLiteral("meals"),
                     0,
                     100,
                     QStringLiteral("increase"),
                     {},
                     QStringLiteral("performance"),
                     {},
                     QDate(2026, 1, 1).addDays(200)};
    Indicator undated {QUuid::createUuid(),
                       QStringLiteral("Volunteers"),
                       {},
                       0,
                       10,
                       QStringLiteral("increase"),
                       {},
                       QStringLiteral("performance"),
                       {},
                       QDate()};
    p.indicators << dated << undated;
    // Half-way (day 100) at 48: 50 % expected, 48 % achieved, on track.
    p.measurements << Measurement {QUuid::createUuid(), dated.id, QDate(2026, 1, 1).addDays(100), 48, {}}
                   << Measurement {QUuid::createUuid(), undated.id, QDate(2026, 4, 1), 5, {}};
    const ChartData d = chartOf(dashboard::charts(p, QDate(2026, 5, 1)), QStringLiteral("indicators"));
    REQUIRE(d.marks.size() == 2);
    CHECK(d.marks.at(0) == Approx(50));
    CHECK(std::isnan(d.marks.at(1)));
    CHECK(d.markNotes.at(0).contains(QLocale().toString(QDate(2026, 1, 1).addDays(100), QLocale::ShortFormat)));
    CHECK(d.markNotes.at(1).isEmpty());
    CHECK(seriesOf(d, QStringLiteral("on_track")).values.at(0) == Approx(48));
    CHECK_FALSE(d.marksName.isEmpty());
    // Past the target date, the mark is the whole way and the 48 % a miss.
    const ChartData late = chartOf(dashboard::charts(p, QDate(2026, 9, 1)), QStringLiteral("indicators"));
    CHECK(late.marks.at(0) == Approx(100));
    CHECK(seriesOf(late, QStringLiteral("off_track")).values.at(0) == Approx(48));
    CHECK(late != d);
}

TEST_CASE("Dashboard: a small project's charts, worked out by hand", "[dashboard]")
{
    Project p;
    Organisation a {QUuid::createUuid(),
                    QStringLiteral("Association <b>A</b>"),
                    QStringLiteral("association"),
                    QStringLiteral("lead"),
                    {},
                    {},
                    {},
                    false};
    Organisation b {QUuid::createUuid(),
                    QStringLiteral("Company B"),
                    QStringLiteral("company"),
                    QStringLiteral("partner"),
                    {},
                    {},
                    {},
                    false};
    p.organisations << a << b;
    const int weightsA[4] = {40, 30, 20, 10};
    const int weightsB[4] = {10, 20, 30, 40};
    for (int o = 0; o < 4; ++o) {
        p.objectiveWeights << ObjectiveWeight {
            QUuid::createUuid(), a.id, method::objectives().at(o).id, weightsA[o], {}};
        p.objectiveWeights << ObjectiveWeight {
            QUuid::createUuid(), b.id, method::objectives().at(o).id, weightsB[o], {}};
    }
    p.stepStates
        << StepState {QUuid::createUuid(), QStringLiteral("diagnose"), QStringLiteral("done"), {}, {}, {}, {}}
        << StepState {QUuid::createUuid(), QStringLiteral("objectives"), QStringLiteral("in_progress"), {}, {}, {}, {}};
    // Baseline 0, target 200, reached 150: 75 %, at risk.
    Indicator jobs {QUuid::createUuid(),
                    QStringLiteral("Jobs"),
                    QStringLiteral("jobs"),
                    0,
                    200,
                    QStringLiteral("increase"),
                    {},
                    QStringLiteral("performance"),
                    {},
                    {}};
    p.indicators << jobs;
    p.measurements << Measurement {QUuid::createUuid(), jobs.id, QDate(2026, 3, 1), 150, {}}
                   << Measurement {QUuid::createUuid(), jobs.id, QDate(2026, 1, 1), 50, {}};
    p.contributions << Contribution {QUuid::createUuid(), a.id, QStringLiteral("money"), {}, 0, 1000}
                    << Contribution {QUuid::createUuid(), a.id, QStringLiteral("skills"), {}, 0, 500}
                    << Contribution {QUuid::createUuid(), b.id, QStringLiteral("material"), {}, 0, 200};
    const Review review {QUuid::createUuid(), QDate(2026, 6, 30), QStringLiteral("interim"),
                         QStringLiteral("Mid-term")};
    p.reviews << review;
    const method::Criterion &criterion = method::criteria().first();
    p.reviewScores << ReviewScore {QUuid::createUuid(), review.id, a.id, criterion.id, 4, {}, {}, false}
                   << ReviewScore {QUuid::createUuid(), review.id, b.id, criterion.id, 2, {}, {}, false};
    // Words only, and results in words: neither is a rating, neither counts as an answer behind a figure.
    Organisation c {QUuid::createUuid(),
                    QStringLiteral("Town C"),
                    QStringLiteral("local_authority"),
                    QStringLiteral("partner"),
                    {},
                    {},
                    {},
                    false};
    p.organisations << c;
    p.reviewScores << ReviewScore {QUuid::createUuid(),         review.id, c.id, criterion.id, 0,
                                   QStringLiteral("Too early"), {},        true}
                   << ReviewScore {QUuid::createUuid(),
                                   review.id,
                                   c.id,
                                   QStringLiteral("unexpected_results"),
                                   5,
                                   QStringLiteral("A new volunteer"),
                                   {},
                                   false};
    // A copy: maturityQuestionsFor() returns a temporary list.
    const method::MaturityQuestion question = method::maturityQuestionsFor(QStringLiteral("company")).first();
    p.maturityAnswers << MaturityAnswer {QUuid::createUuid(), b.id, question.id, 3, {}}
                      << MaturityAnswer {QUuid::createUuid(), b.id, QStringLiteral("company_local_anchoring"), 1, {}};

    checkAgainstRules(p);
    const QList<ChartData> all = dashboard::charts(p, chartDay);

    const ChartData &carre = chartOf(all, QStringLiteral("carre"));
    REQUIRE(carre.series.size() == 2);
    CHECK(carre.series.at(0).name == a.name); // plain text, as typed
    CHECK(carre.series.at(0).values == QList<double> {40, 30, 20, 10});
    // 40/30/20/10 read per category (processes, business model, value proposition, positioning).
    CHECK(chartOf(all, QStringLiteral("readings")).series.at(0).values == QList<double> {40, 30, 20, 10});

    const ChartData &steps = chartOf(all, QStringLiteral("steps"));
    CHECK(seriesOf(steps, QStringLiteral("done")).values.at(0) == 100);
    CHECK(seriesOf(steps, QStringLiteral("in_progress")).values.at(1) == 50);
    CHECK(seriesOf(steps, QStringLiteral("done")).values.at(2) == 0);
    // Step 6 holds an indicator, and its status was never set: in progress,
    // as a suggestion, with the reason in its tooltip note.
    CHECK(seriesOf(steps, QStringLiteral("in_progress_suggested")).values.at(5) == 50);
    CHECK(seriesOf(steps, QStringLiteral("in_progress_suggested")).name.contains(QStringLiteral("suggested")));
    CHECK(seriesOf(steps, QStringLiteral("in_progress_suggested"))
              .notes.at(5)
              .contains(QStringLiteral("1 of 1 indicators measured")));
    CHECK(seriesOf(steps, QStringLiteral("in_progress")).values.at(5) == 0);

    const ChartData &indicators = chartOf(all, QStringLiteral("indicators"));
    CHECK(seriesOf(indicators, QStringLiteral("at_risk")).values == QList<double> {75});
    CHECK(std::isnan(seriesOf(indicators, QStringLiteral("on_track")).values.at(0)));

    const ChartData &trend = chartOf(all, QStringLiteral("trend:") + jobs.id.toString(QUuid::WithoutBraces));
    REQUIRE(trend.series.size() == 1);
    CHECK(trend.series.first().points.size() == 2);
    CHECK(dateOf(trend.series.first().points.at(0).x()) == QDate(2026, 1, 1)); // sorted by date
    CHECK(trend.series.first().points.at(1).y() == 150);
    CHECK(trend.target == 200.0);

    // One criterion scored 4 and 2 out of 5: 60 % for its angle, two partners
    // answered (the third wrote words only).
    const ChartData &perReview = chartOf(all, QStringLiteral("angles_reviews"));
    CHECK(dashboard::answeredText(2).contains(QStringLiteral("2")));
    CHECK(perReview.categories == QStringList {QStringLiteral("Mid-term (2)")});
    CHECK(perReview.xTitle.contains(QStringLiteral("partners who answered")));
    CHECK(seriesOf(perReview, criterion.angle).values.at(0) == Approx(60));
    CHECK(seriesOf(perReview, criterion.angle).notes.at(0) == dashboard::answeredText(2));
    const ChartData &perOrganisation = chartOf(all, QStringLiteral("angles_organisations"));
    CHECK(perOrganisation.categories == QStringList {a.name, b.name});
    CHECK(perOrganisation.xTitle.endsWith(QStringLiteral("(%1)").arg(dashboard::answeredText(2))));
    CHECK(seriesOf(perOrganisation, criterion.angle).values == QList<double> {80, 40});

    // Maturity 3 of 4 on one axis: 75 %; only the company answered.
    const ChartData &maturity = chartOf(all, QStringLiteral("maturity"));
    CHECK(maturity.categories == QStringList {b.name});
    CHECK(seriesOf(maturity, question.axis).values.at(0) == Approx(75));
    // The fourth axis of the 360°, the place in the ecosystem, has its bars: 1 of 4 is 25 %.
    CHECK(seriesOf(maturity, QStringLiteral("ecosystem")).name == QStringLiteral("Ecosystem")); // short, never cut
    CHECK(seriesOf(maturity, QStringLiteral("ecosystem")).values.at(0) == Approx(25));
    CHECK(maturity.series.size() == method::maturityAxes().size() + 1); // and "overall"

    const ChartData &contributions = chartOf(all, QStringLiteral("contributions"));
    CHECK(contributions.shape == ChartShape::StackedBars);
    CHECK(contributions.categories == QStringList {a.name, b.name});
    CHECK(seriesOf(contributions, QStringLiteral("money")).values == QList<double> {1000, 0});
    CHECK(seriesOf(contributions, QStringLiteral("material")).values == QList<double> {0, 200});
    CHECK(contributions.yMax >= 1500);
}

TEST_CASE("Dashboard: an empty project gives empty charts that say what to enter", "[dashboard]")
{
    Project p;
    p.partnership.title = QStringLiteral("Empty");
    p.organisations << Organisation {QUuid::createUuid(),
                                     QStringLiteral("Alone"),
                                     QStringLiteral("association"),
                                     QStringLiteral("lead"),
                                     {},
                                     {},
                                     {},
                                     false};
    const QList<ChartData> all = dashboard::charts(p, chartDay);
    REQUIRE(all.size() == 9); // no indicator, no trend
    for (const ChartData &d : all) {
        INFO(test::str(d.id));
        CHECK(d.isEmpty());
        CHECK_FALSE(d.emptyHint.isEmpty());
        CHECK_FALSE(d.title.isEmpty());
    }
    // An indicator without measurements: its trend is listed, empty.
    p.indicators << Indicator {QUuid::createUuid(), QStringLiteral("Jobs"), {}, 0, 10, {}, {}, {}, {}, {}};
    const QList<ChartData> withIndicator = dashboard::charts(p, chartDay);
    REQUIRE(withIndicator.size() == 10);
    CHECK(withIndicator.at(4).id.startsWith(QStringLiteral("trend:")));
    CHECK(withIndicator.at(4).isEmpty());
    CHECK(chartOf(withIndicator, QStringLiteral("indicators")).isEmpty());
    checkAgainstRules(p);
}

TEST_CASE("Dashboard: equal charts compare equal, NaN included", "[dashboard]")
{
    ChartData a;
    a.series << dashboard::Series {QStringLiteral("s"), {1, std::nan("")}, {}, {}, {}, {}};
    ChartData b = a;
    CHECK(a == b);
    b.series[0].values[1] = 2;
    CHECK(a != b);
}
