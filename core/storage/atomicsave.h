#pragma once
// Saving a working copy over a project file so that a crash or a kill at any
// moment leaves either the old file or the new one, never a mix.

#include <QString>

namespace alliance {

class SqliteDb;

/// VACUUM INTO a temporary file beside `target`, checks it (header and
/// quick_check), fsyncs it, renames it over `target` and fsyncs the folder.
/// On failure the temporary file is removed, `target` is untouched and
/// `error` says why.
bool atomicSave(SqliteDb &workingCopy, const QString &target, QString *error);

/// Flushes a file's content to the disk. False on error.
bool syncFile(const QString &path);

} // namespace alliance
