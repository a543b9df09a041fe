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

QUuid addIndicator(Project &p, double baseline, double target, const char *direction, const char *objectiveId = "")
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

/// "Today" for the tests of indicators without a target date: it does not matter.
const QDate anyDay(2024, 12, 1);

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

    const IndicatorPerformance i = find(evaluatePerformance(p, anyDay), id);
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
    const PerformanceSummary sum = evaluatePerformance(p, anyDay);

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
    const IndicatorPerformance i = find(evaluatePerformance(p, anyDay), accidents);
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

    const PerformanceSummary sum = evaluatePerformance(p, anyDay);
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

    const PerformanceSummary sum = evaluatePerformance(p, anyDay);
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
    const IndicatorPerformance i = find(evaluatePerformance(p, anyDay), id);
    CHECK(i.latestValue == 60);
    CHECK(*i.achievedPercent == Approx(60));
}

// --- Time: an indicator with a target date ---------------------------------
// The period runs from the partnership's start (or the first measurement) to
// the target date; the progress expected on the latest measurement's date is
// linear between them, and the status compares the achievement with it.

namespace {

/// 1 January 2026 + `days`: the periods below are 200 days long, so that
/// "half-way" is a whole day.
QDate day(int days)
{
    return QDate(2026, 1, 1).addDays(days);
}

IndicatorPerformance withTargetDate(double baseline, double target, const char *direction, QDate targetDate,
                                    const QList<std::pair<QDate, double>> &readings, QDate partnershipStart,
                                    QDate today)
{
    Project p;
    p.partnership.startDate = partnershipStart;
    const QUuid id = addIndicator(p, baseline, target, direction);
    p.indicators.last().targetDate = targetDate;
    for (const auto &[date, value] : readings)
        measure(p, id, date, value);
    return find(evaluatePerformance(p, today), id);
}

} // namespace

TEST_CASE("Target date: half-way through the period at 50 % is on track", "[evaluation][performance][time]")
{
    // 0 -> 100 from day 0 to day 200; measured on day 100 at 50.
    const IndicatorPerformance i = withTargetDate(0, 100, "increase", day(200), {{day(100), 50}}, day(0), day(120));
    REQUIRE(i.expectedPercent.has_value());
    CHECK(*i.expectedPercent == Approx(50));
    CHECK(*i.achievedPercent == Approx(50));
    CHECK(i.status == IndicatorStatus::OnTrack);
    CHECK(i.expectedOn == day(100));
    CHECK(i.periodStart == day(0));
    CHECK(i.targetDate == day(200));
    CHECK_FALSE(i.targetDatePassed);
    // The old rule would have said "at risk" (50 % of the target).
    CHECK(statusFor(50) == IndicatorStatus::AtRisk);
}

TEST_CASE("Target date: the thresholds are shares of the expected progress", "[evaluation][performance][time]")
{
    // Half-way, 50 expected: on track from 45 (90 % of it), at risk from 25 (50 % of it).
    const auto at = [](double value) {
        return withTargetDate(0, 100, "increase", day(200), {{day(100), value}}, day(0), day(100)).status;
    };
    CHECK(at(20) == IndicatorStatus::OffTrack); // 20 / 50 = 40 %
    CHECK(at(24.9) == IndicatorStatus::OffTrack);
    CHECK(at(25) == IndicatorStatus::AtRisk);
    CHECK(at(44.9) == IndicatorStatus::AtRisk);
    CHECK(at(45) == IndicatorStatus::OnTrack);
    CHECK(at(80) == IndicatorStatus::OnTrack); // ahead of schedule
    CHECK(statusFor(45, 50) == IndicatorStatus::OnTrack);
    CHECK(statusFor(24, 50) == IndicatorStatus::OffTrack);
    // Nothing expected yet: anything from the baseline on is on track, a move away is not.
    CHECK(statusFor(0, 0) == IndicatorStatus::OnTrack);
    CHECK(statusFor(-1, 0) == IndicatorStatus::OffTrack);
}

