#pragma once
// `alliance-pilot portfolio FOLDER --format pdf` needs the graphical
// libraries (charts are drawn by Qt Charts), which core never links: main()
// starts a QApplication when asksForPortfolioPdf() and hands the verb the
// writer (ui/portfolio/portfoliopdf.h) here. Without one, the verb refuses pdf.

#include "portfolio/portfolioreport.h"

#include <QStringList>
#include <functional>

namespace alliance::cli {

/// Writes the report at a path; returns its number of pages, or 0 with the error set.
using PortfolioPdfWriter = std::function<int(const QList<portfolio::PartnershipSummary> &,
                                             const portfolio::PortfolioReportOptions &, const QString &, QString *)>;

void setPortfolioPdfWriter(PortfolioPdfWriter writer);

/// True when `arguments` (the program's, the verb's name first or second) ask `portfolio` for a PDF.
bool asksForPortfolioPdf(const QStringList &arguments);

} // namespace alliance::cli
