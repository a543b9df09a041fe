#include "report/minutesverb.h"

#include "cli/cli.h"
#include "cli/verbparser.h"
#include "model/projectreader.h"
#include "report/minuteswriter.h"
#include "report/reportminutes.h"
#include "storage/samefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::report {

bool asksForMinutes(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--meeting") || a.startsWith(QLatin1String("--meeting="))
            || a == QLatin1String("--preset=minutes")
            || (a == QLatin1String("--preset") && arguments.value(i + 1) == QLatin1String("minutes")))
            return true;
    }
    return false;
}

int runMinutesVerb(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "Write the PDF to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QCoreApplication::translate("Cli", "minutes: the minutes of one meeting."),
                                    QStringLiteral("minutes"), QStringLiteral("minutes"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        QCoreApplication::translate("Cli", "The meeting: its date (2026-10-20) or its title."),
        QStringLiteral("DATE|TITLE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Cli", "Language of the report: fr or en (default fr)."),
                                  QStringLiteral("fr|en"), QStringLiteral("fr"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QCoreApplication::translate("Cli", "Paper: a4 or letter (default a4)."),
                                   QStringLiteral("a4|letter"), QStringLiteral("a4"));
    const QCommandLineOption privateItems(QStringLiteral("private"),
                                          QCoreApplication::translate("Cli", "Include the items marked private."));
    const cli::VerbSyntax syntax {
        QCoreApplication::translate("Cli",
                                    "report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE "
                                    "[--lang fr|en] [--paper a4|letter]"),
        QCoreApplication::translate("Cli", "Write the minutes of one meeting of FILE as a PDF file."),
        {output, preset, meeting, lang, paper, privateItems},
        1};
    QCommandLineParser parser;
    if (const auto done = cli::parseVerb(parser, syntax, arguments, out, err))
        return *done;

    if (parser.value(preset) != QLatin1String("minutes"))
        return cli::usageError(
            syntax,
            QCoreApplication::translate("Cli", "--meeting prints a meeting's minutes: use it with --preset minutes."),
            err);
    if (!parser.isSet(meeting) || parser.value(meeting).trimmed().isEmpty())
        return cli::usageError(
            syntax, QCoreApplication::translate("Cli", "Say which meeting with --meeting DATE or --meeting TITLE."),
            err);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return cli::usageError(syntax,
                               QCoreApplication::translate("Cli", "Say where to write the PDF with -o OUT.pdf."), err);
    Options options;
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
    options.includePrivate = parser.isSet(privateItems);

    const QString file = parser.positionalArguments().constFirst();
    CheckResult check;
    const auto project = readProjectFile(file, &check);
    if (!project)
        return cli::refuse(check.message, err);
    const QString target = parser.value(output);
    if (const QString refusal = refusalToReplaceProject(target, file); !refusal.isEmpty())
        return cli::refuse(refusal, err);
    QString why;
    const Meeting *chosen = findMeeting(*project, parser.value(meeting), &why);
    if (!chosen)
        return cli::refuse(why, err);
    QString error;
    const int pages = writeMinutesPdf(*project, chosen->id, options, target, &error);
    if (pages == 0)
        return cli::refuse(error, err);
    out << QCoreApplication::translate("Cli", "%1: %n page(s) written", nullptr, pages).arg(target) << '\n';
    out.flush();
    return cli::Ok;
}

} // namespace alliance::report