TEST_CASE("Target date: past it, the target must be reached", "[evaluation][performance][time]")
{
    // Measured on day 190 at 95 (95 % expected then: on track), but today is
    // day 201: the date has passed and 95 is not 100.
    const IndicatorPerformance late = withTargetDate(0, 100, "increase", day(200), {{day(190), 95}}, day(0), day(201));
    CHECK(late.targetDatePassed);
    CHECK(*late.expectedPercent == Approx(100));
    CHECK(late.expectedOn == day(200));
    CHECK(late.status == IndicatorStatus::OffTrack);
    // On the target date itself the usual margin still holds.
    const IndicatorPerformance onTheDay
        = withTargetDate(0, 100, "increase", day(200), {{day(190), 95}}, day(0), day(200));
    CHECK_FALSE(onTheDay.targetDatePassed);
    CHECK(*onTheDay.expectedPercent == Approx(95));
    CHECK(onTheDay.status == IndicatorStatus::OnTrack);
    // Reached in time, or beyond: on track after the date too.
    const IndicatorPerformance reached
        = withTargetDate(0, 100, "increase", day(200), {{day(150), 100}}, day(0), day(400));
    CHECK(reached.status == IndicatorStatus::OnTrack);
    const IndicatorPerformance beyond
        = withTargetDate(0, 100, "increase", day(200), {{day(150), 130}}, day(0), day(400));
    CHECK(beyond.status == IndicatorStatus::OnTrack);
}

TEST_CASE("Target date: a measurement after the date judges the target itself", "[evaluation][performance][time]")
{
    // Read on day 230, 30 days late, at 92: missed, even if today were before
    // (a clock set back does not revive it).
    const IndicatorPerformance i
        = withTargetDate(0, 100, "increase", day(200), {{day(100), 50}, {day(230), 92}}, day(0), day(150));
    CHECK(i.latestDate == day(230));
    CHECK(i.targetDatePassed);
    CHECK(*i.expectedPercent == Approx(100));
    CHECK(i.expectedOn == day(200));
    CHECK(i.status == IndicatorStatus::OffTrack);
    // A reading on the target date is judged with the margin, 100 % expected.
    const IndicatorPerformance exact = withTargetDate(0, 100, "increase", day(200), {{day(200), 92}}, day(0), day(200));
    CHECK(*exact.expectedPercent == Approx(100));
    CHECK(exact.status == IndicatorStatus::OnTrack);
}

TEST_CASE("Target date: a decreasing indicator follows the same schedule", "[evaluation][performance][time]")
{
    // Non-take-up from 40 % down to 20 % by day 200; measured on day 100.
    // At 30 it has come half-way (50 % of 50 % expected): on track.
    const IndicatorPerformance half = withTargetDate(40, 20, "decrease", day(200), {{day(100), 30}}, day(0), day(100));
    CHECK(*half.achievedPercent == Approx(50));
    CHECK(*half.expectedPercent == Approx(50));
    CHECK(half.status == IndicatorStatus::OnTrack);
    // At 36 it has come 20 % of the way: off track (40 % of what is expected).
    const IndicatorPerformance slow = withTargetDate(40, 20, "decrease", day(200), {{day(100), 36}}, day(0), day(100));
    CHECK(*slow.achievedPercent == Approx(20));
    CHECK(slow.status == IndicatorStatus::OffTrack);
    // Going up instead of down is off track even early on.
    const IndicatorPerformance wrongWay
        = withTargetDate(40, 20, "decrease", day(200), {{day(20), 41}}, day(0), day(20));
    CHECK(*wrongWay.expectedPercent == Approx(10));
    CHECK(wrongWay.status == IndicatorStatus::OffTrack);
    // Past the date at 21 (95 % of the way): missed.
    const IndicatorPerformance missed
        = withTargetDate(40, 20, "decrease", day(200), {{day(180), 21}}, day(0), day(210));
    CHECK(missed.status == IndicatorStatus::OffTrack);
    // At 20 or below: reached.
    const IndicatorPerformance done
        = withTargetDate(40, 20, "decrease", day(200), {{day(180), 19.5}}, day(0), day(210));
    CHECK(done.status == IndicatorStatus::OnTrack);
}

TEST_CASE("Target date: without one, the old rule holds whatever today is", "[evaluation][performance][time]")
{
    for (const QDate today : {day(0), day(100), day(10000), QDate()}) {
        const IndicatorPerformance i = withTargetDate(0, 100, "increase", QDate(), {{day(100), 50}}, day(0), today);
        CHECK_FALSE(i.expectedPercent.has_value());
        CHECK_FALSE(i.expectedOn.isValid());
        CHECK_FALSE(i.periodStart.isValid());
        CHECK_FALSE(i.targetDatePassed);
        CHECK(i.status == IndicatorStatus::AtRisk); // 50 % of the target
        CHECK(withTargetDate(0, 100, "increase", QDate(), {{day(100), 90}}, day(0), today).status
              == IndicatorStatus::OnTrack);
        CHECK(withTargetDate(0, 100, "increase", QDate(), {{day(100), 49}}, day(0), today).status
              == IndicatorStatus::OffTrack);
    }
}

