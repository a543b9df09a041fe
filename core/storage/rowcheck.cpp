#include "storage/rowcheck.h"

#include "journal/hlc.h"
#include "storage/checkfunctions.h"
#include "storage/checkrules.h"
#include "storage/schema.h"
#include "storage/schemacheck.h"
#include "storage/sqlitedb.h"

#include <climits>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <sqlite3.h>

namespace alliance {

namespace {

CheckResult damaged(SqliteDb &db, const QString &name, int version)
{
    return {Refusal::Corrupt,
            QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()),
            version};
}

QString where(const QString &rowFilter)
{
    return rowFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + rowFilter;
}

} // namespace

CheckResult checkJournalSize(SqliteDb &db, const QString &name, int version)
{
    bool counted = true;
    const qint64 changes = db.value(QStringLiteral("SELECT count(*) FROM journal"), {}, &counted).toLongLong();
    if (!counted)
        return damaged(db, name, version);
    if (changes > schema::maxJournalRows)
        return {Refusal::TooLarge,
                QCoreApplication::translate("FileCheck",
                                            "The file “%1” holds %2 changes, more than the %3 a "
                                            "partnership’s history may hold, so it was not opened.")
                    .arg(name, QLocale().toString(changes), QLocale().toString(schema::maxJournalRows)),
                version};
    return {Refusal::None, QString(), version};
}

CheckResult checkIntegrity(SqliteDb &db, const QString &name, int version)
{
    bool ok = true;
    const QVariantList integrity = db.column(QStringLiteral("PRAGMA quick_check"), {}, &ok);
    if (ok && integrity.size() == 1 && integrity.first().toString() == QLatin1String("ok"))
        return {Refusal::None, QString(), version};
    if (!ok && (db.errorCode() & 0xff) == SQLITE_TOOBIG)
        return {Refusal::ValueTooLarge,
                QCoreApplication::translate(
                    "FileCheck", "The file “%1” holds a value too large for any field, so it was not opened.")
                    .arg(name),
                version};
    const QString detail = ok ? integrity.value(0).toString() : db.errorMessage();
    return {Refusal::Corrupt,
            QCoreApplication::translate("FileCheck", "The file “%1” is damaged (%2). Ask its sender for a new copy.")
                .arg(name, detail),
            version};
}

