#pragma once
// The main window: the start page or the open partnership, and the File,
// Edit, View and Help commands. It owns the open Document.

#include "document/installation.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;

namespace alliance {

class Document;
class HistoryPanel;
class PortfolioWindow;
class ProjectView;
class StartPage;
class WorkspaceLink;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`; a refused file shows its reason and keeps what was open.
    bool openFile(const QString &path);
    /// Opens a new, unsaved copy of the example partnership.
    bool openExample();
    /// Offers to recover work left by a session that ended without saving
    /// (when the preferences allow it).
    void offerRecovery();
    Document *document() const { return m_document.get(); }
    /// Shows `document` (nullptr: the start page), replacing what was open
    /// without asking: call closeDocument() first to ask.
    void setDocument(std::unique_ptr<Document> document);
    ProjectView *projectView() const { return m_view; }
    /// Whether showing a document asks for the user's name when none is set
    /// (yes; no for pictures drawn without anyone at the screen).
    void setAsksForIdentity(bool ask) { m_asksForIdentity = ask; }

    /// Shows the Portfolio view (made on first use), in front.
    void showPortfolio();
    PortfolioWindow *portfolioWindow() const { return m_portfolio; }
    WorkspaceLink *workspaceLink() const { return m_workspace; }
    /// Opens `path`, just made from the workspace at `address`, linked to it
    /// (File > Open from workspace).
    bool openFromWorkspace(const QString &path, const QUuid &partnership, const QString &address);

    bool save();
    bool saveAs();
    /// Closes the document, asking about unsaved changes. False if cancelled.
    bool closeDocument();
    /// Closes the document and forgets its unsaved changes, without asking.
    void closeDocumentWithoutSaving();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshTitle();
    /// Reads the user's name and organisation (after opening, or once they changed).
    void readAuthorPreferences();
    /// The author of the next edit, from the preferences read and the
    /// project's organisations, shown in the status bar. Runs on every change:
    /// it reads no settings.
    void refreshAuthor();
    /// Before the first edit, asks for the user's name when none is set.
    void askIdentityIfUnknown();
    /// Remembers the page shown for the open file, to reopen there.
    void rememberPage();
    void refreshRecentMenu();
    bool maybeSave();
    void newPartnership();
    void open();
    void revert();
    void onFileChangedOnDisk();

    std::unique_ptr<Document> m_document;
    QStackedWidget *m_stack;
    StartPage *m_start;
    ProjectView *m_view = nullptr;
    QLabel *m_banner;
    QLabel *m_authorStatus = nullptr;
    bool m_asksForIdentity = true;
    PortfolioWindow *m_portfolio = nullptr;
    WorkspaceLink *m_workspace = nullptr;
    installation::Preferences m_preferences;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions;
    QAction *m_revert = nullptr;
    QAction *m_syncWorkspace = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    HistoryPanel *m_history = nullptr;
};

} // namespace alliance
