#pragma once
// A read-only table of what each partner brings (step 5): one row per
// partner, one column per kind of contribution, the total in euros and the
// partner's share of the whole, then a last row with the grand totals. The
// numbers come from evaluation::summariseContributions().

#include "evaluation/contributions.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace alliance {

class ContributionTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        /// The number behind a cell (double; a share in percent), or an
        /// invalid QVariant for the name column and empty shares.
        ValueRole = Qt::UserRole + 1,
    };

    explicit ContributionTotalsModel(QObject *parent = nullptr);

    /// Shows the totals of `project`. Keeps the rows (and views' state) when
    /// the set of lines did not change; only values are then updated.
    void show(const Project &project);

    /// Column of the kind `kindId` (method::contributionKinds()), -1 when unknown.
    int kindColumn(const QString &kindId) const;
    int totalColumn() const;
    int shareColumn() const;
    /// The row of the grand totals (the last), -1 when the table is empty.
    int grandTotalRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString name;
        QList<double> byKind;
        double total = 0;
        std::optional<double> share;
        bool isGrandTotal = false;
        bool operator==(const Line &other) const
        {
            return name == other.name && byKind == other.byKind && total == other.total
                && share == other.share && isGrandTotal == other.isGrandTotal;
        }
    };
    QVariant value(const Line &line, int column) const;
    QList<Line> m_lines;
};

} // namespace alliance