TEST_CASE("Target date: the period starts at the partnership's start, else at the first measurement",
          "[evaluation][performance][time]")
{
    // The partnership started on day 0; the indicator was first measured on
    // day 100 (20, its baseline value) and again on day 150 at 50.
    // From day 0: 150 / 200 = 75 % expected; 50 / 75 = 67 % -> at risk.
    const IndicatorPerformance fromStart
        = withTargetDate(0, 100, "increase", day(200), {{day(100), 20}, {day(150), 50}}, day(0), day(150));
    CHECK(fromStart.periodStart == day(0));
    CHECK(*fromStart.expectedPercent == Approx(75));
    CHECK(fromStart.status == IndicatorStatus::AtRisk);
    // No start date: from day 100, 50 / 100 = 50 % expected -> on track.
    const IndicatorPerformance fromFirst
        = withTargetDate(0, 100, "increase", day(200), {{day(100), 20}, {day(150), 50}}, QDate(), day(150));
    CHECK(fromFirst.periodStart == day(100));
    CHECK(*fromFirst.expectedPercent == Approx(50));
    CHECK(fromFirst.status == IndicatorStatus::OnTrack);
    // One reading without a start date: nothing was expected yet on its day.
    const IndicatorPerformance single
        = withTargetDate(0, 100, "increase", day(200), {{day(100), 0}}, QDate(), day(100));
    CHECK(*single.expectedPercent == Approx(0));
    CHECK(single.status == IndicatorStatus::OnTrack);
    // A reading before the partnership's start: nothing expected either.
    const IndicatorPerformance early = withTargetDate(0, 100, "increase", day(200), {{day(-10), 0}}, day(0), day(-10));
    CHECK(*early.expectedPercent == Approx(0));
}

TEST_CASE("Target date: a date before the start means the whole way from the start", "[evaluation][performance][time]")
{
    // The target date (day -10) is before the partnership's start (day 0):
    // there is no schedule to follow, the target is due at once.
    const IndicatorPerformance i = withTargetDate(0, 100, "increase", day(-10), {{day(50), 95}}, day(0), day(50));
    CHECK(*i.expectedPercent == Approx(100));
    CHECK(i.targetDatePassed); // the reading is after the date
    CHECK(i.status == IndicatorStatus::OffTrack);
    CHECK(expectedProgress(day(0), day(-10), day(50)) == 100);
    CHECK(expectedProgress(day(0), day(0), day(0)) == 100);
    CHECK(expectedProgress(day(0), day(200), day(-5)) == 0);
    CHECK(expectedProgress(day(0), day(200), day(50)) == Approx(25));
    CHECK(expectedProgress(QDate(), day(200), day(50)) == 100);
}

TEST_CASE("Target date: today is a parameter, and only decides whether the date has passed",
          "[evaluation][performance][time]")
{
    // Measured on day 100 at 50: on track whatever the day before the target
    // date (the reading is judged on its own date, not on today's).
    for (const QDate today : {day(100), day(150), day(200), QDate()}) {
        const IndicatorPerformance i = withTargetDate(0, 100, "increase", day(200), {{day(100), 50}}, day(0), today);
        CHECK(*i.expectedPercent == Approx(50));
        CHECK(i.status == IndicatorStatus::OnTrack);
    }
    // The day after the target date, the same reading says the target was missed.
    const IndicatorPerformance after = withTargetDate(0, 100, "increase", day(200), {{day(100), 50}}, day(0), day(201));
    CHECK(after.status == IndicatorStatus::OffTrack);
    CHECK(after.targetDatePassed);
    // The summary counts with the same today.
    Project p;
    p.partnership.startDate = day(0);
    const QUuid id = addIndicator(p, 0, 100, "increase");
    p.indicators.last().targetDate = day(200);
    measure(p, id, day(100), 50);
    CHECK(evaluatePerformance(p, day(150)).onTrack == 1);
    CHECK(evaluatePerformance(p, day(250)).offTrack == 1);
}

TEST_CASE("Target date: without data there is no status and nothing expected", "[evaluation][performance][time]")
{
    const IndicatorPerformance i = withTargetDate(0, 100, "increase", day(200), {}, day(0), day(300));
    CHECK(i.status == IndicatorStatus::NoData);
    CHECK_FALSE(i.expectedPercent.has_value());
    CHECK(i.targetDate == day(200));
    CHECK(i.targetDatePassed);
}
