#pragma once
// The checks run on an opened (hardened, read-only) project database.

#include "storage/filecheck.h"

namespace alliance {

class SqliteDb;

/// quick_check, foreign_key_check, the schema against ours for `version`,
/// then every value's type, range, length and reference. `name` is used in
/// messages. Reads only. With `immutablePath` (the file `db` reads, which
/// nobody writes meanwhile), the journal is checked on a second connection
/// in parallel, and `meanwhile` (filecheck.h) runs on `db` once the rest is
/// known sound.
CheckResult checkOpenDatabase(SqliteDb &db, const QString &name, int version, const QString &immutablePath = {},
                              const WhileJournalIsChecked &meanwhile = {});

/// The value checks of checkOpenDatabase without the integrity and schema
/// checks: references, every value of every table and of the journal, the
/// journal's clocks. For a database we wrote ourselves (a working copy about
/// to commit a merge), which may be in a transaction.
CheckResult checkContent(SqliteDb &db, const QString &name, int version);

/// Why a file holding a change dated `wallMs` (ms since the epoch, later
/// than maxClockAheadMs from now) is refused.
QString futureChangeMessage(const QString &name, qint64 wallMs);

/// The (type, name, table, sql) rows our own DDL gives for `version`.
QList<QStringList> expectedSchema(int version);

} // namespace alliance
