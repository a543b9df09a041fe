#include "storage/schemacheck.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <future>
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

/// SQL true when column %1 holds a well-formed id: 8-4-4-4-12 lowercase hex digits.
const QString uuidCheck = QStringLiteral(
    "(typeof(%1) = 'text' AND %1 GLOB '\?\?\?\?\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?\?\?\?\?\?\?\?\?' "
    "AND ltrim(%1, '0123456789abcdef-') = '' AND length(replace(%1, '-', '')) = 32)");
/// The same shape (hyphens in place, 36 characters) without checking each
/// character, which costs a pass per value: for references (foreign_key_check
/// ties them to checked ids) and for the journal's ids, which identify only
/// journal rows (a malformed one reads as a null id, never as another item).
const QString uuidShape = QStringLiteral(
    "(typeof(%1) = 'text' AND %1 GLOB '\?\?\?\?\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?\?\?\?\?\?\?\?\?')");

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
            cond = QStringLiteral("%1 IS NOT NULL AND NOT %2").arg(n, uuidShape.arg(n));
            break;
        case schema::ColumnType::Image:
            // Empty, or a PNG (89 50 4E 47 0D 0A 1A 0A) or JPEG (FF D8 FF) file of bounded size.
            cond = QStringLiteral("typeof(%1) <> 'blob' OR (length(%1) > 0 AND (length(%1) > %2 OR "
                                  "(substr(%1, 1, 8) <> x'89504e470d0a1a0a' AND substr(%1, 1, 3) <> x'ffd8ff')))")
                       .arg(n)
                       .arg(schema::maxImageBytes);
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
    // One lookup per row in a set of "table.field" names, rather than a chain of ORs.
    QStringList fields;
    for (const auto &t : schema::tables()) {
        if (t.sinceVersion > version)
            continue;
        fields << t.name + QStringLiteral(".deleted");
        for (const auto &c : t.columns)
            if (c.sinceVersion <= version)
                fields << t.name + QLatin1Char('.') + c.name;
    }
    return {
        {QStringLiteral("change_id"), QStringLiteral("NOT %1").arg(uuidShape.arg(QStringLiteral("change_id")))},
        {QStringLiteral("entity_id"), QStringLiteral("NOT %1").arg(uuidShape.arg(QStringLiteral("entity_id")))},
        {QStringLiteral("field"), QStringLiteral("entity || '.' || field NOT IN %1").arg(inList(fields))},
        {QStringLiteral("hlc"), QStringLiteral("typeof(hlc) <> 'text' OR NOT (hlc GLOB '[0-9]*-[0-9]*-*') OR length(hlc) > 80")},
        {QStringLiteral("author_name"), QStringLiteral("typeof(author_name) <> 'text'")},
        {QStringLiteral("author_org"), QStringLiteral("typeof(author_org) <> 'text'")},
        {QStringLiteral("installation"), QStringLiteral("typeof(installation) <> 'text'")},
    };
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

/// Columns whose length is free (texts, journal values): the others have
/// fixed forms that the value checks pin down.
QStringList freeLengthColumns(const QString &table, int version)
{
    if (table == QLatin1String(schema::journalTable))
        return {QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("author_name")};
    QStringList out;
    for (const auto &c : schema::table(table)->columns)
        if (c.sinceVersion <= version && c.type == schema::ColumnType::Text)
            out << c.name;
    return out;
}

