#include "widgets/periodwarning.h"

#include "model/period.h"
#include "widgets/dateedit.h"

namespace alliance {

PeriodWarning::PeriodWarning(DateLineEdit *start, DateLineEdit *end, QWidget *parent)
    : QLabel(parent), m_start(start), m_end(end)
{
    setObjectName(QStringLiteral("periodWarning"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setText(tr("The end date is before the start date."));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // the red of a date not understood
    setPalette(pal);
    // textChanged: also when the document reloads a field (undo, another editor).
    connect(start, &QLineEdit::textChanged, this, &PeriodWarning::refresh);
    connect(end, &QLineEdit::textChanged, this, &PeriodWarning::refresh);
    refresh();
}

void PeriodWarning::refresh()
{
    setVisible(!period::isValid(m_start->date(), m_end->date()));
}

} // namespace alliance
