#pragma once
// A date written in words, as a sentence or a report says it.

#include "model/language.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace alliance {

/// `date` in words in `locale`'s language: "1 March 2025" in English,
/// "1er mars 2025" in French (the first of a month is an ordinal there).
/// An invalid date gives an empty string.
QString longDate(const QDate &date, const QLocale &locale = writingLocale());
/// The day and the month only, short: "7 Dec", "1er déc.".
QString shortDate(const QDate &date, const QLocale &locale = writingLocale());

} // namespace alliance
