#include "exports/xlsxexport.h"

#include "document/document.h"
#include "exports/exportsource.h"
#include "exports/outputpath.h"
#include "model/language.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <xlsxwriter.h>

namespace alliance::exports {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString libraryError(lxw_error code)
{
    return QCoreApplication::translate("Export", "The workbook could not be written: %1")
        .arg(QString::fromUtf8(lxw_strerror(code)));
}

/// Column widths in characters: as wide as what they hold, within reason.
double widthOf(const QString &header, const QList<QList<Cell>> &rows, int column)
{
    qsizetype widest = header.size() + 2;
    for (const auto &row : rows) {
        const Cell &cell = row.at(column);
        qsizetype w = 0;
        switch (cell.kind) {
        case Cell::Kind::Text:
            // The longest line: a text with line breaks shows them.
            for (const auto &line : QStringView(cell.text).split(QLatin1Char('\n')))
                w = qMax(w, line.size());
            break;
        case Cell::Kind::Number:
        case Cell::Kind::Money:
            w = QString::number(cell.number, 'f', 2).size() + 3;
            break;
        case Cell::Kind::Date:
            w = 11;
            break;
        case Cell::Kind::DateTime:
            w = 17;
            break;
        case Cell::Kind::Empty:
            break;
        }
        widest = qMax(widest, w + 1);
        if (widest >= 60)
            break;
    }
    return double(qBound(qsizetype(8), widest, qsizetype(60)));
}

class WorkbookWriter
{
public:
    WorkbookWriter(ExportSource &source, const Options &options) : m_source(source), m_options(options) { }
    ~WorkbookWriter()
    {
        if (m_book)
            workbook_close(m_book);
    }

    bool write(const QString &path, Result &result, QString *error)
    {
        const QByteArray name = QFile::encodeName(path);
        m_book = workbook_new(name.constData());
        if (!m_book)
            return fail(error, QCoreApplication::translate("Export", "“%1” could not be written.").arg(path));
        makeFormats();
        const QByteArray title = m_source.partnershipTitle().toUtf8();
        lxw_doc_properties properties {};
        properties.title = const_cast<char *>(title.constData()); // only read
        workbook_set_properties(m_book, &properties);

        const QStringList names = sheetNames(m_source.titles());
        Sheet sheet;
        for (int i = 0; i < m_source.tables().size(); ++i) {
            if (!m_source.read(*m_source.tables().at(i), &sheet, error))
                return false;
            if (!writeSheet(sheet, names.at(i), result, error))
                return false;
        }
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (closed != LXW_NO_ERROR)
            return fail(error, libraryError(closed));
        return true;
    }

private:
    void makeFormats()
    {
        const auto language = m_options.language ? m_options.language : applicationLanguage();
        const bool french = language && language->code() == QLatin1String("fr");
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EEF4);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, french ? "dd/mm/yyyy" : "yyyy-mm-dd");
        format_set_align(m_date, LXW_ALIGN_LEFT);
        m_time = workbook_add_format(m_book);
        format_set_num_format(m_time, french ? "dd/mm/yyyy hh:mm" : "yyyy-mm-dd hh:mm");
        format_set_align(m_time, LXW_ALIGN_LEFT);
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00 \"€\"");
        m_text = workbook_add_format(m_book);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
    }

    bool writeSheet(const Sheet &sheet, const QString &name, Result &result, QString *error)
    {
        if (sheet.rows.size() >= LXW_ROW_MAX)
            return fail(error,
                        QCoreApplication::translate("Export",
                                                    "The table “%1” holds %2 rows, more than a spreadsheet "
                                                    "holds.")
                            .arg(sheet.title)
                            .arg(sheet.rows.size()));
        const QByteArray sheetName = name.toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName.constData());
        if (!ws)
            return fail(error, libraryError(LXW_ERROR_SHEETNAME_ALREADY_USED));
        const auto columns = lxw_col_t(sheet.columns.size());
        for (lxw_col_t c = 0; c < columns; ++c) {
            worksheet_set_column(ws, c, c, widthOf(sheet.headers.at(c), sheet.rows, c), nullptr);
            if (const lxw_error e = writeText(ws, 0, c, sheet.headers.at(c), m_header, result); e != LXW_NO_ERROR)
                return fail(error, libraryError(e));
        }
        worksheet_freeze_panes(ws, 1, 0);
        if (columns > 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), columns - 1);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const auto row = lxw_row_t(r + 1);
            for (lxw_col_t c = 0; c < columns; ++c)
                if (const lxw_error e = writeCell(ws, row, c, sheet.rows.at(r).at(c), result); e != LXW_NO_ERROR)
                    return fail(error, libraryError(e));
            ++result.rows;
            if (m_options.progress && (result.rows % 500 == 0) && !m_options.progress(result.rows, m_source.rowCount()))
                return fail(error, QCoreApplication::translate("Export", "The export was cancelled."));
        }
        ++result.tables;
        return true;
    }

    lxw_error writeCell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const Cell &cell, Result &result)
    {
        switch (cell.kind) {
        case Cell::Kind::Empty:
            return LXW_NO_ERROR;
        case Cell::Kind::Text:
            return writeText(ws, row, col, cell.text, m_text, result);
        case Cell::Kind::Number:
            return worksheet_write_number(ws, row, col, cell.number, nullptr);
        case Cell::Kind::Money:
            return worksheet_write_number(ws, row, col, cell.number, m_money);
        case Cell::Kind::Date:
        case Cell::Kind::DateTime: {
            const QDate d = cell.kind == Cell::Kind::Date ? cell.date : cell.time.date();
            const QTime t = cell.kind == Cell::Kind::Date ? QTime(0, 0) : cell.time.time();
            // Excel counts days from 1900: an earlier date stays as text.
            if (d.year() < 1900)
                return writeText(ws, row, col, d.toString(Qt::ISODate), m_text, result);
            lxw_datetime when {d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
            return worksheet_write_datetime(ws, row, col, &when, cell.kind == Cell::Kind::Date ? m_date : m_time);
        }
        }
        return LXW_NO_ERROR;
    }

    /// Text as a string cell, never a formula: a spreadsheet shows it as it is.
    lxw_error writeText(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format,
                        Result &result)
    {
        QString shown = text;
        if (shown.size() > maxCellText) {
            shown.truncate(maxCellText - 1);
            if (shown.back().isHighSurrogate())
                shown.chop(1);
            shown += QChar(0x2026);
            ++result.cutTexts;
        }
        const QByteArray utf8 = shown.toUtf8();
        return worksheet_write_string(ws, row, col, utf8.constData(), format);
    }

    ExportSource &m_source;
    const Options &m_options;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_text = nullptr;
};

} // namespace

