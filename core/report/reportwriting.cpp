#include "report/reportwriting.h"

#include "evaluation/contributions.h"
#include "model/figures.h"
#include "model/longdate.h"
#include "model/period.h"
#include "model/shorttext.h"

#include <cmath>

namespace alliance::report {

namespace {

/// A number and its unit's word never part at a line's end.
QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00a0));
}

} // namespace

Writing::Writing(const Project &project, const QString &language, const QDate &today)
    : m_project(project),
      m_language(Language::load(language)),
      m_writingIn(m_language),
      m_locale(m_language->locale()),
      m_today(today)
{ }

QString Writing::number(double value, int decimals) const
{
    return figures::number(value, m_locale, decimals);
}

QString Writing::percent(std::optional<double> value) const
{
    return value ? figures::percent(*value, m_locale) : dash();
}

QString Writing::euros(double value) const
{
    return figures::euros(value, m_locale);
}

QString Writing::quantity(double value, const QString &kindId) const
{
    switch (evaluation::contributionUnit(kindId)) {
    case evaluation::ContributionUnit::Currency:
        return QString();
    case evaluation::ContributionUnit::Days:
        //: A number of person-days, e.g. "25 days"; %1 is the number, its space to the unit does not break
        return unbroken(tr("%1 day(s)", nullptr, evaluation::dayPluralNumber(value)).arg(number(value, 1)));
    case evaluation::ContributionUnit::Items:
        break;
    }
    //: A count of material items (computers, rooms), e.g. "400 items"; the space does not break
    return unbroken(tr("%1 item(s)", nullptr, evaluation::dayPluralNumber(value)).arg(number(value, 1)));
}

QString Writing::measure(double value, const QString &unit) const
{
    return figures::withUnit(value, figures::Unit::fromText(unit), m_locale, 1);
}

QString Writing::date(const QDate &date) const
{
    return date.isValid() ? longDate(date, m_locale) : dash();
}

QString Writing::shortDate(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : dash();
}

QString Writing::period(const QDate &start, const QDate &end) const
{
    const QString text = tr("%1 to %2").arg(date(start), date(end));
    return alliance::period::isValid(start, end) ? text : tr("%1 (the end date is before the start date)").arg(text);
}

QString Writing::organisation(const QUuid &id) const
{
    const Organisation *o = m_project.organisation(id);
    return o && !o->name.isEmpty() ? shortName(o->name) : dash();
}

QString Writing::yesNo(bool value) const
{
    return value ? tr("yes") : tr("no");
}

} // namespace alliance::report
