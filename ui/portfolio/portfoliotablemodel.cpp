#include "portfolio/portfoliotablemodel.h"

#include "charts/chartstyle.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace alliance {

PortfolioTableModel::PortfolioTableModel(QObject *parent) : QAbstractTableModel(parent), m_columns(portfolio::columns())
{ }

void PortfolioTableModel::setRows(const QList<portfolio::PartnershipSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PortfolioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PortfolioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const portfolio::PartnershipSummary &row = m_rows.at(index.row());
    const portfolio::Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        // One line in a cell: the whole text is in the tooltip.
        QString text = portfolio::text(row, column);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case Qt::ToolTipRole:
        return row.refused() ? row.refusal : portfolio::text(row, column);
    case ValueRole:
        return portfolio::value(row, column);
    case PathRole:
        return row.path;
    case Qt::ForegroundRole:
        if (row.refused())
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (column == portfolio::Column::Status && row.indicatorCount() > row.noData)
            return QBrush(charts::seriesColour(portfolio::statusOf(row), 0).darker(120));
        return {};
    default:
        return {};
    }
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return portfolio::header(m_columns.at(section));
}

} // namespace alliance
