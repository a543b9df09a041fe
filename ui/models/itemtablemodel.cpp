#include "models/itemtablemodel.h"

#include "document/document.h"
#include "edits/revive.h"
#include "journal/itemlabel.h"
#include "storage/schema.h"

#include <QDate>
#include <QLocale>

namespace alliance {

ItemTableModel::ItemTableModel(Document *document, const QString &table, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_table(table), m_columns(std::move(columns))
{
    m_editText = tr("Edit");
    connect(document, &Document::changed, this, &ItemTableModel::reload);
    reload();
}

void ItemTableModel::setFilter(const QString &field, const QVariant &value)
{
    m_filterField = field;
    m_filterValue = value.typeId() == QMetaType::QUuid ? QVariant(schema::idText(value.toUuid())) : value;
    reload();
}

void ItemTableModel::setOrderBy(const QString &field)
{
    m_orderBy = field;
    reload();
}

void ItemTableModel::setEditText(const QString &text)
{
    m_editText = text;
}

void ItemTableModel::setAddText(const QString &text)
{
    m_addText = text;
}

void ItemTableModel::setRemoveText(const QString &text)
{
    m_removeText = text;
}

void ItemTableModel::setNewItemDefaults(const QVariantMap &fieldValues)
{
    m_defaults = fieldValues;
}

void ItemTableModel::setDisplayFunction(const QString &field, std::function<QVariant(const QVariant &)> display)
{
    m_display.insert(field, std::move(display));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ItemTableModel::setRowStyle(std::function<QVariant(const QVariantList &, int)> style)
{
    m_rowStyle = std::move(style);
}

QString ItemTableModel::fieldAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).field : QString();
}

QUuid ItemTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QUuid::fromString(m_rows.at(row).value(0).toString()) : QUuid();
}

int ItemTableModel::rowOf(const QUuid &id) const
{
    const QString text = schema::idText(id);
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).value(0).toString() == text)
            return r;
    return -1;
}