CheckResult checkSelected(SqliteDb &db, const QString &name, int version, const QString &table,
                          const QList<QPair<QString, QString>> &conds, const QString &rowFilter)
{
    if (!registerCheckFunctions(db.handle()))
        return damaged(db, name, version);
    const QStringList free = freeLengthColumns(table, version);
    QStringList select;
    for (const auto &c : free) {
        select << QStringLiteral("max(length(%1))").arg(c);
        select << QStringLiteral("max(length(CAST(%1 AS BLOB)))").arg(c); // length() stops at a NUL
    }
    QStringList bad;
    for (const auto &c : conds)
        bad << QLatin1Char('(') + c.second + QLatin1Char(')');
    const bool journal = table == QLatin1String(schema::journalTable);
    // The journal's rules in two calls per row; the columns' own conditions
    // name the culprit when a row breaks one.
    select << QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END)")
                  .arg(journal ? badJournalRowCallSql(version) : bad.join(QStringLiteral(" OR ")));
    if (journal)
        select << QStringLiteral("max(hlc)");
    bool ok = true;
    const auto rows = db.rows(
        QStringLiteral("SELECT %1 FROM %2%3").arg(select.join(QLatin1Char(',')), table, where(rowFilter)), {}, &ok);
    if (!ok && (db.errorCode() & 0xff) == SQLITE_TOOBIG)
        return {Refusal::ValueTooLarge,
                QCoreApplication::translate("FileCheck",
                                            "The file “%1” holds a value in “%2” too large for any field, "
                                            "so it was not opened.")
                    .arg(name, table),
                version};
    if (!ok || rows.isEmpty())
        return damaged(db, name, version);
    const QVariantList &r = rows.first();
    for (int i = 0; i < free.size(); ++i) {
        const qint64 characters = r.value(2 * i).toLongLong();
        const qint64 bytes = r.value(2 * i + 1).toLongLong();
        if (characters > schema::maxTextLength || bytes > 4LL * schema::maxTextLength)
            return {Refusal::ValueTooLarge,
                    QCoreApplication::translate("FileCheck",
                                                "The file “%1” holds a value of %2 characters or bytes in "
                                                "“%3”, more than the %4 a field may hold, so it was not "
                                                "opened.")
                        .arg(name)
                        .arg(qMax(characters, bytes))
                        .arg(table + QLatin1Char('.') + free.at(i))
                        .arg(schema::maxTextLength),
                    version};
    }
    if (r.value(2 * free.size()).toLongLong() != 0) {
        const QString and_ = rowFilter.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(rowFilter);
        for (const auto &c : conds) {
            const qint64 n = db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE (%2)%3").arg(table, c.second, and_))
                                 .toLongLong();
            if (n > 0)
                return {Refusal::BadValue,
                        QCoreApplication::translate("FileCheck",
                                                    "The file “%1” holds %n invalid value(s) in “%2”, so it "
                                                    "was not opened.",
                                                    nullptr, n > INT_MAX ? INT_MAX : int(n))
                            .arg(name, table + QLatin1Char('.') + c.first),
                        version};
        }
        return {
            Refusal::BadValue,
            QCoreApplication::translate("FileCheck", "The file “%1” holds invalid values in “%2”.").arg(name, table),
            version};
    }
    if (table == QLatin1String(schema::journalTable)) {
        // Clocks are well formed by now, so their text sorts like their numbers.
        const qint64 limitMs = clock::nowMs() + maxClockAheadMs;
        if (const auto clock = Hlc::parse(r.value(2 * free.size() + 1).toString()); clock && clock->wallMs > limitMs)
            return {Refusal::FutureChange, futureChangeMessage(name, clock->wallMs), version};
    }
    return {Refusal::None, QString(), version};
}

CheckResult checkStructure(SqliteDb &db, const QString &name, int version)
{
    if (CheckResult size = checkJournalSize(db, name, version); !size.ok())
        return size;
    if (CheckResult integrity = checkIntegrity(db, name, version); !integrity.ok())
        return integrity;
    return checkSchema(db, name, version);
}

CheckResult checkRows(SqliteDb &db, const QString &name, int version, const QString &table, const QString &rowFilter)
{
    const schema::Table *t = schema::table(table);
    if (!t || t->sinceVersion > version)
        return {Refusal::None, QString(), version};
    return checkSelected(db, name, version, table, badValueConditions(*t, version), rowFilter);
}

CheckResult checkJournalRows(SqliteDb &db, const QString &name, int version, const QString &rowFilter)
{
    return checkSelected(db, name, version, QLatin1String(schema::journalTable), journalConditions(version), rowFilter);
}

CheckResult checkWrittenSince(SqliteDb &db, const QString &name, int version, qint64 firstSeq, qint64 firstUncheckedSeq)
{
    if (CheckResult size = checkJournalSize(db, name, version); !size.ok())
        return size;
    if (CheckResult r = checkReferences(db, name, version); !r.ok())
        return r;
    bool ok = true;
    const QString since = QString::number(firstSeq);
    // The tables the new rows name; an unknown one is the journal check's to refuse.
    const QVariantList tables
        = db.column(QStringLiteral("SELECT DISTINCT entity FROM journal WHERE seq >= %1").arg(since), {}, &ok);
    if (!ok)
        return damaged(db, name, version);
    for (const QVariant &table : tables) {
        const QString t = table.toString();
        if (!schema::table(t))
            continue;
        const CheckResult r = checkRows(
            db, name, version, t,
            QStringLiteral("id IN (SELECT entity_id FROM journal WHERE seq >= %1 AND entity = '%2')").arg(since, t));
        if (!r.ok())
            return r;
    }
    if (CheckResult r = checkOnePartnership(db, name, version); !r.ok())
        return r;
    return checkJournalRows(db, name, version, QStringLiteral("seq >= %1").arg(qMax(firstSeq, firstUncheckedSeq)));
}

} // namespace alliance
