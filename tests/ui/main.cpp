// Test runner for the UI tests: a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlliancePilotTests"));
    QApplication::setApplicationName(QStringLiteral("alliance-pilot-ui-tests"));
    return Catch::Session().run(argc, argv);
}
