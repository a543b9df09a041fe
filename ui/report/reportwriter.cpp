#include "report/reportwriter.h"

#include "model/language.h"
#include "report/reportbuilder.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "“%1” cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(project.partnership.title);
        writer.setCreator(QStringLiteral("Alliance Pilot"));
        pages = printReport(project, options, writer, error);
    }
    if (pages == 0)
        return 0;
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Report", "“%1” cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return 0;
    }
    return pages;
}

} // namespace alliance::report
