// Numbers, percentages and amounts as each language writes them: the rules
// the report and the dashboard's labels share (model/figures.h).
#include <catch2/catch.hpp>

#include "model/figures.h"

#include <cmath>
#include <limits>

using namespace alliance;

namespace {

const QLocale french(QLocale::French, QLocale::France);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QString nbsp(QChar(0x00a0));
/// French groups thousands with the locale's own separator (a narrow no-break space).
const QString group = french.groupSeparator();

} // namespace

TEST_CASE("figures: a number has the language's decimal mark and grouping, and no trailing zero", "[typography]")
{
    CHECK(figures::number(8.5, french) == QStringLiteral("8,5"));
    CHECK(figures::number(8.5, english) == QStringLiteral("8.5"));
    CHECK(figures::number(8.5, french, 2) == QStringLiteral("8,5")); // not "8,50"
    CHECK(figures::number(30, french, 2) == QStringLiteral("30"));   // not "30,00"
    CHECK(figures::number(200000, french) == QStringLiteral("200") + group + QStringLiteral("000"));
    CHECK(figures::number(200000, english) == QStringLiteral("200,000"));
    CHECK(figures::number(1440, french) == QStringLiteral("1") + group + QStringLiteral("440"));
    CHECK(figures::number(24.64, french) == QStringLiteral("24,6"));
    CHECK(figures::number(24.66, english, 0) == QStringLiteral("25"));
    CHECK(figures::number(-0.04, english) == QStringLiteral("0")); // never "-0"
    CHECK(figures::number(-1234.5, english) == QStringLiteral("-1,234.5"));
    CHECK(figures::number(std::numeric_limits<double>::quiet_NaN(), french) == QStringLiteral("–"));
    CHECK(figures::number(std::numeric_limits<double>::infinity(), french) == QStringLiteral("∞"));
    CHECK(figures::number(1.7e308, english) == QStringLiteral("1.7E+308"));
}

TEST_CASE("figures: a percentage takes a no-break space before % in French, none in English", "[typography]")
{
    CHECK(figures::percent(100, french) == QStringLiteral("100") + nbsp + QStringLiteral("%"));
    CHECK(figures::percent(5, french) == QStringLiteral("5") + nbsp + QStringLiteral("%"));
    CHECK(figures::percent(100, english) == QStringLiteral("100%"));
    CHECK(figures::percent(66.6, english) == QStringLiteral("67%"));
    CHECK(figures::percent(24.6, french, 1) == QStringLiteral("24,6") + nbsp + QStringLiteral("%"));
    CHECK(figures::percent(std::nan(""), french) == QStringLiteral("–"));
}

TEST_CASE("figures: euros follow the amount in French and lead it in English, cents only when there are some",
          "[typography]")
{
    CHECK(figures::euros(60000, french)
          == QStringLiteral("60") + group + QStringLiteral("000") + nbsp + QStringLiteral("€"));
    CHECK(figures::euros(60000, english) == QStringLiteral("€60,000"));
    CHECK(figures::euros(1200.5, french)
          == QStringLiteral("1") + group + QStringLiteral("200,50") + nbsp + QStringLiteral("€"));
    CHECK(figures::euros(1200.5, english) == QStringLiteral("€1,200.50"));
    CHECK(figures::euros(-250, english) == QStringLiteral("-€250"));
    CHECK(figures::euros(0.001, english) == QStringLiteral("€0"));
    CHECK(figures::euros(1.7e308, french).endsWith(nbsp + QStringLiteral("€")));
    CHECK_FALSE(figures::euros(1.7e308, french).contains(QStringLiteral("000000")));
}

TEST_CASE("figures: a value keeps its unit, attached by no-break spaces", "[typography]")
{
    using figures::Unit;
    CHECK(figures::withUnit(874, Unit::fromText(QStringLiteral("heures")), french)
          == QStringLiteral("874") + nbsp + QStringLiteral("heures"));
    CHECK(figures::withUnit(8.5, Unit::fromText(QStringLiteral("note sur 10")), french, 2)
          == QStringLiteral("8,5") + nbsp + QStringLiteral("note") + nbsp + QStringLiteral("sur") + nbsp
              + QStringLiteral("10"));
    CHECK(figures::withUnit(30, Unit::fromText(QStringLiteral(" % ")), french, 2)
          == QStringLiteral("30") + nbsp + QStringLiteral("%"));
    CHECK(figures::withUnit(30, Unit::fromText(QStringLiteral("%")), english) == QStringLiteral("30%"));
    CHECK(figures::withUnit(1500, Unit::fromText(QStringLiteral("EUR")), english) == QStringLiteral("€1,500"));
    CHECK(figures::withUnit(12, Unit::fromText(QString()), english) == QStringLiteral("12"));
    // A sentence typed as a unit may still wrap between its words.
    const QString longUnit = QStringLiteral("personnes accompagnées jusqu’à l’autonomie");
    CHECK(figures::withUnit(3, Unit::fromText(longUnit), french).contains(QStringLiteral(" accompagnées")));
    CHECK(Unit::fromText(QStringLiteral("Euros")) == Unit::euros());
}
