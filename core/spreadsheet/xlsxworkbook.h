#pragma once
// What a checked workbook holds: its sheets, in the workbook's order, and the
// cells that hold something. Rows and columns count from 1, as in "B3"
// (row 3, column 2). Plain values: nothing here refers back to the archive.

#include <QList>
#include <QString>
#include <optional>

namespace alliance {

/// What a cell held.
enum class XlsxCellKind {
    Text,    ///< a shared, inline or plain string: `text`
    Number,  ///< `number` (dates and booleans written by LibreOffice are numbers too)
    Boolean, ///< `number` is 0 or 1 (Excel's t="b")
    Error,   ///< an error value such as #DIV/0!: `text`
    Formula, ///< a formula: never evaluated, its cached result dropped; no value
};

struct XlsxCell
{
    int row = 0;    ///< from 1
    int column = 0; ///< from 1 (A = 1)
    XlsxCellKind kind = XlsxCellKind::Text;
    QString text;
    double number = 0;

    bool isFormula() const { return kind == XlsxCellKind::Formula; }
    /// The value as text: the text, or the number in its shortest form; empty for a formula.
    QString displayText() const;
};

/// A sheet's visibility, from workbook.xml.
enum class XlsxSheetState {
    Visible,
    Hidden,     ///< hidden, the user may show it again
    VeryHidden, ///< shown only by a macro or by editing the file
};

struct XlsxSheet
{
    QString name;
    XlsxSheetState state = XlsxSheetState::Visible;
    /// Cells holding a value or a formula, by row then column; empty cells are left out.
    QList<XlsxCell> cells;

    /// The cell at (row, column), or null when it is empty.
    const XlsxCell *cell(int row, int column) const;
    /// The cell at a reference such as "B3", or null.
    const XlsxCell *cell(const QString &reference) const;
    /// Number of the last row holding a cell (0 for an empty sheet).
    int lastRow() const { return cells.isEmpty() ? 0 : cells.last().row; }
};

struct XlsxWorkbook
{
    QList<XlsxSheet> sheets; ///< in the workbook's order (the order of the tabs)

    /// The sheet of that exact name, or null.
    const XlsxSheet *sheet(const QString &name) const;
};

namespace xlsx {

struct CellPosition
{
    int row = 0;
    int column = 0;
};

/// "B3" -> {3, 2}; nullopt unless a column of letters within maxColumns and a
/// row from 1 to 1048576 (absolute "$B$3" refused too: cells never carry it).
std::optional<CellPosition> parseCellReference(const QString &reference);
/// {3, 2} -> "B3".
QString cellReference(int row, int column);

} // namespace xlsx
} // namespace alliance
