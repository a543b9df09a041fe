#pragma once
// Checks of a project file received from anywhere. Nothing here writes to the
// checked file or creates a missing one.

#include <QString>
#include <functional>

namespace alliance {

class SqliteDb;

/// Why a file was refused. Each reason has its own message.
enum class Refusal {
    None,
    Missing,    ///< no file at that path
    NotAFile,   ///< a folder or a device
    Unreadable, ///< permissions or I/O error
    Empty,
    TooLarge,         ///< over maxProjectFileSize
    NotSqlite,        ///< header is not SQLite's
    Truncated,        ///< shorter than its header says
    WrongApplication, ///< an SQLite file of another program
    NewerVersion,     ///< made by a newer Alliance Pilot
    OlderUnsupported, ///< older than any version this build migrates
    Corrupt,          ///< quick_check failed
    BrokenReferences, ///< foreign_key_check failed
    UnexpectedSchema, ///< tables, columns, triggers, views... that we did not create
    ValueTooLarge,    ///< a field longer than allowed
    BadValue,         ///< a value of the wrong type or out of range
    FutureChange,     ///< a change dated more than a day ahead of this computer's time
    OtherPartnership, ///< merging: the file is sound but describes another partnership
    ForgedChange,     ///< merging: changes in this installation's name that this project never made
};

struct CheckResult
{
    Refusal refusal = Refusal::None;
    QString message;       ///< translated, names the file and the reason
    int schemaVersion = 0; ///< the file's user_version, once read
    /// The file's bytes are ones this installation saved and found sound
    /// (see verdictstore.h): only its header was checked again.
    bool knownSound = false;
    bool ok() const { return refusal == Refusal::None; }
};

/// Largest project file we open (bytes).
constexpr qint64 maxProjectFileSize = 512LL * 1024 * 1024;

/// Reads the first 100 bytes only: existence, size, SQLite header, page count
/// against file size, application_id and user_version. SQLite never parses the
/// file before this passes.
CheckResult checkFileHeader(const QString &path);

/// The whole check: checkFileHeader, then a hardened read-only open with
/// quick_check, foreign_key_check, schema comparison and value checks;
/// unless the file's SHA-256 (put in `sha256` when given) has a verdict of
/// this installation, which leaves the header check only.
CheckResult validateProjectFile(const QString &path, QByteArray *sha256 = nullptr);

/// The same check, leaving `db` open (immutable, hardened) on the checked
/// file when it passes, so that the caller reads what was checked without
/// opening the file again. On refusal `db` may be open or closed: do not read it.
CheckResult openCheckedProjectFile(const QString &path, SqliteDb &db);

/// Work a caller may do on the checking connection `db` (of a file at format
/// `version`) once its integrity, schema, references and items are known
/// sound, while its journal is still being checked on the other core: reading
/// the items, say. What it read counts only if the whole check passes.
using WhileJournalIsChecked = std::function<void(SqliteDb &db, int version)>;

/// Copies `path` to `copy` (a new file of ours), reading it once, and checks
/// the copy as validateProjectFile would check `path`: what is checked is
/// then exactly what is used, whatever happens to `path` meanwhile. When it
/// passes a full check, `db` is left open (immutable, hardened) on `copy`;
/// otherwise it is closed. Messages name `path`. `meanwhile` runs only
/// when the copy is checked in full (not for a file known sound).
CheckResult copyCheckedProjectFile(const QString &path, const QString &copy, SqliteDb &db,
                                   const WhileJournalIsChecked &meanwhile = {});

} // namespace alliance
