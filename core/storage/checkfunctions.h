#pragma once
// SQL functions of our own for the checks of a file's values, registered by
// us on the checking connection (never taken from the file, so hardening is
// unaffected): each does in one pass over a value's bytes what a GLOB, an
// ltrim and a replace did, which on a large journal was most of the check.

#include <QString>

struct sqlite3;

namespace alliance {

/// Registers bad_id_text(x), bad_clock_text(x), bad_value(table, column, x)
/// bad_field(table, column, version), and for a journal row at once
/// bad_journal_ids(...) and bad_journal_change(...), on `db` (deterministic,
/// direct use only). Harmless to call again.
bool registerCheckFunctions(sqlite3 *db);

/// SQL true unless `e` is an id's one spelling: a text of 36 bytes,
/// lower-case hex digits with '-' at bytes 9, 14, 19 and 24 (as schema::badIdSql).
QString badIdCallSql(const QString &e);

/// SQL true when `e` is not a value the column named by `column` of the table
/// named by `table` may hold (schema.h's rules for its type: kind, range,
/// length, a day that exists, an id's one spelling, a PNG or JPEG of bounded
/// size, one of its choices); false when the registry has no such column.
/// `table` and `column` are SQL: quoted names, or the journal's entity and field.
QString badValueCallSql(const QString &table, const QString &column, const QString &e);

/// SQL true unless the registry has the column named by `column` (or
/// "deleted") in the table named by `table` at format `version`; SQL
/// arguments as for badValueCallSql.
QString badFieldCallSql(const QString &table, const QString &column, int version);

/// SQL true when a journal row breaks any of its columns' rules at format
/// `version` (each rule of journalConditions in checkrules.h, in two calls
/// per row rather than one per column).
QString badJournalRowCallSql(int version);

/// SQL true unless `e` is a clock's one spelling (see Hlc): 16 and 8 decimal
/// digits, then an id, separated by '-'.
QString badClockCallSql(const QString &e);

} // namespace alliance
