// The report draws the dashboard's own charts: same data, same builder. The
// indicators' trends, one chart each on the dashboard, print as small
// multiples, the most worrying first and at most trendsDrawnAtMost of them:
// a project of 150 indicators would otherwise take 75 pages of them.
#include "report/reportwriter.h"

#include "charts/dashboardchart.h"
#include "evaluation/dashboard.h"
#include "model/figures.h"
#include "report/reportoptions.h"
#include "report/reportwriting.h"
#include "report/trendtiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace alliance::report {

namespace {

/// Eight rows of two: three pages, the first opening with what they show.
constexpr int trendsDrawnAtMost = 16;

QString statusName(evaluation::IndicatorStatus status)
{
    switch (status) {
    case evaluation::IndicatorStatus::OnTrack:
        return QCoreApplication::translate("Dashboard", "On track");
    case evaluation::IndicatorStatus::AtRisk:
        return QCoreApplication::translate("Dashboard", "At risk");
    case evaluation::IndicatorStatus::OffTrack:
        return QCoreApplication::translate("Dashboard", "Off track");
    case evaluation::IndicatorStatus::NoData:
        break;
    }
    return Writing::dash();
}

TrendTile tileOf(const dashboard::RankedTrend &trend, const Writing &w, const QLocale &locale)
{
    TrendTile tile;
    tile.chart = trend.chart;
    tile.title = trend.chart.series.isEmpty() ? trend.chart.title : trend.chart.series.first().name;
    tile.statusKey = evaluation::statusId(trend.status);
    tile.statusLine = trend.expectedPercent
        ? QCoreApplication::translate("Report", "%1 · %2 achieved, %3 expected", "status, achieved and expected shares")
              .arg(statusName(trend.status), w.percent(trend.achievedPercent), w.percent(trend.expectedPercent))
        : QCoreApplication::translate("Report", "%1 · %2 achieved", "status and achieved share")
              .arg(statusName(trend.status), w.percent(trend.achievedPercent));
    const QString target
        = trend.chart.target ? figures::withUnit(*trend.chart.target, trend.chart.unit, locale, 2) : Writing::dash();
    tile.targetLine = trend.targetDate.isValid()
        ? QCoreApplication::translate("Report", "Target: %1 by %2").arg(target, w.shortDate(trend.targetDate))
        : QCoreApplication::translate("Report", "Target: %1").arg(target);
    tile.locale = locale;
    return tile;
}

/// The trends as rows of tiles; the first row says what the charts show and
/// in which order, the last where the indicators not drawn are.
QList<ReportChart> trendRows(const Project &project, const Options &options)
{
    const QList<dashboard::RankedTrend> trends = dashboard::trendsByConcern(project, options.date);
    if (trends.isEmpty())
        return {};
    const Writing w(project, options.language, options.date);
    const QLocale &locale = w.locale();
    const int drawn = std::min<int>(int(trends.size()), trendsDrawnAtMost);
    QList<ReportChart> rows;
    for (int first = 0; first < drawn; first += tilesPerRow) {
        QList<TrendTile> tiles;
        QStringList titles;
        for (int i = first; i < first + tilesPerRow && i < drawn; ++i) {
            tiles.append(tileOf(trends.at(i), w, locale));
            titles.append(tiles.last().title);
        }
        ReportChart row;
        row.title = titles.join(QStringLiteral(", "));
        row.heightRatio = tileRowHeightRatio;
        row.paint = [tiles](QPainter &painter, const QRectF &target) { paintTrendTiles(painter, target, tiles); };
        rows.append(row);
    }
    rows.first().heading = QCoreApplication::translate("Report", "Indicator trends, the most worrying first");
    rows.first().textBefore = QCoreApplication::translate(
        "Report",
        "Each chart follows one indicator: its measurements (solid line), its target (dashed) and, when it "
        "has a target date, the path expected from its baseline to that target (dotted). Off track first, "
        "then at risk, then on track; within each, the furthest behind what was expected by then.");
    // Where the others are, said before the charts: a reader knows at once
    // that the drawn ones are not all.
    const int rest = int(trends.size()) - drawn;
    if (rest > 0) {
        const int worryingLeft = int(std::count_if(trends.cbegin() + drawn, trends.cend(), [](const auto &t) {
            return t.status == evaluation::IndicatorStatus::OffTrack || t.status == evaluation::IndicatorStatus::AtRisk;
        }));
        QStringList where {QCoreApplication::translate(
                               "Report", "The %1 most worrying of the %2 indicators with measurements are drawn here.")
                               .arg(drawn)
                               .arg(trends.size())};
        where << (includes(options, QStringLiteral("indicators"))
                      ? QCoreApplication::translate("Report",
                                                    "The %n other indicator(s) are in the table of the section “%1”, "
                                                    "and each indicator's trend is on the application's dashboard.",
                                                    nullptr, rest)
                            .arg(sectionName(QStringLiteral("indicators")))
                      : QCoreApplication::translate(
                          "Report", "The trends of the %n other indicator(s) are on the application's dashboard.",
                          nullptr, rest));
        if (worryingLeft > 0)
            where << QCoreApplication::translate("Report", "%n of them are off track or at risk.", nullptr,
                                                 worryingLeft);
        rows.first().textBefore += QLatin1Char(' ') + where.join(QLatin1Char(' '));
    }
    return rows;
}

} // namespace

QList<ReportChart> reportCharts(const Project &project, const Options &options)
{
    QList<ReportChart> list;
    bool trendsPlaced = false;
    for (const dashboard::ChartData &data : dashboard::charts(project, options.date)) {
        if (data.id.startsWith(QLatin1String("trend:"))) {
            // All the trends together, where the first one stood.
            if (!trendsPlaced)
                list.append(trendRows(project, options));
            trendsPlaced = true;
            continue;
        }
        if (data.isEmpty())
            continue;
        // Many names (a radar of sixty partners): listed under the chart.
        const QList<charts::LegendEntry> legend = charts::legendEntries(data);
        const bool apart = legend.size() > charts::paintedLegendEntriesAtMost;
        ReportChart chart;
        chart.title = data.title;
        chart.paint = [data, apart](QPainter &painter, const QRectF &target) {
            charts::paintChart(data, painter, target, !apart);
        };
        if (apart)
            chart.legend = legend;
        list.append(chart);
    }
    return list;
}

} // namespace alliance::report
