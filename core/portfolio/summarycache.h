#pragma once
// Summaries remembered between scans, so that a folder listed again is
// listed at once. An entry is found by the file's identity (path, size,
// modification time: the quick key) and holds the SHA-256 of the bytes it
// was computed from (to be sure): a file whose quick key changed, or was
// modified so recently that its time cannot tell two writes apart, is hashed
// and its entry used only when the content is the same.
//
// The cache is our own file but is read as received input: it is bounded,
// every entry is sealed with a key of this installation (HMAC-SHA-256) and
// every value is checked again; an entry damaged, edited by hand, written by
// another version of the program or holding an impossible value is ignored
// and the file is read again. Summaries hold for one day (indicators and
// late actions depend on the date): an entry of another day is not used.
// Only summaries of files that passed the check are kept: a refusal is
// found again, in the language of the moment.

#include "portfolio/summary.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace alliance::portfolio {

/// What identifies a file without reading it.
struct FileKey
{
    QString path; ///< absolute
    qint64 size = -1;
    qint64 modifiedMs = 0; ///< modification time, ms since the epoch
    /// The key of the file at `path` now; size -1 when it cannot be read.
    static FileKey of(const QString &path);
    bool operator==(const FileKey &o) const { return path == o.path && size == o.size && modifiedMs == o.modifiedMs; }
};

class SummaryCache
{
public:
    /// Most entries kept: the oldest go first.
    static constexpr int maxEntries = 5000;
    /// Largest cache file read (bytes): a larger one counts as empty.
    static constexpr qint64 maxFileBytes = 32LL * 1024 * 1024;
    /// A file modified less than this before its entry was made is "racy":
    /// its time cannot prove it unchanged, so it is hashed.
    static constexpr qint64 racyMs = 2000;

    /// CacheLocation/portfolio-summaries.json, sealed with the key in
    /// AppDataLocation/portfolio-cache.key (made on first use).
    static QString defaultPath();
    static QString defaultKeyPath();

    /// An empty cache kept at `path` (read by load(), written by save()).
    explicit SummaryCache(const QString &path = defaultPath(), const QString &keyPath = defaultKeyPath());

    /// Reads the cache file, keeping the entries that pass every check.
    void load();
    /// Writes the cache atomically. Best effort: false when it could not.
    bool save();

    /// The summary for `key` on `today` when its entry's quick key matches
    /// and the file was not modified racily close to when the entry was made.
    std::optional<PartnershipSummary> byKey(const FileKey &key, const QDate &today) const;
    /// The summary of the bytes hashing to `sha256` on `today`, whatever path they were read at.
    std::optional<PartnershipSummary> byContent(const QByteArray &sha256, const QDate &today) const;
    /// Remembers `summary` (of a sound file) for the file `key` whose bytes
    /// hash to `sha256`. `madeAtMs`: when the key was read.
    void remember(const FileKey &key, const QByteArray &sha256, const PartnershipSummary &summary, qint64 madeAtMs);

    int size() const { return int(m_entries.size()); }
    /// Entries of the last load() that failed a check and were dropped.
    int ignoredEntries() const { return m_ignored; }

private:
    struct Entry
    {
        FileKey key;
        QByteArray sha256; ///< raw, 32 bytes
        qint64 madeAtMs = 0;
        PartnershipSummary summary;
    };
    QByteArray key();

    QString m_path, m_keyPath;
    QByteArray m_key;
    QHash<QString, Entry> m_entries; ///< by path
    int m_ignored = 0;
};

} // namespace alliance::portfolio
