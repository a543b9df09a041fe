#include "model/longdate.h"

namespace alliance {

namespace {

/// `date` as "d" then `rest`: French writes "1er janvier" but "2 janvier",
/// and QLocale knows no ordinal.
QString dayFirst(const QDate &date, const QLocale &locale, const QString &rest)
{
    if (!date.isValid())
        return QString();
    if (locale.language() == QLocale::French && date.day() == 1)
        return locale.toString(date, QStringLiteral("'1er' ") + rest);
    return locale.toString(date, QStringLiteral("d ") + rest);
}

} // namespace

QString longDate(const QDate &date, const QLocale &locale)
{
    return dayFirst(date, locale, QStringLiteral("MMMM yyyy"));
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return dayFirst(date, locale, QStringLiteral("MMM"));
}

} // namespace alliance
