#pragma once
// Rows as tall as their wrapped text in a tree or table: the delegate
// measures each cell at its column's width, so long values read in full
// without a tooltip. Rows are measured again when a column is resized.

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace alliance {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Sets itself as `view`'s delegate (the view owns it) and wraps its text.
    explicit WrappingDelegate(QAbstractItemView *view);

    /// Measures the rows again at the columns' widths (a table only up to a few hundred rows).
    void fitRows();

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int widthFor(const QModelIndex &index) const;
    QAbstractItemView *m_view;
};

} // namespace alliance
