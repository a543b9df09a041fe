#include "report/reportverb.h"

#include "cli/cli.h"
#include "cli/verbparser.h"
#include "journal/itemlabel.h"
#include "model/projectloader.h"
#include "report/minutesverb.h"
#include "report/reportwriter.h"
#include "storage/filecheck.h"
#include "storage/samefile.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::report {

int runReportVerb(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (asksForMinutes(arguments))
        return runMinutesVerb(arguments, out, err);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "Write the PDF to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Cli", "Language of the report: fr or en (default fr)."),
                                  QStringLiteral("fr|en"), QStringLiteral("fr"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        QCoreApplication::translate(
            "Cli", "Sections to include, separated by commas, among: %1 (default: those of the preset).")
            .arg(sectionIds().join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QCoreApplication::translate("Cli", "Paper: a4 or letter (default a4)."),
                                   QStringLiteral("a4|letter"), QStringLiteral("a4"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QCoreApplication::translate("Cli",
                                    "What the report is for: full (the synthesis, then every section) or "
                                    "committee (the synthesis, then the next meeting's agenda, open decisions, "
                                    "indicators at risk and the changes since the last committee; a few "
                                    "pages). Default full."),
        QStringLiteral("full|committee"), QStringLiteral("full"));
    const QCommandLineOption privateItems(QStringLiteral("private"),
                                          QCoreApplication::translate("Cli", "Include the items marked private."));
    const cli::VerbSyntax syntax {
        QCoreApplication::translate("Cli",
                                    "report FILE -o OUT.pdf [--lang fr|en] [--preset full|committee] "
                                    "[--sections LIST] [--paper a4|letter]"),
        QCoreApplication::translate("Cli", "Write the evaluation report of FILE as a PDF file."),
        {output, lang, preset, sections, paper, privateItems},
        1};
    QCommandLineParser parser;
    if (const auto done = cli::parseVerb(parser, syntax, arguments, out, err))
        return *done;

    Options options;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return cli::usageError(syntax,
                               QCoreApplication::translate("Cli", "Say where to write the PDF with -o OUT.pdf."), err);
    options.language = parser.value(lang).toLower();
    if (options.language != QLatin1String("fr") && options.language != QLatin1String("en"))
        return cli::usageError(
            syntax, QCoreApplication::translate("Cli", "Unknown language “%1”: use fr or en.").arg(parser.value(lang)),
            err);
    const auto chosenPaper = parsePaper(parser.value(paper));
    if (!chosenPaper)
        return cli::usageError(
            syntax,
            QCoreApplication::translate("Cli", "Unknown paper “%1”: use a4 or letter.").arg(parser.value(paper)), err);
    options.paper = *chosenPaper;
    const auto chosenPreset = parsePreset(parser.value(preset));
    if (!chosenPreset)
        return cli::usageError(
            syntax,
            QCoreApplication::translate("Cli", "Unknown preset “%1”: use full or committee.").arg(parser.value(preset)),
            err);
    options.preset = *chosenPreset;
    if (parser.isSet(sections)) {
        QString unknown;
        const auto chosen = parseSections(parser.value(sections), &unknown);
        if (!chosen)
            return cli::usageError(syntax,
                                   QCoreApplication::translate("Cli", "Unknown section “%1”. The sections are: %2.")
                                       .arg(unknown, sectionIds().join(QStringLiteral(", "))),
                                   err);
        options.sections = *chosen;
    }
    options.includePrivate = parser.isSet(privateItems);

    const QString file = parser.positionalArguments().constFirst();
    // The file stays open while the report is drawn: the synthesis reads its journal.
    SqliteDb db;
    const CheckResult check = openCheckedProjectFile(file, db);
    if (!check.ok())
        return cli::refuse(check.message, err);
    const Project project = loadProject(db);
    options.journal = queryRowsOf(db);
    const QString target = parser.value(output);
    if (const QString refusal = refusalToReplaceProject(target, file); !refusal.isEmpty())
        return cli::refuse(refusal, err);
    QString error;
    const int pages = writeReportPdf(project, options, target, &error);
    if (pages == 0)
        return cli::refuse(error, err);
    out << QCoreApplication::translate("Cli", "%1: %n page(s) written", nullptr, pages).arg(target) << '\n';
    out.flush();
    return cli::Ok;
}

} // namespace alliance::report
