#include "journal/journal.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"

namespace alliance::journal {

bool append(SqliteDb &db, const JournalEntry &e)
{
    bool ok = true;
    db.rows(QStringLiteral("INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                           "author_org, installation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {schema::idText(e.changeId), e.table, schema::idText(e.entityId), e.field, e.value, e.hlc, e.authorName,
             e.authorOrg, e.installation},
            &ok);
    return ok;
}

qint64 size(SqliteDb &db)
{
    return db.value(QStringLiteral("SELECT count(*) FROM journal")).toLongLong();
}

QString latestClock(SqliteDb &db)
{
    return db.value(QStringLiteral("SELECT max(hlc) FROM journal")).toString();
}

QList<JournalEntry> history(SqliteDb &db, const QString &table, const QUuid &id, const QString &field)
{
    QList<JournalEntry> out;
    const auto rows = db.rows(
        QStringLiteral("SELECT change_id, entity, entity_id, field, value, hlc, author_name, author_org, "
                       "installation FROM journal WHERE entity = ? AND entity_id = ? AND (? = '' OR field = ?) "
                       "ORDER BY hlc, change_id"),
        {table, schema::idText(id), field, field});
    for (const auto &r : rows)
        out.append({QUuid::fromString(r[0].toString()), r[1].toString(), QUuid::fromString(r[2].toString()),
                    r[3].toString(), r[4], r[5].toString(), r[6].toString(), r[7].toString(), r[8].toString()});
    return out;
}

} // namespace alliance::journal
