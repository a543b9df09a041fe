#include "model/longdate.h"

namespace alliance {

QString longDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    // French writes "1er janvier" but "2 janvier": QLocale knows no ordinal.
    if (locale.language() == QLocale::French && date.day() == 1)
        return locale.toString(date, QStringLiteral("'1er' MMMM yyyy"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace alliance
