#include "workspace/workspacesync.h"

#include "document/document.h"
#include "model/project.h"
#include "settings/settings.h"
#include "storage/sqlitedb.h"
#include "workspace/connection.h"
#include "workspace/serverschema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacejournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace alliance::workspace {

namespace {

/// Where the last sync left this file and this workspace: the number of the
/// partnership's latest change on the server (numbered in commit order, so
/// none lands later below it) and the file's journal size. When neither moved since,
/// there is nothing to exchange, and one indexed query tells it.
QString markKey(const Document &document, const QString &name)
{
    const QByteArray key
        = (document.partnershipId().toString() + QLatin1Char('\n') + name + QLatin1Char('\n') + document.filePath())
              .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

QString markOf(qint64 serverSeq, qint64 journalSize)
{
    // "v2": numbers of the per-partnership counter, never compared with a
    // mark of the server-wide numbers version 1 kept.
    return QStringLiteral("v2 %1 %2").arg(serverSeq).arg(journalSize);
}

/// What fetch() brought, as the merge reads a source: no connection used.
class FetchedChanges : public sync::ChangeSource
{
public:
    FetchedChanges(QString name, const QList<QUuid> &ids, const QHash<QUuid, JournalEntry> &entries)
        : m_name(std::move(name)), m_ids(ids), m_entries(entries)
    { }
    QString name() const override { return m_name; }
    std::optional<QList<QUuid>> changeIds(QString *) override { return m_ids; }
    std::optional<QList<JournalEntry>> changes(const QList<QUuid> &ids, QString *error) override
    {
        QList<JournalEntry> list;
        list.reserve(ids.size());
        for (const QUuid &id : ids) {
            const auto found = m_entries.constFind(id);
            if (found == m_entries.cend()) { // the journal only grows: cannot happen, but checked
                if (error)
                    *error
                        = QCoreApplication::translate("Workspace", "Your project changed during the sync: sync again.");
                return std::nullopt;
            }
            list.append(*found);
        }
        return list;
    }

private:
    QString m_name;
    const QList<QUuid> &m_ids;
    const QHash<QUuid, JournalEntry> &m_entries;
};

/// A workspace this application does not read (made by an earlier or a later version).
QString otherVersion(int version)
{
    return QCoreApplication::translate("Workspace",
                                       "This workspace was made by another version of Alliance Pilot (its version "
                                       "%1, this application's %2). Whoever administers it can bring it to this "
                                       "version with “alliance-pilot workspace init” on its address; until then it "
                                       "is left as it is.")
        .arg(version)
        .arg(serverSchemaVersion);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QString serverRefusal(const QString &code, const QString &message)
{
    if (code == QLatin1String("AP001"))
        return QCoreApplication::translate("Workspace", "You are not a manager of this workspace.");
    if (code == QLatin1String("AP002"))
        return QCoreApplication::translate("Workspace",
                                           "Your role in this partnership does not allow it: ask one of its owners.");
    if (code == QLatin1String("AP005"))
        return QCoreApplication::translate("Workspace",
                                           "This partnership is already in the workspace: sync it instead.");
    if (code == QLatin1String("AP006"))
        return QCoreApplication::translate("Workspace",
                                           "This person is not a manager of the workspace: its administrator "
                                           "adds them first.");
    if (code == QLatin1String("AP007"))
        return QCoreApplication::translate("Workspace", "A partnership keeps at least one owner.");
    if (code == QLatin1String("AP008"))
        return QCoreApplication::translate("Workspace", "A partnership has at most %1 members.").arg(maxMembers);
    if (code == QLatin1String("AP009"))
        return QCoreApplication::translate("Workspace", "This person is not a member of the partnership.");
    if (code == QLatin1String("AP004"))
        return QCoreApplication::translate("Workspace", "The workspace refused a change: %1")
            .arg(safeServerText(message));
    return QCoreApplication::translate("Workspace", "The workspace refused: %1").arg(safeServerText(message));
}

QString refusalOf(const Connection &connection, const QSqlError &error)
{
    return failureOf(connection, error, serverRefusal(error.nativeErrorCode(), error.databaseText()));
}

bool publish(const Document &document, Connection &connection, QString *error)
{
    SyncSession session(document.partnershipId(), QString());
    return session.prepare(document, error) && session.publish(connection, error);
}

SyncSession::SyncSession(const QUuid &partnership, QString name) : m_partnership(partnership), m_name(std::move(name))
{ }

SyncSession::~SyncSession() = default;

bool SyncSession::prepare(const Document &document, QString *error)
{
    m_reader = document.openReader(error);
    if (!m_reader)
        return false;
    m_journalSize = document.journalSize();
    m_title = document.project().partnership.title;
    if (!document.filePath().isEmpty()) {
        m_markKey = markKey(document, m_name);
        m_storedMark = Settings().workspaceSyncMark(m_markKey);
    }
    return true;
}

bool SyncSession::publish(Connection &connection, QString *error)
{
    if (m_cancelled)
        return setError(error, {}), false;
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT alliance.publish(?::uuid, ?)"));
    query.addBindValue(m_partnership.toString(QUuid::WithoutBraces));
    query.addBindValue(m_title);
    if (!query.exec()) {
        setError(error, refusalOf(connection, query.lastError()));
        return false;
    }
    WorkspaceJournal journal(connection, m_partnership, QString());
    m_result.sent = journal.send(*m_reader, error, {}, &m_cancelled);
    if (m_result.sent < 0) {
        m_result.sent = 0;
        return false;
    }
    return true;
}

bool SyncSession::fetch(Connection &connection, QString *error)
{
    if (m_cancelled)
        return setError(error, {}), false;
    const QString partnership = m_partnership.toString(QUuid::WithoutBraces);
    // One query when nothing is new: who the caller is, which workspace, its latest change.
    QSqlQuery query(connection.database());
    query.prepare(
        QStringLiteral("SELECT alliance.level_of(?::uuid), (SELECT max(version) FROM alliance.workspace_info), "
                       "(SELECT coalesce(max(pseq), 0) FROM alliance.journal WHERE partnership = ?::uuid)"));
    query.addBindValue(partnership);
    query.addBindValue(partnership);
    if (!query.exec() || !query.next()) {
        const QSqlError failure = query.lastError();
        const int version = failureKind(failure) == Failure::Other ? workspaceVersion(connection) : 0;
        if (version > 0 && version != serverSchemaVersion)
            setError(error, otherVersion(version));
        else
            setError(error, refusalOf(connection, failure));
        return false;
    }
    const QString level = query.value(0).toString();
    if (query.value(1).toInt() != serverSchemaVersion) {
        setError(error, otherVersion(query.value(1).toInt()));
        return false;
    }
    if (level.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Workspace",
                                             "You are not a member of this partnership in the workspace: ask "
                                             "one of its owners, or publish it if it is not there yet."));
        return false;
    }
    m_result.readOnly = level == QLatin1String("reader");
    // Read before the journal is: a change arriving in between is taken in
    // but not marked, and the next sync looks again.
    m_latest = query.value(2).toLongLong();
    query.finish();
    if (!m_markKey.isEmpty() && m_storedMark == markOf(m_latest, m_journalSize)) {
        m_upToDate = true;
        return true;
    }
    m_journal = std::make_unique<WorkspaceJournal>(connection, m_partnership, m_name);
    m_journal->setSeesPrivate(level == QLatin1String("owner"));
    const auto ids = m_journal->changeIds(error);
    if (!ids)
        return false;
    m_serverIds = *ids;
    if (m_cancelled)
        return setError(error, {}), false;
    // What the document lacks, by its journal as the reader sees it now: the
    // journal only grows, so by the time takeIn() plans, it lacks these or fewer.
    const std::optional<sync::IdComparison> compared = sync::compareChangeIds(*m_reader, m_journalSize, m_serverIds);
    if (!compared)
        return setError(error, QCoreApplication::translate("Workspace", "Your project could not be read.")), false;
    if (compared->lacking.isEmpty())
        return true;
    const auto entries = m_journal->changes(compared->lacking, error);
    if (!entries)
        return false;
    m_incoming.reserve(entries->size());
    for (const JournalEntry &e : *entries)
        m_incoming.insert(e.changeId, e);
    if (m_cancelled)
        return setError(error, {}), false;
    return true;
}

bool SyncSession::takeIn(Document &document, QString *error)
{
    if (m_upToDate)
        return true;
    FetchedChanges fetched(m_name, m_serverIds, m_incoming);
    CheckResult check;
    const auto plan = sync::planMergeFrom(document, fetched, &check);
    if (!plan)
        return setError(error, check.message), false;
    if (!plan->isEmpty()) {
        if (!document.applyMerge(*plan, {}, error))
            return false;
        m_result.received = plan->incoming.size();
        m_result.conflicts = plan->conflicts;
    }
    m_incoming.clear();
    m_sentJournalSize = document.journalSize();
    return true;
}

bool SyncSession::send(QString *error)
{
    // A reader takes in and sends nothing: the server would refuse it.
    if (m_upToDate || m_result.readOnly)
        return true;
    if (m_cancelled || !m_journal)
        return setError(error, {}), false;
    m_result.sent = m_journal->send(*m_reader, error, {}, &m_cancelled);
    if (m_result.sent < 0) {
        m_result.sent = 0;
        return false;
    }
    return true;
}

void SyncSession::finish(const Document &document)
{
    m_reader.reset();
    // The mark says the file and the workspace hold the same changes, so it
    // is written last, and only when the document is as saved on disk: a
    // sync killed before its copy is saved, or a copy never saved, leaves the
    // mark of the sync before, which no longer matches. Nor when this sync
    // sent changes: the workspace's latest change after them may be another
    // manager's, sent meanwhile and not taken in; the next sync marks. Nor
    // when the user edited during the sync: those edits may not have gone.
    if (m_upToDate || m_markKey.isEmpty() || m_latest < 0 || document.isModified() || m_result.sent != 0
        || document.journalSize() != m_sentJournalSize)
        return;
    Settings().setWorkspaceSyncMark(m_markKey, markOf(m_latest, document.journalSize()));
}

std::optional<SyncResult> syncDocument(Document &document, Connection &connection, const QString &name, QString *error)
{
    SyncSession session(document.partnershipId(), name);
    if (!session.prepare(document, error) || !session.fetch(connection, error) || !session.takeIn(document, error)
        || !session.send(error))
        return std::nullopt;
    session.finish(document);
    return session.result();
}

std::optional<QList<Membership>> memberships(Connection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT p.id::text, p.title, m.level, (SELECT count(*) FROM alliance.journal j WHERE j.partnership = p.id) "
            "FROM alliance.partnerships p JOIN alliance.members m ON m.partnership = p.id AND m.member = session_user "
            "ORDER BY p.title"))) {
        if (error)
            *error = refusalOf(connection, query.lastError());
        return std::nullopt;
    }
    QList<Membership> list;
    while (query.next())
        list.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toLongLong()});
    return list;
}

} // namespace alliance::workspace
