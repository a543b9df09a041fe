#pragma once
// A read-only table of what each partner brings (step 5): one row per
// partner, one column per kind of contribution with the quantity in the
// kind's own unit (euros, days, items: never added across kinds), the value
// in euros and the partner's share of it, then the partners' totals, then —
// only when there are some — the contributions not assigned to a partner yet,
// which are no partner and take no share. The numbers come from
// evaluation::summariseContributions().

#include "evaluation/contributions.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace alliance {

class ContributionTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        /// The number behind a cell (double: a kind's quantity in its own
        /// unit, the value in euros, a share in percent), or an invalid
        /// QVariant for the name column and empty shares.
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
    /// The row of the partners' totals (after the partners), -1 when the table is empty.
    int grandTotalRow() const;
    /// The row of the contributions without a partner (the last), -1 when there are none.
    int unassignedRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class LineKind {
        Partner,
        GrandTotal,
        Unassigned
    };
    struct Line
    {
        QString name;
        QList<double> byKind; ///< quantities, in each kind's own unit
        double total = 0;     ///< value in euros
        std::optional<double> share;
        LineKind kind = LineKind::Partner;
        bool operator==(const Line &other) const
        {
            return name == other.name && byKind == other.byKind && total == other.total && share == other.share
                && kind == other.kind;
        }
    };
    QVariant value(const Line &line, int column) const;
    QList<Line> m_lines;
};

} // namespace alliance
