#pragma once
// The portfolio's consolidated charts as dashboard chart data, so ui/charts
// draws them as it draws a partnership's: how many partnerships per model
// and per current step, which hold indicators at risk or off track, and what
// falls due soon (per partnership in the next 30 days, per week in the next
// 90). Refused files are not counted.

#include "evaluation/dashboard.h"
#include "portfolio/summary.h"

namespace alliance::portfolio {

/// The deadline charts' horizons, in days after the day of the figures (both ends included).
constexpr int nearHorizonDays = 30;
constexpr int farHorizonDays = 90;
static_assert(farHorizonDays <= upcomingHorizonDays, "a summary holds what the far chart counts");
/// Most partnerships drawn with a bar of their own; the others share one bar.
constexpr int partnershipBarsAtMost = 15;

/// A partnership holding indicators at risk or off track on its day.
struct AtRiskFigure
{
    QString title; ///< user text
    int atRisk = 0, offTrack = 0;
};
/// The sound partnerships with an indicator at risk or off track: the most
/// off track first, then the most at risk, then by title.
QList<AtRiskFigure> partnershipsAtRisk(const QList<PartnershipSummary> &rows);

/// What falls due for one partnership, or in one week.
struct DueFigure
{
    QString title; ///< the partnership's (user text), or the week's first day as written
    QDate from;    ///< the week's first day; invalid for a partnership
    int actions = 0, milestones = 0, committees = 0;
    int total() const { return actions + milestones + committees; }
};
/// Per sound partnership, what falls due from its day to `days` days after,
/// both included; partnerships with nothing due left out; the most first,
/// then by title. `days` is at most upcomingHorizonDays.
QList<DueFigure> dueByPartnership(const QList<PartnershipSummary> &rows, int days);
/// The same, every partnership together, per week: week 1 holds days 0 to 6
/// after the figures' day, and so on up to `days` (the last week may be
/// shorter). Empty when no row is sound.
QList<DueFigure> dueByWeek(const QList<PartnershipSummary> &rows, int days);

/// "portfolio_models": one bar per model holding a partnership, and one for
/// "not named yet" when some have none.
dashboard::ChartData modelsChart(const QList<PartnershipSummary> &rows);
/// "portfolio_steps": one bar per step of the journey, in its order.
dashboard::ChartData stepsChart(const QList<PartnershipSummary> &rows);
/// "portfolio_at_risk": per partnership of partnershipsAtRisk(), its
/// indicators off track and at risk (at most partnershipBarsAtMost bars,
/// then one for the others).
dashboard::ChartData atRiskChart(const QList<PartnershipSummary> &rows);
/// "portfolio_due_30": per partnership, its actions, milestones and
/// committees due in the next nearHorizonDays days (bars bounded as above).
dashboard::ChartData dueSoonChart(const QList<PartnershipSummary> &rows);
/// "portfolio_due_90": per week, everything due in the next farHorizonDays days.
dashboard::ChartData dueByWeekChart(const QList<PartnershipSummary> &rows);

} // namespace alliance::portfolio
