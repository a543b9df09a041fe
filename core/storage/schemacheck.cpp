#include "storage/schemacheck.h"

#include "storage/checkrules.h"

#include "journal/hlc.h"
#include "storage/checkfunctions.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <climits>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
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
        out << QStringList {r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                            normalised(r.value(3).toString())};
    return out;
}

QString inList(const QStringList &values)
{
    QStringList quoted;
    for (const auto &v : values)
        quoted << sqlString(v);
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

// The rules below are shared with storage/rowcheck.cpp (see checkrules.h).

/// SQL conditions true for a bad value, one per checked column: the
/// registry's rules (schema::badValueSql), and which criteria exist.
QList<QPair<QString, QString>> badValueConditions(const schema::Table &t, int version)
{
    QList<QPair<QString, QString>> out;
    out.append({QStringLiteral("id"), schema::badIdSql(QStringLiteral("id"))});
    out.append({QStringLiteral("deleted"),
                badValueCallSql(sqlString(t.name), QStringLiteral("'deleted'"), QStringLiteral("deleted"))});
    for (const auto &c : t.columns)
        if (c.sinceVersion <= version)
            out.append({c.name, badValueCallSql(sqlString(t.name), sqlString(c.name), c.name)});
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
    return {
        {QStringLiteral("change_id"), schema::badIdSql(QStringLiteral("change_id"))},
        {QStringLiteral("entity_id"), schema::badIdSql(QStringLiteral("entity_id"))},
        {QStringLiteral("field"), badFieldCallSql(QStringLiteral("entity"), QStringLiteral("field"), version)},
        // Each field's own rule, so that a value a merge would refuse is
        // refused on open too; unknown fields are the "field" condition's.
        {QStringLiteral("value"),
         badValueCallSql(QStringLiteral("entity"), QStringLiteral("field"), QStringLiteral("value"))},
        {QStringLiteral("hlc"), badClockCallSql(QStringLiteral("hlc"))},
        {QStringLiteral("author_name"), QStringLiteral("typeof(author_name) <> 'text'")},
        {QStringLiteral("author_org"),
         QStringLiteral("author_org <> '' AND %1").arg(schema::badIdSql(QStringLiteral("author_org")))},
        {QStringLiteral("installation"), schema::badIdSql(QStringLiteral("installation"))},
    };
}

CheckResult checkSchema(SqliteDb &db, const QString &name, int version)
{
    bool ok = true;
    const QList<QStringList> actual = schemaRows(db, &ok);
    if (!ok)
        return {Refusal::Corrupt,
                QCoreApplication::translate("FileCheck", "The file “%1” is damaged: %2").arg(name, db.errorMessage()),
                version};
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
                    QCoreApplication::translate(
                        "FileCheck",
                        "The file “%1” contains a trigger (“%2”). Project files never do, so it was "
                        "not opened.")
                        .arg(name, object),
                    version};
        const auto it = expectedByName.constFind(object);
        if (type == QLatin1String("view"))
            return {Refusal::UnexpectedSchema,
                    it != expectedByName.constEnd()
                        ? QCoreApplication::translate(
                              "FileCheck",
                              "In the file “%1”, “%2” is a view where a table was expected, so it was "
                              "not opened.")
                              .arg(name, object)
                        : QCoreApplication::translate(
                              "FileCheck",
                              "The file “%1” contains a view (“%2”). Project files never do, so it was "
                              "not opened.")
                              .arg(name, object),
                    version};
        if (it == expectedByName.constEnd())
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck",
                                                "The file “%1” contains an unknown %2 “%3”, so it was not opened.")
                        .arg(name, type, object),
                    version};
        if (*it != a)
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate(
                        "FileCheck",
                        "In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so "
                        "the file was not opened.")
                        .arg(name, type, object),
                    version};
    }
    for (const auto &e : expected)
        if (!seen.contains(e.at(1)))
            return {Refusal::UnexpectedSchema,
                    QCoreApplication::translate("FileCheck", "The file “%1” lacks the %2 “%3”, so it was not opened.")
                        .arg(name, e.at(0), e.at(1)),
                    version};
    return {Refusal::None, QString(), version};
}

