#pragma once
// Workbooks made by hand, part by part, for the reader's tests: sound ones
// as Excel writes them, and hostile variants (lying sizes, bombs, DTDs).
// Written with minizip, the library the reader reads with.

#include "spreadsheet/xlsxreader.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <catch2/catch.hpp>
#include <functional>
#include <minizip/zip.h>
#include <zlib.h>

namespace alliance::test {

/// Gives an entry's bytes chunk by chunk, empty at the end: large entries are
/// streamed into the archive, never held whole.
using Producer = std::function<QByteArray()>;

struct ZipEntry
{
    QString name;
    QByteArray data;
    Producer producer; ///< used instead of data when set
};

/// A zip being written with minizip (the library the reader reads with).
class ZipWriter
{
public:
    /// Creates the archive, or adds to the one already at that path.
    ZipWriter(const QString &path, bool add = false)
        : m_zip(zipOpen64(QFile::encodeName(path).constData(), add ? APPEND_STATUS_ADDINZIP : APPEND_STATUS_CREATE))
    {
        REQUIRE(m_zip != nullptr);
    }
    ~ZipWriter()
    {
        if (m_zip)
            zipClose(m_zip, nullptr);
    }
    void close()
    {
        REQUIRE(zipClose(m_zip, nullptr) == ZIP_OK);
        m_zip = nullptr;
    }
    /// Deflates an entry (names flagged as UTF-8).
    void add(const ZipEntry &entry)
    {
        open(entry.name, Z_DEFLATED, 1, false);
        if (entry.producer) {
            for (QByteArray chunk = entry.producer(); !chunk.isEmpty(); chunk = entry.producer())
                write(chunk);
        } else {
            write(entry.data);
        }
        REQUIRE(zipCloseFileInZip(m_zip) == ZIP_OK);
    }
    /// Stores bytes already deflated under a header that says what the
    /// caller wants (a lying size or checksum).
    void addRaw(const QString &name, const QByteArray &deflated, qint64 claimedSize, quint32 claimedCrc)
    {
        open(name, Z_DEFLATED, 9, true);
        write(deflated);
        REQUIRE(zipCloseFileInZipRaw64(m_zip, ZPOS64_T(claimedSize), uLong(claimedCrc)) == ZIP_OK);
    }

private:
    void open(const QString &name, int method, int level, bool raw)
    {
        zip_fileinfo info {};
        REQUIRE(zipOpenNewFileInZip4_64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        method, level, raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                        nullptr, 0, 0, 0x800 /* UTF-8 name */, 0)
                == ZIP_OK);
    }
    void write(const QByteArray &bytes)
    {
        REQUIRE(zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK);
    }
    zipFile m_zip;
};

void writeZip(const QString &path, const QList<ZipEntry> &entries);
/// `body` after an XML declaration.
QByteArray xml(const char *body);
extern const char *const mainNs;
extern const char *const relNs;
QByteArray sheetXml(const QByteArray &sheetData);
QByteArray relationship(const char *id, const char *type, const QByteArray &target, const char *extra = "");
QByteArray relationships(const QByteArray &body);
/// A sound workbook the way Excel writes one: two sheets (the second hidden)
/// and a shared string table. Tests replace or remove parts of it.
QList<ZipEntry> workbook(const QByteArray &sheet1, const QByteArray &shared = {});
void replace(QList<ZipEntry> &entries, const QString &name, const QByteArray &data);
void remove(QList<ZipEntry> &entries, const QString &name);
/// Writes `entries` as "reçu.xlsx" in a temporary folder and reads it.
XlsxReadResult readEntries(const QList<ZipEntry> &entries);
/// The refusal every hostile workbook gets: its reason, a message naming the
/// file, and nothing of the workbook.
void requireRefused(const XlsxReadResult &read, XlsxRefusal reason);
/// `count` bytes of random letters among the first `alphabet`, which deflate
/// compresses little (about 1.6 times for 26, 3.5 times for 4).
Producer letters(qint64 count, int alphabet = 26);
/// A producer giving `parts` in turn.
Producer sequence(QList<Producer> parts);
/// A producer giving `bytes` once.
Producer once(const QByteArray &bytes);

} // namespace alliance::test
