#include "report/reportwriting.h"

#include "evaluation/contributions.h"
#include "model/longdate.h"
#include "model/period.h"
#include "model/shorttext.h"

#include <cmath>

namespace alliance::report {

Writing::Writing(const Project &project, const QString &language, const QDate &today)
    : m_project(project)
    , m_locale(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_today(today)
{
}

QString Writing::number(double value, int decimals) const
{
    if (std::isnan(value))
        return dash();
    // A sum beyond the largest double.
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    // Huge numbers in exact scientific form (1.7E+308), not hundreds of digits.
    if (std::abs(value) >= 1e15)
        return m_locale.toString(value, 'g', QLocale::FloatingPointShortest);
    // Whole numbers print without decimals, others with the asked precision.
    if (decimals > 0 && std::abs(value - std::round(value)) < 1e-9)
        decimals = 0;
    return m_locale.toString(value, 'f', decimals);
}

QString Writing::percent(std::optional<double> value) const
{
    if (!value || std::isnan(*value))
        return dash();
    //: A percentage; French puts a (narrow no-break) space before %.
    return tr("%1%").arg(number(std::round(*value)));
}

QString Writing::euros(double value) const
{
    //: An amount in euros; French writes "1 200 €".
    return tr("€%1").arg(number(value));
}

QString Writing::quantity(double value, const QString &kindId) const
{
    switch (evaluation::contributionUnit(kindId)) {
    case evaluation::ContributionUnit::Currency:
        return euros(value);
    case evaluation::ContributionUnit::Days:
        //: A number of person-days, e.g. "25 days"
        return tr("%1 day(s)", nullptr, evaluation::dayPluralNumber(value)).arg(number(value, 1));
    case evaluation::ContributionUnit::Items:
        break;
    }
    return number(value, 1);
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
