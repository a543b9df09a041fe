#include "widgets/itemhistoryrequest.h"

#include "models/itemtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QTableView>

namespace alliance {

namespace {

/// The item table under `model`'s proxies, or nullptr.
const ItemTableModel *itemModel(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const ItemTableModel *>(model);
}

void request(QTableView *view, bool show)
{
    const ItemTableModel *items = itemModel(view->model());
    const QModelIndex current = view->currentIndex();
    if (!items || !current.isValid())
        return;
    const QUuid id = current.data(ItemTableModel::IdRole).toUuid();
    if (id.isNull())
        return;
    ItemHistoryRequest event(items->table(), id, show);
    QCoreApplication::sendEvent(view->window(), &event);
}

} // namespace

void offerItemHistory(QTableView *view)
{
    if (!itemModel(view->model()))
        return;
    auto *action = new QAction(QCoreApplication::translate("ItemHistory", "History of this item"), view);
    action->setObjectName(QStringLiteral("actionItemHistory"));
    action->setStatusTip(QCoreApplication::translate("ItemHistory", "Who changed this item, what and when"));
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view] { request(view, true); });
    // A click on the row already current counts too: the panel may have opened since it became current.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, view,
                     [view] { request(view, false); });
    QObject::connect(view, &QAbstractItemView::pressed, view, [view] { request(view, false); });
}

} // namespace alliance
