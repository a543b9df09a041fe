// Indicator performance (steps 6-7): achievement, status, trend and the
// aggregates per objective, with hand-computed numbers in the comments.
#include <catch2/catch.hpp>

#include "evaluation/performance.h"
#include "model/project.h"

#include <cmath>
#include <limits>
#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QUuid addIndicator(Project &p, double baseline, double target, const char *direction,
                   const char *objectiveId = "")
{
    Indicator i;
    i.id = QUuid::createUuid();
    i.name = QStringLiteral("indicator");
    i.baseline = baseline;
    i.target = target;
    i.direction = QString::fromLatin1(direction);
    i.objectiveId = QString::fromLatin1(objectiveId);
    p.indicators.append(i);
    return i.id;
}

void measure(Project &p, const QUuid &indicatorId, QDate date, double value)
{
    Measurement m;
    m.id = QUuid::createUuid();
    m.indicatorId = indicatorId;
    m.date = date;
    m.value = value;
    p.measurements.append(m);
}

const IndicatorPerformance &find(const PerformanceSummary &s, const QUuid &id)
{
    for (const IndicatorPerformance &i : s.indicators) {
        if (i.indicatorId == id)
            return i;
    }
    FAIL("indicator not found");
    return s.indicators.first();
}

} // namespace

TEST_CASE("Increasing indicator: the latest measurement by date counts", "[evaluation][performance]")
{
    Project p;
    // Volunteers mobilised: from 10 to 30.
    const QUuid id = addIndicator(p, 10, 30, "increase", "processes");
    // Entered out of order: the June reading is the latest, not the last entered.
    measure(p, id, QDate(2024, 1, 10), 15);
    measure(p, id, QDate(2024, 6, 1), 25);
    measure(p, id, QDate(2024, 3, 1), 12);

    const IndicatorPerformance i = find(evaluatePerformance(p), id);
    REQUIRE(i.hasData);
    CHECK(i.latestDate == QDate(2024, 6, 1));
    CHECK(i.latestValue == 25);
    // (25 - 10) / (30 - 10) * 100 = 75 % -> at risk (50 <= 75 < 90).
    CHECK(*i.achievedPercent == Approx(75));
    CHECK(*i.achievedClamped == Approx(75));
    CHECK(i.status == IndicatorStatus::AtRisk);
    CHECK(s(statusId(i.status)) == "at_risk");
    // The trend is sorted by date for the chart.
    REQUIRE(i.trend.size() == 3);
    CHECK(i.trend[0].date == QDate(2024, 1, 10));
    CHECK(i.trend[1].value == 12);
    CHECK(i.trend[2].value == 25);
}

TEST_CASE("Decreasing indicator uses the same formula", "[evaluation][performance]")
{
    // Waste in tonnes: from 100 down to 60.
    // Latest 70: (70 - 100) / (60 - 100) = -30 / -40 = 75 %.
    CHECK(achievedPercent(100, 60, 70, QStringLiteral("decrease")) == Approx(75));
    // Latest 50, beyond the target: -50 / -40 = 125 % raw, on track.
    CHECK(achievedPercent(100, 60, 50, QStringLiteral("decrease")) == Approx(125));
    // Latest 110, worse than the baseline: 10 / -40 = -25 % raw, off track.
    CHECK(achievedPercent(100, 60, 110, QStringLiteral("decrease")) == Approx(-25));

    Project p;
    const QUuid better = addIndicator(p, 100, 60, "decrease");
    measure(p, better, QDate(2024, 5, 1), 50);
    const QUuid worse = addIndicator(p, 100, 60, "decrease");
    measure(p, worse, QDate(2024, 5, 1), 110);
    const PerformanceSummary sum = evaluatePerformance(p);

    // The raw value is kept for the table, the clamped one for gauges.
    CHECK(*find(sum, better).achievedPercent == Approx(125));
    CHECK(*find(sum, better).achievedClamped == Approx(100));
    CHECK(find(sum, better).status == IndicatorStatus::OnTrack);
    CHECK(*find(sum, worse).achievedPercent == Approx(-25));
    CHECK(*find(sum, worse).achievedClamped == Approx(0).margin(1e-9));
    CHECK(find(sum, worse).status == IndicatorStatus::OffTrack);
}

