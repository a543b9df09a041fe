#pragma once
// A request, sent up to the main window, to show the history of one item.
// Item tables send it when the user asks for an item's history (show) or
// selects a row (follow): the history panel catches it on its window, so
// pages and the panel need not know each other.

#include <QEvent>
#include <QPair>
#include <QString>
#include <QUuid>
#include <functional>

class QTableView;
class QWidget;

namespace alliance {

class ItemHistoryRequest : public QEvent
{
public:
    /// `show`: open the panel on the item; otherwise the panel follows only when open.
    ItemHistoryRequest(QString table, QUuid id, bool show)
        : QEvent(type()), m_table(std::move(table)), m_id(id), m_show(show)
    { }
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    QString table() const { return m_table; }
    QUuid id() const { return m_id; }
    bool show() const { return m_show; }

private:
    QString m_table;
    QUuid m_id;
    bool m_show;
};

/// Adds "History of this item" (and "Export these rows…") to the context menu of `view`, a table of
/// an ItemTableModel (directly or through proxies), and tells the window
/// which item is selected. Does nothing for other models.
void offerItemHistory(QTableView *view);

/// Tells the window, when `editor` (or a widget inside it) takes the focus,
/// which item it edits: `item` returns its table and id at that moment.
void announceOnFocus(QWidget *editor, std::function<QPair<QString, QUuid>()> item);

} // namespace alliance
