#include "spreadsheet/xlsxmessages.h"

#include "spreadsheet/xlsxlimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace alliance {

namespace {

QString figure(qint64 n)
{
    return QLocale().toString(n);
}

QString megabytes(qint64 bytes)
{
    return figure(bytes / (1024 * 1024));
}

} // namespace

QString xlsxRefusalMessage(XlsxRefusal refusal, const QString &workbook, const QString &whereGiven)
{
    using namespace xlsx;
    // A hostile workbook chooses its part names and targets: a message shows
    // no more than a line of them.
    constexpr int shownChars = 120;
    const QString where = whereGiven.size() > shownChars ? whereGiven.left(shownChars) + QChar(0x2026) : whereGiven;
    switch (refusal) {
    case XlsxRefusal::None:
        return {};
    case XlsxRefusal::Missing:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” does not exist.").arg(workbook);
    case XlsxRefusal::Unreadable:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” cannot be read.").arg(workbook);
    case XlsxRefusal::FileTooLarge:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” is larger than %2 MB: it is not read.")
            .arg(workbook, megabytes(maxFileBytes));
    case XlsxRefusal::NotZip:
        return QCoreApplication::translate("XlsxReader",
                                           "“%1” is not a workbook (.xlsx), or it is incomplete or damaged.")
            .arg(workbook);
    case XlsxRefusal::TooManyEntries:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” holds more than %2 files: it is not read.")
            .arg(workbook, figure(maxEntries));
    case XlsxRefusal::UnsafeEntryName:
        return QCoreApplication::translate("XlsxReader",
                                           "The workbook “%1” names a file “%2” that points outside the workbook "
                                           "or is named twice: it is not read.")
            .arg(workbook, where);
    case XlsxRefusal::EntryTooLarge:
        return QCoreApplication::translate(
                   "XlsxReader",
                   "In the workbook “%1”, “%2” would take more than %3 MB uncompressed: the workbook is not read.")
            .arg(workbook, where, megabytes(maxEntryBytes));
    case XlsxRefusal::TotalTooLarge:
        return QCoreApplication::translate("XlsxReader",
                                           "The workbook “%1” would take more than %2 MB uncompressed: it is not read.")
            .arg(workbook, megabytes(maxTotalBytes));
    case XlsxRefusal::CompressionRatio:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, “%2” is compressed more than %3 times, like a zip "
                                           "bomb: the workbook is not read.")
            .arg(workbook, where, figure(maxCompressionRatio));
    case XlsxRefusal::Damaged:
        return QCoreApplication::translate(
                   "XlsxReader", "In the workbook “%1”, “%2” is damaged or encrypted: the workbook is not read.")
            .arg(workbook, where);
    case XlsxRefusal::MissingPart:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” is incomplete: “%2” is missing.")
            .arg(workbook, where);
    case XlsxRefusal::DocumentType:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, “%2” declares a document type (DTD). A workbook "
                                           "never needs one, and it could make this computer read other files or "
                                           "run out of memory: the workbook is not read.")
            .arg(workbook, where);
    case XlsxRefusal::ExternalReference:
        return QCoreApplication::translate("XlsxReader",
                                           "The workbook “%1” refers to other files (“%2”). Such links are never "
                                           "followed: the workbook is not read.")
            .arg(workbook, where);
    case XlsxRefusal::Malformed:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, “%2” is not valid: the workbook is not read.")
            .arg(workbook, where);
    case XlsxRefusal::TooManySheets:
        return QCoreApplication::translate("XlsxReader", "The workbook “%1” has more than %2 sheets: it is not read.")
            .arg(workbook, figure(maxSheets));
    case XlsxRefusal::TooManyRows:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, the sheet “%2” has more than %3 rows: the workbook "
                                           "is not read.")
            .arg(workbook, where, figure(maxRows));
    case XlsxRefusal::TooManyCells:
        return QCoreApplication::translate("XlsxReader",
                                           "The workbook “%1” has more than %2 filled cells: it is not read.")
            .arg(workbook, figure(maxCells));
    case XlsxRefusal::CellTooLong:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, %2 holds a text longer than %3 characters: the "
                                           "workbook is not read.")
            .arg(workbook, where, figure(maxCellChars));
    case XlsxRefusal::TooManySharedStrings:
        return QCoreApplication::translate("XlsxReader",
                                           "The workbook “%1” has more than %2 shared texts: it is not read.")
            .arg(workbook, figure(maxSharedStrings));
    case XlsxRefusal::BadCell:
        return QCoreApplication::translate("XlsxReader",
                                           "In the workbook “%1”, %2 is not valid: the workbook is not read.")
            .arg(workbook, where);
    }
    return {};
}

} // namespace alliance
