#include "workspace/workspacejournal.h"

#include "document/document.h"
#include "storage/rowreader.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/privateitems.h"
#include "workspace/connection.h"
#include "workspace/serverschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace alliance::workspace {

namespace {

QString failed(const Connection &connection, const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText();
    return failureOf(connection, query.lastError(),
                     QCoreApplication::translate("Workspace", "The workspace did not answer as expected: %1")
                         .arg(safeServerText(text)));
}

/// A Postgres array literal of ids: '{a,b,c}' (ids are hex and hyphens only).
QString idArray(const QList<QUuid> &ids, qsizetype from, qsizetype count)
{
    QStringList texts;
    texts.reserve(count);
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i)
        texts << ids.at(i).toString(QUuid::WithoutBraces);
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

/// A journal value as append_changes takes it: numbers, text, and images in base64.
QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

WorkspaceJournal::WorkspaceJournal(Connection &connection, const QUuid &partnership, QString name)
    : m_connection(connection), m_partnership(partnership), m_name(std::move(name))
{ }

std::optional<QList<QUuid>> WorkspaceJournal::changeIds(QString *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT change_id::text FROM alliance.journal WHERE partnership = ?::uuid"));
    query.addBindValue(m_partnership.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        if (error)
            *error = failed(m_connection, query);
        return std::nullopt;
    }
    QList<QUuid> ids;
    m_held.clear();
    while (query.next()) {
        const QUuid id = QUuid::fromString(query.value(0).toString());
        ids.append(id);
        m_held.insert(id);
    }
    return ids;
}

std::optional<QList<JournalEntry>> WorkspaceJournal::changes(const QList<QUuid> &ids, QString *error)
{
    QList<JournalEntry> entries;
    entries.reserve(ids.size());
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += maxChangesPerCall) {
        query.prepare(QStringLiteral(
            "SELECT change_id::text, entity, entity_id::text, field, v_integer, v_real, v_text, v_blob, hlc, "
            "author_name, author_org, installation FROM alliance.journal "
            "WHERE partnership = ?::uuid AND change_id = ANY (?::uuid[]) ORDER BY pseq"));
        query.addBindValue(m_partnership.toString(QUuid::WithoutBraces));
        query.addBindValue(idArray(ids, from, maxChangesPerCall));
        if (!query.exec()) {
            if (error)
                *error = failed(m_connection, query);
            return std::nullopt;
        }
        while (query.next()) {
            JournalEntry e;
            e.changeId = QUuid::fromString(query.value(0).toString());
            e.table = query.value(1).toString();
            e.entityId = QUuid::fromString(query.value(2).toString());
            e.field = query.value(3).toString();
            if (!query.isNull(4))
                e.value = query.value(4).toLongLong();
            else if (!query.isNull(5))
                e.value = query.value(5).toDouble();
            else if (!query.isNull(6))
                e.value = query.value(6).toString();
            else if (!query.isNull(7))
                e.value = query.value(7).toByteArray();
            e.hlc = query.value(8).toString();
            e.authorName = query.value(9).toString();
            e.authorOrg = query.value(10).toString();
            e.installation = query.value(11).toString();
            m_held.insert(e.changeId);
            entries.append(std::move(e));
        }
    }
    return entries;
}

qint64 WorkspaceJournal::send(const Document &document, QString *error,
                              const std::function<void(qint64, qint64)> &progress)
{
    const std::unique_ptr<SqliteDb> reader = document.openReader(error);
    if (!reader)
        return -1;
    return send(*reader, error, progress);
}

