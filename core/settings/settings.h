#pragma once
// The application's preferences and remembered state, one typed getter and
// setter each, with their keys and defaults declared once (settings.cpp).
// Kept where QSettings keeps them for the application (organisation
// "AlliancePilot", name "alliance-pilot"), or in a given file.

#include <QByteArray>
#include <QMap>
#include <QSettings>
#include <QStringList>
#include <QUuid>
#include <memory>

namespace alliance {

class Settings
{
public:
    /// The application's settings.
    Settings();
    /// The settings kept in the INI file `path` (tests, portable use).
    explicit Settings(const QString &path);

    // Who the user is: the author of their edits.
    /// A random id made once per installation; null until made.
    QUuid installationId() const;
    void setInstallationId(const QUuid &id);
    /// Where the last sync of a file with a workspace left both sides (see
    /// workspace/workspacesync.cpp), by a key naming the file and workspace.
    QString workspaceSyncMark(const QString &key) const;
    void setWorkspaceSyncMark(const QString &key, const QString &mark);
    /// The workspace a partnership is synced with ("postgresql://user@host/db",
    /// never a password); empty when it is in none.
    QString workspaceAddress(const QUuid &partnership) const;
    void setWorkspaceAddress(const QUuid &partnership, const QString &address);
    /// The workspace last opened a partnership from (File > Open from workspace).
    QString lastWorkspaceAddress() const;
    void setLastWorkspaceAddress(const QString &address);
    /// The key that seals questionnaire workbooks made here (hex); empty until made.
    QByteArray questionnaireKey() const;
    void setQuestionnaireKey(const QByteArray &hexKey);
    QString authorName() const; ///< as typed, trimmed; empty until chosen
    void setAuthorName(const QString &name);
    QString organisationName() const; ///< trimmed; empty until chosen
    void setOrganisationName(const QString &name);

    // How the application behaves.
    /// "system" (the default), "fr" or "en"; anything else reads as "system".
    QString language() const;
    void setLanguage(const QString &language);
    bool offerRecovery() const; ///< offer to recover unsaved work at start; default yes
    void setOfferRecovery(bool offer);

    // What the application remembers.
    QStringList recentFiles() const; ///< most recent first, as stored (even gone ones)
    void setRecentFiles(const QStringList &paths);
    QMap<QString, int> recentFilePages() const; ///< the page last shown, per recent file
    void setRecentFilePages(const QMap<QString, int> &pages);
    QByteArray windowGeometry() const; ///< empty until the window is first closed
    void setWindowGeometry(const QByteArray &geometry);
    bool historyVisible() const; ///< the history panel; default hidden
    void setHistoryVisible(bool visible);
    bool startIntroHidden() const; ///< the start page's introduction; default shown
    void setStartIntroHidden(bool hidden);

    // The report options last chosen (see report::Options); empty: not chosen yet.
    QString reportPreset() const;
    void setReportPreset(const QString &preset);
    QString reportLanguage() const;
    void setReportLanguage(const QString &language);
    QString reportPaper() const; ///< "a4" by default
    void setReportPaper(const QString &paper);
    QStringList reportSections() const;
    void setReportSections(const QStringList &sections);
    bool reportIncludesPrivate() const; ///< default no
    void setReportIncludesPrivate(bool include);

    /// The folder the Portfolio view lists; empty until one is chosen.
    QString portfolioFolder() const;
    void setPortfolioFolder(const QString &folder);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace alliance
