// Test runner for the core tests: a QCoreApplication, no display, no Widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Keep tests away from the user's real settings and data folders, and
    // from each other's: ctest runs test cases in parallel processes, and one
    // that replaces the verdict store must not race another's save.
    QTemporaryDir home;
    if (!home.isValid() || !qputenv("HOME", home.path().toLocal8Bit()))
        return 2;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AlliancePilotTests"));
    QCoreApplication::setApplicationName(QStringLiteral("alliance-pilot-tests"));
    return Catch::Session().run(argc, argv);
}
