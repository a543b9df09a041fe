#pragma once
// The "performance" angle of the method: how far each indicator has come from
// its baseline towards its target, and the same per objective and overall.
//
// Time: an indicator with a target date is expected to progress linearly,
// from the start of the period (the partnership's start date, or the first
// measurement's date when the partnership has none) to 100 % on the target
// date. The expectation is read on the date of the latest measurement, the
// only date the achievement is known for: a figure measured in March is
// judged against what March called for, and an indicator measured every
// quarter does not slide towards "off track" between two readings. Past the
// target date — today (a parameter, never the system clock) or the latest
// measurement is after it — the target must be reached: on track when it
// is, off track when not, whenever it was last measured; there is no time
// left to be merely at risk. Without a target date the whole way is
// expected, as before.

#include "method/method.h"
#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>

namespace alliance::evaluation {

/// Where an indicator stands: its raw achievement against the progress
/// expected by then (the whole way, 100 %, without a target date). Past its
/// target date, an indicator is on track when it reached the target, off
/// track when it did not.
enum class IndicatorStatus {
    NoData,   ///< no usable measurement
    OffTrack, ///< achieved < 50 % of the expected progress
    AtRisk,   ///< 50 % of it <= achieved < 90 % of it
    OnTrack,  ///< achieved >= 90 % of the expected progress
};

/// Stable id of a status: "no_data", "off_track", "at_risk", "on_track".
QString statusId(IndicatorStatus status);

/// The thresholds, the one place they are declared: in percent of the
/// progress expected by then. Without a target date that is the whole way,
/// so an indicator is on track from 90 % of its target on.
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
    QString objectiveId;  ///< copied from the indicator, may be empty
    bool hasData = false; ///< false: no usable measurement, the fields below are empty
    QDate latestDate;
    double latestValue = 0;
    /// Raw achievement: below 0 when moving away from the target, above 100
    /// beyond it. Empty without data.
    std::optional<double> achievedPercent;
    /// The same clamped to 0..100, for gauges and averages. Empty without data.
    std::optional<double> achievedClamped;
    IndicatorStatus status = IndicatorStatus::NoData;
    /// Copied from the indicator; null when it has none.
    QDate targetDate;
    /// With a target date and data: where the linear schedule starts (the
    /// partnership's start date, else the first measurement's date); null otherwise.
    QDate periodStart;
    /// With a target date and data: the date the expected progress is read
    /// on — the latest measurement's, or the target date once that date is
    /// passed (by today or by the latest measurement); null otherwise.
    QDate expectedOn;
    /// With a target date and data: the progress expected on expectedOn, in
    /// percent of the way from baseline to target (0..100). Empty otherwise:
    /// the whole way is then expected, as the status says.
    std::optional<double> expectedPercent;
    /// True when today, or the latest measurement, is after the target date:
    /// the target is then reached (on track) or missed (off track).
    bool targetDatePassed = false;
    /// Usable measurements sorted by date (equal dates keep project order).
    QList<TrendPoint> trend;
};

/// The indicators of one objective.
struct ObjectivePerformance
{
    QString objectiveId;
    int indicatorCount = 0; ///< indicators linked to this objective
    int withData = 0;       ///< of which with data
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

/// Status for a raw achievement against the progress expected by then, both
/// in percent of the way (see IndicatorStatus and the thresholds above). An
/// expectation of 0 puts anything from the baseline on on track.
IndicatorStatus statusFor(double achievedPercent, double expectedPercent = 100.0);

/// The progress expected on `on` when the way runs linearly from `start` (0 %)
/// to `targetDate` (100 %), by calendar days: 0 on or before `start`, 100 on or
/// after `targetDate`, and 100 whenever `targetDate` is not after `start` (the
/// target is due from the start). Every date must be valid; otherwise 100.
double expectedProgress(const QDate &start, const QDate &targetDate, const QDate &on);

/// One indicator from its measurements. Measurements of other indicators,
/// without a valid date or with a non-finite value are ignored; the latest is
/// the one with the greatest date (on equal dates, the last in the list).
/// Without usable measurement the result has hasData false and status NoData.
/// `partnershipStart` starts the schedule of an indicator with a target date
/// (null: its first measurement does); `today` says whether the target date
/// has passed (null: it never has). See the top of this file.
IndicatorPerformance evaluateIndicator(const Indicator &indicator, const QList<Measurement> &measurements,
                                       const QDate &partnershipStart, const QDate &today);

/// Every indicator of the project, per objective and overall, on `today`
/// (the schedules start at the partnership's start date). Indicators with an
/// empty or unknown objective count only in the overall score. Indicators
/// without data count in noData and nowhere else.
PerformanceSummary evaluatePerformance(const Project &project, const QDate &today);

} // namespace alliance::evaluation
