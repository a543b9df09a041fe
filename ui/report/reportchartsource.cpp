// The report draws the dashboard's own charts: same data, same builder.
#include "report/reportwriter.h"

#include "charts/dashboardchart.h"
#include "evaluation/dashboard.h"

namespace alliance::report {

QList<ReportChart> reportCharts(const Project &project, const QDate &today)
{
    QList<ReportChart> list;
    for (const dashboard::ChartData &data : dashboard::charts(project, today)) {
        if (data.isEmpty())
            continue;
        // Many names (a radar of sixty partners): listed under the chart.
        const QList<charts::LegendEntry> legend = charts::legendEntries(data);
        const bool apart = legend.size() > charts::paintedLegendEntriesAtMost;
        list.append({data.title,
                     [data, apart](QPainter &painter, const QRectF &target) {
                         charts::paintChart(data, painter, target, !apart);
                     },
                     apart ? legend : QList<charts::LegendEntry>()});
    }
    return list;
}

} // namespace alliance::report
