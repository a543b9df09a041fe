#pragma once
// The History dock: the items of the open partnership that have changes
// (with a filter box) and, for the selected item, each change: when, who,
// which field, the new value, newest first. It follows the document live,
// and the item selected in an item table (ItemHistoryRequest) when open.
// View > History (Ctrl+H) shows or hides it; the choice is remembered.

#include <QDockWidget>
#include <QPointer>
#include <QUuid>

class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace alliance {

class Document;
class HistoryChangesModel;
class HistoryItemsModel;

class HistoryPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    /// Makes the panel, docks it on the right of `window`, adds its show/hide
    /// action to `viewMenu` and shows it when it was open last time. The
    /// window owns the panel.
    static HistoryPanel *addTo(QMainWindow *window, QMenu *viewMenu);

    /// The document to show; nullptr shows nothing. The panel forgets a
    /// document when it is destroyed.
    void setDocument(Document *document);
    /// Opens the panel on item `id` of `table` (clearing the filter when it hides it).
    void showItem(const QString &table, const QUuid &id);
    /// The item whose changes are listed (empty table when none).
    QString currentTable() const { return m_table; }
    QUuid currentItem() const { return m_id; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void selectItem(const QString &table, const QUuid &id);
    void onItemSelected();
    static void rememberVisible(bool visible);

    QPointer<Document> m_document;
    HistoryItemsModel *m_items;
    QSortFilterProxyModel *m_filtered;
    HistoryChangesModel *m_changes;
    QLineEdit *m_filter;
    QTableView *m_itemsView;
    QLabel *m_title;
    QTableView *m_changesView;
    QString m_table;
    QUuid m_id;
    bool m_stale = false; // the document changed while the panel was hidden
};

} // namespace alliance