bool WorkspaceJournal::dropHeldPrivate(QList<QJsonObject> &pending, QString *error)
{
    QList<QUuid> asked;
    for (const QJsonObject &change : std::as_const(pending))
        if (change.value(QStringLiteral("private")).toBool())
            asked.append(QUuid::fromString(change.value(QStringLiteral("change_id")).toString()));
    if (asked.isEmpty())
        return true;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < asked.size(); from += maxChangesPerCall) {
        query.prepare(QStringLiteral("SELECT alliance.held_changes(?::uuid, ?::uuid[])::text"));
        query.addBindValue(m_partnership.toString(QUuid::WithoutBraces));
        query.addBindValue(idArray(asked, from, maxChangesPerCall));
        if (!query.exec()) {
            if (error)
                *error = failed(m_connection, query);
            return false;
        }
        while (query.next())
            m_held.insert(QUuid::fromString(query.value(0).toString()));
    }
    pending.removeIf([this](const QJsonObject &change) {
        return m_held.contains(QUuid::fromString(change.value(QStringLiteral("change_id")).toString()));
    });
    return true;
}

qint64 WorkspaceJournal::send(SqliteDb &reader, QString *error, const std::function<void(qint64, qint64)> &progress,
                              const std::atomic<bool> *cancel)
{
    const QSet<QString> privateIds = sync::privateItemIds(reader);
    QList<QJsonObject> pending;
    {
        RowReader r(reader.handle(),
                    "SELECT change_id, entity, entity_id, field, value, hlc, author_name, author_org, "
                    "installation FROM journal ORDER BY seq");
        while (r.next()) {
            const QUuid id = QUuid::fromString(r.text(0));
            if (m_held.contains(id))
                continue;
            const QString table = r.text(1);
            const schema::Table *t = schema::table(table);
            if (!t || !t->merged)
                continue; // facts about this one file never leave it
            const QString entity = r.text(2);
            // A change that assigns an item to a private one (an action's owner)
            // is private too: others lack the private item it names, and could
            // not take it in.
            const QVariant value = r.value(4);
            const bool hidden = privateIds.contains(entity)
                || (value.typeId() == QMetaType::QString && privateIds.contains(value.toString()));
            pending.append(QJsonObject {{QStringLiteral("change_id"), r.text(0)},
                                        {QStringLiteral("entity"), table},
                                        {QStringLiteral("entity_id"), entity},
                                        {QStringLiteral("field"), r.text(3)},
                                        {QStringLiteral("value"), jsonValue(value)},
                                        {QStringLiteral("hlc"), r.text(5)},
                                        {QStringLiteral("author_name"), r.text(6)},
                                        {QStringLiteral("author_org"), r.text(7)},
                                        {QStringLiteral("installation"), r.text(8)},
                                        {QStringLiteral("private"), hidden}});
        }
        if (!r.ok()) {
            if (error)
                *error = r.errorMessage();
            return -1;
        }
    }
    // A member who does not read private changes never sees those of theirs
    // the server holds: asked rather than sent again at every sync.
    if (!m_seesPrivate && !dropHeldPrivate(pending, error))
        return -1;
    const qint64 total = pending.size();
    qint64 added = 0, sent = 0;
    QSqlQuery query(m_connection.database());
    for (qsizetype from = 0; from < pending.size(); from += maxChangesPerCall) {
        if (cancel && cancel->load()) {
            if (error)
                error->clear();
            return -1;
        }
        QJsonArray batch;
        for (qsizetype i = from; i < pending.size() && i < from + maxChangesPerCall; ++i)
            batch.append(pending.at(i));
        query.prepare(QStringLiteral("SELECT alliance.append_changes(?::uuid, ?::jsonb)"));
        query.addBindValue(m_partnership.toString(QUuid::WithoutBraces));
        query.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
        if (!query.exec() || !query.next()) {
            if (error)
                *error = failed(m_connection, query);
            return -1;
        }
        added += query.value(0).toLongLong();
        sent += batch.size();
        for (const auto &change : std::as_const(batch))
            m_held.insert(QUuid::fromString(change.toObject().value(QStringLiteral("change_id")).toString()));
        if (progress)
            progress(sent, total);
    }
    return added;
}

} // namespace alliance::workspace
