#pragma once
// The portfolio report for a board as a PDF: core/portfolio/portfolioreport
// says what it holds, the evaluation report's renderer (ui/report) lays it
// out on landscape pages (its wide table breaks across pages with its header
// repeated) and draws the consolidated charts two by two, each pair as high
// as its bars need. Needs a QApplication (charts are drawn by Qt Charts).

#include "portfolio/portfolioreport.h"

class QPagedPaintDevice;

namespace alliance::portfolio {

/// Draws the report of `rows` on `device` (A4 landscape). Returns the number
/// of pages, or 0 with `error` set.
int printPortfolioReport(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options,
                         QPagedPaintDevice &device, QString *error = nullptr);

/// Writes the report as a PDF file at `path`, replacing it only once the new
/// one is complete. Returns the number of pages, or 0 with `error` set.
int writePortfolioPdf(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options, const QString &path,
                      QString *error = nullptr);

} // namespace alliance::portfolio
