#pragma once
// The dashboard: where the partnership stands, for steering committees and
// boards. A scrolling grid of chart cards (ui/charts/chartcard.h) drawn from
// dashboard::charts(), redrawn when the document changes.

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QTimer;

namespace alliance {

class Document;

namespace charts {
class ChartCard;
}

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    /// objectName "dashboardPage". One card per chart of dashboard::charts(),
    /// named "chartCard_<chart id>", except the trends: one card
    /// "chartCard_trend" shows the indicator chosen in "trendIndicator".
    explicit DashboardPage(Document *document, QWidget *parent = nullptr);

    /// Re-reads every chart from the document now.
    void refresh();
    /// "Today" for the indicators' status (a target date passed or not): the
    /// application's clock (model/clock.h); the page redraws when it is set.
    QDate today() const;
    /// The card of a chart id ("trend" for the trend card), or nullptr.
    charts::ChartCard *card(const QString &slot) const;

    /// Cards per row: two when the page is wide enough for two charts to
    /// show their names whole, else one.
    int columns() const { return m_columns; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void placeCards(int columns);

    Document *m_document;
    QHash<QString, charts::ChartCard *> m_cards;
    QList<charts::ChartCard *> m_order;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QComboBox *m_indicator;
    QTimer *m_refreshTimer;
    bool m_stale = true;
};

} // namespace alliance
