// `alliance-pilot export FILE --format json|xlsx|csv|ics -o OUT [--private]
// [--lang fr|en]`: writes the partnership of FILE as an interchange file, a
// workbook, a folder of CSV files or a calendar. FILE is only read.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "exports/csvexport.h"
#include "exports/icsexport.h"
#include "exports/xlsxexport.h"
#include "io/jsonexport.h"
#include "model/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

/// Writes a workbook, a CSV folder or a calendar; says what was written.
int runSpreadsheetExport(const Document &doc, const QString &format, const QString &target,
                         const exports::Options &options, QTextStream &out, QTextStream &err)
{
    QString error;
    std::optional<exports::Result> written;
    if (format == QLatin1String("xlsx"))
        written = exports::writeXlsx(doc, target, options, &error);
    else if (format == QLatin1String("csv"))
        written = exports::writeCsvFolder(doc, target, options, &error);
    else
        written = exports::writeIcs(doc, target, options, &error);
    if (!written)
        return refuse(error, err);
    const QString rows = format == QLatin1String("ics")
        ? QCoreApplication::translate("Cli", "%n event(s)", nullptr, int(written->rows))
        : QCoreApplication::translate("Cli", "%n table(s), %1", nullptr, written->tables)
              .arg(QCoreApplication::translate("Cli", "%n row(s)", nullptr, int(written->rows)));
    out << (options.includePrivate
                ? QCoreApplication::translate("Cli", "Wrote %1: %2, private items included.").arg(target, rows)
                : QCoreApplication::translate("Cli", "Wrote %1: %2, without private items.").arg(target, rows))
        << '\n';
    if (written->cutTexts > 0)
        out << QCoreApplication::translate("Cli",
                                           "%n text(s) longer than a spreadsheet cell holds (%1 characters) were "
                                           "cut.",
                                           nullptr, written->cutTexts)
                   .arg(exports::maxCellText)
            << '\n';
    out.flush();
    return Ok;
}

} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("Cli",
                                    "The format to write: json (interchange), xlsx (workbook), csv (a "
                                    "folder of tables) or ics (calendar)."),
        QCoreApplication::translate("Cli", "FORMAT"));
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Cli", "The file to write (a new file; for csv, a new folder)."),
        QCoreApplication::translate("Cli", "OUT"));
    const QCommandLineOption privateOption(
        QStringLiteral("private"),
        QCoreApplication::translate("Cli", "Include the items marked private (left out by default)."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli",
                                    "Language of headers and values for xlsx, csv and ics: fr or en (default: the "
                                    "application's)."),
        QStringLiteral("fr|en"));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]"),
        QCoreApplication::translate("Cli",
                                    "Write the whole partnership of FILE to OUT: in the interchange format "
                                    "(json), as a workbook with one sheet per table (xlsx), as a folder of CSV "
                                    "files (csv) or as a calendar of its dates (ics); without private items unless "
                                    "--private. FILE is not changed."),
        {formatOption, outOption, privateOption, langOption},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(formatOption) || !parser.isSet(outOption))
        return usageError(syntax,
                          QCoreApplication::translate("Cli",
                                                      "Give the format (--format json, xlsx, csv or ics) and "
                                                      "where to write (-o)."),
                          err);
    const QString format = parser.value(formatOption);
    static const QStringList formats {QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("csv"),
                                      QStringLiteral("ics")};
    if (!formats.contains(format))
        return usageError(
            syntax, QCoreApplication::translate("Cli", "Unknown format “%1”: use json, xlsx, csv or ics.").arg(format),
            err);
    std::shared_ptr<const Language> language;
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption).toLower();
        if (code != QLatin1String("fr") && code != QLatin1String("en"))
            return usageError(syntax,
                              QCoreApplication::translate("Cli", "Unknown language “%1”: use fr or en.")
                                  .arg(parser.value(langOption)),
                              err);
        language = Language::load(code);
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(outOption);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return refuse(QCoreApplication::translate("Cli",
                                                  "“%1” already exists and was left as it is. Choose another "
                                                  "name.")
                          .arg(target),
                      err);

    CheckResult check;
    const Author author {installation::userName(), {}, QUuid::createUuid()};
    const auto doc = Document::open(path, author, options, &check);
    if (!doc)
        return refuse(check.message, err);
    const bool includePrivate = parser.isSet(privateOption);
    if (format != QLatin1String("json")) {
        exports::Options exportOptions;
        exportOptions.includePrivate = includePrivate;
        exportOptions.language = language;
        return runSpreadsheetExport(*doc, format, target, exportOptions, out, err);
    }
    QString error;
    const auto written = writePartnershipJson(*doc, target, includePrivate, &error);
    if (!written)
        return refuse(error, err);
    out << (includePrivate ? QCoreApplication::translate("Cli",
                                                         "Wrote %1: the partnership “%2”, %n item(s), private items "
                                                         "included.",
                                                         nullptr, int(written->rows))
                           : QCoreApplication::translate("Cli",
                                                         "Wrote %1: the partnership “%2”, %n item(s), without private "
                                                         "items.",
                                                         nullptr, int(written->rows)))
               .arg(target, printable(doc->project().partnership.title))
        << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
