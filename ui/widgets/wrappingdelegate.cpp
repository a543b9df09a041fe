#include "widgets/wrappingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace alliance {

namespace {
constexpr int maxMeasuredRows = 300;
}

WrappingDelegate::WrappingDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setItemDelegate(this);
    QHeaderView *header = nullptr;
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        header = tree->header();
    } else if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(true);
        header = table->horizontalHeader();
    }
    if (!header)
        return;
    // Rows are measured again once a resize settles, not at every pixel of a drag.
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(50);
    connect(header, &QHeaderView::sectionResized, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, &WrappingDelegate::fitRows);
}

void WrappingDelegate::fitRows()
{
    if (auto *table = qobject_cast<QTableView *>(m_view)) {
        // Measuring thousands of rows would stall: long tables keep their set height.
        if (table->model() && table->model()->rowCount() <= maxMeasuredRows)
            table->resizeRowsToContents();
    } else {
        m_view->doItemsLayout();
    }
}

int WrappingDelegate::widthFor(const QModelIndex &index) const
{
    if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        if (tree->isFirstColumnSpanned(index.row(), index.parent()))
            return tree->viewport()->width();
        int width = tree->columnWidth(index.column());
        if (index.column() == 0) {
            // The first column loses the indentation of the item's depth and the branch.
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= depth * tree->indentation();
        }
        return width;
    }
    if (auto *table = qobject_cast<QTableView *>(m_view))
        return table->columnWidth(index.column());
    return m_view->viewport()->width();
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.features |= QStyleOptionViewItem::WrapText;
    const int width = qMax(40, widthFor(index));
    opt.rect = QRect(0, 0, width, qMax(1, opt.rect.height()));
    const QWidget *widget = m_view;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
    size.setWidth(qMin(size.width(), width));
    return size;
}

} // namespace alliance
