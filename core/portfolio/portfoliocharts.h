#pragma once
// The portfolio's consolidated charts as dashboard chart data, so ui/charts
// draws them as it draws a partnership's: how many partnerships per model,
// and per current step. Refused files are not counted.

#include "evaluation/dashboard.h"
#include "portfolio/summary.h"

namespace alliance::portfolio {

/// "portfolio_models": one bar per model holding a partnership, and one for
/// "not named yet" when some have none.
dashboard::ChartData modelsChart(const QList<PartnershipSummary> &rows);
/// "portfolio_steps": one bar per step of the journey, in its order.
dashboard::ChartData stepsChart(const QList<PartnershipSummary> &rows);

} // namespace alliance::portfolio
