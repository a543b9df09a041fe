// The workspace's UI tests: real windows on the offscreen platform, against
// the tests' private PostgreSQL cluster (ALLIANCE_PG_SOCKET, see
// tests/tools/pgserver.sh), apart from uiTests so that those need no server.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "document/installation.h"
#include "languages.h"
#include "model/language.h"

#include <QFileInfo>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and working copies of this process only, never the user's.
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlliancePilotTests"));
    QApplication::setApplicationName(QStringLiteral("alliance-pilot-workspace-ui-tests"));
    alliance::installation::setUser(QStringLiteral("Test Manager"), QString());
    // English as the app shows it: plurals ("%n change(s)") come from the translation.
    // The tests do not embed the translations: they read those built beside the application.
    alliance::Language::setTranslationFolder(QFileInfo(QStringLiteral(ALLIANCE_APP)).absolutePath());
    if (!alliance::languages::install(QStringLiteral("en")))
        return 2;
    return Catch::Session().run(argc, argv);
}
