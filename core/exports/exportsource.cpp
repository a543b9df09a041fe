#include "exports/exportsource.h"

#include "document/document.h"
#include "exports/cellsafety.h"
#include "exports/leftout.h"
#include "method/method.h"
#include "model/language.h"
#include "storage/rowreader.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QHash>

namespace alliance::exports {

QString Cell::shown() const
{
    const QLocale locale = writingLocale();
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Number:
        return locale.toString(number, 'g', 12);
    case Kind::Money:
        return locale.toCurrencyString(number, QStringLiteral("€"));
    case Kind::Date:
        return locale.toString(date, QLocale::ShortFormat);
    case Kind::DateTime:
        return locale.toString(time, QLocale::ShortFormat);
    }
    return {};
}

bool isExported(const schema::Table &table)
{
    if (!table.merged)
        return false;
    for (const auto &c : table.columns)
        if (c.type == schema::ColumnType::Image)
            return false;
    return true;
}

ExportSource::~ExportSource() = default;

std::unique_ptr<ExportSource> ExportSource::open(const Document &doc, const Options &options, QString *error)
{
    std::unique_ptr<ExportSource> source(new ExportSource);
    if (options.language)
        source->m_writing.emplace(options.language);
    source->m_db = doc.openReader(error);
    if (!source->m_db)
        return nullptr;
    source->m_options = options;
    source->m_out = leftOutIds(*source->m_db, options.includePrivate);
    source->m_labels = std::make_unique<ItemLabels>(queryRowsOf(*source->m_db), ItemLabels::Reading::WholeTables);
    source->m_labels->hidePrivateItems(!options.includePrivate);
    for (const auto &t : schema::tables()) {
        const bool chosen = options.table.isEmpty() ? isExported(t) : t.name == options.table;
        if (!chosen)
            continue;
        source->m_tables.append(&t);
        source->m_rowCount
            += source->m_db->value(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(t.name))
                   .toLongLong();
    }
    if (source->m_tables.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Export", "There is no table “%1” to export.").arg(options.table);
        return nullptr;
    }
    return source;
}

QStringList ExportSource::titles() const
{
    QStringList titles;
    for (const schema::Table *t : m_tables)
        titles.append(itemlabel::tableLabel(t->name));
    QStringList told = titles;
    for (int i = 0; i < titles.size(); ++i) {
        if (titles.count(titles.at(i)) < 2)
            continue;
        for (const auto &c : m_tables.at(i)->columns)
            if (c.type == schema::ColumnType::Reference) {
                told[i] = QCoreApplication::translate("Export", "%1 (%2)", "a table and what it refers to")
                              .arg(titles.at(i), itemlabel::tableLabel(c.refTable));
                break;
            }
    }
    return told;
}

QString ExportSource::partnershipTitle() const
{
    return m_db->value(QStringLiteral("SELECT title FROM partnership WHERE deleted = 0 ORDER BY rowid LIMIT 1"))
        .toString();
}

bool ExportSource::read(const schema::Table &table, Sheet *sheet, QString *error) const
{
    sheet->table = &table;
    sheet->title = itemlabel::tableLabel(table.name);
    sheet->columns.clear();
    sheet->headers.clear();
    sheet->ids.clear();
    sheet->rows.clear();
    QStringList names {QStringLiteral("id")};
    for (const auto &c : table.columns) {
        if (c.type == schema::ColumnType::Image)
            continue;
        sheet->columns.append(&c);
        sheet->headers.append(itemlabel::fieldLabel(table.name, c.name));
        names.append(c.name);
    }
    // The order people entered them in (a checklist by its position).
    const QString order
        = table.column(QStringLiteral("position")) ? QStringLiteral("position, rowid") : QStringLiteral("rowid");
    RowReader r(*m_db,
                QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY %3")
                    .arg(names.join(QLatin1Char(',')), table.name, order));
    QHash<QUuid, int> wanted; // the rows asked for, by their place
    const bool some = m_options.ids.has_value();
    if (some)
        for (const QUuid &id : *m_options.ids)
            wanted.insert(id, int(wanted.size()));
    QList<QPair<int, int>> places; // (asked place, row) when some rows are asked for
    while (r.next()) {
        const QString idText = r.text(0);
        if (m_out.contains(idText))
            continue;
        const QUuid id = QUuid::fromString(idText);
        if (some && !wanted.contains(id))
            continue;
        QList<Cell> cells;
        cells.reserve(sheet->columns.size());
        bool hangsOnLeftOut = false;
        for (int i = 0; i < sheet->columns.size(); ++i) {
            const schema::Column &c = *sheet->columns.at(i);
            const QVariant value = r.value(i + 1);
            if (hangsOnCriterionLeftOut(table.name, c.name, value, m_out)) {
                hangsOnLeftOut = true;
                break;
            }
            // A reference that only assigns work to a row left out (an action's owner) is written empty.
            if (c.type == schema::ColumnType::Reference && m_out.contains(value.toString()))
                cells.append(Cell());
            else
                cells.append(cellOf(table, c, value));
        }
        if (hangsOnLeftOut)
            continue;
        if (some)
            places.append({wanted.value(id), int(sheet->rows.size())});
        sheet->ids.append(id);
        sheet->rows.append(cells);
    }
    if (!r.ok()) {
        if (error)
            *error
                = QCoreApplication::translate("Export", "The partnership could not be read: %1").arg(r.errorMessage());
        return false;
    }
    if (some) {
        // In the order the view shows them.
        std::sort(places.begin(), places.end());
        QList<QUuid> ids;
        QList<QList<Cell>> rows;
        for (const auto &[place, row] : places) {
            ids.append(sheet->ids.at(row));
            rows.append(sheet->rows.at(row));
        }
        sheet->ids = ids;
        sheet->rows = rows;
    }
    return true;
}

Cell ExportSource::cellOf(const schema::Table &table, const schema::Column &column, const QVariant &value) const
{
    Cell cell;
    if (value.isNull())
        return cell;
    const QString text = value.toString();
    auto textCell = [&cell](const QString &t) {
        cell.text = cellText(t);
        if (!cell.text.isEmpty())
            cell.kind = Cell::Kind::Text;
        return cell;
    };
    switch (column.display) {
    case schema::Display::Text:
        return textCell(text);
    case schema::Display::Number:
    case schema::Display::Rating:
        cell.kind = Cell::Kind::Number;
        cell.number = value.toDouble();
        return cell;
    case schema::Display::Money:
        cell.kind = Cell::Kind::Money;
        cell.number = value.toDouble();
        return cell;
    case schema::Display::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return textCell(text);
        cell.kind = Cell::Kind::Date;
        cell.date = date;
        return cell;
    }
    case schema::Display::Time:
        cell.kind = Cell::Kind::DateTime;
        cell.time = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toLocalTime();
        return cell;
    case schema::Display::MethodId:
        return text.isEmpty() ? cell : textCell(method::choiceLabel(column.choices(), text));
    case schema::Display::Reference: {
        if (text.isEmpty())
            return cell;
        const QString name = m_labels->name(column.refTable, QUuid::fromString(text));
        return textCell(name.isEmpty() ? QCoreApplication::translate("History", "(unknown item)") : name);
    }
    case schema::Display::YesNo:
    case schema::Display::Criterion:
        return text.isEmpty() ? cell : textCell(m_labels->valueText(table.name, column.name, value, 200));
    case schema::Display::Image:
        return cell;
    }
    return cell;
}

} // namespace alliance::exports
