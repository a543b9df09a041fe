#pragma once
// Draws the dashboard's charts (core/evaluation/dashboard.h) with Qt Charts:
// on the dashboard page, into PNG and SVG files, and as vectors into any
// painter for the PDF report. One builder, so all four show the same chart.

#include "charts/chartlegend.h"
#include "charts/chartstyle.h"
#include "evaluation/dashboard.h"

#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace alliance::charts {

/// A new chart for `data`, owned by the caller (usually through
/// QChartView::setChart). Titles, legend, category labels and series names
/// are HTML-escaped (Qt Charts draws them as rich text). Bars: one QBarSet
/// per series, NaN drawn as 0, every bar chart on its side (categories on
/// the left, the first at the top, names wrapped on short lines: under a
/// bar they would be cut); Radar: see makeRadarChart(); Lines: one
/// QLineSeries per series over a QDateTimeAxis. A target adds a dashed
/// QLineSeries named "Target: <value>". Hovering a bar or a point shows its
/// exact value in a tooltip. Empty data: the title and the empty hint, no series.
/// A category's name wraps on lines of about `categoryLineLength` characters.
/// Needs a QApplication.
QChart *buildChart(const dashboard::ChartData &data, int categoryLineLength = charts::categoryLineLength);

/// The height a chart of `data` needs, axes included (legend and title
/// excluded), so that each bar's name keeps all its wrapped lines with labels
/// of `labelLineSpacing` pixels per line: Qt Charts gives a category 1/(n+1)
/// of the plot's height and cuts what does not fit. 0 for charts without
/// named bars (radar, lines, empty).
int namedBarsHeight(const dashboard::ChartData &data, int labelLineSpacing,
                    int categoryLineLength = charts::categoryLineLength);

/// What the legend of buildChart(data) lists, in its order, as plain text:
/// each series, then the target line and the expected marks when there are.
/// A chart card shows these under the chart, wrapped, in place of Qt Charts'
/// legend (which cuts long names). Empty data: none.
QList<LegendEntry> legendEntries(const dashboard::ChartData &data);

/// Most legend entries drawn under a painted chart (three rows of three):
/// beyond, the names would take the chart's room, so a document lists them
/// apart (the report: a legend table under the chart).
constexpr int paintedLegendEntriesAtMost = 9;

/// Draws the chart as vectors into any painter (the PDF report calls this
/// with a QPdfWriter/QPrinter painter): no QPixmap/QImage on the way, white
/// background, no animation, fonts readable when printed at about 16 x 9 cm.
/// The chart is laid out on a 640-point-wide canvas of target's aspect ratio
/// and scaled to fill `target`. The legend goes under the chart, each name
/// whole on as many lines as it needs, unless `withLegend` is false (the
/// caller lists legendEntries() itself). Needs a QApplication; the painter
/// must be active.
void paintChart(const dashboard::ChartData &data, QPainter &painter, const QRectF &target, bool withLegend = true);

/// Writes the chart as a PNG image of `size` pixels at `path`. Returns false
/// and sets `error` (when given) if the file cannot be written.
bool exportChartPng(const dashboard::ChartData &data, const QString &path, const QSize &size, QString *error);

/// Writes the chart as an SVG drawing (vectors, QSvgGenerator) of `size` at
/// `path`. Returns false and sets `error` (when given) if the file cannot be
/// written; a partial file may then remain.
bool exportChartSvg(const dashboard::ChartData &data, const QString &path, const QSize &size, QString *error);

} // namespace alliance::charts
