#pragma once
// The "performance" angle of the method: how far each indicator has come from
// its baseline towards its target, and the same per objective and overall.

#include "method/method.h"
#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>

namespace alliance::evaluation {

/// Where an indicator stands. Thresholds apply to the raw achievement.
enum class IndicatorStatus {
    NoData,   ///< no usable measurement
    OffTrack, ///< achieved < 50 %
    AtRisk,   ///< 50 % <= achieved < 90 %
    OnTrack,  ///< achieved >= 90 %
};

/// Stable id of a status: "no_data", "off_track", "at_risk", "on_track".
QString statusId(IndicatorStatus status);

constexpr double offTrackBelow = 50.0;
constexpr double atRiskBelow = 90.0;

/// One point of an indicator's trend.
struct TrendPoint
{
    QDate date;
    double value = 0;
};

/// One indicator's progress.
struct IndicatorPerformance
{
    QUuid indicatorId;
    QString objectiveId;   ///< copied from the indicator, may be empty
    bool hasData = false;  ///< false: no usable measurement, the fields below are empty
    QDate latestDate;
    double latestValue = 0;
    /// Raw achievement: below 0 when moving away from the target, above 100
    /// beyond it. Empty without data.
    std::optional<double> achievedPercent;
    /// The same clamped to 0..100, for gauges and averages. Empty without data.
    std::optional<double> achievedClamped;
    IndicatorStatus status = IndicatorStatus::NoData;
    /// Usable measurements sorted by date (equal dates keep project order).
    QList<TrendPoint> trend;
};

/// The indicators of one objective.
struct ObjectivePerformance
{
    QString objectiveId;
    int indicatorCount = 0;   ///< indicators linked to this objective
    int withData = 0;         ///< of which with data
    /// Mean of the clamped achievements of the indicators with data; empty
    /// when none has data.
    std::optional<double> percent;
};

/// Every indicator of a project, aggregated.
struct PerformanceSummary
{
    QList<IndicatorPerformance> indicators; ///< in project order
    /// One per method objective, in method::objectives() order.
    std::array<ObjectivePerformance, method::objectiveCount> objectives;
    /// Mean of the clamped achievements of every indicator with data, linked
    /// to an objective or not; empty when no indicator has data.
    std::optional<double> overall;
    int onTrack = 0;
    int atRisk = 0;
    int offTrack = 0;
    int noData = 0;
};

/// Raw achievement in percent: (latest - baseline) / (target - baseline) * 100.
/// The formula holds for both directions (a decrease has target < baseline).
/// When target == baseline it is 100 if latest reached the target in the
/// indicator's direction ("decrease": latest <= target; anything else,
/// including an empty direction: latest >= target), else 0. Outside that case
/// the direction is not used: baseline and target already say which way is up.
double achievedPercent(double baseline, double target, double latest, const QString &direction);

/// Status for a raw achievement (see IndicatorStatus).
IndicatorStatus statusFor(double achievedPercent);

/// One indicator from its measurements. Measurements of other indicators,
/// without a valid date or with a non-finite value are ignored; the latest is
/// the one with the greatest date (on equal dates, the last in the list).
/// Without usable measurement the result has hasData false and status NoData.
IndicatorPerformance evaluateIndicator(const Indicator &indicator,
                                       const QList<Measurement> &measurements);

/// Every indicator of the project, per objective and overall. Indicators with
/// an empty or unknown objective count only in the overall score. Indicators
/// without data count in noData and nowhere else.
PerformanceSummary evaluatePerformance(const Project &project);

} // namespace alliance::evaluation
