#include "model/figures.h"

#include <cmath>

namespace alliance::figures {

namespace {

const QChar noBreak(0x00a0);

/// From this size on, numbers are written in scientific form (1.7E+308),
/// not as hundreds of digits.
constexpr double hugeNumber = 1e15;
/// A unit's spaces are made no-break up to this length: "note sur 10" stays
/// with its number, a sentence typed as a unit may still wrap.
constexpr int shortUnit = 24;

QString special(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
}

} // namespace

Unit Unit::fromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return plain();
    if (t == QLatin1String("%"))
        return percent();
    const QString lower = t.toLower();
    if (t == QStringLiteral("€") || lower == QLatin1String("eur") || lower == QLatin1String("euro")
        || lower == QLatin1String("euros"))
        return euros();
    return {Kind::Words, t};
}

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

QString number(double value, const QLocale &locale, int maxDecimals)
{
    if (!std::isfinite(value))
        return special(value);
    if (std::abs(value) >= hugeNumber)
        return locale.toString(value, 'g', QLocale::FloatingPointShortest);
    maxDecimals = std::clamp(maxDecimals, 0, 6);
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // never "-0"
    // The shortest digits of the rounded value: no trailing zeros.
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString percent(double value, const QLocale &locale, int maxDecimals)
{
    if (std::isnan(value))
        return special(value);
    const QString n = number(value, locale, maxDecimals);
    return isFrench(locale) ? n + noBreak + QLatin1Char('%') : n + QLatin1Char('%');
}

QString euros(double value, const QLocale &locale)
{
    if (std::isnan(value))
        return special(value);
    QString n;
    if (!std::isfinite(value) || std::abs(value) >= hugeNumber) {
        n = number(std::abs(value), locale);
    } else {
        const double cents = std::round(std::abs(value) * 100);
        n = locale.toString(cents / 100, 'f', std::fmod(cents, 100) == 0 ? 0 : 2);
    }
    const bool negative = value < 0 && n != QLatin1String("0");
    const QString sign = negative ? QString(locale.negativeSign()) : QString();
    const QChar euro(0x20ac);
    return isFrench(locale) ? sign + n + noBreak + euro : sign + euro + n;
}

QString withUnit(double value, const Unit &unit, const QLocale &locale, int maxDecimals)
{
    switch (unit.kind) {
    case Unit::Kind::Percent:
        return percent(value, locale, maxDecimals);
    case Unit::Kind::Euros:
        return euros(value, locale);
    case Unit::Kind::Plain:
        return number(value, locale, maxDecimals);
    case Unit::Kind::Words:
        break;
    }
    if (std::isnan(value))
        return special(value);
    QString words = unit.words.simplified();
    if (words.size() <= shortUnit)
        words.replace(QLatin1Char(' '), noBreak);
    return number(value, locale, maxDecimals) + noBreak + words;
}

} // namespace alliance::figures
