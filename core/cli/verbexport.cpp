// `alliance-pilot export FILE --format json -o OUT.json [--private]`: writes
// the partnership of FILE as an interchange file. FILE is only read.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "io/jsonexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("Cli", "The format to write: json."),
                                          QCoreApplication::translate("Cli", "FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("Cli", "The file to write (a new file)."),
                                       QCoreApplication::translate("Cli", "OUT"));
    const QCommandLineOption privateOption(
        QStringLiteral("private"),
        QCoreApplication::translate("Cli", "Include the items marked private (left out by default)."));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "export FILE --format json -o OUT.json [--private]"),
        QCoreApplication::translate("Cli",
                                    "Write the whole partnership of FILE to OUT.json in the interchange "
                                    "format, without private items unless --private; FILE is not changed."),
        {formatOption, outOption, privateOption},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(formatOption) || !parser.isSet(outOption))
        return usageError(syntax,
                          QCoreApplication::translate("Cli",
                                                      "Give the format (--format json) and the file to write "
                                                      "(-o)."),
                          err);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json"))
        return usageError(
            syntax, QCoreApplication::translate("Cli", "Unknown format “%1”: this version writes json.").arg(format),
            err);
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
