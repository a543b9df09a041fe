#include "widgets/historypanel.h"
#include "widgets/headerfit.h"

#include "document/document.h"
#include "models/historychangesmodel.h"
#include "models/historyitemsmodel.h"
#include "settings/settings.h"
#include "widgets/itemhistoryrequest.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace alliance {

namespace {

constexpr int minimumPanelWidth = 240;
constexpr int preferredPanelWidth = 440;

QTableView *table(QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    fitHeaderText(view->horizontalHeader());
    return view;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QDockWidget(tr("History"), parent),
      m_items(new HistoryItemsModel(this)),
      m_filtered(new QSortFilterProxyModel(this)),
      m_changes(new HistoryChangesModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter items"));
    m_filter->setAccessibleName(tr("Filter the items with changes"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterKeyColumn(HistoryItemsModel::ItemColumn);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *split = new QSplitter(Qt::Vertical, content);
    m_itemsView = table(m_filtered, QStringLiteral("historyItems"), tr("Items with changes"), split);
    QHeaderView *itemsHeader = m_itemsView->horizontalHeader();
    itemsHeader->setStretchLastSection(false);
    itemsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    itemsHeader->setSectionResizeMode(HistoryItemsModel::ItemColumn, QHeaderView::Stretch);
    auto *changesBox = new QWidget(split);
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Choose an item to see its changes."), changesBox);
    m_title->setObjectName(QStringLiteral("historyItemTitle"));
    m_title->setTextFormat(Qt::PlainText); // item names come from partners
    m_title->setWordWrap(true);
    changesLayout->addWidget(m_title);
    m_changesView = table(m_changes, QStringLiteral("historyChanges"), tr("Changes of the item"), changesBox);
    m_changesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changesView->horizontalHeader()->setSectionResizeMode(HistoryChangesModel::ValueColumn, QHeaderView::Stretch);
    changesLayout->addWidget(m_changesView);
    split->addWidget(m_itemsView);
    split->addWidget(changesBox);
    layout->addWidget(split, 1);
    setWidget(content);
    // Room for a label, a date and a name; narrow enough that opening the
    // panel beside a step page never makes the window wider than its screen.
    setMinimumWidth(minimumPanelWidth);

    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::onItemSelected);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
    });
    connect(toggleViewAction(), &QAction::triggered, this, &HistoryPanel::rememberVisible);
}

HistoryPanel *HistoryPanel::addTo(QMainWindow *window, QMenu *viewMenu)
{
    auto *panel = new HistoryPanel(window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    window->resizeDocks({panel}, {preferredPanelWidth}, Qt::Horizontal);
    window->installEventFilter(panel);
    // Shown, the panel takes its width from the page's side, never from the
    // screen, and leaves the steps and their page the room they need to
    // show their fields whole (about 1,040 pixels) as long as it can.
    connect(panel, &QDockWidget::visibilityChanged, window, [window, panel](bool visible) {
        if (!visible || panel->isFloating())
            return;
        constexpr int pageRoom = 1040;
        const int width = std::clamp(window->width() - pageRoom, minimumPanelWidth, preferredPanelWidth);
        window->resizeDocks({panel}, {width}, Qt::Horizontal);
    });
    QAction *toggle = panel->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionHistory"));
    toggle->setText(tr("&History"));
    toggle->setStatusTip(tr("Show who changed what, and when"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addSeparator();
    viewMenu->addAction(toggle);
    panel->setVisible(Settings().historyVisible());
    return panel;
}

void HistoryPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_table.clear();
    m_id = {};
    m_items->setDocument(document);
    m_changes->setDocument(document);
    m_title->setText(tr("Choose an item to see its changes."));
    m_stale = false;
    if (!document)
        return;
    connect(document, &Document::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true; // read when shown: a hidden panel costs nothing
    });
    // Drops the models' pointers before the document's connection closes.
    connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
}

void HistoryPanel::refresh()
{
    m_stale = false;
    const QString table = m_table;
    const QUuid id = m_id;
    m_items->reload();
    m_changes->reload();
    selectItem(table, id);
}

void HistoryPanel::showItem(const QString &table, const QUuid &id)
{
    if (!isVisible()) {
        show();
        rememberVisible(true);
    }
    raise();
    if (m_stale)
        refresh();
    // An item without changes still shows its name, with an empty list.
    if (m_items->rowOf(table, id) >= 0
        && !m_filtered->mapFromSource(m_items->index(m_items->rowOf(table, id), 0)).isValid())
        m_filter->clear();
    selectItem(table, id);
}

void HistoryPanel::selectItem(const QString &table, const QUuid &id)
{
    m_table = table;
    m_id = id;
    const int row = m_items->rowOf(table, id);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_filtered->mapFromSource(m_items->index(row, 0));
    {
        const QSignalBlocker block(m_itemsView->selectionModel());
        if (shown.isValid()) {
            m_itemsView->setCurrentIndex(shown);
            m_itemsView->scrollTo(shown);
        } else
            m_itemsView->clearSelection();
    }
    if (m_changes->table() != table || m_changes->itemId() != id)
        m_changes->setItem(table, id);
    if (id.isNull() || !m_document)
        m_title->setText(tr("Choose an item to see its changes."));
    else
        m_title->setText(m_items->label(table, id));
}

void HistoryPanel::onItemSelected()
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (!current.isValid())
        return;
    selectItem(current.data(HistoryItemsModel::TableRole).toString(), current.data(HistoryItemsModel::IdRole).toUuid());
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == ItemHistoryRequest::type()) {
        const auto *request = static_cast<ItemHistoryRequest *>(event);
        if (request->show())
            showItem(request->table(), request->id());
        else if (isVisible())
            selectItem(request->table(), request->id());
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void HistoryPanel::closeEvent(QCloseEvent *event)
{
    rememberVisible(false);
    QDockWidget::closeEvent(event);
}

void HistoryPanel::rememberVisible(bool visible)
{
    Settings().setHistoryVisible(visible);
}

} // namespace alliance
