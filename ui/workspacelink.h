#pragma once
// The open partnership and its workspace: Publish and Sync from the File
// menu, a sync every few minutes and after each save while the partnership
// is in a workspace, and a status-bar label saying how the last one went.
// The address is remembered per partnership; a password the server asked for
// is kept in memory for the session only.
//
// A sync talks to the server on a thread of its own (connecting may take
// the whole connect timeout), while what it brings is applied to the
// document in the window's thread, as one undo step: the window stays
// usable, and what the user edits meanwhile goes out with the next sync.

#include "workspace/connection.h"
#include "workspace/workspacesync.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

class QLabel;
class QMainWindow;
class QThread;
class QTimer;

namespace alliance {

class Document;

class WorkspaceLink : public QObject
{
    Q_OBJECT
public:
    /// `document` gives the window's open document (or null) when asked.
    WorkspaceLink(QMainWindow *window, std::function<Document *()> document);
    /// Stops a sync under way at its next step, waiting for the server's
    /// answer it is waiting for (at most the connect timeout).
    ~WorkspaceLink() override;

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
    /// How long a connection waits for the server, in seconds (tests shorten it; libpq's minimum is 2).
    void setConnectTimeout(int seconds) { m_connectTimeout = seconds; }
    /// A sync is under way.
    bool isSyncing() const { return bool(m_run); }

    /// What a sync did, as the status bar says it.
    static QString summary(const workspace::SyncResult &result);

Q_SIGNALS:
    /// A sync ended (`ok` false: refused or not reachable). Not emitted for
    /// one given up because its document was closed or the user cancelled.
    void syncFinished(bool ok);
    /// A sync or a publication started (true) or ended (false).
    void runningChanged(bool running);

private:
    struct Run;
    /// Connects in this thread, asking for a password when the server wants
    /// one (the members dialog's connection; syncs connect on the sync thread).
    std::unique_ptr<workspace::Connection> connectTo(workspace::Address &address, bool mayAsk, QString *error);
    void sync(const workspace::Address &address, bool automatic);
    void start(const workspace::Address &address, bool automatic, bool publishing);
    /// The halves of a sync, in order: connect and fetch (worker thread),
    /// take in (here, when the user is not in the middle of an edit), send
    /// (worker thread), then end.
    void connectAndFetch(const std::shared_ptr<Run> &run);
    void fetched(const std::shared_ptr<Run> &run, bool ok);
    void takeIn(const std::shared_ptr<Run> &run);
    void sent(const std::shared_ptr<Run> &run, bool ok);
    void end(const std::shared_ptr<Run> &run, bool ok, const QString &error);
    /// Gives up the sync under way: it stops at its next step, its connection closed in its thread.
    void abandon();
    /// Runs `work` on the sync thread (started on first use).
    void inWorker(std::function<void()> work);
    /// The status bar and the Sync action while a sync runs.
    void showRunning(bool running);
    /// Whether the user is in a dialog or typing: no automatic sync then.
    bool userIsBusy() const;
    void showNotReachable(const QString &error, bool reachable);

    QMainWindow *m_window;
    std::function<Document *()> m_document;
    QLabel *m_label;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives in m_thread: where connections are opened, used and closed
    std::shared_ptr<Run> m_run;  ///< the sync under way
    bool m_again = false;        ///< asked to sync while one ran: once more after it
    int m_connectTimeout;
    QHash<QString, QString> m_passwords; ///< by address, for this session only
};

} // namespace alliance
