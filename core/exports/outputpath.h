#pragma once
// Where an export may write: never over the project file, never over
// anything that exists (a file or a folder), and only once it is whole.

#include <QString>

namespace alliance::exports {

/// Empty when `target` may be written by an export of the project in
/// `projectFile`; otherwise why not (translated).
QString refusalToWrite(const QString &target, const QString &projectFile);

/// Moves the finished `written` (a file or a folder beside `target`) to
/// `target`, which must not exist. False with `error` (translated) otherwise;
/// `written` is then left for the caller to remove.
bool moveIntoPlace(const QString &written, const QString &target, QString *error);

} // namespace alliance::exports
