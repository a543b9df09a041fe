#include "storage/checkfunctions.h"

#include "journal/hlc.h"
#include "method/method.h"
#include "storage/schema.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace alliance {

namespace {

bool isLowerHex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/// An id's spelling at `p` (36 bytes available).
bool isIdText(const unsigned char *p)
{
    for (int i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? p[i] != '-' : !isLowerHex(p[i]))
            return false;
    }
    return true;
}

/// The value's bytes when it is a text of exactly `length` bytes (NULs
/// included: sqlite3_value_bytes counts them all), else null.
const unsigned char *textOfLength(sqlite3_value *v, int length)
{
    if (sqlite3_value_type(v) != SQLITE_TEXT)
        return nullptr;
    const unsigned char *text = sqlite3_value_text(v);
    return text && sqlite3_value_bytes(v) == length ? text : nullptr;
}

/// Not an id's one spelling.
bool isBadId(sqlite3_value *v)
{
    const unsigned char *p = textOfLength(v, 36);
    return !p || !isIdText(p);
}

/// Not a clock's one spelling (see Hlc).
bool isBadClock(sqlite3_value *v)
{
    const unsigned char *p = textOfLength(v, hlcTextLength);
    bool good = p != nullptr;
    for (int i = 0; good && i < 26; ++i)
        good = i == 16 || i == 25 ? p[i] == '-' : isDigit(p[i]);
    return !good || !isIdText(p + 26);
}

/// The rule of one column of the registry, with its choices ready to look up.
struct Rule
{
    const schema::Column *column = nullptr;
    int sinceVersion = 1;     ///< of the column in its table
    QSet<QByteArray> choices; ///< Choice only, '' included when optional
};

const schema::Column &deletedColumn()
{
    static const schema::Column c = [] {
        schema::Column d;
        d.name = QStringLiteral("deleted");
        d.type = schema::ColumnType::Bool;
        return d;
    }();
    return c;
}

/// Every column of every table (and each table's "deleted"), by "table\0column".
const QHash<QByteArray, Rule> &rules()
{
    static const QHash<QByteArray, Rule> all = [] {
        QHash<QByteArray, Rule> out;
        auto add = [&out](const schema::Table &t, const schema::Column &c) {
            Rule r {&c, qMax(t.sinceVersion, c.sinceVersion), {}};
            if (c.type == schema::ColumnType::Choice) {
                for (const auto &id : method::idsOf(c.choices()))
                    r.choices.insert(id.toUtf8());
                if (c.optional)
                    r.choices.insert(QByteArray(""));
            }
            out.insert(t.name.toUtf8() + '\0' + c.name.toUtf8(), r);
        };
        for (const auto &t : schema::tables()) {
            add(t, deletedColumn());
            for (const auto &c : t.columns)
                add(t, c);
        }
        return out;
    }();
    return all;
}

/// The rule of `column` of `table` (their UTF-8 bytes), or null. Called once
/// per journal row: the key is built on the stack.
const Rule *ruleOf(const char *table, int tableBytes, const char *column, int columnBytes)
{
    char key[128];
    if (tableBytes < 0 || columnBytes < 0 || tableBytes + columnBytes + 1 > int(sizeof key))
        return nullptr; // longer than any name of the registry
    std::memcpy(key, table, size_t(tableBytes));
    key[tableBytes] = '\0';
    std::memcpy(key + tableBytes + 1, column, size_t(columnBytes));
    const auto &all = rules();
    const auto rule = all.constFind(QByteArray::fromRawData(key, tableBytes + columnBytes + 1));
    return rule == all.constEnd() ? nullptr : &*rule;
}

/// The characters SQLite's length() counts in `n` bytes of UTF-8 (a lead byte
/// and its continuation bytes are one; a stray continuation byte is one).
qint64 sqliteCharacters(const unsigned char *p, int n)
{
    qint64 count = 0;
    for (int i = 0; i < n;) {
        ++count;
        if (p[i++] >= 0xc0)
            while (i < n && (p[i] & 0xc0) == 0x80)
                ++i;
    }
    return count;
}

/// A date's one spelling, YYYY-MM-DD, of a day that exists (as SQLite's
/// date(x, '+0 days') = x), within the registry's range.
bool isDateText(const unsigned char *p, int n)
{
    if (n != 10 || p[4] != '-' || p[7] != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(p[i]))
            return false;
    const int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    const int month = (p[5] - '0') * 10 + (p[6] - '0');
    const int day = (p[8] - '0') * 10 + (p[9] - '0');
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1] + (month == 2 && leap))
        return false;
    return std::memcmp(p, schema::minDate, 10) >= 0 && std::memcmp(p, schema::maxDate, 10) <= 0;
}

