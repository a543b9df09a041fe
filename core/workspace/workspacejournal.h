#pragma once
// One partnership's journal on the workspace: what it holds (read through
// the server's policies, so a member sees what their level allows), and
// sending it the changes it lacks (through alliance.append_changes, which
// checks each one again).

#include "sync/merge.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUuid>
#include <atomic>
#include <functional>

namespace alliance {
class Document;
class SqliteDb;
} // namespace alliance

namespace alliance::workspace {

class Connection;

/// The partnership's journal on the server, as a merge reads it.
class WorkspaceJournal : public sync::ChangeSource
{
public:
    WorkspaceJournal(Connection &connection, const QUuid &partnership, QString name);

    QString name() const override { return m_name; }
    std::optional<QList<QUuid>> changeIds(QString *error) override;
    std::optional<QList<JournalEntry>> changes(const QList<QUuid> &ids, QString *error) override;

    /// Sends the changes of `document` the server lacks (known from the last
    /// changeIds(), and what changes() brought): the tables that travel, each
    /// marked private when its item is private or hangs on one, or when it
    /// names a private item (an action's owner). Batches of
    /// serverschema's maxChangesPerCall, each its own transaction, so a sync
    /// cut short leaves whole batches, and sending again adds only what is
    /// missing. The number the server added, or -1 with `error`.
    qint64 send(const Document &document, QString *error, const std::function<void(qint64, qint64)> &progress = {});
    /// The same from a reader of the document (Document::openReader), which
    /// may be used on another thread than the document's. Stops between
    /// batches once `cancel` is set (-1, `error` empty).
    qint64 send(SqliteDb &reader, QString *error, const std::function<void(qint64, qint64)> &progress = {},
                const std::atomic<bool> *cancel = nullptr);
    /// Whether the caller reads private changes (an owner). When not, the
    /// server hides the private changes it holds from changeIds(), and
    /// send() asks it which of its private ones it holds before sending
    /// them, rather than sending them again at each sync.
    void setSeesPrivate(bool sees) { m_seesPrivate = sees; }

private:
    /// Removes from `pending` the private changes the server already holds.
    bool dropHeldPrivate(QList<QJsonObject> &pending, QString *error);

    Connection &m_connection;
    QUuid m_partnership;
    QString m_name;
    QSet<QUuid> m_held; ///< change ids the server is known to hold
    bool m_seesPrivate = true;
};

} // namespace alliance::workspace
