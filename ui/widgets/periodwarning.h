#pragma once
// A red line shown beside a start and an end date while the end is before
// the start (model/period.h). It only warns: what was typed is kept, since
// the user may be about to correct the other date.

#include <QLabel>

namespace alliance {

class DateLineEdit;

class PeriodWarning : public QLabel
{
    Q_OBJECT
public:
    /// Follows what is typed in `start` and `end` (and what the document puts there).
    PeriodWarning(DateLineEdit *start, DateLineEdit *end, QWidget *parent = nullptr);

private:
    void refresh();
    DateLineEdit *m_start;
    DateLineEdit *m_end;
};

} // namespace alliance