/// True when `v` may not be stored in the column of `rule`: the rules of
/// schema.h's column types, as storedValue() applies them to an edit.
bool breaksRule(const Rule &rule, sqlite3_value *v)
{
    const schema::Column &c = *rule.column;
    const int type = sqlite3_value_type(v);
    switch (c.type) {
    case schema::ColumnType::Text: {
        if (type != SQLITE_TEXT)
            return true;
        const unsigned char *p = sqlite3_value_text(v);
        const int n = sqlite3_value_bytes(v);
        return !p || n > 4 * schema::maxTextLength || std::memchr(p, 0, size_t(n)) != nullptr
            || sqliteCharacters(p, n) > schema::maxTextLength;
    }
    case schema::ColumnType::Integer: {
        if (type != SQLITE_INTEGER)
            return true;
        const sqlite3_int64 i = sqlite3_value_int64(v);
        return i < qint64(c.min) || i > qint64(c.max);
    }
    case schema::ColumnType::Real:
        // NaN is stored as NULL; an infinity is no figure.
        return type == SQLITE_INTEGER ? false : type != SQLITE_FLOAT || std::isinf(sqlite3_value_double(v));
    case schema::ColumnType::Bool:
        return type != SQLITE_INTEGER || (sqlite3_value_int64(v) != 0 && sqlite3_value_int64(v) != 1);
    case schema::ColumnType::Date: {
        if (type != SQLITE_TEXT)
            return true;
        const unsigned char *p = sqlite3_value_text(v);
        const int n = sqlite3_value_bytes(v);
        return !p || (n != 0 && !isDateText(p, n));
    }
    case schema::ColumnType::Reference:
        return type != SQLITE_NULL && isBadId(v);
    case schema::ColumnType::Image: {
        if (type != SQLITE_BLOB)
            return true;
        const int n = sqlite3_value_bytes(v);
        const auto *p = static_cast<const unsigned char *>(sqlite3_value_blob(v));
        if (n == 0)
            return false;
        const bool png = n >= 8 && std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0;
        const bool jpeg = n >= 3 && std::memcmp(p, "\xff\xd8\xff", 3) == 0;
        return n > schema::maxImageBytes || (!png && !jpeg);
    }
    case schema::ColumnType::Choice: {
        if (type != SQLITE_TEXT)
            return true;
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return !p || !rule.choices.contains(QByteArray::fromRawData(p, sqlite3_value_bytes(v)));
    }
    }
    return true;
}

void badIdText(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, isBadId(argv[0]) ? 1 : 0);
}

void badClockText(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, isBadClock(argv[0]) ? 1 : 0);
}

/// bad_value(table, column, x): 1 when x breaks the rule of that column of
/// the registry; 0 for a pair the registry does not know (the journal's
/// "field" check reports those).
void badValue(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *table = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *column = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!table || !column) {
        sqlite3_result_int(context, 0);
        return;
    }
    const Rule *rule = ruleOf(table, sqlite3_value_bytes(argv[0]), column, sqlite3_value_bytes(argv[1]));
    sqlite3_result_int(context, rule && breaksRule(*rule, argv[2]) ? 1 : 0);
}

/// bad_field(table, column, version): 1 unless the registry has that column
/// (or "deleted") in that table at that version of the format.
void badField(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *table = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *column = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const Rule *rule
        = table && column ? ruleOf(table, sqlite3_value_bytes(argv[0]), column, sqlite3_value_bytes(argv[1])) : nullptr;
    const sqlite3_int64 version = sqlite3_value_int64(argv[2]);
    sqlite3_result_int(context, rule && rule->sinceVersion <= version ? 0 : 1);
}

/// bad_journal_ids(change_id, entity_id, author_org, installation, hlc,
/// author_name): 1 when one of them breaks its rule (journalConditions in
/// schemacheck.cpp lists them one by one, to name the culprit).
void badJournalIds(sqlite3_context *context, int, sqlite3_value **argv)
{
    const bool noOrganisation = sqlite3_value_type(argv[2]) == SQLITE_TEXT && sqlite3_value_bytes(argv[2]) == 0;
    const bool bad = isBadId(argv[0]) || isBadId(argv[1]) || (!noOrganisation && isBadId(argv[2])) || isBadId(argv[3])
        || isBadClock(argv[4]) || sqlite3_value_type(argv[5]) != SQLITE_TEXT;
    sqlite3_result_int(context, bad ? 1 : 0);
}

/// bad_journal_change(entity, field, value, version): bad_field or bad_value.
void badJournalChange(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *table = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *column = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const Rule *rule
        = table && column ? ruleOf(table, sqlite3_value_bytes(argv[0]), column, sqlite3_value_bytes(argv[1])) : nullptr;
    const bool bad = !rule || rule->sinceVersion > sqlite3_value_int64(argv[3]) || breaksRule(*rule, argv[2]);
    sqlite3_result_int(context, bad ? 1 : 0);
}

} // namespace

bool registerCheckFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    return sqlite3_create_function_v2(db, "bad_id_text", 1, flags, nullptr, badIdText, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_clock_text", 1, flags, nullptr, badClockText, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_value", 3, flags, nullptr, badValue, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_field", 3, flags, nullptr, badField, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_journal_ids", 6, flags, nullptr, badJournalIds, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_journal_change", 4, flags, nullptr, badJournalChange, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK;
}

QString badJournalRowCallSql(int version)
{
    return QStringLiteral("bad_journal_ids(change_id, entity_id, author_org, installation, hlc, author_name) OR "
                          "bad_journal_change(entity, field, value, %1)")
        .arg(version);
}

QString badFieldCallSql(const QString &table, const QString &column, int version)
{
    return QStringLiteral("bad_field(%1, %2, %3)").arg(table, column).arg(version);
}

QString badValueCallSql(const QString &table, const QString &column, const QString &e)
{
    return QStringLiteral("bad_value(%1, %2, %3)").arg(table, column, e);
}

QString badIdCallSql(const QString &e)
{
    return QStringLiteral("bad_id_text(%1)").arg(e);
}

QString badClockCallSql(const QString &e)
{
    return QStringLiteral("bad_clock_text(%1)").arg(e);
}

} // namespace alliance
