#include "widgets/itemhistoryrequest.h"

#include "exportactions.h"
#include "models/itemtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QWidget>

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

/// Sends the request when one of the widgets it watches takes the focus.
class FocusAnnouncer : public QObject
{
public:
    FocusAnnouncer(QWidget *editor, std::function<QPair<QString, QUuid>()> item)
        : QObject(editor), m_editor(editor), m_item(std::move(item))
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            const auto [table, id] = m_item();
            if (!id.isNull()) {
                ItemHistoryRequest request(table, id, false);
                QCoreApplication::sendEvent(m_editor->window(), &request);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_editor;
    std::function<QPair<QString, QUuid>()> m_item;
};

} // namespace

void announceOnFocus(QWidget *editor, std::function<QPair<QString, QUuid>()> item)
{
    auto *announcer = new FocusAnnouncer(editor, std::move(item));
    editor->installEventFilter(announcer);
    for (QWidget *part : editor->findChildren<QWidget *>()) // e.g. a date's check box and field
        part->installEventFilter(announcer);
}

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
    // Every item table also exports the rows it shows.
    exportactions::offerRowExport(view);
    // A click on the row already current counts too: the panel may have opened since it became current.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, view,
                     [view] { request(view, false); });
    QObject::connect(view, &QAbstractItemView::pressed, view, [view] { request(view, false); });
}

} // namespace alliance
