#include "workspace/workspacesync.h"

#include "document/document.h"
#include "model/project.h"
#include "settings/settings.h"
#include "workspace/connection.h"
#include "workspace/workspacejournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace alliance::workspace {

namespace {

/// The workspace's latest change the caller can see (its journal only grows).
std::optional<qint64> latestServerSeq(Connection &connection, const QUuid &partnership)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM alliance.journal WHERE partnership = ?::uuid"));
    query.addBindValue(partnership.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

/// Where the last sync left this file and this workspace: the server's
/// latest change and the file's journal size. When neither moved since,
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
    return QStringLiteral("%1 %2").arg(serverSeq).arg(journalSize);
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
    if (code == QLatin1String("AP004"))
        return QCoreApplication::translate("Workspace", "The workspace refused a change: %1")
            .arg(safeServerText(message));
    return QCoreApplication::translate("Workspace", "The workspace refused: %1").arg(safeServerText(message));
}

bool publish(const Document &document, Connection &connection, QString *error)
{
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT alliance.publish(?::uuid, ?)"));
    query.addBindValue(document.partnershipId().toString(QUuid::WithoutBraces));
    query.addBindValue(document.project().partnership.title);
    if (!query.exec()) {
        if (error)
            *error = serverRefusal(query.lastError().nativeErrorCode(), query.lastError().databaseText());
        return false;
    }
    WorkspaceJournal journal(connection, document.partnershipId(), QString());
    return journal.send(document, error) >= 0;
}

std::optional<SyncResult> syncDocument(Document &document, Connection &connection, const QString &name, QString *error)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT alliance.level_of(?::uuid)"));
    query.addBindValue(document.partnershipId().toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = failureOf(connection, query.lastError().databaseText(),
                               serverRefusal(query.lastError().nativeErrorCode(), query.lastError().databaseText()));
        return std::nullopt;
    }
    const QString level = query.value(0).toString();
    if (level.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Workspace",
                                                 "You are not a member of this partnership in the workspace: ask one "
                                                 "of its owners, or publish it if it is not there yet.");
        return std::nullopt;
    }
    // Read before the journal is: a change arriving in between is taken in
    // but not marked, and the next sync looks again.
    const auto before = latestServerSeq(connection, document.partnershipId());
    const QString key = markKey(document, name);
    const bool marked = !document.filePath().isEmpty() && before;
    if (marked && Settings().workspaceSyncMark(key) == markOf(*before, document.journalSize())) {
        SyncResult nothing;
        nothing.readOnly = level == QLatin1String("reader");
        return nothing;
    }
    WorkspaceJournal journal(connection, document.partnershipId(), name);
    CheckResult check;
    const auto plan = sync::planMergeFrom(document, journal, &check);
    if (!plan) {
        if (error)
            *error = check.message;
        return std::nullopt;
    }
    SyncResult result;
    if (!plan->isEmpty()) {
        if (!document.applyMerge(*plan, {}, error))
            return std::nullopt;
        result.received = plan->incoming.size();
        result.conflicts = plan->conflicts;
    }
    // A reader takes in and sends nothing: the server would refuse it.
    result.readOnly = level == QLatin1String("reader");
    if (!result.readOnly) {
        result.sent = journal.send(document, error);
        if (result.sent < 0)
            return std::nullopt;
    }
    // The mark says the file and the workspace hold the same changes, so it
    // is written last, and only when the document is as saved on disk: a
    // sync killed before its copy is saved, or a copy never saved, leaves the
    // mark of the sync before, which no longer matches. Nor when this sync
    // sent changes: the server's latest change after them may be another
    // manager's, sent meanwhile and not taken in; the next sync marks.
    if (marked && !document.isModified() && result.sent == 0)
        Settings().setWorkspaceSyncMark(key, markOf(*before, document.journalSize()));
    return result;
}

std::optional<QList<Membership>> memberships(Connection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT p.id::text, p.title, m.level, (SELECT count(*) FROM alliance.journal j WHERE j.partnership = p.id) "
            "FROM alliance.partnerships p JOIN alliance.members m ON m.partnership = p.id AND m.member = session_user "
            "ORDER BY p.title"))) {
        if (error)
            *error = serverRefusal(query.lastError().nativeErrorCode(), query.lastError().databaseText());
        return std::nullopt;
    }
    QList<Membership> list;
    while (query.next())
        list.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toLongLong()});
    return list;
}

} // namespace alliance::workspace
