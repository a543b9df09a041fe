#pragma once
// Reading a workbook (.xlsx) received from anyone. Every workbook is hostile
// until checked: the archive's size, entries and compression (zip bomb),
// entry names, external references and DTDs are refused; rows, cells, text
// lengths and shared strings are capped (xlsxlimits.h). Formulas are never
// evaluated. On any refusal nothing of the workbook is returned.
//
//   const XlsxReadResult read = readXlsx(path);
//   if (!read.ok()) { show(read.message); return; }
//   const XlsxSheet *answers = read.workbook.sheet(QStringLiteral("Answers"));
//   if (answers && answers->cell(3, 2)) ...

#include "spreadsheet/xlsxworkbook.h"

#include <QByteArray>
#include <QString>

namespace alliance {

/// Why a workbook was refused. Each reason has its own translated message.
enum class XlsxRefusal {
    None,
    Missing,              ///< no file at that path
    Unreadable,           ///< a folder, permissions or an I/O error
    FileTooLarge,         ///< over xlsx::maxFileBytes
    NotZip,               ///< not a zip archive, or one cut short (truncated)
    TooManyEntries,       ///< over xlsx::maxEntries
    UnsafeEntryName,      ///< an entry named outside the archive ("../", "/etc", "C:\") or twice
    EntryTooLarge,        ///< an entry inflating past xlsx::maxEntryBytes
    TotalTooLarge,        ///< the entries together past xlsx::maxTotalBytes
    CompressionRatio,     ///< an entry inflating more than xlsx::maxCompressionRatio times (zip bomb)
    Damaged,              ///< an entry that does not inflate, or fails its checksum
    MissingPart,          ///< no workbook, or a sheet or shared string table named but absent
    DocumentType,         ///< a DTD in a part: entity declarations (billion laughs, external entities)
    ExternalReference,    ///< links to other workbooks, or a relationship leaving the archive
    Malformed,            ///< XML that is not well formed, or not the workbook's structure
    TooManySheets,        ///< over xlsx::maxSheets
    TooManyRows,          ///< a sheet past xlsx::maxRows
    TooManyCells,         ///< past xlsx::maxCells
    CellTooLong,          ///< a text past xlsx::maxCellChars
    TooManySharedStrings, ///< over xlsx::maxSharedStrings
    BadCell,              ///< a bad reference, cells out of order, a value that is not of its type
};

struct XlsxReadResult
{
    XlsxRefusal refusal = XlsxRefusal::None;
    QString message;       ///< translated, names the workbook and the reason; empty when read
    XlsxWorkbook workbook; ///< empty unless ok()
    bool ok() const { return refusal == XlsxRefusal::None; }
};

/// Checks and reads the workbook at `path`. Only reads the file.
XlsxReadResult readXlsx(const QString &path);

/// The same checks on a workbook's bytes already in memory; `name` stands for
/// it in messages.
XlsxReadResult readXlsxBytes(const QByteArray &bytes, const QString &name);

} // namespace alliance
