#include "widgets/actiontimeline.h"

#include "document/document.h"
#include "evaluation/overdue.h"
#include "method/method.h"
#include "model/clock.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace alliance {

namespace {

constexpr int margin = 6;

// Fixed hues read on light and dark palettes; red is kept for overdue only.
QColor statusColour(const QString &status)
{
    if (status == QLatin1String("done"))
        return QColor(0x2e, 0x9d, 0x4f);
    if (status == QLatin1String("in_progress"))
        return QColor(0xe0, 0x9b, 0x1a);
    if (status == QLatin1String("cancelled"))
        return QColor(0x9c, 0xa3, 0xaf);
    return QColor(0x3b, 0x7d, 0xd8); // planned, or anything unknown
}

const QColor overdueColour(0xd6, 0x28, 0x28);

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

ActionTimeline::ActionTimeline(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("actionTimeline"));
    setAccessibleName(tr("Action timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(document, &Document::changed, this, &ActionTimeline::reload);
    connect(&clock::notifier(), &clock::Notifier::moved, this, &ActionTimeline::reload);
    reload();
}

QDate ActionTimeline::today() const
{
    return clock::today();
}

void ActionTimeline::reload()
{
    const QDate now = today();
    QList<Item> items;
    int undated = 0;
    for (const Action &a : m_document->project().actions) {
        if (!a.dueDate.isValid()) {
            ++undated;
            continue;
        }
        items.append({a.id, a.title, a.dueDate, a.status, a.milestone, evaluation::isOverdue(a, now)});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.due != b.due ? a.due < b.due : a.title.localeAwareCompare(b.title) < 0;
    });
    QDate first = firstOfMonth(now);
    QDate last = first;
    for (const Item &i : items) {
        first = std::min(first, firstOfMonth(i.due));
        last = std::max(last, firstOfMonth(i.due));
    }
    const int months = std::max(minimumMonths, monthsBetween(first, last) + 1);
    if (items == m_items && undated == m_undated && first == m_first && months == m_months)
        return; // nothing visible changed: no relayout, no repaint
    const bool resized = items.size() != m_items.size() || (undated > 0) != (m_undated > 0);
    m_items = items;
    m_undated = undated;
    m_first = first;
    m_months = months;
    setAccessibleDescription(tr("%n action(s) with a due date", nullptr, int(m_items.size())));
    if (resized)
        updateGeometry();
    update();
}

QList<QUuid> ActionTimeline::shownActions() const
{
    QList<QUuid> ids;
    for (const Item &i : m_items)
        ids.append(i.id);
    return ids;
}

bool ActionTimeline::isShownOverdue(const QUuid &actionId) const
{
    for (const Item &i : m_items)
        if (i.id == actionId)
            return i.overdue;
    return false;
}

int ActionTimeline::labelWidth() const
{
    return std::clamp(width() / 4, 100, 220);
}

int ActionTimeline::rowHeight() const
{
    return std::max(fontMetrics().height() + 8, 22);
}

int ActionTimeline::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int ActionTimeline::footerHeight() const
{
    return fontMetrics().height() * (m_undated > 0 ? 2 : 1) + 14;
}

int ActionTimeline::monthWidth() const
{
    return std::max(24, (width() - labelWidth() - margin) / std::max(1, m_months));
}

int ActionTimeline::xFor(const QDate &date) const
{
    const int month = monthsBetween(m_first, date);
    const double within = (date.day() - 0.5) / date.daysInMonth();
    return labelWidth() + int((month + within) * monthWidth());
}

QRect ActionTimeline::rowRect(int row) const
{
    return QRect(0, headerHeight() + row * rowHeight(), width(), rowHeight());
}

int ActionTimeline::rowAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return -1;
    const int row = (pos.y() - headerHeight()) / rowHeight();
    return row < m_items.size() ? row : -1;
}

QRect ActionTimeline::markerRect(const QUuid &actionId) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items.at(r).id != actionId)
            continue;
        const QRect row = rowRect(r);
        const int x = xFor(m_items.at(r).due);
        const int h = row.height() - 8;
        if (m_items.at(r).milestone)
            return QRect(x - h / 2, row.top() + 4, h, h);
        // A bar for the week that ends on the due date: the work leading up to it.
        const int w = std::max(8, monthWidth() * 7 / 30);
        return QRect(x - w, row.top() + 4, w, h);
    }
    return {};
}

QUuid ActionTimeline::actionAt(const QPoint &pos) const
{
    const int row = rowAt(pos);
    return row < 0 ? QUuid() : m_items.at(row).id;
}

QSize ActionTimeline::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_items.size()));
    return QSize(640, headerHeight() + rows * rowHeight() + footerHeight());
}

QSize ActionTimeline::minimumSizeHint() const
{
    const int rows = std::clamp<int>(int(m_items.size()), 1, 3);
    return QSize(320, headerHeight() + rows * rowHeight() + footerHeight());
}

