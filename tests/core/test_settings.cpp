// The typed settings: each preference written is read back, the defaults
// hold until one is written, and the headless verbs choose their language
// from them alone.
#include "model/language.h"
#include "settings/settings.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace alliance;

TEST_CASE("Settings: defaults before anything is chosen", "[settings]")
{
    QTemporaryDir dir;
    const Settings s(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(s.installationId().isNull());
    CHECK(s.authorName().isEmpty());
    CHECK(s.organisationName().isEmpty());
    CHECK(s.language() == QStringLiteral("system"));
    CHECK(s.offerRecovery());
    CHECK(s.recentFiles().isEmpty());
    CHECK(s.recentFilePages().isEmpty());
    CHECK(s.windowGeometry().isEmpty());
    CHECK_FALSE(s.historyVisible());
    CHECK_FALSE(s.startIntroHidden());
    CHECK(s.reportPreset().isEmpty());
    CHECK(s.reportLanguage().isEmpty());
    CHECK(s.reportPaper() == QStringLiteral("a4"));
    CHECK(s.reportSections().isEmpty());
    CHECK_FALSE(s.reportIncludesPrivate());
}

TEST_CASE("Settings: every preference round-trips through the file", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QUuid id = QUuid::createUuid();
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    {
        Settings s(path);
        s.setInstallationId(id);
        s.setAuthorName(QStringLiteral("  Claire Dufresne "));
        s.setOrganisationName(QStringLiteral("Passerelles Numériques 31 "));
        s.setLanguage(QStringLiteral("fr"));
        s.setOfferRecovery(false);
        s.setRecentFiles({QStringLiteral("/tmp/a.alliance"), QStringLiteral("/tmp/b.alliance")});
        s.setRecentFilePages({{QStringLiteral("/tmp/a.alliance"), 5}, {QStringLiteral("/tmp/b.alliance"), 0}});
        s.setWindowGeometry(geometry);
        s.setHistoryVisible(true);
        s.setStartIntroHidden(true);
        s.setReportPreset(QStringLiteral("committee"));
        s.setReportLanguage(QStringLiteral("en"));
        s.setReportPaper(QStringLiteral("letter"));
        s.setReportSections({QStringLiteral("synthesis"), QStringLiteral("pilot")});
        s.setReportIncludesPrivate(true);
    }
    REQUIRE(QFile::exists(path));
    const Settings s(path);
    CHECK(s.installationId() == id);
    CHECK(s.authorName() == QStringLiteral("Claire Dufresne"));
    CHECK(s.organisationName() == QStringLiteral("Passerelles Numériques 31"));
    CHECK(s.language() == QStringLiteral("fr"));
    CHECK_FALSE(s.offerRecovery());
    CHECK(s.recentFiles() == QStringList {QStringLiteral("/tmp/a.alliance"), QStringLiteral("/tmp/b.alliance")});
    CHECK(s.recentFilePages()
          == QMap<QString, int> {{QStringLiteral("/tmp/a.alliance"), 5}, {QStringLiteral("/tmp/b.alliance"), 0}});
    CHECK(s.windowGeometry() == geometry);
    CHECK(s.historyVisible());
    CHECK(s.startIntroHidden());
    CHECK(s.reportPreset() == QStringLiteral("committee"));
    CHECK(s.reportLanguage() == QStringLiteral("en"));
    CHECK(s.reportPaper() == QStringLiteral("letter"));
    CHECK(s.reportSections() == QStringList {QStringLiteral("synthesis"), QStringLiteral("pilot")});
    CHECK(s.reportIncludesPrivate());
}

TEST_CASE("Settings: a language the application does not know reads as the system's", "[settings]")
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    s.setLanguage(QStringLiteral("<script>"));
    CHECK(s.language() == QStringLiteral("system"));
    s.setLanguage(QStringLiteral("en"));
    CHECK(chosenLanguage(s.language()) == QStringLiteral("en"));
    s.setLanguage(QStringLiteral("fr"));
    CHECK(chosenLanguage(s.language()) == QStringLiteral("fr"));
}

TEST_CASE("Settings: the headless verbs choose their language without the preferences dialog", "[settings][cli]")
{
    // coreTests links the core alone: the choice above is made without ui/.
    // And the application's start reads it there, not from a dialog.
    QFile main(QStringLiteral(ALLIANCE_SOURCE_DIR "/app/main.cpp"));
    REQUIRE(main.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(main.readAll());
    CHECK(source.contains(QStringLiteral("Settings().language()")));
    CHECK_FALSE(source.contains(QStringLiteral("PreferencesDialog")));
    CHECK_FALSE(source.contains(QStringLiteral("dialogs/")));
}
