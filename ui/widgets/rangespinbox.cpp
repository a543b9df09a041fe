#include "widgets/rangespinbox.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>

#include <optional>

namespace alliance {

namespace {

/// What a user may type on the way to a number: digits, a leading minus.
std::optional<qint64> wholeNumber(QString text, const QString &prefix, const QString &suffix)
{
    text = text.trimmed();
    if (!prefix.trimmed().isEmpty() && text.startsWith(prefix.trimmed()))
        text.remove(0, prefix.trimmed().size());
    if (!suffix.trimmed().isEmpty() && text.endsWith(suffix.trimmed()))
        text.chop(suffix.trimmed().size());
    text = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,12}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

RangeSpinBox::RangeSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setRange(m_limitMin, m_limitMax);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (m_refused && !isOutOfRange()) {
            setRefusedLook(false);
            Q_EMIT refusalCleared();
        }
    });
}

void RangeSpinBox::useLimit(const QString &table, const QString &field, bool noneBelow)
{
    const schema::Table *t = schema::table(table);
    const schema::Column *c = t ? t->column(field) : nullptr;
    if (!c || c->type != schema::ColumnType::Integer)
        return;
    m_limitMin = int(c->min);
    m_limitMax = int(qMin(c->max, 1e9));
    setRange(noneBelow ? m_limitMin - 1 : m_limitMin, m_limitMax);
}

std::optional<qint64> RangeSpinBox::typedNumber() const
{
    return wholeNumber(lineEdit()->text(), prefix(), suffix());
}

bool RangeSpinBox::isOutOfRange() const
{
    const std::optional<qint64> n = typedNumber();
    return n && (*n < minimum() || *n > maximum());
}

QString RangeSpinBox::refusal(const QString &typed) const
{
    const QLocale locale;
    return tr("%1 is out of range: type a whole number from %2 to %3.")
        .arg(typed, locale.toString(m_limitMin), locale.toString(m_limitMax));
}

QValidator::State RangeSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // A number out of range stays on screen, to be refused with a reason.
    return wholeNumber(input, prefix(), suffix()) ? QValidator::Intermediate : QValidator::Invalid;
}

void RangeSpinBox::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && isOutOfRange()) {
        refuse();
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape && (m_refused || isOutOfRange())) {
        setValue(value()); // shows the stored value again
        setRefusedLook(false);
        Q_EMIT refusalCleared();
        event->accept();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

void RangeSpinBox::focusOutEvent(QFocusEvent *event)
{
    if (!isOutOfRange()) {
        QSpinBox::focusOutEvent(event);
        return;
    }
    // QAbstractSpinBox would put the previous value back: keep the text.
    refuse();
    QCoreApplication::sendEvent(lineEdit(), event);
    QWidget::focusOutEvent(event);
}

void RangeSpinBox::refuse()
{
    const QString message = refusal(lineEdit()->text().trimmed());
    setRefusedLook(true);
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    Q_EMIT refused(message);
}

void RangeSpinBox::setRefusedLook(bool refused)
{
    m_refused = refused;
    QPalette p = palette();
    p.setColor(QPalette::Text, refused ? QColor(0xb0, 0x00, 0x20) : QPalette().color(QPalette::Text));
    setPalette(p);
    lineEdit()->setPalette(p);
}

} // namespace alliance
