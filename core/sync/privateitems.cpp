#include "sync/privateitems.h"

#include "storage/rowreader.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

namespace alliance::sync {

bool clearedOnly(const QString &table, const QString &column)
{
    const schema::Table *t = schema::table(table);
    const schema::Column *c = t ? t->column(column) : nullptr;
    return c && c->clearedWhenGone;
}

QSet<QString> privateItemIds(SqliteDb &db)
{
    QSet<QString> ids;
    for (const auto &t : schema::tables())
        if (t.hasPrivateFlag())
            for (const QVariant &id : db.column(QStringLiteral("SELECT id FROM %1 WHERE private = 1").arg(t.name)))
                ids.insert(id.toString());
    return withWhatHangsOn(db, ids);
}

QSet<QString> withWhatHangsOn(SqliteDb &db, QSet<QString> ids)
{
    if (ids.isEmpty())
        return ids;
    // The same ids as bytes: every reference of the project is compared
    // with them, read in place rather than copied row by row.
    QSet<QByteArray> bytes;
    for (const QString &id : std::as_const(ids))
        bytes.insert(id.toUtf8());
    // What hangs on one of them, and on what hangs on that: tables list
    // what they refer to first, so one pass in order reaches every depth.
    for (const auto &t : schema::tables())
        for (const auto &c : t.columns) {
            if (c.type != schema::ColumnType::Reference || clearedOnly(t.name, c.name))
                continue;
            RowReader r(db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL").arg(c.name, t.name));
            while (r.next())
                if (bytes.contains(QByteArray::fromRawData(r.raw(1), r.size(1)))) {
                    ids.insert(r.text(0));
                    bytes.insert(r.bytes(0));
                }
        }
    return ids;
}

} // namespace alliance::sync
