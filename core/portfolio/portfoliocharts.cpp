#include "portfolio/portfoliocharts.h"

#include "evaluation/axisrange.h"
#include "portfolio/portfoliotable.h"

#include <QCoreApplication>

namespace alliance::portfolio {

namespace {

dashboard::ChartData countChart(const QList<Count> &counts, bool keepEmpty)
{
    dashboard::ChartData d;
    d.shape = dashboard::ChartShape::HorizontalBars;
    d.unit = figures::Unit::plain();
    d.yTitle = QCoreApplication::translate("Portfolio", "Partnerships");
    d.emptyHint = QCoreApplication::translate("Portfolio", "Choose a folder of partnerships to see them counted.");
    dashboard::Series series;
    series.name = QCoreApplication::translate("Portfolio", "Partnerships");
    double high = 0;
    for (const Count &c : counts) {
        if (c.count == 0 && !keepEmpty)
            continue;
        d.categories << c.label;
        series.values << c.count;
        high = std::max(high, double(c.count));
    }
    d.series << series;
    d.yMin = 0;
    d.yMax = dashboard::niceCeiling(std::max(high, 1.0));
    return d;
}

} // namespace

dashboard::ChartData modelsChart(const QList<PartnershipSummary> &rows)
{
    dashboard::ChartData d = countChart(countsByModel(rows), false);
    d.id = QStringLiteral("portfolio_models");
    d.title = QCoreApplication::translate("Portfolio", "Partnerships per model");
    d.xTitle = QCoreApplication::translate("Portfolio", "Model");
    return d;
}

dashboard::ChartData stepsChart(const QList<PartnershipSummary> &rows)
{
    const QList<Count> counts = countsByStep(rows);
    bool any = false;
    for (const Count &c : counts)
        any = any || c.count > 0;
    dashboard::ChartData d = countChart(counts, any); // every step, once there is something to show
    d.id = QStringLiteral("portfolio_steps");
    d.title = QCoreApplication::translate("Portfolio", "Partnerships per current step");
    d.xTitle = QCoreApplication::translate("Portfolio", "Step");
    return d;
}

} // namespace alliance::portfolio
