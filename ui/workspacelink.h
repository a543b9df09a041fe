#pragma once
// The open partnership and its workspace: Publish and Sync from the File
// menu, a sync every few minutes and after each save while the partnership
// is in a workspace, and a status-bar label saying how the last one went.
// The address is remembered per partnership; a password the server asked for
// is kept in memory for the session only.

#include "workspace/connection.h"
#include "workspace/workspacesync.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

class QLabel;
class QMainWindow;
class QTimer;

namespace alliance {

class Document;

class WorkspaceLink : public QObject
{
    Q_OBJECT
public:
    /// `document` gives the window's open document (or null) when asked.
    WorkspaceLink(QMainWindow *window, std::function<Document *()> document);

    /// The permanent status-bar label (objectName "workspaceStatus").
    QLabel *statusLabel() const { return m_label; }
    /// Another document is shown: its workspace, if any, is the one synced.
    void documentShown();
    /// Publishes the open partnership to a workspace the user names.
    void publish();
    /// Shows who may read, edit or own the open partnership in its workspace.
    void showMembers();
    /// Syncs the open partnership now, asking for the workspace when it is in none yet.
    void syncNow();
    /// The document was saved: syncs soon when it is in a workspace.
    void saved();
    /// Syncs as the timer does: silently, only when nothing is being edited.
    void syncAutomatically();
    /// The pause between automatic syncs (tests shorten it).
    void setPeriod(int milliseconds);

    /// What a sync did, as the status bar says it.
    static QString summary(const workspace::SyncResult &result);

Q_SIGNALS:
    /// A sync ended (`ok` false: refused or not reachable).
    void syncFinished(bool ok);

private:
    std::unique_ptr<workspace::Connection> connectTo(workspace::Address &address, bool mayAsk, QString *error);
    void sync(const workspace::Address &address, bool automatic);
    /// Whether the user is in a dialog or typing: no automatic sync then.
    bool userIsBusy() const;
    void showNotReachable(const QString &error, bool reachable);

    QMainWindow *m_window;
    std::function<Document *()> m_document;
    QLabel *m_label;
    QTimer *m_timer;
    bool m_syncing = false;
    QHash<QString, QString> m_passwords; ///< by address, for this session only
};

} // namespace alliance
