#pragma once
// From a project to a printed report: builds the report in the language the
// options ask for (whatever the interface's language), gathers the charts,
// and hands both to the renderer.

#include "model/project.h"
#include "report/reportcharts.h"
#include "report/reportoptions.h"

class QPagedPaintDevice;

namespace alliance::report {

/// The dashboard's charts of `project` (as reported: without its private
/// items unless asked) on the report's date, as the report of `options`
/// draws them: the indicators' trends as small multiples, the most worrying
/// first, a bounded number of them, and a sentence saying where the others are.
QList<ReportChart> reportCharts(const Project &project, const Options &options);

/// Sets the paper of options on `device`, then draws the report of `project`
/// on it. Returns the number of pages, or 0 with `error` set.
int printReport(const Project &project, const Options &options, QPagedPaintDevice &device, QString *error = nullptr);

/// Writes the report as a PDF file at `path`, replacing it only once the new
/// one is complete. Returns the number of pages, or 0 with `error` set (then
/// an existing file at `path` is left as it was).
int writeReportPdf(const Project &project, const Options &options, const QString &path, QString *error = nullptr);

} // namespace alliance::report
