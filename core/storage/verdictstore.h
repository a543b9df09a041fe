#pragma once
// Verdicts this installation gave files it wrote itself: "these exact bytes
// passed every check, as file format N". A file whose SHA-256 has a verdict
// is one this installation saved from its own checked working copy, so the
// content checks need not run again on it; any other file (received, or
// changed by a single byte) gets every check.
//
// Why only files we wrote, and not every file that once passed the checks:
// the verdict store is a cache for the files one reopens all day, which are
// one's own; a received file is met once or twice, and remembering it would
// let a file shaped by someone else skip the checks of a later, stricter
// version of this program (verdicts of an older rule set are dropped, but
// only files from our own working copy, whose every value was checked when
// it was entered, make that safe to rely on in between).
//
// The store is a small text file in the app's data folder, written
// atomically and read as untrusted input: anything unexpected in it makes it
// count as empty.

#include <QByteArray>
#include <QString>

namespace alliance::verdicts {

/// Most verdicts kept: the oldest go first.
constexpr int maxEntries = 64;

/// AppDataLocation/verdicts.txt.
QString defaultStorePath();

/// SHA-256 of the bytes of `path`, read once in blocks; when `copyTo` is
/// given, the same bytes are written there as they are read (so that the
/// copy is exactly what was hashed). Empty on any read or write error.
QByteArray hashFile(const QString &path, const QString &copyTo = {});

/// The file format the store says the bytes hashing to `sha256` were sound
/// as, or 0 when it knows nothing of them.
int soundVersion(const QByteArray &sha256, const QString &store = defaultStorePath());

/// Records that the bytes hashing to `sha256` passed every check as format
/// `version`. Best effort: a store that cannot be written is no error.
void rememberSound(const QByteArray &sha256, int version, const QString &store = defaultStorePath());

} // namespace alliance::verdicts
