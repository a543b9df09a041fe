#pragma once
// The file checks on part of a database: the structure alone, or the value
// rules on some rows only. For merges, whose two journals share most rows:
// rows already checked need not be checked again, and what a merge does not
// read need not be checked at all (see sync/receivedcheck.h).

#include "storage/filecheck.h"

#include <QString>

namespace alliance {

class SqliteDb;

/// The journal's size, quick_check and the schema against ours: what makes
/// any read of the file safe. No value is checked.
CheckResult checkStructure(SqliteDb &db, const QString &name, int version);

/// The value rules and lengths of `table` on the rows `rowFilter` selects
/// (an SQL condition on the table's columns; empty for every row), with the
/// messages of the whole check.
CheckResult checkRows(SqliteDb &db, const QString &name, int version, const QString &table,
                      const QString &rowFilter = {});

/// The same for the journal, and no selected change dated in the future.
CheckResult checkJournalRows(SqliteDb &db, const QString &name, int version, const QString &rowFilter = {});

/// What checkContent checks, for a database that passed it before rows from
/// `firstSeq` on were appended to its journal and the items these rows name
/// were written (a merge, in its transaction): those items, the references,
/// the journal's size, exactly one partnership, and the journal's rows from
/// `firstUncheckedSeq` on (those before it were checked with the same rules
/// where they came from: the received file).
CheckResult checkWrittenSince(SqliteDb &db, const QString &name, int version, qint64 firstSeq,
                              qint64 firstUncheckedSeq);

} // namespace alliance
