// Test runner for the UI tests: a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "document/installation.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs test cases as parallel processes: each gets its own home, so
    // settings (the history panel's visibility…) and working copies never race.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlliancePilotTests"));
    QApplication::setApplicationName(QStringLiteral("alliance-pilot-ui-tests"));
    // The person running the tests has given their name, as a user does at the
    // first edit (a test of that question removes it first).
    alliance::installation::setUser(QStringLiteral("Test Manager"), QString());
    return Catch::Session().run(argc, argv);
}