/// One scan of `table`: the longest value of each free-length column, and how
/// many rows break a rule of `conds`. Only when something is wrong are the
/// culprits looked for, column by column.
CheckResult checkTable(SqliteDb &db, const QString &name, int version, const QString &table,
                       const QList<QPair<QString, QString>> &conds)
{
    const QStringList free = freeLengthColumns(table, version);
    QStringList select;
    for (const auto &c : free) {
        select << QStringLiteral("max(length(%1))").arg(c); // a blob's size is read, not its bytes
        // length() of a text stops at its first NUL: count bytes too.
        select << QStringLiteral("max(length(CAST(%1 AS BLOB)))").arg(c);
    }
    QStringList bad;
    for (const auto &c : conds)
        bad << QLatin1Char('(') + c.second + QLatin1Char(')');
    select << QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(bad.join(QStringLiteral(" OR ")));
    bool ok = true;
    const auto rows = db.rows(QStringLiteral("SELECT %1 FROM %2").arg(select.join(QLatin1Char(',')), table), {}, &ok);
    if (!ok && (db.errorCode() & 0xff) == SQLITE_TOOBIG)
        return {Refusal::ValueTooLarge,
                QCoreApplication::translate("FileCheck", "The file “%1” holds a value in “%2” too large for any field, "
                                                         "so it was not opened.")
                    .arg(name, table),
                version};
    if (!ok || rows.isEmpty())
        return {Refusal::Corrupt,
                QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()),
                version};
    const QVariantList &r = rows.first();
    for (int i = 0; i < free.size(); ++i) {
        const qint64 characters = r.value(2 * i).toLongLong();
        const qint64 bytes = r.value(2 * i + 1).toLongLong();
        // A character takes at most 4 bytes in UTF-8.
        if (characters > schema::maxTextLength || bytes > 4LL * schema::maxTextLength)
            return {Refusal::ValueTooLarge,
                    QCoreApplication::translate("FileCheck", "The file “%1” holds a value of %2 characters or bytes in "
                                                             "“%3”, more than the %4 a field may hold, so it was not "
                                                             "opened.")
                        .arg(name)
                        .arg(qMax(characters, bytes))
                        .arg(table + QLatin1Char('.') + free.at(i))
                        .arg(schema::maxTextLength),
                    version};
    }
    if (r.value(2 * free.size()).toLongLong() == 0)
        return {Refusal::None, QString(), version};
    for (const auto &c : conds) {
        const qint64 n =
            db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, c.second)).toLongLong();
        if (n > 0)
            return {Refusal::BadValue,
                    QCoreApplication::translate("FileCheck", "The file “%1” holds %2 invalid value(s) in “%3”, so it "
                                                             "was not opened.")
                        .arg(name)
                        .arg(n)
                        .arg(table + QLatin1Char('.') + c.first),
                    version};
    }
    return {Refusal::BadValue,
            QCoreApplication::translate("FileCheck", "The file “%1” holds invalid values in “%2”.").arg(name, table),
            version};
}

CheckResult checkJournal(SqliteDb &db, const QString &name, int version)
{
    return checkTable(db, name, version, QLatin1String(schema::journalTable), journalConditions(version));
}

/// Every table but the journal.
CheckResult checkItems(SqliteDb &db, const QString &name, int version)
{
    for (const auto &t : schema::tables()) {
        if (t.sinceVersion > version)
            continue;
        const CheckResult r = checkTable(db, name, version, t.name, badValueConditions(t, version));
        if (!r.ok())
            return r;
    }
    if (db.value(QStringLiteral("SELECT count(*) FROM partnership")).toLongLong() != 1)
        return {Refusal::BadValue,
                QCoreApplication::translate("FileCheck", "The file “%1” must describe exactly one partnership, so it "
                                                         "was not opened.")
                    .arg(name),
                version};
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

CheckResult checkOpenDatabase(SqliteDb &db, const QString &name, int version, const QString &immutablePath)
{
    // The journal is most of a big file: check it on a second connection, on
    // the other core, while this one checks the rest. Its verdict counts only
    // once the integrity and the schema are known to be sound.
    std::future<CheckResult> journal;
    if (!immutablePath.isEmpty())
        journal = std::async(std::launch::async, [immutablePath, name, version] {
            SqliteDb second;
            if (!second.open(immutablePath, SqliteDb::Mode::ReadOnlyImmutable))
                return CheckResult{Refusal::Unreadable,
                                   QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2")
                                       .arg(name, second.errorMessage()),
                                   version};
            second.harden();
            return checkJournal(second, name, version);
        });
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
    r = [&]() -> CheckResult {
        const auto broken = db.rows(QStringLiteral("PRAGMA foreign_key_check"), {}, &ok);
        if (!ok || !broken.isEmpty())
            return {Refusal::BrokenReferences,
                    QCoreApplication::translate("FileCheck", "The file “%1” refers to items it does not contain (in “%2”), so it was not opened.")
                        .arg(name, broken.isEmpty() ? db.errorMessage() : broken.first().value(0).toString()),
                    version};
        return checkItems(db, name, version);
    }();
    const CheckResult journalResult = journal.valid() ? journal.get() : checkJournal(db, name, version);
    return r.ok() ? journalResult : r;
}

} // namespace alliance
