#pragma once
// The zip archive of a received workbook (internal to the reader): its
// entries checked before any is read, and parts read through a bounded
// inflater that stops as soon as a limit of xlsxlimits.h is crossed. Read
// with Debian's plain minizip, the same library libxlsxwriter writes with
// (one set of zip symbols in the process: a second, different copy of them
// would be called in place of the other's).

#include "spreadsheet/xlsxreader.h"

#include <QHash>
#include <QString>
#include <memory>

class QIODevice;

namespace alliance::xlsx {

/// The first refusal met; every step stops once it is set.
struct Failure
{
    XlsxRefusal reason = XlsxRefusal::None;
    QString where; ///< the part, sheet or cell concerned, already translated when words
    bool failed() const { return reason != XlsxRefusal::None; }
    bool set(XlsxRefusal why, const QString &at)
    {
        if (!failed()) {
            reason = why;
            where = at;
        }
        return false;
    }
    /// Names where the refusal happened, when the step that refused could
    /// not (a cell's place is only written out when needed).
    bool locate(const QString &at)
    {
        if (failed() && where.isEmpty())
            where = at;
        return false;
    }
};

class Archive;

/// One part being inflated, chunk by chunk.
class Entry
{
public:
    Entry(Archive &archive, const QString &name);
    ~Entry();
    Entry(const Entry &) = delete;
    Entry &operator=(const Entry &) = delete;

    const QString &name() const { return m_name; }
    /// The next chunk (at most readChunkBytes); empty at the end or on a
    /// refusal (see Archive::failure).
    QByteArray read();
    /// Reads what is left (within the limits) so that the checksum is
    /// checked; false on a refusal.
    bool finish();
    bool atEnd() const { return m_atEnd; }

private:
    Archive &m_archive;
    QString m_name;
    bool m_open = false; ///< the archive's current file is this entry, open
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_inflated = 0;
    bool m_atEnd = false;
};

class Archive
{
public:
    explicit Archive(QIODevice *device);
    ~Archive();

    /// Opens the archive and checks every entry's name and declared sizes.
    bool open();
    /// The entry's name as stored, found without regard to case (OPC part
    /// names ignore case); empty when absent.
    QString find(const QString &partName) const;

    Failure &failure() { return m_failure; }

private:
    friend class Entry;
    /// Where an entry starts in the archive (minizip's unz64_file_pos).
    struct Place
    {
        quint64 directoryOffset = 0;
        quint64 index = 0;
        qint64 compressed = 0;
        qint64 declared = 0; ///< the uncompressed size the directory claims
    };
    QIODevice *m_device;
    void *m_zip = nullptr;           ///< minizip's unzFile, read through m_device
    QHash<QString, QString> m_names; ///< lower-case name -> stored name
    QHash<QString, Place> m_places;  ///< stored name -> its place and compressed size
    qint64 m_inflatedTotal = 0;
    Failure m_failure;
};

/// True for a name that stays inside the archive: relative, no "." or ".."
/// segment, no backslash, drive letter or control character.
bool isSafeEntryName(const QString &name);

} // namespace alliance::xlsx
