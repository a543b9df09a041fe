#include "models/historychangesmodel.h"

#include "document/document.h"

#include <QLocale>

namespace alliance {

namespace {
constexpr int shownLength = 120;    // a cell shows one line
constexpr int toolTipLength = 2000; // the tool tip shows most texts whole
} // namespace

HistoryChangesModel::HistoryChangesModel(QObject *parent) : QAbstractTableModel(parent) { }

HistoryChangesModel::~HistoryChangesModel() = default;

void HistoryChangesModel::setDocument(const Document *document)
{
    m_document = document;
    m_labels = document ? std::make_unique<ItemLabels>(*document) : nullptr;
    m_table.clear();
    m_id = {};
    reload();
}

void HistoryChangesModel::setItem(const QString &table, const QUuid &id)
{
    m_table = table;
    m_id = id;
    reload();
}

void HistoryChangesModel::reload()
{
    QList<Row> fresh;
    if (m_document && !m_id.isNull()) {
        m_labels->clear();
        const QList<JournalEntry> entries = history::changesOf(queryRowsOf(*m_document), m_table, m_id);
        fresh.reserve(entries.size());
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) // newest first
            fresh.append({history::readable(*it, *m_labels, shownLength),
                          m_labels->valueText(it->table, it->field, it->value, toolTipLength)});
    }
    beginResetModel();
    m_rows = fresh;
    endResetModel();
}

int HistoryChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const history::ReadableChange &c = row.change;
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return row.fullValue;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return c.when.isValid() ? QLocale().toString(c.when.toLocalTime(), QLocale::ShortFormat) : tr("undated");
    case WhoColumn:
        return c.organisation.isEmpty() ? c.author : tr("%1 (%2)").arg(c.author, c.organisation);
    case FieldColumn:
        return c.field;
    case ValueColumn:
        return c.value;
    }
    return {};
}

QVariant HistoryChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("New value");
    }
    return {};
}

} // namespace alliance
