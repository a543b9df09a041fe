#include "storage/schemacheck.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <sqlite3.h>

namespace alliance {

namespace {

QString sqlString(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString normalised(QString sql)
{
    return sql.simplified();
}

QList<QStringList> schemaRows(SqliteDb &db, bool *ok)
{
    QList<QStringList> out;
    const auto rows = db.rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"), {}, ok);
    for (const auto &r : rows)
        out << QStringList{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                           normalised(r.value(3).toString())};
    return out;
}

/// SQL true when column %1 holds a well-formed id (a GLOB of 36 classes would exceed our pattern limit).
const QString uuidCheck = QStringLiteral(
    "(typeof(%1) = 'text' AND length(%1) = 36 AND NOT (%1 GLOB '*[^0-9a-f-]*') "
    "AND length(replace(%1, '-', '')) = 32 AND substr(%1, 9, 1) = '-' AND substr(%1, 14, 1) = '-' "
    "AND substr(%1, 19, 1) = '-' AND substr(%1, 24, 1) = '-')");

QString inList(const QStringList &values)
{
    QStringList quoted;
    for (const auto &v : values)
        quoted << sqlString(v);
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

/// SQL conditions true for a bad value, one per checked column.
QList<QPair<QString, QString>> badValueConditions(const schema::Table &t, int version)
{
    QList<QPair<QString, QString>> out;
    out.append({QStringLiteral("id"), QStringLiteral("NOT %1").arg(uuidCheck.arg(QStringLiteral("id")))});
    out.append({QStringLiteral("deleted"), QStringLiteral("typeof(deleted) <> 'integer' OR deleted NOT IN (0, 1)")});
    for (const auto &c : t.columns) {
        if (c.sinceVersion > version)
            continue;
        const QString n = c.name;
        QString cond;
        switch (c.type) {
        case schema::ColumnType::Text:
            cond = QStringLiteral("typeof(%1) <> 'text'").arg(n);
            break;
        case schema::ColumnType::Integer:
            cond = QStringLiteral("typeof(%1) <> 'integer' OR %1 < %2 OR %1 > %3")
                       .arg(n)
                       .arg(qint64(c.min))
                       .arg(qint64(c.max));
            break;
        case schema::ColumnType::Real:
            cond = QStringLiteral("typeof(%1) NOT IN ('real', 'integer') OR %1 <> %1").arg(n);
            break;
        case schema::ColumnType::Bool:
            cond = QStringLiteral("typeof(%1) <> 'integer' OR %1 NOT IN (0, 1)").arg(n);
            break;
        case schema::ColumnType::Date:
            cond = QStringLiteral("typeof(%1) <> 'text' OR (%1 <> '' AND date(%1) IS NOT %1)").arg(n);
            break;
        case schema::ColumnType::Reference:
            cond = QStringLiteral("%1 IS NOT NULL AND NOT %2").arg(n, uuidCheck.arg(n));
            break;
        case schema::ColumnType::Choice: {
            QStringList ids = method::idsOf(c.choices());
            if (c.optional)
                ids << QString();
            cond = QStringLiteral("typeof(%1) <> 'text' OR %1 NOT IN %2").arg(n, inList(ids));
            break;
        }
        }
        out.append({n, cond});
    }
    if (t.name == QLatin1String("review_score")) {
        QStringList ids;
        for (const auto &c : method::criteria())
            ids << c.id;
        out.append({QStringLiteral("criterion_id"),
                    QStringLiteral("criterion_id NOT IN %1 AND criterion_id NOT IN (SELECT id FROM custom_criterion)")
                        .arg(inList(ids))});
    }
    return out;
}

QList<QPair<QString, QString>> journalConditions(int version)
{
    QStringList fieldChecks;
    for (const auto &t : schema::tables()) {
        if (t.sinceVersion > version)
            continue;
        QStringList fields{QStringLiteral("deleted")};
        for (const auto &c : t.columns)
            if (c.sinceVersion <= version)
                fields << c.name;
        fieldChecks << QStringLiteral("(entity = %1 AND field IN %2)").arg(sqlString(t.name), inList(fields));
    }
    return {
        {QStringLiteral("change_id"), QStringLiteral("NOT %1").arg(uuidCheck.arg(QStringLiteral("change_id")))},
        {QStringLiteral("entity_id"), QStringLiteral("NOT %1").arg(uuidCheck.arg(QStringLiteral("entity_id")))},
        {QStringLiteral("field"), QStringLiteral("NOT (%1)").arg(fieldChecks.join(QStringLiteral(" OR ")))},
        {QStringLiteral("hlc"), QStringLiteral("typeof(hlc) <> 'text' OR NOT (hlc GLOB '[0-9]*-[0-9]*-*') OR length(hlc) > 80")},
        {QStringLiteral("author_name"), QStringLiteral("typeof(author_name) <> 'text'")},
        {QStringLiteral("author_org"), QStringLiteral("typeof(author_org) <> 'text'")},
        {QStringLiteral("installation"), QStringLiteral("typeof(installation) <> 'text'")},
    };
}

QStringList allColumns(const QString &table, int version)
{
    if (table == QLatin1String(schema::journalTable))
        return {QStringLiteral("change_id"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("hlc"),
                QStringLiteral("author_name"), QStringLiteral("author_org"), QStringLiteral("installation")};
    QStringList cols{QStringLiteral("id")};
    for (const auto &c : schema::table(table)->columns)
        if (c.sinceVersion <= version)
            cols << c.name;
    return cols;
}

CheckResult checkSchema(SqliteDb &db, const QString &name, int version)
{
    bool ok = true;
    const QList<QStringList> actual = schemaRows(db, &ok);
    if (!ok)
        return {Refusal::Corrupt, QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()), version};
    const QList<QStringList> expected = expectedSchema(version);
    QHash<QString, QStringList> expectedByName;
    for (const auto &e : expected)
        expectedByName.insert(e.at(1), e);
    QSet<QString> seen;
    for (const auto &a : actual) {
        const QString &type = a.at(0), &object = a.at(1);
        seen.insert(object);
        if (type == QLatin1String("trigger"))
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck", "The file “%1” contains a trigger (“%2”). Project files never do, so it was "
                       "not opened.").arg(name, object), version};
        const auto it = expectedByName.constFind(object);
        if (type == QLatin1String("view"))
            return {Refusal::UnexpectedSchema,
                    it != expectedByName.constEnd()
                        ? QCoreApplication::translate("FileCheck", "In the file “%1”, “%2” is a view where a table was expected, so it was "
                             "not opened.").arg(name, object)
                        : QCoreApplication::translate("FileCheck", "The file “%1” contains a view (“%2”). Project files never do, so it was "
                             "not opened.").arg(name, object), version};
        if (it == expectedByName.constEnd())
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck", "The file “%1” contains an unknown %2 “%3”, so it was not opened.").arg(name, type, object),
                    version};
        if (*it != a)
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck", "In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so "
                       "the file was not opened.").arg(name, type, object), version};
    }
    for (const auto &e : expected)
        if (!seen.contains(e.at(1)))
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck", "The file “%1” lacks the %2 “%3”, so it was not opened.").arg(name, e.at(0), e.at(1)),
                    version};
    return {Refusal::None, QString(), version};
}