QStringList sheetNames(const QStringList &titles)
{
    QStringList names;
    for (const QString &title : titles) {
        QString base;
        for (const QChar c : title)
            base += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? QLatin1Char(' ')
                                                                                                   : c;
        base = base.simplified();
        while (base.startsWith(QLatin1Char('\'')))
            base.remove(0, 1);
        while (base.endsWith(QLatin1Char('\'')))
            base.chop(1);
        if (base.isEmpty())
            base = QCoreApplication::translate("Export", "Sheet");
        QString name = base.left(maxSheetName);
        for (int n = 2; names.contains(name, Qt::CaseInsensitive)
             || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
             ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(maxSheetName - suffix.size()).trimmed() + suffix;
        }
        names.append(name);
    }
    return names;
}

std::optional<Result> writeXlsx(const Document &doc, const QString &path, const Options &options, QString *error)
{
    if (const QString refusal = refusalToWrite(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    auto source = ExportSource::open(doc, options, error);
    if (!source)
        return std::nullopt;
    // Written beside the target, then renamed: the target appears whole or not at all.
    const QFileInfo target(path);
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.partial").arg(target.fileName())));
    if (!partial.open()) {
        fail(error,
             QCoreApplication::translate("Export", "“%1” could not be written: %2").arg(path, partial.errorString()));
        return std::nullopt;
    }
    partial.close();
    Result result;
    if (!WorkbookWriter(*source, options).write(partial.fileName(), result, error))
        return std::nullopt;
    // As any new file (QTemporaryFile makes it readable by its owner alone).
    QFile::setPermissions(partial.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                              | QFile::ReadOther);
    if (!moveIntoPlace(partial.fileName(), path, error))
        return std::nullopt;
    return result;
}

} // namespace alliance::exports