QString ActionTimeline::tooltipFor(const Item &item) const
{
    const method::Choice *status = method::findChoice(method::actionStatuses(), item.status);
    QStringList facts;
    facts << tr("Due %1").arg(QLocale().toString(item.due, QLocale::LongFormat));
    if (status)
        facts << method::tr(status->label);
    if (item.milestone)
        facts << tr("Milestone");
    if (item.overdue)
        facts << tr("Overdue");
    // Rich text with the title escaped: a tooltip would render a title that looks like HTML.
    const QString title = item.title.isEmpty() ? tr("(untitled action)") : item.title;
    return QStringLiteral("<p><b>%1</b><br/>%2</p>")
        .arg(title.toHtmlEscaped(), facts.join(QStringLiteral(" — ")).toHtmlEscaped());
}

bool ActionTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(m_items.at(row)), this, rowRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ActionTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int lw = labelWidth();
    const int mw = monthWidth();
    const int rowsBottom = headerHeight() + std::max<int>(1, int(m_items.size())) * rowHeight();

    // Months across in alternate bands. Narrow months are labelled every few
    // months rather than elided to "…"; the year shows on the first label and on January.
    const QLocale locale;
    const int labelNeed = fm.horizontalAdvance(locale.toString(QDate(2000, 9, 1), QStringLiteral("MMM yy"))) + 8;
    const int every = std::max(1, (labelNeed + mw - 1) / mw);
    for (int m = 0; m < m_months; ++m) {
        const QDate month = m_first.addMonths(m);
        const QRect band(lw + m * mw, 0, mw, rowsBottom);
        if (m % 2 == 1)
            p.fillRect(band, QColor(128, 128, 128, 24));
        if (m % every != 0)
            continue;
        const bool withYear = m == 0 || month.month() == 1 || every > 1;
        const QString text = locale.toString(month, withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
        const int span = std::min(every, m_months - m) * mw;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(band.left() + 2, 0, span - 2, headerHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(text, Qt::ElideRight, span - 4));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, headerHeight() - 1, width(), headerHeight() - 1);

    if (m_items.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rowRect(0).adjusted(margin, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("No action has a due date yet."));
    }
    for (int r = 0; r < m_items.size(); ++r) {
        const Item &item = m_items.at(r);
        const QRect row = rowRect(r);
        const QString title = item.title.isEmpty() ? tr("(untitled action)") : item.title;
        p.setPen(item.overdue ? overdueColour : pal.color(QPalette::Text));
        p.drawText(QRect(margin, row.top(), lw - 2 * margin, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(title, Qt::ElideRight, lw - 2 * margin));
        QColor colour = item.overdue ? overdueColour : statusColour(item.status);
        const QRect marker = markerRect(item.id);
        p.setPen(colour.darker(130));
        p.setBrush(colour);
        if (item.milestone) {
            QPainterPath diamond;
            diamond.moveTo(marker.center().x(), marker.top());
            diamond.lineTo(marker.right(), marker.center().y());
            diamond.lineTo(marker.center().x(), marker.bottom());
            diamond.lineTo(marker.left(), marker.center().y());
            diamond.closeSubpath();
            p.drawPath(diamond);
        } else {
            p.drawRoundedRect(marker, 3, 3);
        }
    }

    // Today's line, when today is on the chart.
    const QDate now = today();
    if (monthsBetween(m_first, now) >= 0 && monthsBetween(m_first, now) < m_months) {
        QPen pen(pal.color(QPalette::Highlight), 1.5, Qt::DashLine);
        p.setPen(pen);
        const int x = xFor(now);
        p.drawLine(x, headerHeight(), x, rowsBottom);
    }

    // Legend, and what is not drawn.
    int x = margin;
    const int y = rowsBottom + 6;
    const int swatch = fm.height() - 4;
    auto legend = [&](const QColor &c, const QString &text) {
        p.setPen(c.darker(130));
        p.setBrush(c);
        p.drawRoundedRect(QRect(x, y + 2, swatch, swatch), 2, 2);
        x += swatch + 4;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x, y, fm.horizontalAdvance(text) + 2, fm.height()), Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 14;
    };
    for (const auto &status : method::actionStatuses())
        legend(statusColour(status.id), method::tr(status.label));
    legend(overdueColour, tr("Overdue"));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(x, y, std::max(0, width() - x), fm.height()), Qt::AlignVCenter,
               fm.elidedText(tr("◆ milestone"), Qt::ElideRight, std::max(0, width() - x)));
    if (m_undated > 0)
        p.drawText(QRect(margin, y + fm.height() + 4, width() - 2 * margin, fm.height()), Qt::AlignVCenter,
                   tr("%n action(s) without a due date not shown.", nullptr, m_undated));
}

} // namespace alliance
