#include "portfolio/portfoliopdf.h"

#include "charts/dashboardchart.h"
#include "model/language.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace alliance::portfolio {

namespace {

/// Two charts side by side on a landscape page, two such rows a page.
constexpr double pairHeightRatio = 0.29;

/// The charts in pairs, each pair one object of the report's layout; an
/// empty chart draws the hint saying what would fill it.
QList<report::ReportChart> pairedCharts(const QList<dashboard::ChartData> &charts)
{
    QList<report::ReportChart> list;
    for (int i = 0; i < charts.size(); i += 2) {
        QList<dashboard::ChartData> pair {charts.at(i)};
        if (i + 1 < charts.size())
            pair.append(charts.at(i + 1));
        report::ReportChart chart;
        QStringList titles;
        for (const dashboard::ChartData &d : pair)
            titles << d.title;
        chart.title = titles.join(QStringLiteral(", "));
        chart.heightRatio = pairHeightRatio;
        chart.paint = [pair](QPainter &painter, const QRectF &target) {
            const qreal gap = target.width() * 0.04;
            const qreal width = (target.width() - gap) / 2;
            for (int k = 0; k < pair.size(); ++k) {
                const QRectF box(target.left() + k * (width + gap), target.top(), width, target.height());
                painter.save();
                charts::paintChart(pair.at(k), painter, box, true);
                painter.restore();
            }
        };
        list.append(chart);
    }
    return list;
}

QString unwritable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("Report", "“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), why);
}

} // namespace

int printPortfolioReport(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options,
                         QPagedPaintDevice &device, QString *error)
{
    const WritingIn language(Language::load(options.language));
    const report::Report report = buildPortfolioReport(rows, options);
    const QList<report::ReportChart> charts = pairedCharts(reportCharts(rows, options));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 12, 14, 10),
                                     QPageLayout::Millimeter));
    return report::renderReport(report, charts, device, error);
}

int writePortfolioPdf(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options, const QString &path,
                      QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = unwritable(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(QCoreApplication::translate("Portfolio", "Portfolio of partnerships"));
        writer.setCreator(QStringLiteral("Alliance Pilot"));
        pages = printPortfolioReport(rows, options, writer, error);
    }
    if (pages == 0)
        return 0;
    if (!file.commit()) {
        if (error)
            *error = unwritable(path, file.errorString());
        return 0;
    }
    return pages;
}

} // namespace alliance::portfolio
