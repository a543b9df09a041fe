#include "storage/checkfunctions.h"

#include "journal/hlc.h"

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

void badIdText(sqlite3_context *context, int, sqlite3_value **argv)
{
    const unsigned char *p = textOfLength(argv[0], 36);
    sqlite3_result_int(context, p && isIdText(p) ? 0 : 1);
}

void badClockText(sqlite3_context *context, int, sqlite3_value **argv)
{
    const unsigned char *p = textOfLength(argv[0], hlcTextLength);
    bool good = p != nullptr;
    for (int i = 0; good && i < 26; ++i)
        good = i == 16 || i == 25 ? p[i] == '-' : isDigit(p[i]);
    sqlite3_result_int(context, good && isIdText(p + 26) ? 0 : 1);
}

} // namespace

bool registerCheckFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    return sqlite3_create_function_v2(db, "bad_id_text", 1, flags, nullptr, badIdText, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "bad_clock_text", 1, flags, nullptr, badClockText, nullptr, nullptr, nullptr)
        == SQLITE_OK;
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