void ItemTableModel::reload()
{
    QStringList fields;
    for (const auto &c : m_columns)
        fields << c.field;
    // A filter on "no value yet" (a null id) shows nothing rather than every row.
    QList<QVariantList> fresh;
    if (m_filterField.isEmpty() || !m_filterValue.isNull())
        fresh = m_document->rows(m_table, fields, m_filterField, m_filterValue, m_orderBy);
    bool sameItems = fresh.size() == m_rows.size();
    for (int r = 0; sameItems && r < fresh.size(); ++r)
        sameItems = fresh.at(r).value(0) == m_rows.at(r).value(0);
    if (sameItems) {
        // Same items in the same order: keep selections and editors, refresh the values.
        const bool differs = fresh != m_rows;
        m_rows = fresh;
        if (differs && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    // One block of items added or removed (the usual edit): say so, so that
    // views keep their selection; anything else resets.
    const int oldSize = int(m_rows.size()), newSize = int(fresh.size());
    int prefix = 0;
    while (prefix < oldSize && prefix < newSize && fresh.at(prefix).value(0) == m_rows.at(prefix).value(0))
        ++prefix;
    int suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && fresh.at(newSize - 1 - suffix).value(0) == m_rows.at(oldSize - 1 - suffix).value(0))
        ++suffix;
    if (prefix + suffix == oldSize && newSize > oldSize) {
        beginInsertRows({}, prefix, prefix + newSize - oldSize - 1);
        m_rows = fresh;
        endInsertRows();
    } else if (prefix + suffix == newSize && oldSize > newSize) {
        beginRemoveRows({}, prefix, prefix + oldSize - newSize - 1);
        m_rows = fresh;
        endRemoveRows();
    } else {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ItemTableModel::display(int column, const QVariant &raw) const
{
    const QString field = m_columns.at(column).field;
    if (const auto f = m_display.value(field)) {
        const QVariant shown = f(raw);
        if (shown.isValid())
            return shown;
    }
    const schema::Column *c = schema::table(m_table)->column(field);
    if (!c)
        return raw;
    switch (c->type) {
    case schema::ColumnType::Choice: {
        const method::Choice *choice = method::findChoice(c->choices(), raw.toString());
        return choice ? method::tr(choice->label) : QString();
    }
    case schema::ColumnType::Reference: {
        if (raw.isNull())
            return QString();
        // Named as everywhere else (an action by its title, a review by its title or date).
        return ItemLabels(*m_document).name(c->refTable, QUuid::fromString(raw.toString()));
    }
    case schema::ColumnType::Date: {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    }
    case schema::ColumnType::Real:
        return QLocale().toString(raw.toDouble(), 'g', 12);
    case schema::ColumnType::Bool:
        return QVariant(); // shown as a check box
    default:
        return raw;
    }
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant raw = row.value(index.column() + 1);
    const schema::Column *c = schema::table(m_table)->column(m_columns.at(index.column()).field);
    const bool isBool = c && c->type == schema::ColumnType::Bool;
    switch (role) {
    case Qt::DisplayRole:
        return isBool ? QVariant() : display(index.column(), raw);
    case Qt::EditRole:
        if (c && c->type == schema::ColumnType::Date)
            return QDate::fromString(raw.toString(), Qt::ISODate);
        if (c && c->type == schema::ColumnType::Real)
            return raw.toDouble();
        return raw;
    case Qt::CheckStateRole:
        return isBool ? QVariant(raw.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole: {
        const QVariant shown = isBool ? QVariant() : display(index.column(), raw);
        return shown.toString().size() > 40 ? shown : QVariant();
    }
    case IdRole:
        return QUuid::fromString(row.value(0).toString());
    case RawRole:
        return raw;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return m_rowStyle ? m_rowStyle(row, role) : QVariant();
    default:
        return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_columns.at(index.column()).editable)
        return f;
    const schema::Column *c = schema::table(m_table)->column(m_columns.at(index.column()).field);
    if (c && c->type == schema::ColumnType::Bool)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_columns.at(index.column()).editable)
        return false;
    QVariant stored = value;
    if (role == Qt::CheckStateRole)
        stored = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    const Column &column = m_columns.at(index.column());
    //: An undo step's name: what was done, then the column ("Edit action: Due date")
    ChangeSet change(tr("%1: %2").arg(m_editText, column.header));
    change.set(m_table, idAt(index.row()), column.field, stored);
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true; // reload() already emitted dataChanged
}

QUuid ItemTableModel::addItem(const QVariantMap &fieldValues)
{
    const QUuid id = QUuid::createUuid();
    ChangeSet change(m_addText.isEmpty() ? tr("Add an item") : m_addText);
    QVariantMap values = m_defaults;
    for (auto it = fieldValues.begin(); it != fieldValues.end(); ++it)
        values.insert(it.key(), it.value());
    if (!m_filterField.isEmpty())
        values.insert(m_filterField, m_filterValue);
    edits::create(change, m_table, id, values);
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return {};
    }
    return id;
}

bool ItemTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    Q_UNUSED(row);
    if (parent.isValid() || count <= 0)
        return false;
    QVariantMap values = m_defaults;
    if (!m_filterField.isEmpty())
        values.insert(m_filterField, m_filterValue);
    ChangeSet change(m_addText.isEmpty() ? tr("Add items") : m_addText);
    for (int i = 0; i < count; ++i) {
        const QUuid id = QUuid::createUuid();
        edits::create(change, m_table, id, values);
    }
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

bool ItemTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    ChangeSet change(count == 1 ? (m_removeText.isEmpty() ? tr("Delete an item") : m_removeText)
                                : tr("Delete %n item(s)", nullptr, count));
    for (int r = row; r < row + count; ++r)
        change.remove(m_table, idAt(r));
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace alliance
