#include "settings/settings.h"

namespace alliance {

namespace {

// Every key and default, once. The keys are those earlier versions wrote.
const QString installationIdKey = QStringLiteral("installation/id");
const QString questionnaireKeyKey = QStringLiteral("installation/questionnaireKey");
const QString syncMarksGroup = QStringLiteral("workspace/syncMarks/");
const QString workspaceAddressGroup = QStringLiteral("workspace/addresses/"); // by partnership id
const QString authorNameKey = QStringLiteral("author/name");
const QString organisationKey = QStringLiteral("author/organisation");
const QString languageKey = QStringLiteral("ui/language");
const QString systemLanguage = QStringLiteral("system");
const QString recoveryKey = QStringLiteral("recovery/offer");
constexpr bool recoveryDefault = true;
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString recentPagesKey = QStringLiteral("recentFilePages");
const QString geometryKey = QStringLiteral("window/geometry");
const QString historyKey = QStringLiteral("window/historyVisible");
constexpr bool historyDefault = false;
const QString introHiddenKey = QStringLiteral("start/introHidden");
constexpr bool introHiddenDefault = false;
const QString reportPresetKey = QStringLiteral("report/preset");
const QString reportLanguageKey = QStringLiteral("report/language");
const QString portfolioFolderKey = QStringLiteral("portfolio/folder");
const QString reportPaperKey = QStringLiteral("report/paper");
const QString reportPaperDefault = QStringLiteral("a4");
const QString reportSectionsKey = QStringLiteral("report/sections");
const QString reportPrivateKey = QStringLiteral("report/private");
constexpr bool reportPrivateDefault = false;

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) { }

Settings::Settings(const QString &path) : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat)) { }

QUuid Settings::installationId() const
{
    return QUuid::fromString(m_settings->value(installationIdKey).toString());
}

void Settings::setInstallationId(const QUuid &id)
{
    m_settings->setValue(installationIdKey, id.toString(QUuid::WithoutBraces));
}

QString Settings::workspaceAddress(const QUuid &partnership) const
{
    return m_settings->value(workspaceAddressGroup + partnership.toString(QUuid::WithoutBraces)).toString();
}

void Settings::setWorkspaceAddress(const QUuid &partnership, const QString &address)
{
    const QString key = workspaceAddressGroup + partnership.toString(QUuid::WithoutBraces);
    if (address.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, address);
}

QString Settings::lastWorkspaceAddress() const
{
    return m_settings->value(QStringLiteral("workspace/lastOpenedFrom")).toString();
}

void Settings::setLastWorkspaceAddress(const QString &address)
{
    m_settings->setValue(QStringLiteral("workspace/lastOpenedFrom"), address);
}

QString Settings::workspaceSyncMark(const QString &key) const
{
    return m_settings->value(syncMarksGroup + key).toString();
}

void Settings::setWorkspaceSyncMark(const QString &key, const QString &mark)
{
    m_settings->setValue(syncMarksGroup + key, mark);
}

QByteArray Settings::questionnaireKey() const
{
    return m_settings->value(questionnaireKeyKey).toString().toLatin1();
}

void Settings::setQuestionnaireKey(const QByteArray &hexKey)
{
    m_settings->setValue(questionnaireKeyKey, QString::fromLatin1(hexKey));
}

QString Settings::authorName() const
{
    return m_settings->value(authorNameKey).toString().trimmed();
}

void Settings::setAuthorName(const QString &name)
{
    m_settings->setValue(authorNameKey, name.trimmed());
}

QString Settings::organisationName() const
{
    return m_settings->value(organisationKey).toString().trimmed();
}

void Settings::setOrganisationName(const QString &name)
{
    m_settings->setValue(organisationKey, name.trimmed());
}

QString Settings::language() const
{
    const QString language = m_settings->value(languageKey, systemLanguage).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : systemLanguage;
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(languageKey, language);
}

bool Settings::offerRecovery() const
{
    return m_settings->value(recoveryKey, recoveryDefault).toBool();
}

void Settings::setOfferRecovery(bool offer)
{
    m_settings->setValue(recoveryKey, offer);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(recentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    m_settings->setValue(recentFilesKey, paths);
}

QMap<QString, int> Settings::recentFilePages() const
{
    QMap<QString, int> pages;
    const QVariantMap stored = m_settings->value(recentPagesKey).toMap();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        bool ok = false;
        const int page = it.value().toInt(&ok);
        if (ok)
            pages.insert(it.key(), page);
    }
    return pages;
}

void Settings::setRecentFilePages(const QMap<QString, int> &pages)
{
    QVariantMap stored;
    for (auto it = pages.begin(); it != pages.end(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(recentPagesKey, stored);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

bool Settings::historyVisible() const
{
    return m_settings->value(historyKey, historyDefault).toBool();
}

void Settings::setHistoryVisible(bool visible)
{
    m_settings->setValue(historyKey, visible);
}

bool Settings::startIntroHidden() const
{
    return m_settings->value(introHiddenKey, introHiddenDefault).toBool();
}

void Settings::setStartIntroHidden(bool hidden)
{
    m_settings->setValue(introHiddenKey, hidden);
}

QString Settings::reportPreset() const
{
    return m_settings->value(reportPresetKey).toString();
}

void Settings::setReportPreset(const QString &preset)
{
    m_settings->setValue(reportPresetKey, preset);
}

QString Settings::reportLanguage() const
{
    return m_settings->value(reportLanguageKey).toString();
}

void Settings::setReportLanguage(const QString &language)
{
    m_settings->setValue(reportLanguageKey, language);
}

QString Settings::reportPaper() const
{
    return m_settings->value(reportPaperKey, reportPaperDefault).toString();
}

void Settings::setReportPaper(const QString &paper)
{
    m_settings->setValue(reportPaperKey, paper);
}

QStringList Settings::reportSections() const
{
    return m_settings->value(reportSectionsKey).toStringList();
}

void Settings::setReportSections(const QStringList &sections)
{
    m_settings->setValue(reportSectionsKey, sections);
}

bool Settings::reportIncludesPrivate() const
{
    return m_settings->value(reportPrivateKey, reportPrivateDefault).toBool();
}

void Settings::setReportIncludesPrivate(bool include)
{
    m_settings->setValue(reportPrivateKey, include);
}

QString Settings::portfolioFolder() const
{
    return m_settings->value(portfolioFolderKey).toString();
}

void Settings::setPortfolioFolder(const QString &folder)
{
    m_settings->setValue(portfolioFolderKey, folder);
}

} // namespace alliance