TEST_CASE("Target equal to baseline: reached or not, in the indicator's direction", "[evaluation][performance]")
{
    // Keep 5 partners on board: 5 is kept (100), 4 is not (0), 6 is more than kept (100).
    CHECK(achievedPercent(5, 5, 5, QStringLiteral("increase")) == 100);
    CHECK(achievedPercent(5, 5, 4, QStringLiteral("increase")) == 0);
    CHECK(achievedPercent(5, 5, 6, QStringLiteral("increase")) == 100);
    // Zero accidents: 0 is kept (100), 2 is not (0).
    CHECK(achievedPercent(0, 0, 0, QStringLiteral("decrease")) == 100);
    CHECK(achievedPercent(0, 0, 2, QStringLiteral("decrease")) == 0);
    // No direction recorded: read as "increase".
    CHECK(achievedPercent(3, 3, 2, QString()) == 0);

    Project p;
    const QUuid accidents = addIndicator(p, 0, 0, "decrease");
    measure(p, accidents, QDate(2024, 2, 1), 2);
    const IndicatorPerformance i = find(evaluatePerformance(p), accidents);
    CHECK(*i.achievedPercent == 0);
    CHECK(i.status == IndicatorStatus::OffTrack);
}

TEST_CASE("Status thresholds", "[evaluation][performance]")
{
    CHECK(statusFor(49.9) == IndicatorStatus::OffTrack);
    CHECK(statusFor(50) == IndicatorStatus::AtRisk);
    CHECK(statusFor(89.9) == IndicatorStatus::AtRisk);
    CHECK(statusFor(90) == IndicatorStatus::OnTrack);
    CHECK(statusFor(-10) == IndicatorStatus::OffTrack);
    CHECK(s(statusId(IndicatorStatus::NoData)) == "no_data");
    CHECK(s(statusId(IndicatorStatus::OffTrack)) == "off_track");
    CHECK(s(statusId(IndicatorStatus::OnTrack)) == "on_track");
}

TEST_CASE("Indicator without measurements has no data and is left out of the means", "[evaluation][performance]")
{
    Project p;
    const QUuid empty = addIndicator(p, 0, 10, "increase", "processes");
    // A measurement without a date and one that is not a number are unusable.
    measure(p, empty, QDate(), 8);
    measure(p, empty, QDate(2024, 1, 1), std::numeric_limits<double>::quiet_NaN());

    const PerformanceSummary sum = evaluatePerformance(p);
    const IndicatorPerformance &i = find(sum, empty);
    CHECK_FALSE(i.hasData);
    CHECK_FALSE(i.achievedPercent.has_value());
    CHECK_FALSE(i.achievedClamped.has_value());
    CHECK(i.status == IndicatorStatus::NoData);
    CHECK(i.trend.isEmpty());
    // Not "0 %": nothing to say yet.
    CHECK_FALSE(sum.objectives[0].percent.has_value());
    CHECK(sum.objectives[0].indicatorCount == 1);
    CHECK(sum.objectives[0].withData == 0);
    CHECK_FALSE(sum.overall.has_value());
    CHECK(sum.noData == 1);
}

TEST_CASE("Per objective and overall: means of clamped achievements", "[evaluation][performance]")
{
    Project p;
    // Processes: 75 % (clamped 75), 125 % (clamped 100), one without data.
    const QUuid a = addIndicator(p, 10, 30, "increase", "processes");
    measure(p, a, QDate(2024, 6, 1), 25);
    const QUuid b = addIndicator(p, 100, 60, "decrease", "processes");
    measure(p, b, QDate(2024, 6, 1), 50);
    addIndicator(p, 0, 10, "increase", "processes");
    // No objective: (4 - 0) / (10 - 0) = 40 %, off track.
    const QUuid c = addIndicator(p, 0, 10, "increase");
    measure(p, c, QDate(2024, 6, 1), 4);

    const PerformanceSummary sum = evaluatePerformance(p);
    REQUIRE(sum.indicators.size() == 4);
    // Processes: (75 + 100) / 2 = 87.5; the indicator without data is not a zero.
    CHECK(s(sum.objectives[0].objectiveId) == "processes");
    CHECK(*sum.objectives[0].percent == Approx(87.5));
    CHECK(sum.objectives[0].indicatorCount == 3);
    CHECK(sum.objectives[0].withData == 2);
    // No indicator on value proposition: no value.
    CHECK_FALSE(sum.objectives[2].percent.has_value());
    CHECK(sum.objectives[2].indicatorCount == 0);
    // Overall includes the unlinked indicator: (75 + 100 + 40) / 3 = 71.67.
    CHECK(*sum.overall == Approx(215.0 / 3));
    CHECK(sum.onTrack == 1);
    CHECK(sum.atRisk == 1);
    CHECK(sum.offTrack == 1);
    CHECK(sum.noData == 1);
}

TEST_CASE("Two readings on the same day: the last entered wins", "[evaluation][performance]")
{
    Project p;
    const QUuid id = addIndicator(p, 0, 100, "increase");
    measure(p, id, QDate(2024, 4, 1), 40);
    measure(p, id, QDate(2024, 4, 1), 60); // corrected reading
    const IndicatorPerformance i = find(evaluatePerformance(p), id);
    CHECK(i.latestValue == 60);
    CHECK(*i.achievedPercent == Approx(60));
}
