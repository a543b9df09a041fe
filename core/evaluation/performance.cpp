#include "evaluation/performance.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace alliance::evaluation {

QString statusId(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NoData:
        return QStringLiteral("no_data");
    case IndicatorStatus::OffTrack:
        return QStringLiteral("off_track");
    case IndicatorStatus::AtRisk:
        return QStringLiteral("at_risk");
    case IndicatorStatus::OnTrack:
        return QStringLiteral("on_track");
    }
    return QStringLiteral("no_data");
}

double achievedPercent(double baseline, double target, double latest, const QString &direction)
{
    if (target == baseline) {
        // No distance to cover: the only question is whether the target holds.
        const bool reached = direction == QLatin1String("decrease") ? latest <= target : latest >= target;
        return reached ? 100.0 : 0.0;
    }
    return (latest - baseline) / (target - baseline) * 100.0;
}

IndicatorStatus statusFor(double achieved, double expected)
{
    // Shares of the expectation, so that 50 % half-way is on track as 100 %
    // at the end is; with 100 expected these are the thresholds themselves.
    if (achieved < expected * offTrackBelow / 100.0)
        return IndicatorStatus::OffTrack;
    if (achieved < expected * atRiskBelow / 100.0)
        return IndicatorStatus::AtRisk;
    return IndicatorStatus::OnTrack;
}

double expectedProgress(const QDate &start, const QDate &targetDate, const QDate &on)
{
    if (!start.isValid() || !targetDate.isValid() || !on.isValid() || on >= targetDate || targetDate <= start)
        return 100.0;
    if (on <= start)
        return 0.0;
    return 100.0 * double(start.daysTo(on)) / double(start.daysTo(targetDate));
}

IndicatorPerformance evaluateIndicator(const Indicator &indicator, const QList<Measurement> &measurements,
                                       const QDate &partnershipStart, const QDate &today)
{
    IndicatorPerformance p;
    p.indicatorId = indicator.id;
    p.objectiveId = indicator.objectiveId;
    p.targetDate = indicator.targetDate.isValid() ? indicator.targetDate : QDate();
    p.targetDatePassed = p.targetDate.isValid() && today.isValid() && today > p.targetDate;

    for (const Measurement &m : measurements) {
        if (m.indicatorId != indicator.id || !m.date.isValid() || !std::isfinite(m.value))
            continue;
        p.trend.append({m.date, m.value});
    }
    // Stable: two readings on one day keep the order they were entered in, so
    // the last one entered is the latest.
    std::stable_sort(p.trend.begin(), p.trend.end(),
                     [](const TrendPoint &a, const TrendPoint &b) { return a.date < b.date; });
    if (p.trend.isEmpty() || !std::isfinite(indicator.baseline) || !std::isfinite(indicator.target))
        return p;

    p.hasData = true;
    p.latestDate = p.trend.last().date;
    p.latestValue = p.trend.last().value;
    const double raw = achievedPercent(indicator.baseline, indicator.target, p.latestValue, indicator.direction);
    p.achievedPercent = raw;
    p.achievedClamped = std::clamp(raw, 0.0, 100.0);
    if (!p.targetDate.isValid()) {
        p.status = statusFor(raw);
        return p;
    }
    p.periodStart = partnershipStart.isValid() ? partnershipStart : p.trend.first().date;
    p.targetDatePassed = p.targetDatePassed || p.latestDate > p.targetDate;
    // From the target date on, the whole way is due, whenever it was last measured.
    p.expectedOn = (p.latestDate >= p.targetDate || p.targetDatePassed) ? p.targetDate : p.latestDate;
    const double expected = expectedProgress(p.periodStart, p.targetDate, p.expectedOn);
    p.expectedPercent = expected;
    if (p.targetDatePassed)
        p.status = raw >= 100.0 ? IndicatorStatus::OnTrack : IndicatorStatus::OffTrack; // reached, or missed
    else
        p.status = statusFor(raw, expected);
    return p;
}

PerformanceSummary evaluatePerformance(const Project &project, const QDate &today)
{
    PerformanceSummary s;
    for (int i = 0; i < method::objectiveCount; ++i)
        s.objectives[i].objectiveId = method::objectives().at(i).id;

    // Group measurements once so large projects stay linear.
    QHash<QUuid, QList<Measurement>> byIndicator;
    for (const Measurement &m : project.measurements)
        byIndicator[m.indicatorId].append(m);

    std::array<double, method::objectiveCount> sums {};
    double overallSum = 0;
    int overallCount = 0;
    for (const Indicator &indicator : project.indicators) {
        IndicatorPerformance p
            = evaluateIndicator(indicator, byIndicator.value(indicator.id), project.partnership.startDate, today);
        const int o = method::objectiveIndex(indicator.objectiveId);
        const bool linked = o >= 0 && o < method::objectiveCount;
        if (linked)
            ++s.objectives[o].indicatorCount;
        switch (p.status) {
        case IndicatorStatus::NoData:
            ++s.noData;
            break;
        case IndicatorStatus::OffTrack:
            ++s.offTrack;
            break;
        case IndicatorStatus::AtRisk:
            ++s.atRisk;
            break;
        case IndicatorStatus::OnTrack:
            ++s.onTrack;
            break;
        }
        if (p.hasData) {
            // Clamped values: one indicator far beyond its target must not
            // hide another that has not moved.
            overallSum += *p.achievedClamped;
            ++overallCount;
            if (linked) {
                sums[o] += *p.achievedClamped;
                ++s.objectives[o].withData;
            }
        }
        s.indicators.append(std::move(p));
    }
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (s.objectives[i].withData > 0)
            s.objectives[i].percent = sums[i] / s.objectives[i].withData;
    }
    if (overallCount > 0)
        s.overall = overallSum / overallCount;
    return s;
}

} // namespace alliance::evaluation
