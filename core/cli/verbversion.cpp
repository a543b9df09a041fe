// `alliance-pilot --version`.
#include "cli/cli.h"
#include "cli/verbs.h"

#include <QCoreApplication>
#include <QTextStream>

#ifndef ALLIANCE_VERSION
#error "ALLIANCE_VERSION must be defined by the build (see the top-level CMakeLists.txt)"
#endif

namespace alliance::cli {

int runVersion(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() > 1) {
        err << QCoreApplication::translate("Cli", "--version takes no argument.") << '\n'
            << QCoreApplication::translate("Cli", "Usage: alliance-pilot %1").arg(QStringLiteral("--version")) << '\n';
        err.flush();
        return Usage;
    }
    out << QCoreApplication::translate("Cli", "alliance-pilot %1").arg(QLatin1String(ALLIANCE_VERSION)) << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
