#include "report/reportwriter.h"

#include "model/language.h"
#include "report/pdffile.h"
#include "report/reportbuilder.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>

namespace alliance::report {

int printReport(const Project &project, const Options &options, QPagedPaintDevice &device, QString *error)
{
    const WritingIn language(Language::load(options.language));
    const Report report = buildReport(project, options);
    const QList<ReportChart> charts = includes(options, QStringLiteral("dashboard"))
        ? reportCharts(reportedProject(project, options), options)
        : QList<ReportChart>();
    preparePage(device, options.paper);
    return renderReport(report, charts, device, error);
}

int writeReportPdf(const Project &project, const Options &options, const QString &path, QString *error)
{
    return writePdfFile(
        path, project.partnership.title,
        [&](QPagedPaintDevice &device, QString *why) { return printReport(project, options, device, why); }, error);
}

} // namespace alliance::report
