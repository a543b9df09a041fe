#include "portfolio/portfoliopdf.h"

#include "charts/dashboardchart.h"
#include "model/language.h"
#include "report/pdffile.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace alliance::portfolio {

namespace {

/// Two charts side by side on a landscape page, two such rows a page.
constexpr double pairHeightRatio = 0.29;
/// The height for the width a row needs for `d` in half of it: room for
/// each horizontal bar's name (one line for a week, up to three for a long
/// title), at most what a page's body holds under a heading.
double rowRatioFor(const dashboard::ChartData &d)
{
    if (d.shape != dashboard::ChartShape::HorizontalBars)
        return pairHeightRatio;
    qsizetype longest = 0;
    for (const QString &name : d.categories)
        longest = std::max(longest, name.size());
    const double lines = 1 + std::min<double>(2, double(longest / 28));
    return std::clamp(0.06 + 0.011 * lines * double(d.categories.size()), pairHeightRatio, 0.55);
}

report::ReportChart rowOf(const QList<dashboard::ChartData> &charts, double heightRatio)
{
    report::ReportChart chart;
    QStringList titles;
    for (const dashboard::ChartData &d : charts)
        titles << d.title;
    chart.title = titles.join(QStringLiteral(", "));
    chart.heightRatio = heightRatio;
    chart.paint = [charts](QPainter &painter, const QRectF &target) {
        // Each chart takes half of the row, less a gap; one left alone too
        // (drawn across the whole width, its bars' names would be cut).
        const qreal gap = target.width() * 0.04;
        const qreal width = (target.width() - gap) / 2;
        for (int k = 0; k < charts.size(); ++k) {
            const QRectF box(target.left() + k * (width + gap), target.top(), width, target.height());
            painter.save();
            charts::paintChart(charts.at(k), painter, box, true);
            painter.restore();
        }
    };
    return chart;
}

/// The charts two by two, each pair one object of the report's layout, as
/// high as the one of more bars needs.
QList<report::ReportChart> chartRows(const QList<dashboard::ChartData> &charts)
{
    QList<report::ReportChart> rows;
    for (int i = 0; i < charts.size(); i += 2) {
        const QList<dashboard::ChartData> pair = charts.mid(i, 2);
        double ratio = pairHeightRatio;
        for (const dashboard::ChartData &d : pair)
            ratio = std::max(ratio, rowRatioFor(d));
        rows.append(rowOf(pair, ratio));
    }
    return rows;
}

} // namespace

int printPortfolioReport(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options,
                         QPagedPaintDevice &device, QString *error)
{
    const WritingIn language(Language::load(options.language));
    const report::Report report = buildPortfolioReport(rows, options);
    const QList<report::ReportChart> charts = chartRows(reportCharts(rows, options));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 12, 14, 10),
                                     QPageLayout::Millimeter));
    return report::renderReport(report, charts, device, error);
}

int writePortfolioPdf(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options, const QString &path,
                      QString *error)
{
    return report::writePdfFile(
        path, QCoreApplication::translate("Portfolio", "Portfolio of partnerships"),
        [&](QPagedPaintDevice &device, QString *why) { return printPortfolioReport(rows, options, device, why); },
        error);
}

} // namespace alliance::portfolio
