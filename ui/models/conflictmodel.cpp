#include "models/conflictmodel.h"

#include "journal/itemlabel.h"
#include "storage/schema.h"
#include "sync/mergereview.h"

#include <QFont>
#include <QLocale>

namespace alliance {

ConflictModel::ConflictModel(const Document &document, QList<sync::Conflict> conflicts, QObject *parent)
    : QAbstractTableModel(parent),
      m_document(document),
      m_labels(document),
      m_conflicts(std::move(conflicts)),
      m_flipped(m_conflicts.size(), false)
{ }

QList<sync::Conflict> ConflictModel::flipped() const
{
    QList<sync::Conflict> out;
    for (int r = 0; r < m_conflicts.size(); ++r)
        if (m_flipped.at(r))
            out.append(m_conflicts.at(r));
    return out;
}

bool ConflictModel::isFlipped(int row) const
{
    return row >= 0 && row < m_flipped.size() && m_flipped.at(row);
}

void ConflictModel::setFlipped(int row, bool flip)
{
    if (row < 0 || row >= m_flipped.size() || m_flipped.at(row) == flip)
        return;
    m_flipped[row] = flip;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ConflictModel::keepsTheirs(int row) const
{
    return row >= 0 && row < m_conflicts.size() && m_conflicts.at(row).theirsWins != m_flipped.at(row);
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::version(const sync::FieldVersion &v) const
{
    const QString when
        = v.when.isValid() ? QLocale().toString(v.when.toLocalTime(), QLocale::ShortFormat) : tr("undated");
    return tr("%1\n%2", "who, then when").arg(sync::authorText(v), when);
}

QString ConflictModel::wholeValue(int row, bool theirs) const
{
    if (row < 0 || row >= m_conflicts.size())
        return {};
    const sync::Conflict &c = m_conflicts.at(row);
    const QVariant &value = theirs ? c.theirs.value : c.mine.value;
    return m_labels.wholeValue(c.table, c.field, value);
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::Conflict &c = m_conflicts.at(index.row());
    const bool flip = m_flipped.at(index.row());
    if (index.column() == DecisionColumn) {
        if (role == Qt::CheckStateRole)
            return flip ? Qt::Checked : Qt::Unchecked;
        // Checked: the value that lost by date is kept instead.
        if (role == Qt::DisplayRole)
            return c.theirsWins ? tr("Flip: keep mine") : tr("Flip: keep theirs");
        if (role == Qt::ToolTipRole)
            return flip ? tr("Flipped: the value that lost by date is kept") : tr("Accepted: the later value is kept");
        return {};
    }
    // Up to 2000 characters in the cell; the dialog shows the selected value whole.
    auto value = [&](bool theirs) {
        const QString whole = wholeValue(index.row(), theirs);
        return whole.size() <= 2000 ? whole : whole.left(2000).trimmed() + QChar(0x2026);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn: {
            // Named like the history panel names it; an item new in their copy by the merge's own label.
            const QString label
                = m_labels.name(c.table, c.entityId).isEmpty() ? c.itemLabel : m_labels.label(c.table, c.entityId);
            return itemlabel::oneLine(label, 80);
        }
        case FieldColumn:
            return itemlabel::fieldLabel(c.table, c.field);
        case MineColumn:
            return tr("%1\n%2").arg(value(false), version(c.mine));
        case TheirsColumn:
            return tr("%1\n%2").arg(value(true), version(c.theirs));
        case WinnerColumn:
            return c.theirsWins ? tr("Theirs (later)") : tr("Mine (later)");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::FontRole && (index.column() == MineColumn || index.column() == TheirsColumn)) {
        // The value that will be kept stands out.
        QFont font;
        font.setBold((index.column() == TheirsColumn) == (c.theirsWins != flip));
        return font;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("My value");
    case TheirsColumn:
        return tr("Their value");
    case WinnerColumn:
        return tr("Wins by date");
    case DecisionColumn:
        return tr("Your choice");
    }
    return {};
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DecisionColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != DecisionColumn || role != Qt::CheckStateRole)
        return false;
    setFlipped(index.row(), value.toInt() == Qt::Checked);
    return true;
}

} // namespace alliance
