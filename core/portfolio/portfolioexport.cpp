#include "portfolio/portfolioexport.h"

#include "exports/cellsafety.h"
#include "exports/csvexport.h"
#include "exports/exportsource.h"
#include "exports/outputpath.h"
#include "exports/xlsxexport.h"
#include "portfolio/portfoliotable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <functional>
#include <xlsxwriter.h>

namespace alliance::portfolio {

namespace {

exports::Cell cellOf(const PartnershipSummary &row, Column column)
{
    exports::Cell cell;
    const QVariant v = value(row, column);
    if (column == Column::LateActions && v.typeId() == QMetaType::Int) {
        cell.kind = exports::Cell::Kind::Number;
        cell.number = v.toInt();
        return cell;
    }
    cell.text = exports::cellText(text(row, column));
    cell.kind = cell.text.isEmpty() ? exports::Cell::Kind::Empty : exports::Cell::Kind::Text;
    return cell;
}

exports::Sheet sheetOf(const QList<PartnershipSummary> &rows)
{
    exports::Sheet sheet;
    sheet.title = QCoreApplication::translate("Portfolio", "Portfolio");
    for (Column c : columns())
        sheet.headers.append(header(c));
    for (const PartnershipSummary &row : rows) {
        QList<exports::Cell> cells;
        for (Column c : columns())
            cells.append(cellOf(row, c));
        sheet.rows.append(cells);
    }
    return sheet;
}

/// Writes through `write` to a file beside `path`, then moves it into place.
bool writeBeside(const QString &path, QString *error, const std::function<bool(const QString &)> &write)
{
    if (const QString refusal = exports::refusalToWrite(path, QString()); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    const QFileInfo target(path);
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.partial").arg(target.fileName())));
    if (!partial.open()) {
        if (error)
            *error = QCoreApplication::translate("Portfolio", "“%1” could not be written: %2")
                         .arg(path, partial.errorString());
        return false;
    }
    partial.close();
    if (!write(partial.fileName())) {
        if (error)
            *error = QCoreApplication::translate("Portfolio", "“%1” could not be written.").arg(path);
        return false;
    }
    QFile::setPermissions(partial.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                              | QFile::ReadOther);
    return exports::moveIntoPlace(partial.fileName(), path, error);
}

bool writeWorkbook(const exports::Sheet &sheet, const QString &file)
{
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook *book = workbook_new(name.constData());
    if (!book)
        return false;
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    format_set_bg_color(bold, 0xE8EEF4);
    lxw_format *top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    const QByteArray sheetName = sheet.title.left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(book, sheetName.constData());
    bool ok = ws != nullptr;
    const auto columns = lxw_col_t(sheet.headers.size());
    for (lxw_col_t c = 0; ok && c < columns; ++c) {
        qsizetype widest = sheet.headers.at(c).size() + 2;
        for (const auto &row : sheet.rows)
            widest = qMax(widest, row.at(c).text.size() + 1);
        worksheet_set_column(ws, c, c, double(qBound(qsizetype(8), widest, qsizetype(60))), nullptr);
        ok = worksheet_write_string(ws, 0, c, sheet.headers.at(c).toUtf8().constData(), bold) == LXW_NO_ERROR;
    }
    if (ok) {
        worksheet_freeze_panes(ws, 1, 0);
        if (columns > 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), columns - 1);
    }
    for (qsizetype r = 0; ok && r < sheet.rows.size(); ++r)
        for (lxw_col_t c = 0; ok && c < columns; ++c) {
            const exports::Cell &cell = sheet.rows.at(r).at(c);
            const auto row = lxw_row_t(r + 1);
            // A string cell is never a formula, whatever it starts with.
            if (cell.kind == exports::Cell::Kind::Number)
                ok = worksheet_write_number(ws, row, c, cell.number, top) == LXW_NO_ERROR;
            else if (cell.kind == exports::Cell::Kind::Text)
                ok = worksheet_write_string(ws, row, c, cell.text.left(exports::maxCellText).toUtf8().constData(), top)
                    == LXW_NO_ERROR;
        }
    return workbook_close(book) == LXW_NO_ERROR && ok;
}

} // namespace

bool writeCsv(const QList<PartnershipSummary> &rows, const QString &path, QString *error)
{
    const QByteArray bytes = exports::csvOf(sheetOf(rows));
    return writeBeside(path, error, [&](const QString &file) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush();
    });
}

bool writeXlsx(const QList<PartnershipSummary> &rows, const QString &path, QString *error)
{
    const exports::Sheet sheet = sheetOf(rows);
    return writeBeside(path, error, [&](const QString &file) { return writeWorkbook(sheet, file); });
}

} // namespace alliance::portfolio
