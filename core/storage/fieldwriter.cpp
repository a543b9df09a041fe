#include "storage/fieldwriter.h"

#include "document/fieldvalue.h"
#include "method/method.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace alliance::fieldwriter {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<Written> write(SqliteDb &db, const QString &table, const QUuid &id, const QString &field,
                             const QVariant &stored, QString *error)
{
    const schema::Table *t = schema::table(table);
    if (!t || (field != QLatin1String("deleted") && !t->column(field))) {
        setError(error,
                 QCoreApplication::translate("Document", "A project has no field “%1”.")
                     .arg(table + QLatin1Char('.') + field));
        return std::nullopt;
    }
    if (id.isNull()) {
        setError(error, QCoreApplication::translate("alliance::Document", "An item has no id."));
        return std::nullopt;
    }
    const QString idText = schema::idText(id);
    Written done;
    bool ok = true;
    const auto before = db.rows(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {idText}, &ok);
    if (ok && before.isEmpty()) {
        db.rows(QStringLiteral("INSERT INTO %1 (id) VALUES (?)").arg(table), {idText}, &ok);
        done.created = true;
    } else if (ok) {
        done.before = before.first().value(0);
        if (done.before == stored && done.before.isNull() == stored.isNull())
            return done; // nothing changes
    }
    if (ok)
        db.rows(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field), {stored, idText}, &ok);
    if (!ok) {
        setError(error, db.errorMessage());
        return std::nullopt;
    }
    done.changed = true;
    return done;
}

bool referenceExists(SqliteDb &db, const QString &table, const QString &field, const QVariant &stored, QString *error)
{
    const schema::Table *t = schema::table(table);
    const schema::Column *c = t ? t->column(field) : nullptr;
    QString target;
    if (c && c->type == schema::ColumnType::Reference && !stored.isNull())
        target = c->refTable;
    else if (table == QLatin1String("review_score") && field == QLatin1String("criterion_id")) {
        if (method::findCriterion(stored.toString()))
            return true;
        target = QStringLiteral("custom_criterion");
    } else
        return true;
    const bool exists
        = db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(target), {stored}).toLongLong() > 0;
    if (!exists)
        setError(error,
                 QCoreApplication::translate("alliance::Document", "“%1.%2” refers to an item that does not exist.")
                     .arg(table, field));
    return exists;
}

std::optional<Written> set(SqliteDb &db, const QString &table, const QUuid &id, const QString &field,
                           const QVariant &value, QString *error)
{
    const auto stored = storedValue(table, field, value, error);
    if (!stored || !referenceExists(db, table, field, *stored, error))
        return std::nullopt;
    return write(db, table, id, field, *stored, error);
}

} // namespace alliance::fieldwriter
