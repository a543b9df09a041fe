#include "portfolio/portfolioreport.h"

#include "model/language.h"
#include "model/longdate.h"
#include "portfolio/portfoliocharts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace alliance::portfolio {

namespace {

PartnershipSummary withModel(const QString &modelId)
{
    PartnershipSummary s;
    s.modelId = modelId;
    return s;
}

PartnershipSummary withStep(const QString &stepId)
{
    PartnershipSummary s;
    s.currentStepId = stepId;
    return s;
}

report::Cover coverOf(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options)
{
    int refused = 0;
    for (const PartnershipSummary &row : rows)
        refused += row.refused() ? 1 : 0;
    const int sound = int(rows.size()) - refused;
    report::Cover c;
    c.title = QCoreApplication::translate("Portfolio", "Portfolio of partnerships");
    c.stake = QCoreApplication::translate("Portfolio", "Read from %1").arg(options.source);
    c.period = QCoreApplication::translate("Portfolio", "%n partnership(s) listed", nullptr, sound);
    if (refused > 0)
        c.period += QCoreApplication::translate("Portfolio", ", %n file(s) refused", nullptr, refused);
    c.dateLine = QCoreApplication::translate("Portfolio", "Portfolio report of %1").arg(longDate(options.date));
    return c;
}

/// What the list was narrowed to and how it is ordered, one line each; empty when all is listed as found.
QStringList selectionLines(const PortfolioReportOptions &options)
{
    QStringList lines;
    const Filter &f = options.filter;
    if (!f.modelId.isEmpty())
        lines << QCoreApplication::translate("Portfolio", "Only the model: %1")
                     .arg(f.modelId == Filter::noModel() ? QCoreApplication::translate("Portfolio", "not named yet")
                                                         : text(withModel(f.modelId), Column::Model));
    if (!f.stepId.isEmpty())
        lines << QCoreApplication::translate("Portfolio", "Only the current step: %1")
                     .arg(text(withStep(f.stepId), Column::Step));
    if (!f.territory.trimmed().isEmpty())
        lines << QCoreApplication::translate("Portfolio", "Only with a partner in: %1").arg(f.territory.trimmed());
    if (!f.statusId.isEmpty())
        lines << QCoreApplication::translate("Portfolio", "Only the status: %1").arg(statusLabel(f.statusId));
    if (options.sortedBy && *options.sortedBy != Column::Title)
        lines << (options.order == Qt::DescendingOrder
                      ? QCoreApplication::translate("Portfolio", "Sorted by %1, in descending order")
                      : QCoreApplication::translate("Portfolio", "Sorted by %1"))
                     .arg(header(*options.sortedBy));
    return lines;
}

report::Section partnershipsSection(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options)
{
    report::Section s;
    s.id = partnershipsSectionId;
    s.title = QCoreApplication::translate("Portfolio", "Partnerships");
    report::Table table;
    const QList<Column> columns = reportColumns();
    for (Column c : columns)
        table.header << header(c);
    table.numericColumns << int(columns.indexOf(Column::LateActions));
    for (const PartnershipSummary &row : rows) {
        if (row.refused())
            continue;
        QStringList cells;
        for (Column c : columns)
            cells << text(row, c);
        table.rows << cells;
    }
    if (const QStringList selection = selectionLines(options); !selection.isEmpty())
        s.blocks << report::Block::bullets(selection);
    if (table.rows.isEmpty()) {
        s.blocks << report::Block::empty(
            QCoreApplication::translate("Portfolio", "No partnership file passed the check."));
        return s;
    }
    s.blocks << report::Block::paragraph(QCoreApplication::translate(
        "Portfolio",
        "Each line is a partnership file that passed the check, with its figures on the day of the report: "
        "its indicators by status, the three angles of its last review with how many partners answered, "
        "its late actions, its next milestone and its next steering committee."));
    s.blocks << report::Block::tableOf(table);
    return s;
}

report::Section chartsSection()
{
    report::Section s;
    s.id = chartsSectionId;
    s.title = QCoreApplication::translate("Portfolio", "Consolidated charts");
    s.blocks << report::Block::paragraph(
        QCoreApplication::translate(
            "Portfolio",
            "The partnerships listed, together; refused files are not counted. A deadline is an open action or "
            "milestone due, or a steering committee held, from the day of the report to %1 or %2 days after it.")
            .arg(nearHorizonDays)
            .arg(farHorizonDays));
    s.blocks << report::Block::charts();
    return s;
}

report::Section refusedSection(const QList<PartnershipSummary> &rows)
{
    report::Section s;
    s.id = refusedSectionId;
    s.title = QCoreApplication::translate("Portfolio", "Refused files");
    report::Table table;
    table.header << QCoreApplication::translate("Portfolio", "File")
                 << QCoreApplication::translate("Portfolio", "Reason");
    for (const PartnershipSummary &row : rows)
        if (row.refused())
            table.rows << QStringList {QFileInfo(row.path).fileName(), row.refusal};
    if (table.rows.isEmpty()) {
        s.blocks << report::Block::empty(QCoreApplication::translate("Portfolio", "No file was refused."));
        return s;
    }
    s.blocks << report::Block::paragraph(QCoreApplication::translate(
        "Portfolio", "These files were not read: they failed the check every received file goes through."));
    s.blocks << report::Block::tableOf(table);
    return s;
}

} // namespace

QList<PartnershipSummary> reportRows(const QList<PartnershipSummary> &shown, const QList<PartnershipSummary> &all)
{
    QList<PartnershipSummary> rows = shown;
    QSet<QString> listed;
    for (const PartnershipSummary &row : shown)
        listed.insert(row.path);
    for (const PartnershipSummary &row : all)
        if (row.refused() && !listed.contains(row.path))
            rows.append(row);
    return rows;
}

QList<Column> reportColumns()
{
    return {Column::Title,       Column::Lead,          Column::Model,        Column::Step,
            Column::Indicators,  Column::Performance,   Column::Pertinence,   Column::Coherence,
            Column::LateActions, Column::NextMilestone, Column::NextCommittee};
}

report::Report buildPortfolioReport(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options)
{
    const WritingIn language(Language::load(options.language));
    report::Report r;
    r.language = options.language;
    r.cover = coverOf(rows, options);
    r.contentsTitle = QCoreApplication::translate("Report", "Contents");
    r.footerDate = longDate(options.date);
    r.pageOf = QCoreApplication::translate("Report", "Page %1 of %2");
    r.sections << partnershipsSection(rows, options) << chartsSection() << refusedSection(rows);
    return r;
}

QList<dashboard::ChartData> reportCharts(const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options)
{
    const WritingIn language(Language::load(options.language));
    return {atRiskChart(rows), dueSoonChart(rows), dueByWeekChart(rows), modelsChart(rows), stepsChart(rows)};
}

} // namespace alliance::portfolio
