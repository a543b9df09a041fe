#pragma once
// Numbers, percentages and amounts written the way a reader of `locale`'s
// language expects them: the one place that decides it, for the report and
// for the dashboard's labels that the report prints.
//
// French: "8,5", "200 000" (the locale's group separator), "100 %" and
// "60 000 €" with a no-break space. English: "8.5", "200,000", "100%",
// "€60,000". Never trailing zeros ("30", not "30,00"), except the cents of
// an amount that has some ("1 200,50 €").

#include <QLocale>
#include <QString>

namespace alliance::figures {

/// What a value counts: a plain number, a percentage, euros, or a unit of
/// the user's words (an indicator's "people", "hours", "note sur 10").
struct Unit
{
    enum class Kind {
        Plain,
        Percent,
        Euros,
        Words
    };
    Kind kind = Kind::Plain;
    QString words; ///< Words: the unit as typed (plain text)

    static Unit plain() { return {}; }
    static Unit percent() { return {Kind::Percent, {}}; }
    static Unit euros() { return {Kind::Euros, {}}; }
    /// A unit as a user typed it: "%" is a percentage, "€", "EUR" or
    /// "euro(s)" an amount, empty a plain number, anything else its words.
    static Unit fromText(const QString &text);
    bool operator==(const Unit &o) const { return kind == o.kind && words == o.words; }
    bool operator!=(const Unit &o) const { return !(*this == o); }
};

/// `value` rounded to at most `maxDecimals` decimals, without trailing zeros,
/// grouped by thousands ("200 000", "8,5"). "–" for NaN, "∞"/"−∞" for
/// infinities, the shortest exact scientific form from 1e15 on (1,7E+308).
QString number(double value, const QLocale &locale, int maxDecimals = 1);
/// "100 %" (French, no-break space) or "100%" (English); "–" for NaN.
QString percent(double value, const QLocale &locale, int maxDecimals = 0);
/// "60 000 €" (French, no-break space) or "€60,000" (English): whole
/// amounts without decimals, others with their two decimals of cents.
QString euros(double value, const QLocale &locale);
/// `value` with its unit: a percentage or euros as above, otherwise the
/// number, a no-break space and the unit's words ("874 heures"). A unit's
/// own spaces do not break either, up to a short unit.
QString withUnit(double value, const Unit &unit, const QLocale &locale, int maxDecimals = 1);
/// True when `locale` writes French (spaces before % and €).
bool isFrench(const QLocale &locale);

} // namespace alliance::figures
