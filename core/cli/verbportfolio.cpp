// `alliance-pilot portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT]
// [--lang fr|en] [--model ID] [--step ID] [--territory TEXT] [--status ID]
// [--sort COLUMN] [--descending]`: one line of figures per partnership of a
// folder, each file checked as a received file first; a refused file is
// listed with its reason. Text goes to the terminal, csv and xlsx to OUT (a
// new file), and the board's report (pdf) too when main() gave the writer.
#include "cli/cli.h"
#include "cli/portfoliopdfhook.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "method/method.h"
#include "model/language.h"
#include "portfolio/foldersource.h"
#include "portfolio/portfolioexport.h"
#include "portfolio/portfoliotable.h"
#include "portfolio/summarycache.h"
#include "portfolio/workspacesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

using portfolio::Column;

PortfolioPdfWriter &pdfWriter()
{
    static PortfolioPdfWriter writer;
    return writer;
}

/// One paragraph per partnership: its title and status, then the other columns that say something.
void printRows(const QList<portfolio::PartnershipSummary> &rows, QTextStream &out)
{
    for (const portfolio::PartnershipSummary &row : rows) {
        out << QCoreApplication::translate("Cli", "%1 [%2]")
                   .arg(printable(portfolio::text(row, Column::Title)), portfolio::text(row, Column::Status))
            << '\n';
        for (Column c : portfolio::columns()) {
            if (c == Column::Title || c == Column::Status)
                continue;
            const QString value = portfolio::text(row, c);
            if (!value.isEmpty())
                out << "  " << QCoreApplication::translate("Cli", "%1: %2").arg(portfolio::header(c), printable(value))
                    << '\n';
        }
    }
}

} // namespace

