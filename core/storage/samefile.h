#pragma once
// When two paths name the same file, and the refusal to write over the
// project file: one rule for the whole app, so that a symbolic link, a
// relative path or a hard link never lets an export replace the project.

#include <QString>

namespace alliance {

/// True when `a` and `b` name the same file: the same device and inode when
/// both exist (symbolic links followed, hard links included), otherwise the
/// same path once made absolute and resolved as far as it exists ("./",
/// "..", a linked folder). Two empty paths are not the same file.
bool sameFile(const QString &a, const QString &b);

/// `path` absolute, with ".", ".." and the symbolic links of the folders
/// that exist resolved: the spelling stored for a document's file.
QString normalPath(const QString &path);

/// Empty when `target` may be written; otherwise the message (translated)
/// refusing to write an export, a copy or a merge over `projectFile`.
QString refusalToReplaceProject(const QString &target, const QString &projectFile);

} // namespace alliance
