#include "exports/leftout.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/privateitems.h"

namespace alliance::exports {

QSet<QString> leftOutIds(SqliteDb &db, bool includePrivate)
{
    QSet<QString> deleted;
    for (const auto &t : schema::tables())
        for (const QVariant &id : db.column(QStringLiteral("SELECT id FROM %1 WHERE deleted = 1").arg(t.name)))
            deleted.insert(id.toString());
    QSet<QString> out = sync::withWhatHangsOn(db, deleted);
    if (!includePrivate)
        out.unite(sync::privateItemIds(db));
    return out;
}

bool hangsOnCriterionLeftOut(const QString &table, const QString &column, const QVariant &value,
                             const QSet<QString> &out)
{
    return table == QLatin1String("review_score") && column == QLatin1String("criterion_id")
        && out.contains(value.toString());
}

} // namespace alliance::exports
