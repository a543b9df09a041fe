#include "models/historyitemsmodel.h"

#include "document/document.h"

#include <QLocale>
#include <algorithm>

namespace alliance {

HistoryItemsModel::HistoryItemsModel(QObject *parent) : QAbstractTableModel(parent) { }

HistoryItemsModel::~HistoryItemsModel() = default;

void HistoryItemsModel::setDocument(const Document *document)
{
    m_document = document;
    m_labels = document ? std::make_unique<ItemLabels>(*document) : nullptr;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_journalEnd = 0;
    endResetModel();
    reload();
}

void HistoryItemsModel::reload()
{
    if (!m_document)
        return;
    m_labels->clear(); // names may have changed
    const QueryRows query = queryRowsOf(*m_document);
    const qint64 end = history::journalEnd(query);
    if (end == m_journalEnd && end > 0) {
        // Nothing appended (e.g. a failed edit); names may still differ.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    QList<Row> rows = m_rows;
    if (end < m_journalEnd) // the journal was replaced: read it all again
        rows.clear();
    // A large journal is read once; later reloads read only what was appended.
    const auto appended = history::changedItems(query, end < m_journalEnd ? 0 : m_journalEnd);
    QHash<QUuid, int> rowOf = end < m_journalEnd ? QHash<QUuid, int>() : m_rowOf;
    for (const auto &item : appended) {
        const auto found = rowOf.constFind(item.id);
        if (found == rowOf.constEnd()) {
            rowOf.insert(item.id, int(rows.size()));
            rows.append({item, std::nullopt});
            continue;
        }
        Row &known = rows[*found];
        known.item.changes += item.changes;
        known.item.lastSeq = qMax(known.item.lastSeq, item.lastSeq);
        known.details.reset();
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.item.lastSeq > b.item.lastSeq; });
    rowOf.clear();
    rowOf.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r)
        rowOf.insert(rows.at(r).item.id, r);
    beginResetModel();
    m_rows = rows;
    m_rowOf = rowOf;
    m_journalEnd = end;
    endResetModel();
}

const history::ItemDetails &HistoryItemsModel::detailsOf(const Row &row) const
{
    if (!row.details)
        row.details = history::detailsOf(queryRowsOf(*m_document), row.item);
    return *row.details;
}

int HistoryItemsModel::rowOf(const QString &table, const QUuid &id) const
{
    const int row = m_rowOf.value(id, -1);
    return row >= 0 && detailsOf(m_rows.at(row)).table == table ? row : -1;
}

QString HistoryItemsModel::label(const QString &table, const QUuid &id) const
{
    return m_labels ? m_labels->label(table, id) : QString();
}

int HistoryItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: // named when shown: a journal may hold 100,000 items
            return m_labels->label(detailsOf(row).table, row.item.id);
        case ChangesColumn:
            return row.item.changes;
        case LastChangeColumn:
            return QLocale().toString(history::timeOf(detailsOf(row).lastHlc).toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ItemColumn ? QVariant(m_labels->label(detailsOf(row).table, row.item.id)) : QVariant();
    case TableRole:
        return detailsOf(row).table;
    case IdRole:
        return row.item.id;
    default:
        return {};
    }
}

QVariant HistoryItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ChangesColumn:
        return tr("Changes");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}

} // namespace alliance
