#pragma once
// The checks of a partner's copy about to be merged. A merge reads only the
// received file's journal, its partnership row and its partner_copy rows
// (see planMerge): those are checked value by value; its other item tables
// are never read, so only the structure checks cover them.
//
// The copy's journal shares most rows with ours: a row whose change id ours
// holds with identical content in every column was checked when ours was.
// Every other row is checked with the rules of opening a file.

#include "storage/filecheck.h"

#include <QString>

namespace alliance {
class SqliteDb;
}

namespace alliance::sync {

/// Checks the file at `path` (header, hardened immutable open, quick_check,
/// schema, the rows above) against the journal of `mineWorkingCopy` (a
/// working copy that passed its checks), leaving `db` open on it when it
/// passes. On refusal `db` may be open or closed: do not read it.
CheckResult openReceivedCopy(const QString &path, const QString &mineWorkingCopy, SqliteDb &db);

} // namespace alliance::sync
