#pragma once
// Filters and orders the portfolio's rows as core/portfolio does for the
// verb: portfolio::matches() and portfolio::lessThan().

#include "portfolio/portfoliotable.h"

#include <QSortFilterProxyModel>

namespace alliance {

class PortfolioTableModel;

class PortfolioProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PortfolioProxy(PortfolioTableModel *source, QObject *parent = nullptr);
    void setFilter(const portfolio::Filter &filter);
    const portfolio::Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PortfolioTableModel *m_source;
    portfolio::Filter m_filter;
};

} // namespace alliance
