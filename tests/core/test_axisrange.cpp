// Axis ranges that stay finite whatever a file holds, and names cut with a mark.
#include "evaluation/axisrange.h"
#include "model/shorttext.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace alliance;

namespace {

constexpr double largest = std::numeric_limits<double>::max();

bool drawable(std::pair<double, double> r)
{
    return std::isfinite(r.first) && std::isfinite(r.second) && r.second > r.first && std::isfinite(r.second - r.first);
}

} // namespace

TEST_CASE("Axis range: sums saturate, ends and spans stay finite near the largest double", "[dashboard]")
{
    CHECK(dashboard::saturatedSum(1.7e308, 1.7e308) == largest);
    CHECK(dashboard::saturatedSum(-1.7e308, -1.7e308) == -largest);
    CHECK(dashboard::saturatedSum(2, 3) == 5);
    CHECK(dashboard::niceCeiling(1.7e308) == largest);
    CHECK(dashboard::niceCeiling(1200) == 2000);
    CHECK(dashboard::niceCeiling(std::numeric_limits<double>::infinity()) == 1);
    const auto padded = dashboard::paddedRange(-1.7e308, 1.7e308);
    CHECK(std::isfinite(padded.first));
    CHECK(std::isfinite(padded.second));
    CHECK(drawable(dashboard::drawableRange(padded.first, padded.second)));
    CHECK(drawable(dashboard::drawableRange(-largest, largest)));
    CHECK(drawable(dashboard::drawableRange(1.7e308, 1.7e308)));
    CHECK(drawable(dashboard::drawableRange(5, 5)));
    // Ordinary ranges are kept as they are.
    CHECK(dashboard::drawableRange(0, 110) == std::pair<double, double>(0, 110));
    CHECK(dashboard::paddedRange(10, 20) == std::pair<double, double>(7.5, 22.5));
}

TEST_CASE("Short text: cut with a mark, the length kept, a surrogate pair never split", "[dashboard]")
{
    CHECK(shortText(QStringLiteral("Passerelles"), 20) == QStringLiteral("Passerelles"));
    CHECK(shortText(QStringLiteral("Passerelles"), 6) == QStringLiteral("Passe") + cutMark());
    const QString emoji = QStringLiteral("ab\U0001F600cd");
    CHECK(shortText(emoji, 4) == QStringLiteral("ab") + cutMark());
    CHECK(shortName(QString(100000, QLatin1Char('N'))).size() == nameLength);
}
