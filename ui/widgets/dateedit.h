#pragma once
// Dates as people type them in the interface's language ("15/03/2027" in
// French and British English), with a calendar to pick one instead. What is
// typed is kept as typed: a text that is not a date is refused, never turned
// into another date, and an empty text means "no date".

#include <QDate>
#include <QLineEdit>
#include <QLocale>

class QCalendarWidget;
class QFrame;

namespace alliance {

namespace dates {

/// How dates are written for `locale`: its short format with the year in four
/// digits ("dd/MM/yyyy" in French and British English, "M/d/yyyy" in American);
/// "yyyy-MM-dd" where the locale's short format names the month in words.
QString displayFormat(const QLocale &locale = QLocale());

/// The date `text` names for `locale`: day, month and a four-digit year in
/// the order of displayFormat(), separated by a slash, a dot, a dash or
/// spaces, with one or two digits for day and month ("5/3/2027" is
/// "05/03/2027"); or an ISO date ("2027-03-05"). Surrounding spaces are
/// ignored. Null when `text` is empty, is not a real date ("31/02/2027"),
/// or has a year of fewer than four digits ("15/03/27": which century is a
/// guess the user should make, not us).
QDate parse(const QString &text, const QLocale &locale = QLocale());

} // namespace dates

/// A line edit for an optional date: type it, or pick it in the calendar its
/// trailing button (or Alt+Down, F4) opens on the typed date, or on today
/// when there is none. Text that is not a date shows in red with a tooltip
/// saying how to write it; nothing ever rewrites what was typed.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    /// Shows `date` in dates::displayFormat(); a null date empties the field.
    /// Resets isModified().
    void setDate(const QDate &date);
    /// The typed date; null when the field is empty or holds no date.
    QDate date() const;
    /// True when the field is empty or holds a date (see dates::parse).
    bool isAcceptable() const;
    /// The width a field needs to show a whole date and its calendar button
    /// in `font` (e.g. for the table column it edits).
    static int widthFor(const QFont &font);
    QSize sizeHint() const override;
    /// A sentence saying how to type a date, with an example ("Type a date as 15/03/2027, or leave it empty.").
    static QString howToType();

    /// Opens the calendar below the field on date(), or on `today` (the
    /// system date when invalid) when there is no date.
    void openCalendar(const QDate &today = QDate());
    /// The calendar, once opened (for tests); nullptr before.
    QCalendarWidget *calendar() const { return m_calendar; }

Q_SIGNALS:
    /// A date was picked in the calendar; the field shows it.
    void datePicked(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showValidity();
    void pick(const QDate &date);

    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace alliance
