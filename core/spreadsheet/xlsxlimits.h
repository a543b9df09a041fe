#pragma once
// Every limit a received workbook (.xlsx) is held to, declared once. A
// workbook that crosses one is refused before anything of it is used; the
// reader checks the archive's declared sizes first, then counts what it
// actually inflates and parses, and stops as soon as a limit is crossed.

#include <QtGlobal>

namespace alliance::xlsx {

/// Largest workbook file read (bytes). A partner's answers or a table of the
/// project take a few hundred kilobytes.
constexpr qint64 maxFileBytes = 32LL * 1024 * 1024;
/// Most entries (files) in the archive. Excel and LibreOffice write about a
/// dozen, plus one per sheet, drawing or image.
constexpr int maxEntries = 1000;
/// Most bytes one entry may inflate to.
constexpr qint64 maxEntryBytes = 64LL * 1024 * 1024;
/// Most bytes all entries read may inflate to, together.
constexpr qint64 maxTotalBytes = 192LL * 1024 * 1024;
/// Highest ratio of inflated to compressed size of one entry (zip bomb).
/// Spreadsheet XML compresses 10 to 30 times; deflate's own ceiling is about
/// 1030. Applied to entries past ratioFloorBytes only: a small entry of any
/// ratio costs nothing.
constexpr qint64 maxCompressionRatio = 100;
constexpr qint64 ratioFloorBytes = 1024 * 1024;
/// Most sheets in a workbook.
constexpr int maxSheets = 256;
/// Most rows of one sheet, and the highest row number read.
constexpr int maxRows = 100000;
/// Most cells holding something (a value or a formula), in all sheets.
constexpr qint64 maxCells = 1000000;
/// Longest text of one cell or shared string, in characters: Excel's own limit.
constexpr int maxCellChars = 32767;
/// Most entries of the shared string table.
constexpr int maxSharedStrings = 500000;
/// Highest column number (XFD), as in Excel.
constexpr int maxColumns = 16384;
/// XML shapes a workbook never needs and that would make the XML reader
/// slow or large: its check of repeated attributes takes time in the square
/// of their number, and each element's namespace in the number in scope.
/// A start tag's length in bytes, and its attributes (counted as its "=").
constexpr int maxTagBytes = 64 * 1024;
constexpr int maxTagAttributes = 256;
/// Elements open at once, and namespace declarations in scope.
constexpr int maxElementDepth = 64;
constexpr int maxNamespacesInScope = 256;
/// Chunk in which an entry is inflated and handed to the XML parser.
constexpr qint64 readChunkBytes = 64 * 1024;

} // namespace alliance::xlsx
