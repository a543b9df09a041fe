#pragma once
// The portfolio report for a board, as report data (core/report/report.h):
// a cover naming where the partnerships were read and the day, the table of
// the partnerships listed (as filtered and sorted), the consolidated charts
// and the files refused with their reasons. ui/report draws it (PDF) as it
// draws a partnership's report; nothing here paints.

#include "evaluation/dashboard.h"
#include "portfolio/portfoliotable.h"
#include "portfolio/summary.h"
#include "report/report.h"

namespace alliance::portfolio {

struct PortfolioReportOptions
{
    QString language = QStringLiteral("fr"); ///< "fr" or "en", whatever the application's
    QDate date;                              ///< the day of the figures
    QString source;                          ///< where the partnerships were read (a folder), as shown
    Filter filter;                           ///< what the list was narrowed to, said under the table's title
    std::optional<Column> sortedBy;          ///< the order of the rows, said too when given
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// The rows a report of `shown` (filtered and sorted) prints: those, then
/// the refused files of `all` a filter left out, so that every refusal is said.
QList<PartnershipSummary> reportRows(const QList<PartnershipSummary> &shown, const QList<PartnershipSummary> &all);

/// The section ids of the report, in order.
inline const QString partnershipsSectionId = QStringLiteral("portfolio_partnerships");
inline const QString chartsSectionId = QStringLiteral("portfolio_charts");
inline const QString refusedSectionId = QStringLiteral("portfolio_refused");

/// The report of `rows` (sound and refused, in the order shown). Its charts
/// section holds one Charts block, drawn from reportCharts().
report::Report buildPortfolioReport(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options);

/// The consolidated charts of `rows` in the report's language and order:
/// indicators at risk, what falls due in 30 days per partnership and in 90
/// days per week, then partnerships per model and per step.
QList<dashboard::ChartData> reportCharts(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options);

/// The columns of the report's table, in order.
QList<Column> reportColumns();

} // namespace alliance::portfolio
