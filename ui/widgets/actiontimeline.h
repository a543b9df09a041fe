#pragma once
// The pilot step's actions on a calendar: months across, one row per dated
// action, a bar ending at its due date (a diamond for a milestone), coloured
// by status and red when overdue (evaluation::isOverdue). Names are elided;
// the tooltip gives the full title. Follows the document by itself.

#include <QDate>
#include <QList>
#include <QUuid>
#include <QWidget>

namespace alliance {

class Document;

class ActionTimeline : public QWidget
{
    Q_OBJECT
public:
    /// The document must outlive the widget.
    explicit ActionTimeline(Document *document, QWidget *parent = nullptr);

    /// "Today" for the today line and what is overdue: the application's
    /// clock (model/clock.h), followed when it is set.
    QDate today() const;

    /// The first day of the first month shown, and how many months are shown
    /// (at least minimumMonths, always including today's month).
    QDate firstMonth() const { return m_first; }
    int monthCount() const { return m_months; }
    static constexpr int minimumMonths = 6;

    /// Actions drawn, in drawing order (by due date, then title).
    QList<QUuid> shownActions() const;
    /// How many actions have no due date (they are counted below the chart, not drawn).
    int undatedCount() const { return m_undated; }
    /// Where the action's bar or diamond is drawn; empty when it is not shown.
    QRect markerRect(const QUuid &actionId) const;
    /// The action whose row is at `pos`, or a null id.
    QUuid actionAt(const QPoint &pos) const;
    /// True when the action is drawn as overdue.
    bool isShownOverdue(const QUuid &actionId) const;

    /// Re-reads the actions; repaints only when what is shown changed.
    void reload();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        QUuid id;
        QString title;
        QDate due;
        QString status;
        bool milestone = false;
        bool overdue = false;
        bool operator==(const Item &o) const
        {
            return id == o.id && title == o.title && due == o.due && status == o.status && milestone == o.milestone
                && overdue == o.overdue;
        }
    };
    int labelWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    int footerHeight() const;
    int monthWidth() const;
    int xFor(const QDate &date) const;
    QRect rowRect(int row) const;
    int rowAt(const QPoint &pos) const;
    QString tooltipFor(const Item &item) const;

    Document *m_document;
    QList<Item> m_items;
    int m_undated = 0;
    QDate m_first;
    int m_months = minimumMonths;
};

} // namespace alliance