/// Columns whose length is free (texts, journal values): the others have
/// fixed forms that the value checks pin down.
QStringList freeLengthColumns(const QString &table, int version)
{
    if (table == QLatin1String(schema::journalTable))
        return {QStringLiteral("field"), QStringLiteral("author_name")}; // values: by their field's rule
    QStringList out;
    for (const auto &c : schema::table(table)->columns)
        if (c.sinceVersion <= version && c.type == schema::ColumnType::Text)
            out << c.name;
    return out;
}

CheckResult checkReferences(SqliteDb &db, const QString &name, int version)
{
    bool ok = true;
    const auto broken = db.rows(QStringLiteral("PRAGMA foreign_key_check"), {}, &ok);
    if (!ok || !broken.isEmpty())
        return {Refusal::BrokenReferences,
                QCoreApplication::translate(
                    "FileCheck", "The file “%1” refers to items it does not contain (in “%2”), so it was not opened.")
                    .arg(name, broken.isEmpty() ? db.errorMessage() : broken.first().value(0).toString()),
                version};
    return {Refusal::None, QString(), version};
}

CheckResult checkOnePartnership(SqliteDb &db, const QString &name, int version)
{
    if (db.value(QStringLiteral("SELECT count(*) FROM partnership")).toLongLong() != 1)
        return {Refusal::BadValue,
                QCoreApplication::translate("FileCheck",
                                            "The file “%1” must describe exactly one partnership, so it "
                                            "was not opened.")
                    .arg(name),
                version};
    return {Refusal::None, QString(), version};
}

namespace {

CheckResult checkJournal(SqliteDb &db, const QString &name, int version)
{
    return checkSelected(db, name, version, QLatin1String(schema::journalTable), journalConditions(version));
}

/// Every table but the journal.
CheckResult checkItems(SqliteDb &db, const QString &name, int version)
{
    for (const auto &t : schema::tables()) {
        if (t.sinceVersion > version)
            continue;
        const CheckResult r = checkSelected(db, name, version, t.name, badValueConditions(t, version));
        if (!r.ok())
            return r;
    }
    return checkOnePartnership(db, name, version);
}

CheckResult checkReferencesAndItems(SqliteDb &db, const QString &name, int version)
{
    const CheckResult r = checkReferences(db, name, version);
    return r.ok() ? checkItems(db, name, version) : r;
}

} // namespace

CheckResult checkContent(SqliteDb &db, const QString &name, int version)
{
    if (CheckResult size = checkJournalSize(db, name, version); !size.ok())
        return size;
    const CheckResult r = checkReferencesAndItems(db, name, version);
    return r.ok() ? checkJournal(db, name, version) : r;
}

QString futureChangeMessage(const QString &name, qint64 wallMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC);
    const QString date = when.isValid() && when.date().year() <= 9999
        ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : QCoreApplication::translate("FileCheck", "after the year 9999");
    return QCoreApplication::translate("FileCheck",
                                       "The file “%1” holds changes dated %2, in the future: check the "
                                       "date of the computer it comes from. It was not opened.")
        .arg(name, date);
}

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

namespace {

/// Checks that two connections share, each taking the next one not yet taken,
/// so that both cores stay busy to the end.
class SharedChecks
{
public:
    using Check = std::function<CheckResult(SqliteDb &)>;
    void add(Check check) { m_checks.append(std::move(check)); }
    /// Runs checks until none is left to take, one has failed, or the whole
    /// check has ended.
    void runSome(SqliteDb &db)
    {
        for (int i = m_next++; i < m_checks.size() && !m_failed && !m_cancelled; i = m_next++) {
            bool passed = false;
            try {
                passed = m_checks.at(i)(db).ok();
            } catch (...) { // out of memory, say: counted as failed, so no one waits for it
            }
            std::lock_guard<std::mutex> lock(m_mutex);
            m_failed = m_failed || !passed;
            ++m_done;
            m_ended.notify_all();
        }
    }
    /// Once this thread has run its share: waits for the checks the other
    /// connection took. False when one failed.
    bool waitAll()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ended.wait(lock, [this] { return m_failed || m_done == m_checks.size(); });
        return !m_failed;
    }
    void cancel() { m_cancelled = true; }

private:
    QList<Check> m_checks;
    std::atomic<int> m_next {0};
    std::atomic<bool> m_failed {false}, m_cancelled {false};
    int m_done = 0;
    std::mutex m_mutex;
    std::condition_variable m_ended;
};

