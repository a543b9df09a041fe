#include "portfolio/portfolioproxy.h"

#include "portfolio/portfoliotablemodel.h"

namespace alliance {

PortfolioProxy::PortfolioProxy(PortfolioTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void PortfolioProxy::setFilter(const portfolio::Filter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool PortfolioProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return portfolio::matches(m_source->row(sourceRow), m_filter);
}

bool PortfolioProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const portfolio::Column column = portfolio::columns().at(left.column());
    return portfolio::lessThan(m_source->row(left.row()), m_source->row(right.row()), column);
}

} // namespace alliance
