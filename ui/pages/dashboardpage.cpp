#include "pages/dashboardpage.h"

#include "charts/chartcard.h"
#include "document/document.h"
#include "evaluation/dashboard.h"
#include "model/clock.h"
#include "model/shorttext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace alliance {

namespace {

const QString trendPrefix = QStringLiteral("trend:");
const QString trendSlot = QStringLiteral("trend");
constexpr int chooserNameLength = 80;

} // namespace

DashboardPage::DashboardPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_indicator(new QComboBox(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Where the partnership stands, for steering committees and boards. The charts follow "
                                "every change; export any of them as PNG or SVG."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    m_grid = grid;
    grid->setSpacing(12);
    // The slots in dashboard::charts() order; the trend card stands for every "trend:" chart.
    const QStringList cardSlots {QStringLiteral("carre"),
                                 QStringLiteral("readings"),
                                 QStringLiteral("steps"),
                                 QStringLiteral("indicators"),
                                 trendSlot,
                                 QStringLiteral("angles_reviews"),
                                 QStringLiteral("angles_organisations"),
                                 QStringLiteral("impacts"),
                                 QStringLiteral("maturity"),
                                 QStringLiteral("contributions")};
    for (int i = 0; i < cardSlots.size(); ++i) {
        auto *card = new charts::ChartCard(cardSlots.at(i));
        m_cards.insert(cardSlots.at(i), card);
        m_order << card;
    }
    placeCards(2);

    m_indicator->setObjectName(QStringLiteral("trendIndicator"));
    m_indicator->setAccessibleName(tr("Indicator whose trend is shown"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(16);
    m_cards.value(trendSlot)->toolsLayout()->addWidget(m_indicator);
    connect(m_indicator, &QComboBox::activated, this, [this] { refresh(); });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // A burst of edits (an import, an undo of many changes) redraws once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(document, &Document::changed, this, &DashboardPage::scheduleRefresh);
    connect(&clock::notifier(), &clock::Notifier::moved, this, &DashboardPage::refresh);
}

charts::ChartCard *DashboardPage::card(const QString &slot) const
{
    return m_cards.value(slot);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below this width two cards side by side cut their names (a card needs
    // about 480 pixels): one card a row.
    constexpr int twoColumnsWidth = 1000;
    placeCards(width() >= twoColumnsWidth ? 2 : 1);
}

void DashboardPage::placeCards(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (charts::ChartCard *card : std::as_const(m_order))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_order.at(i), i / columns, i % columns);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns > 1 ? 1 : 0);
}

void DashboardPage::scheduleRefresh()
{
    // A hidden dashboard redraws when it is next shown, not on every edit.
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

QDate DashboardPage::today() const
{
    return clock::today();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const QList<dashboard::ChartData> all = dashboard::charts(m_document->project(), today());
    const QString chosen = m_indicator->currentData().toString();
    QList<const dashboard::ChartData *> trends;
    for (const dashboard::ChartData &data : all) {
        if (data.id.startsWith(trendPrefix))
            trends << &data;
        else if (charts::ChartCard *c = m_cards.value(data.id))
            c->setData(data);
    }

    // The chooser lists the indicators and keeps the one chosen when it stays.
    QSignalBlocker block(m_indicator);
    m_indicator->clear();
    const dashboard::ChartData *shown = trends.isEmpty() ? nullptr : trends.first();
    for (const dashboard::ChartData *trend : trends) {
        const QString id = trend->id.mid(trendPrefix.size());
        QString name = trend->title;
        for (const Indicator &indicator : m_document->project().indicators) {
            if (indicator.id.toString(QUuid::WithoutBraces) == id)
                name = indicator.name;
        }
        // A chooser's line: a name of 100,000 characters would size it.
        m_indicator->addItem(shortText(name, chooserNameLength), id);
        if (id == chosen) {
            shown = trend;
            m_indicator->setCurrentIndex(m_indicator->count() - 1);
        }
    }
    m_indicator->setEnabled(!trends.isEmpty());
    charts::ChartCard *trendCard = m_cards.value(trendSlot);
    if (shown) {
        trendCard->setData(*shown);
    } else {
        dashboard::ChartData none;
        none.id = trendSlot;
        none.shape = dashboard::ChartShape::Lines;
        none.title = tr("Trend of an indicator");
        none.emptyHint = tr("Add an indicator in step 6 to follow its trend against its target.");
        trendCard->setData(none);
    }
}

} // namespace alliance