CheckResult checkSizes(SqliteDb &db, const QString &name, int version)
{
    QStringList tableNames;
    for (const auto &t : schema::tables())
        if (t.sinceVersion <= version)
            tableNames << t.name;
    tableNames << QLatin1String(schema::journalTable);
    for (const auto &t : tableNames) {
        const QStringList cols = allColumns(t, version);
        QStringList maxima;
        for (const auto &c : cols)
            maxima << QStringLiteral("max(length(%1))").arg(c); // length() reads a blob's size, not its bytes
        bool ok = true;
        const auto rows = db.rows(QStringLiteral("SELECT %1 FROM %2").arg(maxima.join(QLatin1Char(',')), t), {}, &ok);
        if (!ok && (db.errorCode() & 0xff) == SQLITE_TOOBIG)
            return {Refusal::ValueTooLarge,
                    QCoreApplication::translate("FileCheck", "The file “%1” holds a value in “%2” too large for any field, so it was "
                       "not opened.").arg(name, t), version};
        if (!ok || rows.isEmpty())
            return {Refusal::Corrupt, QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()), version};
        for (int i = 0; i < cols.size(); ++i) {
            const qint64 longest = rows.first().value(i).toLongLong();
            if (longest > schema::maxTextLength)
                return {Refusal::ValueTooLarge,
                        QCoreApplication::translate("FileCheck", "The file “%1” holds a value of %2 characters or bytes in “%3”, more than "
                           "the %4 a field may hold, so it was not opened.")
                            .arg(name)
                            .arg(longest)
                            .arg(t + QLatin1Char('.') + cols.at(i))
                            .arg(schema::maxTextLength), version};
        }
    }
    return {Refusal::None, QString(), version};
}

