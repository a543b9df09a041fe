// Test runner for the core tests: a QCoreApplication, no display, no Widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Keep tests away from the user's real settings and data folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AlliancePilotTests"));
    QCoreApplication::setApplicationName(QStringLiteral("alliance-pilot-tests"));
    return Catch::Session().run(argc, argv);
}
