#include "widgets/dateedit.h"

#include "model/clock.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace alliance {

namespace dates {

QString displayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Some locales (the "C" one) name the month in words: not something to
    // type digits into. ISO order then, which every reader understands.
    if (format.contains(QLatin1String("MMM")))
        return QStringLiteral("yyyy-MM-dd");
    // "yy" alone is a two-digit year: a typed date must say its century.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDate parse(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Three numbers and separators; which is the day, the month and the year
    // comes from the locale's own order.
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,4})(?:\\s*[./-]\\s*|\\s+)(\\d{1,4})(?:\\s*[./-]\\s*|\\s+)(\\d{1,4})$"));
    const auto m = parts.match(t);
    if (!m.hasMatch())
        return {};
    const QString format = displayFormat(locale);
    QList<std::pair<qsizetype, QChar>> order {{format.indexOf(QLatin1Char('d')), QLatin1Char('d')},
                                              {format.indexOf(QLatin1Char('M')), QLatin1Char('M')},
                                              {format.indexOf(QLatin1Char('y')), QLatin1Char('y')}};
    std::sort(order.begin(), order.end());
    int day = 0, month = 0, year = 0;
    for (int i = 0; i < 3; ++i) {
        const QString number = m.captured(i + 1);
        const QChar part = order.at(i).second;
        if (part == QLatin1Char('y')) {
            if (number.size() != 4)
                return {};
            year = number.toInt();
        } else if (number.size() > 2) {
            return {};
        } else {
            (part == QLatin1Char('d') ? day : month) = number.toInt();
        }
    }
    return QDate(year, month, day); // invalid for 31/02 or 00/13: refused, not moved
}

} // namespace dates

namespace {

/// A small calendar drawn in the palette's text colour: no image file to ship.
QIcon calendarIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 2.5);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    p.fillRect(QRectF(4, 7, 24, 6), colour);
    p.drawLine(QPointF(10, 3), QPointF(10, 9));
    p.drawLine(QPointF(22, 3), QPointF(22, 9));
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.fillRect(QRectF(8.5 + col * 6, 16 + row * 5.5, 3, 3), colour);
    return QIcon(pixmap);
}

} // namespace

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    const QLocale locale;
    // The pattern, in the language's letters ("jj/mm/aaaa"): as short as a date, so it shows whole.
    QString pattern = dates::displayFormat(locale).toLower();
    pattern.replace(QLatin1Char('d'), tr("d", "the letter of the day in a date pattern, as in dd/mm/yyyy"))
        .replace(QLatin1Char('m'), tr("m", "the letter of the month in a date pattern, as in dd/mm/yyyy"))
        .replace(QLatin1Char('y'), tr("y", "the letter of the year in a date pattern, as in dd/mm/yyyy"));
    setPlaceholderText(pattern);
    QAction *open = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    open->setText(tr("Choose in a calendar"));
    open->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    open->setObjectName(QStringLiteral("openCalendar"));
    connect(open, &QAction::triggered, this, [this] { openCalendar(); });
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::showValidity);
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? QLocale().toString(date, dates::displayFormat()) : QString());
    setModified(false);
}

int DateLineEdit::widthFor(const QFont &font)
{
    // The widest day and month, the calendar icon, the frame and margins.
    const QLocale locale;
    return QFontMetrics(font).horizontalAdvance(locale.toString(QDate(2027, 12, 28), dates::displayFormat(locale)))
        + 44;
}

QSize DateLineEdit::sizeHint() const
{
    return {std::max(QLineEdit::sizeHint().width(), widthFor(font())), QLineEdit::sizeHint().height()};
}

QDate DateLineEdit::date() const
{
    return dates::parse(text());
}

bool DateLineEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

QString DateLineEdit::howToType()
{
    const QLocale locale;
    return tr("Type a date as %1, or leave it empty.")
        .arg(locale.toString(QDate(2027, 3, 15), dates::displayFormat(locale)));
}

void DateLineEdit::showValidity()
{
    // Red text says "not a date yet" while typing, without changing a thing.
    // Only the text colour is set: the rest follows the parent's palette.
    QPalette pal;
    if (!isAcceptable())
        pal.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    setPalette(pal);
    setToolTip(isAcceptable() ? QString() : howToType());
}

void DateLineEdit::openCalendar(const QDate &today)
{
    if (!m_popup) {
        // A child of this field (in its own popup window): an item view's
        // editor stays open while the calendar has the focus.
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setGridVisible(true);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateLineEdit::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateLineEdit::pick);
        auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), m_popup);
        connect(close, &QShortcut::activated, m_popup, &QWidget::hide);
    }
    const QDate shown = date().isValid() ? date() : today.isValid() ? today : clock::today();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        const QSize size = m_popup->sizeHint();
        if (at.y() + size.height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - size.width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus();
}

void DateLineEdit::pick(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    setText(QLocale().toString(date, dates::displayFormat()));
    setModified(true);
    setFocus();
    Q_EMIT datePicked(date);
}

void DateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        openCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace alliance
