#include "workbookentries.h"

#include <QFile>
#include <QRegularExpression>
#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <zlib.h>

namespace alliance::test {

QList<QPair<QString, QByteArray>> zipEntries(const QString &path)
{
    QList<QPair<QString, QByteArray>> entries;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return entries;
    for (int at = unzGoToFirstFile(zip); at == UNZ_OK; at = unzGoToNextFile(zip)) {
        char name[1024];
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray bytes(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        const int read = unzReadCurrentFile(zip, bytes.data(), unsigned(bytes.size()));
        unzCloseCurrentFile(zip);
        bytes.truncate(qMax(read, 0));
        entries.append({QString::fromUtf8(name), bytes});
    }
    unzClose(zip);
    return entries;
}

bool writeZipEntries(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QFile::remove(path);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : entries) {
        zip_fileinfo info {};
        ok = ok
            && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     Z_BEST_SPEED, 1)
                == ZIP_OK;
        for (qsizetype at = 0; ok && at < bytes.size(); at += 1 << 20)
            ok = zipWriteInFileInZip(zip, bytes.constData() + at, unsigned(qMin<qsizetype>(1 << 20, bytes.size() - at)))
                == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

bool replaceZipEntry(const QString &path, const QString &name, const QByteArray &bytes)
{
    auto entries = zipEntries(path);
    if (entries.isEmpty())
        return false;
    bool found = false;
    for (auto &entry : entries)
        if (entry.first == name) {
            entry.second = bytes;
            found = true;
        }
    if (!found)
        entries.append({name, bytes});
    return writeZipEntries(path, entries);
}

QString worksheetEntry(const QList<QPair<QString, QByteArray>> &entries, const QString &sheet)
{
    for (const auto &[name, bytes] : entries) {
        if (name != QLatin1String("xl/workbook.xml"))
            continue;
        static const QRegularExpression sheetTag(QStringLiteral("<sheet [^>]*name=\"([^\"]*)\""));
        int index = 0;
        for (auto it = sheetTag.globalMatch(QString::fromUtf8(bytes)); it.hasNext();) {
            ++index;
            if (it.next().captured(1) == sheet)
                return QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
        }
    }
    return {};
}

} // namespace alliance::test
