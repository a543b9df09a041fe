#include "questionnaire/veryhidden.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace alliance::questionnaire {

namespace {

bool fail(QString *error, const QString &path)
{
    if (error)
        *error
            = QCoreApplication::translate("Questionnaire", "The questionnaire “%1” could not be finished.").arg(path);
    return false;
}

/// `xml` with state="hidden" of the <sheet> named `sheet` made "veryHidden".
bool veryHiddenIn(QByteArray &xml, const QString &sheet)
{
    const QByteArray name = "name=\"" + sheet.toHtmlEscaped().toUtf8() + '"';
    const qsizetype at = xml.indexOf(name);
    if (at < 0)
        return false;
    const qsizetype start = xml.lastIndexOf("<sheet ", at);
    const qsizetype end = xml.indexOf("/>", at);
    const qsizetype state = xml.indexOf("state=\"hidden\"", start);
    if (start < 0 || end < 0 || state < 0 || state > end)
        return false;
    xml.replace(state, qsizetype(sizeof("state=\"hidden\"") - 1), "state=\"veryHidden\"");
    return true;
}

/// Copies every entry of `in` to `out`, compressed bytes as they are, except
/// xl/workbook.xml, which is changed.
bool copyEntries(unzFile in, zipFile out, const QString &sheet)
{
    bool changed = false;
    for (int more = unzGoToFirstFile(in); more == UNZ_OK; more = unzGoToNextFile(in)) {
        unz_file_info info {};
        char name[512];
        if (unzGetCurrentFileInfo(in, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        zip_fileinfo zi {};
        zi.dosDate = info.dosDate;
        const bool isWorkbook = qstrcmp(name, "xl/workbook.xml") == 0;
        int method = 0;
        int level = 0;
        if (unzOpenCurrentFile2(in, &method, &level, isWorkbook ? 0 : 1) != UNZ_OK)
            return false;
        QByteArray bytes(qsizetype(isWorkbook ? info.uncompressed_size : info.compressed_size), Qt::Uninitialized);
        const int read = bytes.isEmpty() ? 0 : unzReadCurrentFile(in, bytes.data(), unsigned(bytes.size()));
        if (unzCloseCurrentFile(in) != UNZ_OK || read != bytes.size())
            return false;
        if (isWorkbook && !(changed = veryHiddenIn(bytes, sheet)))
            return false;
        if (zipOpenNewFileInZip2(out, name, &zi, nullptr, 0, nullptr, 0, nullptr, method, isWorkbook ? 6 : level,
                                 isWorkbook ? 0 : 1)
                != ZIP_OK
            || (!bytes.isEmpty() && zipWriteInFileInZip(out, bytes.constData(), unsigned(bytes.size())) != ZIP_OK))
            return false;
        const int closed
            = isWorkbook ? zipCloseFileInZip(out) : zipCloseFileInZipRaw(out, info.uncompressed_size, info.crc);
        if (closed != ZIP_OK)
            return false;
    }
    return changed;
}

} // namespace

bool makeVeryHidden(const QString &path, const QString &sheet, QString *error)
{
    const QByteArray from = QFile::encodeName(path);
    const QByteArray to = QFile::encodeName(path + QStringLiteral(".veryhidden"));
    unzFile in = unzOpen(from.constData());
    if (!in)
        return fail(error, path);
    zipFile out = zipOpen(to.constData(), APPEND_STATUS_CREATE);
    bool ok = out && copyEntries(in, out, sheet);
    unzClose(in);
    if (out)
        ok = zipClose(out, nullptr) == ZIP_OK && ok;
    // Over the partial file the caller owns, never over a user's file.
    ok = ok && std::rename(to.constData(), from.constData()) == 0;
    if (!ok) {
        QFile::remove(path + QStringLiteral(".veryhidden"));
        return fail(error, path);
    }
    return true;
}

} // namespace alliance::questionnaire
