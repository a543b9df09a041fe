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
        list.append({data.title, [data](QPainter &painter, const QRectF &target) {
                         charts::paintChart(data, painter, target);
                     }});
    }
    return list;
}

} // namespace alliance::report
