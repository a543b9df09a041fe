// Dates written in words: French says "1er mars", English "1 March".
#include <catch2/catch.hpp>

#include "model/longdate.h"

using namespace alliance;

TEST_CASE("the first of a month is “1er” in French, a plain number on other days and in English", "[typography]")
{
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(longDate(QDate(2025, 9, 1), french) == QStringLiteral("1er septembre 2025"));
    CHECK(longDate(QDate(2026, 1, 1), french) == QStringLiteral("1er janvier 2026"));
    CHECK(longDate(QDate(2025, 9, 2), french) == QStringLiteral("2 septembre 2025"));
    CHECK(longDate(QDate(2025, 9, 11), french) == QStringLiteral("11 septembre 2025"));
    CHECK(longDate(QDate(2025, 9, 21), french) == QStringLiteral("21 septembre 2025"));
    CHECK(longDate(QDate(2025, 9, 1), english) == QStringLiteral("1 September 2025"));
    CHECK(longDate(QDate(), french).isEmpty());
}
