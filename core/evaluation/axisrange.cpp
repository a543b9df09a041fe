#include "evaluation/axisrange.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace alliance::dashboard {

namespace {

constexpr double largest = std::numeric_limits<double>::max();

double finite(double v)
{
    return std::isnan(v) ? 0.0 : std::clamp(v, -largest, largest);
}

} // namespace

double saturatedSum(double a, double b)
{
    return finite(a + b);
}

double niceCeiling(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= value * (1 - 1e-12))
            return finite(step * power);
    }
    return finite(10 * power);
}

std::pair<double, double> paddedRange(double low, double high)
{
    low = finite(low);
    high = finite(high);
    if (low > high)
        std::swap(low, high);
    // Halves first: high - low itself may overflow.
    const double halfSpan = high / 2 - low / 2;
    double pad = halfSpan * 0.1;
    if (pad <= 0)
        pad = std::max(std::abs(high) * 0.1, 1.0);
    const double from = finite(low - pad);
    const double to = finite(high + pad);
    const double step = niceCeiling((to / 2 - from / 2) * 0.4);
    // Counts never below zero: an axis of positive values starts at 0 at most.
    const double start = finite(std::floor(from / step) * step);
    const double end = finite(std::ceil(to / step) * step);
    return {low >= 0 ? std::max(start, 0.0) : start, high <= 0 ? std::min(end, 0.0) : end};
}

std::pair<double, double> drawableRange(double low, double high)
{
    low = finite(low);
    high = finite(high);
    if (!std::isfinite(high - low)) {
        low = std::max(low, -largest / 2);
        high = std::min(high, largest / 2);
    }
    if (!(high > low)) {
        // Room around a single value, even where + 1 is lost in rounding.
        const double room = std::max(1.0, std::abs(low) * 1e-6);
        high = std::min(low + room, largest / 2);
        low = high - 2 * room;
    }
    return {low, high};
}

} // namespace alliance::dashboard
