// `alliance-pilot workspace init URL`: makes an empty PostgreSQL database a
// shared workspace (workspace/serverschema.h).
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "workspace/connection.h"
#include "workspace/workspaceinit.h"

#include <QCoreApplication>
#include <QTextStream>

namespace alliance::cli {

int runWorkspace(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const VerbSyntax syntax {QCoreApplication::translate("Cli", "workspace init URL"),
                             QCoreApplication::translate("Cli",
                                                         "Make the empty PostgreSQL database URL "
                                                         "(postgresql://user@host/database) a shared workspace; "
                                                         "the password comes from PGPASSFILE."),
                             {},
                             2};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const QStringList given = parser.positionalArguments();
    if (given.constFirst() != QLatin1String("init")) {
        err << QCoreApplication::translate("Cli", "Unknown workspace action: %1").arg(printable(given.constFirst()))
            << '\n';
        err.flush();
        return Usage;
    }
    QString error;
    const auto address = workspace::Address::parse(given.at(1), &error);
    if (!address)
        return refuse(error, err);
    const auto connection = workspace::Connection::open(*address, QString(), &error);
    if (!connection)
        return refuse(error, err);
    if (!workspace::initWorkspace(*connection, &error))
        return refuse(error, err);
    out << QCoreApplication::translate("Cli", "Workspace ready: %1").arg(printable(address->toString())) << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