/// The journal's rows in `count` ranges of row numbers. A hostile file may
/// hold any 64-bit row numbers: the span is counted unsigned, so it neither
/// overflows nor makes more than `count` ranges.
QStringList journalRanges(SqliteDb &db, int count)
{
    const auto bounds = db.rows(QStringLiteral("SELECT min(seq), max(seq) FROM journal"));
    const qint64 first = bounds.value(0).value(0).toLongLong(), last = bounds.value(0).value(1).toLongLong();
    const quint64 span = quint64(last) - quint64(first);
    const quint64 step = span / quint64(count) + 1;
    QStringList out;
    for (quint64 offset = 0;; offset += step) {
        const qint64 from = qint64(quint64(first) + offset);
        const bool lastRange = span - offset < step;
        const qint64 to = lastRange ? last : qint64(quint64(from) + step - 1);
        out << QStringLiteral("seq BETWEEN %1 AND %2").arg(from).arg(to);
        if (lastRange)
            return out;
    }
}

} // namespace

CheckResult checkOpenDatabase(SqliteDb &db, const QString &name, int version, const QString &immutablePath,
                              const WhileJournalIsChecked &meanwhile)
{
    // Before any long work: a journal larger than any partnership holds.
    if (CheckResult size = checkJournalSize(db, name, version); !size.ok())
        return size;
    // The journal is most of a big file: a second connection, on the other
    // core, starts on it while this one checks the file's integrity and
    // schema; then both share the item tables and what is left of the
    // journal. No verdict counts before the integrity and the schema are
    // known to be sound.
    SharedChecks items, journal;
    for (const auto &t : schema::tables())
        if (t.sinceVersion <= version)
            items.add([&t, name, version](SqliteDb &c) {
                return checkSelected(c, name, version, t.name, badValueConditions(t, version));
            });
    for (const auto &range : journalRanges(db, 8))
        journal.add([range, name, version](SqliteDb &c) {
            return checkSelected(c, name, version, QLatin1String(schema::journalTable), journalConditions(version),
                                 range);
        });
    std::future<void> second;
    if (!immutablePath.isEmpty())
        second = std::async(std::launch::async, [immutablePath, &journal, &items] {
            // When the file cannot be opened twice, the first connection checks it all.
            SqliteDb other;
            if (!other.open(immutablePath, SqliteDb::Mode::ReadOnlyImmutable))
                return;
            other.harden();
            journal.runSome(other);
            items.runSome(other);
        });
    // Whatever ends the check early, the other connection stops at its next step.
    struct Cancel
    {
        SharedChecks &a, &b;
        ~Cancel()
        {
            a.cancel();
            b.cancel();
        }
    } cancel {items, journal};
    if (CheckResult integrity = checkIntegrity(db, name, version); !integrity.ok())
        return integrity;
    if (CheckResult r = checkSchema(db, name, version); !r.ok())
        return r;
    if (CheckResult r = checkReferences(db, name, version); !r.ok())
        return r;
    items.runSome(db);
    // A failure found on either connection is looked for again here, so that
    // the message is the one the checks in their order give (and a failure
    // of the other connection alone does not refuse a sound file).
    const bool itemsPassed = items.waitAll();
    if (CheckResult r = itemsPassed ? checkOnePartnership(db, name, version) : checkItems(db, name, version); !r.ok())
        return r;
    if (meanwhile && second.valid())
        meanwhile(db, version);
    journal.runSome(db);
    return journal.waitAll() ? CheckResult {Refusal::None, QString(), version} : checkJournal(db, name, version);
}

} // namespace alliance
