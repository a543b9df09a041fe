#pragma once
// SQL functions of our own for the checks of a file's values, registered by
// us on the checking connection (never taken from the file, so hardening is
// unaffected): each does in one pass over a value's bytes what a GLOB, an
// ltrim and a replace did, which on a large journal was most of the check.

#include <QString>

struct sqlite3;

namespace alliance {

/// Registers bad_id_text(x) and bad_clock_text(x) on `db` (deterministic,
/// direct use only). Harmless to call again.
bool registerCheckFunctions(sqlite3 *db);

/// SQL true unless `e` is an id's one spelling: a text of 36 bytes,
/// lower-case hex digits with '-' at bytes 9, 14, 19 and 24 (as schema::badIdSql).
QString badIdCallSql(const QString &e);

/// SQL true unless `e` is a clock's one spelling (see Hlc): 16 and 8 decimal
/// digits, then an id, separated by '-'.
QString badClockCallSql(const QString &e);

} // namespace alliance