void setPortfolioPdfWriter(PortfolioPdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

bool asksForPortfolioPdf(const QStringList &arguments)
{
    const qsizetype verb = arguments.indexOf(QStringLiteral("portfolio"));
    if (verb < 0 || verb > 1)
        return false;
    for (qsizetype i = verb + 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

int runPortfolio(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("Cli",
                                    "text (the default, to the terminal), csv, xlsx or pdf (the report for a "
                                    "board, to OUT)."),
        QCoreApplication::translate("Cli", "FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("Cli", "The file to write (a new file)."),
                                       QCoreApplication::translate("Cli", "OUT"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the PDF report: fr or en (default fr)."),
        QStringLiteral("fr|en"), QStringLiteral("fr"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QCoreApplication::translate("Cli",
                                                                     "Only the partnerships of this model (its "
                                                                     "id, or “none” for a model not named yet)."),
                                         QCoreApplication::translate("Cli", "ID"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"), QCoreApplication::translate("Cli", "Only the partnerships at this step (1 to 7)."),
        QCoreApplication::translate("Cli", "N"));
    const QCommandLineOption territoryOption(
        QStringLiteral("territory"),
        QCoreApplication::translate("Cli", "Only the partnerships with a partner in this region or département."),
        QCoreApplication::translate("Cli", "TEXT"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "Only the partnerships of this status: %1.")
            .arg(portfolio::statusIds().join(QStringLiteral(", "))),
        QCoreApplication::translate("Cli", "STATUS"));
    QStringList columnNames;
    for (Column c : portfolio::columns())
        columnNames << portfolio::columnName(c);
    const QCommandLineOption sortOption(
        QStringLiteral("sort"),
        QCoreApplication::translate("Cli", "Sort by this column: %1.").arg(columnNames.join(QStringLiteral(", "))),
        QCoreApplication::translate("Cli", "COLUMN"));
    const QCommandLineOption descendingOption(QStringLiteral("descending"),
                                              QCoreApplication::translate("Cli", "Sort in descending order."));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT] [--lang fr|en]"),
        QCoreApplication::translate("Cli",
                                    "List the partnerships of the project files of FOLDER with their figures: "
                                    "lead, model, current step, indicators, last review, late actions, next "
                                    "milestone and committee. Every file is checked first; a refused file is "
                                    "listed with its reason. The PDF is a report for a board: the table, the "
                                    "consolidated charts and the refused files."),
        {formatOption, outOption, langOption, modelOption, stepOption, territoryOption, statusOption, sortOption,
         descendingOption},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("text");
    const bool pdf = format == QLatin1String("pdf");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("xlsx") && !pdf)
        return usageError(
            syntax, QCoreApplication::translate("Cli", "Unknown format “%1”: use text, csv, xlsx or pdf.").arg(format),
            err);
    if (format != QLatin1String("text") && !parser.isSet(outOption))
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Say where to write the %1 file (-o).").arg(format), err);
    const QString language = parser.value(langOption).toLower();
    if (parser.isSet(langOption) && !pdf)
        return usageError(syntax, QCoreApplication::translate("Cli", "--lang is for the PDF report (--format pdf)."),
                          err);
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return usageError(
            syntax,
            QCoreApplication::translate("Cli", "Unknown language “%1”: use fr or en.").arg(parser.value(langOption)),
            err);
    if (pdf && !pdfWriter())
        return refuse(QCoreApplication::translate("Cli", "This program cannot write PDF files: run alliance-pilot."),
                      err);
    portfolio::Filter filter;
    filter.modelId = parser.value(modelOption);
    filter.territory = parser.value(territoryOption);
    filter.statusId = parser.value(statusOption);
    if (!filter.statusId.isEmpty() && !portfolio::statusIds().contains(filter.statusId))
        return usageError(syntax, QCoreApplication::translate("Cli", "Unknown status “%1”.").arg(filter.statusId), err);
    if (parser.isSet(stepOption)) {
        bool ok = false;
        const int number = parser.value(stepOption).toInt(&ok);
        for (const method::Step &s : method::steps())
            if (ok && s.number == number)
                filter.stepId = s.id;
        if (filter.stepId.isEmpty())
            return usageError(
                syntax,
                QCoreApplication::translate("Cli", "Unknown step “%1”: give 1 to 7.").arg(parser.value(stepOption)),
                err);
    }
    std::optional<Column> sortColumn = Column::Title;
    if (parser.isSet(sortOption) && !(sortColumn = portfolio::columnNamed(parser.value(sortOption))))
        return usageError(
            syntax, QCoreApplication::translate("Cli", "Unknown column “%1”.").arg(parser.value(sortOption)), err);

    const QString folder = parser.positionalArguments().constFirst();
    if (pdf) // checked before the folder is read: a long scan never ends on a refusal
        if (const auto refused = refuseTarget(syntax, parser.value(outOption), {folder}, err))
            return *refused;
    portfolio::SummaryCache cache;
    cache.load();
    // A workspace's address instead of a folder: its partnerships, as the workspace holds them for you.
    const bool fromWorkspace
        = folder.startsWith(QLatin1String("postgresql://")) || folder.startsWith(QLatin1String("postgres://"));
    std::unique_ptr<portfolio::PortfolioSource> chosen;
    if (fromWorkspace) {
        QString error;
        const auto address = workspace::Address::parse(folder, &error);
        if (!address)
            return refuse(error, err);
        chosen = std::make_unique<portfolio::WorkspaceSource>(*address, QString(), options);
    } else {
        chosen = std::make_unique<portfolio::FolderSource>(folder, &cache);
    }
    portfolio::PortfolioSource &source = *chosen;
    portfolio::ScanControl control;
    control.today = QDateTime::fromMSecsSinceEpoch(options.clock()).date();
    if (pdf) // the report's refusals in its language; the verb's own lines stay in the user's
        control.language = Language::load(language);
    const portfolio::ScanResult scan = source.scan(control);
    if (scan.rows.isEmpty() && !scan.error.isEmpty())
        return refuse(scan.error, err);
    if (!scan.error.isEmpty())
        err << scan.error << '\n';
    QList<portfolio::PartnershipSummary> rows = portfolio::filtered(scan.rows, filter);
    portfolio::sortRows(rows, *sortColumn, parser.isSet(descendingOption) ? Qt::DescendingOrder : Qt::AscendingOrder);
    // The report also lists the refused files a filter hid: counted as shown.
    const QList<portfolio::PartnershipSummary> listed = pdf ? portfolio::reportRows(rows, scan.rows) : rows;
    int refused = 0;
    for (const auto &row : listed)
        refused += row.refused() ? 1 : 0;
    const QString count = QCoreApplication::translate("Cli", "%n partnership(s) listed", nullptr, int(listed.size()))
        + QCoreApplication::translate("Cli", ", %n refused", nullptr, refused) + QLatin1Char('.');

    if (format == QLatin1String("text")) {
        printRows(rows, out);
        out << count << '\n';
        out.flush();
        return Ok;
    }
    const QString target = parser.value(outOption);
    QString error;
    if (pdf) {
        portfolio::PortfolioReportOptions report;
        report.language = language;
        report.date = control.today;
        report.source
            = fromWorkspace ? source.description() : QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
        report.filter = filter;
        report.sortedBy = sortColumn;
        report.order = parser.isSet(descendingOption) ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int pages = pdfWriter()(listed, report, target, &error);
        if (pages == 0)
            return refuse(error, err);
        out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)): %2", nullptr, pages).arg(target, count)
            << '\n';
        out.flush();
        return Ok;
    }
    const bool written = format == QLatin1String("csv") ? portfolio::writeCsv(rows, target, &error)
                                                        : portfolio::writeXlsx(rows, target, &error);
    if (!written)
        return refuse(error, err);
    out << QCoreApplication::translate("Cli", "Wrote %1: %2").arg(target, count) << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
