// `alliance-pilot validate FILE`: the checks run on every received file,
// without opening a working copy or writing anything.
#include "cli/cli.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "storage/filecheck.h"

#include <QCoreApplication>
#include <QTextStream>

namespace alliance::cli {

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const VerbSyntax syntax {QCoreApplication::translate("Cli", "validate FILE"),
                             QCoreApplication::translate("Cli",
                                                         "Check that FILE is a sound project file, without "
                                                         "changing it."),
                             {},
                             1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const QString path = parser.positionalArguments().constFirst();
    const CheckResult check = validateProjectFile(path);
    if (!check.ok())
        return refuse(check.message, err);
    out << QCoreApplication::translate("Cli", "%1: ok (format %2)").arg(path).arg(check.schemaVersion) << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
