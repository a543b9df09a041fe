#pragma once
// The one renderer of evaluation reports: print preview, printing and PDF
// files (File > Export PDF and the headless `report` verb) all draw here.

#include "report/report.h"
#include "report/reportcharts.h"
#include "report/reportoptions.h"

class QPagedPaintDevice;

namespace alliance::report {

/// Sets A4 or Letter, portrait, with the report's margins, on `device`.
void preparePage(QPagedPaintDevice &device, Paper paper);

/// Draws `report` on `device` as it is set up (paper, margins): a cover, the
/// contents with page numbers, then the sections, with the title and date in
/// the header and "Page X of Y" in the footer of every page after the cover.
/// `charts` fill the dashboard section. Returns the number of pages drawn, or
/// 0 with `error` set when the device cannot be painted (e.g. an unwritable
/// file). The device is ended when this returns.
int renderReport(const Report &report, const QList<ReportChart> &charts, QPagedPaintDevice &device,
                 QString *error = nullptr);

} // namespace alliance::report
