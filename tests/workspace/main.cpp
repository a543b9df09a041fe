// The workspace tests: a private PostgreSQL cluster (tests/tools/pgserver.sh,
// started by CTest around them) whose socket folder is ALLIANCE_PG_SOCKET.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Settings of this process only, never the user's.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    return Catch::Session().run(argc, argv);
}
