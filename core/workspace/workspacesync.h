#pragma once
// What a manager does with a workspace: publish a partnership, list those
// they are a member of, and sync a project with its journal there. A sync
// takes in the workspace's changes with the rules of a merge (each field at
// its latest change, tombstones, conflicts listed), then sends the changes
// the workspace lacks. Both halves go by change id, so a sync cut short at
// any moment is finished by the next one, with nothing lost or doubled.

#include "sync/merge.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QUuid>
#include <atomic>
#include <memory>
#include <optional>

namespace alliance {
class Document;
class SqliteDb;
} // namespace alliance

namespace alliance::workspace {

class Connection;
class WorkspaceJournal;

struct SyncResult
{
    qint64 received = 0; ///< changes taken in
    qint64 sent = 0;     ///< changes the workspace added
    QList<sync::Conflict> conflicts;
    bool readOnly = false; ///< the manager reads this partnership only: nothing was sent
};

/// Puts the partnership of `document` in the workspace, the caller its
/// owner, with its whole journal. Refuses one already there.
bool publish(const Document &document, Connection &connection, QString *error);

/// Syncs `document` with its partnership in the workspace named `name`
/// (shown in its history as where the changes came from). Conflicts are
/// settled by clock, as a merge applied without flips. A reader only takes
/// in. Refused to a manager who is not a member. When the document is as
/// saved on disk afterwards, the settings remember where the sync left both
/// sides, and the next sync with nothing new on either side is one query;
/// a document with changes not yet saved leaves no such mark. Nullopt with `error`
/// (translated) on refusal; the document then holds what it held, or what
/// came in before the connection broke.
std::optional<SyncResult> syncDocument(Document &document, Connection &connection, const QString &name, QString *error);

/// One sync in its halves, so that an app may keep the network off its GUI
/// thread: the halves marked [document] run in the document's thread (a
/// Document is not thread-safe), those marked [network] in the thread that
/// opened the connection (a rule of QSqlDatabase), one after the other, in
/// this order. What comes in is applied in one undo step; what the user
/// edits meanwhile stays, and goes out with this sync or the next.
/// syncDocument() runs them in a row.
class SyncSession
{
public:
    SyncSession(const QUuid &partnership, QString name);
    ~SyncSession();
    SyncSession(const SyncSession &) = delete;
    SyncSession &operator=(const SyncSession &) = delete;

    /// [document] What the network halves read of the document: a reader
    /// of its working copy, its journal's size and title, the mark of the last sync.
    bool prepare(const Document &document, QString *error);
    /// [network] Instead of the rest: publishes the partnership, as publish() does.
    bool publish(Connection &connection, QString *error);
    /// [network] The caller's level, the workspace's version, and the
    /// changes it holds that the document lacks. False with `error`
    /// (translated; empty when cancelled).
    bool fetch(Connection &connection, QString *error);
    /// [document] Takes in what fetch() brought, as one undo step.
    bool takeIn(Document &document, QString *error);
    /// [network] Sends the document's changes the workspace lacks (none for a reader).
    bool send(QString *error);
    /// [document] Remembers where the sync left both sides, when it may.
    void finish(const Document &document);

    /// Stops the network halves at their next step (any thread).
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }
    /// Nothing new on either side since the last sync: take in and send are no-ops.
    bool upToDate() const { return m_upToDate; }
    const SyncResult &result() const { return m_result; }

private:
    QUuid m_partnership;
    QString m_name;
    QString m_title;
    QString m_markKey;             ///< empty: the document has no file, no mark
    QString m_storedMark;          ///< the mark the last sync left
    qint64 m_journalSize = 0;      ///< the document's journal when prepared
    qint64 m_sentJournalSize = -1; ///< the document's journal when send() read it
    qint64 m_latest = -1;          ///< the workspace's latest change number when fetched
    bool m_upToDate = false;
    std::unique_ptr<SqliteDb> m_reader;
    std::unique_ptr<WorkspaceJournal> m_journal;
    QList<QUuid> m_serverIds;
    QHash<QUuid, JournalEntry> m_incoming; ///< what the document lacked when fetched
    SyncResult m_result;
    std::atomic<bool> m_cancelled {false};
};

struct Membership
{
    QUuid partnership;
    QString title;
    QString level; ///< "reader", "editor" or "owner"
    qint64 changes = 0;
};
/// The partnerships the connected manager is a member of, by title.
std::optional<QList<Membership>> memberships(Connection &connection, QString *error);

/// A server's refusal in words: its own error codes (AP001...) translated,
/// anything else as its message made safe.
QString serverRefusal(const QString &code, const QString &message);
/// What a failed query of `connection` says: the connection's loss in
/// words, else the server's refusal (serverRefusal).
QString refusalOf(const Connection &connection, const QSqlError &error);

} // namespace alliance::workspace
