#include "spreadsheet/xlsxarchive.h"

#include "spreadsheet/xlsxlimits.h"

#include <QIODevice>
#include <limits>
#include <minizip/unzip.h>

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

namespace {

// minizip reads through these callbacks, so that a file and bytes in memory
// (readXlsxBytes) are read alike, from a device already open.
voidpf ZCALLBACK openDevice(voidpf opaque, const void *, int mode)
{
    auto *device = static_cast<QIODevice *>(opaque);
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ || !device->isReadable())
        return nullptr;
    return device;
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeNothing(voidpf, voidpf, const void *, uLong)
{
    return 0; // a received workbook is only read
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max()))
        return -1;
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = device->pos();
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = device->size();
        break;
    default:
        return -1;
    }
    const qint64 to = base + qint64(offset);
    if (to < base || to > device->size())
        return -1;
    return device->seek(to) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0; // the device belongs to the caller
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0; // failed reads and seeks are reported where they happen
}

/// An entry's name as stored: UTF-8 when its flag says so (bit 11), else
/// read byte for byte (OPC part names are ASCII).
QString entryName(const QByteArray &raw, quint64 flags)
{
    return (flags & 0x800) ? QString::fromUtf8(raw) : QString::fromLatin1(raw);
}

} // namespace

Archive::Archive(QIODevice *device) : m_device(device) { }

Archive::~Archive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool Archive::open()
{
    zlib_filefunc64_def functions {};
    functions.zopen64_file = openDevice;
    functions.zread_file = readDevice;
    functions.zwrite_file = writeNothing;
    functions.ztell64_file = tellDevice;
    functions.zseek64_file = seekDevice;
    functions.zclose_file = closeDevice;
    functions.zerror_file = deviceError;
    functions.opaque = m_device;
    if (!m_device || !m_device->isOpen())
        return m_failure.set(XlsxRefusal::NotZip, {});
    m_zip = unzOpen2_64(m_device, &functions);
    if (!m_zip)
        return m_failure.set(XlsxRefusal::NotZip, {});
    // The count comes from the archive's end record; the listing below stops
    // there, so it is checked first.
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return m_failure.set(XlsxRefusal::NotZip, {});
    if (global.number_entry > ZPOS64_T(maxEntries))
        return m_failure.set(XlsxRefusal::TooManyEntries, {});
    QByteArray rawName(0xffff + 1, Qt::Uninitialized); // a zip name takes 16 bits of length
    qint64 total = 0;
    ZPOS64_T listed = 0;
    for (int status = unzGoToFirstFile(m_zip); status != UNZ_END_OF_LIST_OF_FILE; status = unzGoToNextFile(m_zip)) {
        if (status != UNZ_OK || ++listed > global.number_entry)
            return m_failure.set(XlsxRefusal::NotZip, {});
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, rawName.data(), uLong(rawName.size()), nullptr, 0, nullptr, 0)
            != UNZ_OK)
            return m_failure.set(XlsxRefusal::NotZip, {});
        const QString name = entryName(rawName.left(int(info.size_filename)), info.flag);
        if (!isSafeEntryName(name))
            return m_failure.set(XlsxRefusal::UnsafeEntryName, name);
        const QString key = name.toLower();
        if (m_names.contains(key))
            return m_failure.set(XlsxRefusal::UnsafeEntryName, name);
        // Links to other workbooks, followed or not, are refused outright.
        if (key.startsWith(QLatin1String("xl/externallinks/")))
            return m_failure.set(XlsxRefusal::ExternalReference, name);
        if (info.flag & 1) // encrypted: cannot be read, nor its size trusted
            return m_failure.set(XlsxRefusal::Damaged, name);
        if (info.uncompressed_size > ZPOS64_T(maxEntryBytes))
            return m_failure.set(XlsxRefusal::EntryTooLarge, name);
        const qint64 size = qint64(info.uncompressed_size);
        const qint64 compressed
            = info.compressed_size > ZPOS64_T(maxTotalBytes) ? maxTotalBytes : qint64(info.compressed_size);
        if (size > ratioFloorBytes && size > maxCompressionRatio * compressed)
            return m_failure.set(XlsxRefusal::CompressionRatio, name);
        total += size;
        if (total > maxTotalBytes)
            return m_failure.set(XlsxRefusal::TotalTooLarge, {});
        unz64_file_pos place {};
        if (unzGetFilePos64(m_zip, &place) != UNZ_OK)
            return m_failure.set(XlsxRefusal::NotZip, {});
        m_names.insert(key, name);
        m_places.insert(name, {place.pos_in_zip_directory, place.num_of_file, compressed, size});
    }
    if (listed != global.number_entry)
        return m_failure.set(XlsxRefusal::NotZip, {});
    return true;
}

QString Archive::find(const QString &partName) const
{
    return m_names.value(partName.toLower());
}

Entry::Entry(Archive &archive, const QString &name) : m_archive(archive), m_name(name)
{
    const auto place = archive.m_places.constFind(name);
    if (place != archive.m_places.constEnd()) {
        m_compressed = place->compressed;
        m_declared = place->declared;
        unz64_file_pos pos {place->directoryOffset, place->index};
        m_open = unzGoToFilePos64(archive.m_zip, &pos) == UNZ_OK && unzOpenCurrentFile(archive.m_zip) == UNZ_OK;
    }
    if (!m_open) {
        m_atEnd = true;
        archive.m_failure.set(XlsxRefusal::Damaged, name);
    }
}

Entry::~Entry()
{
    if (m_open)
        unzCloseCurrentFile(m_archive.m_zip);
}

QByteArray Entry::read()
{
    if (m_atEnd || m_archive.m_failure.failed())
        return {};
    QByteArray chunk(readChunkBytes, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_archive.m_zip, chunk.data(), unsigned(chunk.size()));
    if (n < 0) {
        m_atEnd = true;
        m_archive.m_failure.set(XlsxRefusal::Damaged, m_name);
        return {};
    }
    if (n == 0) {
        m_atEnd = true;
        m_open = false;
        // Checks the CRC (against what was inflated, up to the size declared).
        // minizip checks it only when the size declared was all inflated: an
        // entry that ends before it is damaged too.
        if (unzCloseCurrentFile(m_archive.m_zip) != UNZ_OK || m_inflated != m_declared)
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
