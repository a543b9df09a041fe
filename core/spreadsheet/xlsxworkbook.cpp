#include "spreadsheet/xlsxworkbook.h"

#include "spreadsheet/xlsxlimits.h"

#include <algorithm>

namespace alliance {

QString XlsxCell::displayText() const
{
    switch (kind) {
    case XlsxCellKind::Text:
    case XlsxCellKind::Error:
        return text;
    case XlsxCellKind::Number:
    case XlsxCellKind::Boolean:
        return QString::number(number, 'g', 15); // 15 digits, as spreadsheets show them
    case XlsxCellKind::Formula:
        break;
    }
    return {};
}

const XlsxCell *XlsxSheet::cell(int row, int column) const
{
    // Cells are in reading order, so a binary search finds one.
    const auto at
        = std::lower_bound(cells.begin(), cells.end(), qMakePair(row, column),
                           [](const XlsxCell &c, const QPair<int, int> &p) { return qMakePair(c.row, c.column) < p; });
    if (at == cells.end() || at->row != row || at->column != column)
        return nullptr;
    return &*at;
}

const XlsxCell *XlsxSheet::cell(const QString &reference) const
{
    const auto position = xlsx::parseCellReference(reference);
    return position ? cell(position->row, position->column) : nullptr;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

namespace xlsx {

namespace {
constexpr int maxRowNumber = 1048576; // Excel's last row
}

std::optional<CellPosition> parseCellReference(const QString &reference)
{
    int i = 0;
    qint64 column = 0;
    while (i < reference.size() && reference.at(i) >= u'A' && reference.at(i) <= u'Z' && column <= maxColumns) {
        column = column * 26 + (reference.at(i).unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || column > maxColumns)
        return std::nullopt;
    qint64 row = 0;
    const int digitsFrom = i;
    while (i < reference.size() && reference.at(i) >= u'0' && reference.at(i) <= u'9' && row <= maxRowNumber) {
        row = row * 10 + (reference.at(i).unicode() - u'0');
        ++i;
    }
    if (i != reference.size() || i == digitsFrom || reference.at(digitsFrom) == u'0' || row > maxRowNumber)
        return std::nullopt;
    return CellPosition {int(row), int(column)};
}

QString cellReference(int row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

} // namespace xlsx
} // namespace alliance
