#include "spreadsheet/xlsxarchive.h"

#include "spreadsheet/xlsxlimits.h"

#include <quazip.h>
#include <quazipfile.h>

namespace alliance::xlsx {

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    QStringView rest(name);
    if (rest.endsWith(u'/')) // a folder entry
        rest.chop(1);
    for (const QStringView segment : rest.split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

Archive::Archive(QIODevice *device) : m_zip(std::make_unique<QuaZip>(device)) { }

Archive::~Archive() = default;

bool Archive::open()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return m_failure.set(XlsxRefusal::NotZip, {});
    // The count comes from the archive's end record; the listing below stops
    // there, so it is checked first.
    if (m_zip->getEntriesCount() > maxEntries)
        return m_failure.set(XlsxRefusal::TooManyEntries, {});
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK || entries.size() != m_zip->getEntriesCount())
        return m_failure.set(XlsxRefusal::NotZip, {});
    qint64 total = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        if (!isSafeEntryName(entry.name))
            return m_failure.set(XlsxRefusal::UnsafeEntryName, entry.name);
        const QString key = entry.name.toLower();
        if (m_names.contains(key))
            return m_failure.set(XlsxRefusal::UnsafeEntryName, entry.name);
        // Links to other workbooks, followed or not, are refused outright.
        if (key.startsWith(QLatin1String("xl/externallinks/")))
            return m_failure.set(XlsxRefusal::ExternalReference, entry.name);
        if (entry.flags & 1) // encrypted: cannot be read, nor its size trusted
            return m_failure.set(XlsxRefusal::Damaged, entry.name);
        const qint64 size = qint64(entry.uncompressedSize);
        const qint64 compressed = qint64(entry.compressedSize);
        if (size < 0 || size > maxEntryBytes)
            return m_failure.set(XlsxRefusal::EntryTooLarge, entry.name);
        if (size > ratioFloorBytes && size > maxCompressionRatio * compressed)
            return m_failure.set(XlsxRefusal::CompressionRatio, entry.name);
        total += size;
        if (total > maxTotalBytes)
            return m_failure.set(XlsxRefusal::TotalTooLarge, {});
        m_names.insert(key, entry.name);
        m_compressed.insert(entry.name, compressed);
    }
    return true;
}

QString Archive::find(const QString &partName) const
{
    return m_names.value(partName.toLower());
}

Entry::Entry(Archive &archive, const QString &name)
    : m_archive(archive), m_name(name), m_file(std::make_unique<QuaZipFile>(archive.m_zip.get()))
{
    m_compressed = archive.m_compressed.value(name);
    if (!archive.m_zip->setCurrentFile(name, QuaZip::csSensitive) || !m_file->open(QIODevice::ReadOnly)) {
        m_atEnd = true;
        archive.m_failure.set(XlsxRefusal::Damaged, name);
    }
}

Entry::~Entry()
{
    if (m_file->isOpen())
        m_file->close();
}

QByteArray Entry::read()
{
    if (m_atEnd || m_archive.m_failure.failed())
        return {};
    QByteArray chunk(readChunkBytes, Qt::Uninitialized);
    const qint64 n = m_file->read(chunk.data(), chunk.size());
    if (n < 0) {
        m_atEnd = true;
        m_archive.m_failure.set(XlsxRefusal::Damaged, m_name);
        return {};
    }
    if (n == 0) {
        m_atEnd = true;
        m_file->close(); // checks the CRC
        if (m_file->getZipError() != UNZ_OK)
            m_archive.m_failure.set(XlsxRefusal::Damaged, m_name);
        return {};
    }
    chunk.truncate(n);
    // The archive's declared sizes were checked; what is inflated is counted
    // again, so that a lying header stops here, one chunk past the limit.
    m_inflated += n;
    m_archive.m_inflatedTotal += n;
    if (m_inflated > maxEntryBytes)
        m_archive.m_failure.set(XlsxRefusal::EntryTooLarge, m_name);
    else if (m_inflated > ratioFloorBytes && m_inflated > maxCompressionRatio * m_compressed)
        m_archive.m_failure.set(XlsxRefusal::CompressionRatio, m_name);
    else if (m_archive.m_inflatedTotal > maxTotalBytes)
        m_archive.m_failure.set(XlsxRefusal::TotalTooLarge, {});
    if (m_archive.m_failure.failed()) {
        m_atEnd = true;
        return {};
    }
    return chunk;
}

bool Entry::finish()
{
    while (!m_atEnd)
        read();
    return !m_archive.m_failure.failed();
}

} // namespace alliance::xlsx