CheckResult checkValues(SqliteDb &db, const QString &name, int version)
{
    auto checkTable = [&](const QString &table, const QList<QPair<QString, QString>> &conds) -> CheckResult {
        QStringList all;
        for (const auto &c : conds)
            all << QLatin1Char('(') + c.second + QLatin1Char(')');
        bool ok = true;
        // One scan per table; look for the culprit column only when something is wrong.
        const qint64 bad = db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                        .arg(table, all.join(QStringLiteral(" OR "))), {}, &ok).toLongLong();
        if (!ok)
            return {Refusal::Corrupt, QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()), version};
        if (bad == 0)
            return {};
        for (const auto &c : conds) {
            const qint64 n = db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, c.second))
                                 .toLongLong();
            if (n > 0)
                return {Refusal::BadValue,
                        QCoreApplication::translate("FileCheck", "The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.")
                            .arg(name)
                            .arg(n)
                            .arg(table + QLatin1Char('.') + c.first), version};
        }
        return {Refusal::BadValue, QCoreApplication::translate("FileCheck", "The file “%1” holds invalid values in “%2”.").arg(name, table), version};
    };
    for (const auto &t : schema::tables()) {
        if (t.sinceVersion > version)
            continue;
        const CheckResult r = checkTable(t.name, badValueConditions(t, version));
        if (!r.ok())
            return r;
    }
    const CheckResult r = checkTable(QLatin1String(schema::journalTable), journalConditions(version));
    if (!r.ok())
        return r;
    if (db.value(QStringLiteral("SELECT count(*) FROM partnership")).toLongLong() != 1)
        return {Refusal::BadValue,
                QCoreApplication::translate("FileCheck", "The file “%1” must describe exactly one partnership, so it was not opened.").arg(name), version};
    return {Refusal::None, QString(), version};
}

} // namespace

QList<QStringList> expectedSchema(int version)
{
    static QHash<int, QList<QStringList>> cache;
    const auto it = cache.constFind(version);
    if (it != cache.constEnd())
        return *it;
    SqliteDb mem;
    mem.open(QStringLiteral(":memory:"), SqliteDb::Mode::Create);
    for (const auto &statement : schema::ddl(version))
        mem.exec(statement);
    bool ok = true;
    const QList<QStringList> rows = schemaRows(mem, &ok);
    cache.insert(version, rows);
    return rows;
}

CheckResult checkOpenDatabase(SqliteDb &db, const QString &name, int version)
{
    bool ok = true;
    const QVariantList integrity = db.column(QStringLiteral("PRAGMA quick_check"), {}, &ok);
    if (!ok || integrity.size() != 1 || integrity.first().toString() != QLatin1String("ok")) {
        const QString detail = ok ? integrity.value(0).toString() : db.errorMessage();
        if (!ok && (db.errorCode() & 0xff) == SQLITE_TOOBIG)
            return {Refusal::ValueTooLarge,
                    QCoreApplication::translate("FileCheck", "The file “%1” holds a value too large for any field, so it was not opened.").arg(name),
                    version};
        return {Refusal::Corrupt,
                QCoreApplication::translate("FileCheck", "The file “%1” is damaged (%2). Ask its sender for a new copy.").arg(name, detail), version};
    }
    CheckResult r = checkSchema(db, name, version);
    if (!r.ok())
        return r;
    const auto broken = db.rows(QStringLiteral("PRAGMA foreign_key_check"), {}, &ok);
    if (!ok || !broken.isEmpty())
        return {Refusal::BrokenReferences,
                QCoreApplication::translate("FileCheck", "The file “%1” refers to items it does not contain (in “%2”), so it was not opened.")
                    .arg(name, broken.isEmpty() ? db.errorMessage() : broken.first().value(0).toString()),
                version};
    r = checkSizes(db, name, version);
    if (!r.ok())
        return r;
    return checkValues(db, name, version);
}

} // namespace alliance
