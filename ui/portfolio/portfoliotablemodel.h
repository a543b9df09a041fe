#pragma once
// The portfolio's rows for a table view: the columns, texts and values of
// core/portfolio/portfoliotable.h; the status in its colour; a refused
// file's row in grey, its refusal whole in the tooltip.

#include "portfolio/portfoliotable.h"

#include <QAbstractTableModel>

namespace alliance {

class PortfolioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// What lessThan() and the spreadsheets read: value() of the cell.
    static constexpr int ValueRole = Qt::UserRole + 1;
    /// The row's file path.
    static constexpr int PathRole = Qt::UserRole + 2;

    explicit PortfolioTableModel(QObject *parent = nullptr);
    void setRows(const QList<portfolio::PartnershipSummary> &rows);
    const QList<portfolio::PartnershipSummary> &rows() const { return m_rows; }
    const portfolio::PartnershipSummary &row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<portfolio::PartnershipSummary> m_rows;
    QList<portfolio::Column> m_columns;
};

} // namespace alliance
