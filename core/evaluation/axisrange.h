#pragma once
// Value axes that stay finite whatever the numbers: any real a file allows
// (up to ±1.8e308) can be drawn, and sums or differences that would overflow
// to infinity are kept within the doubles.

#include <utility>

namespace alliance::dashboard {

/// `a + b`, held at ±the largest double instead of overflowing to infinity.
double saturatedSum(double a, double b);

/// The smallest 1, 2, 2.5 or 5 × 10^k at or above `value` (> 0), for an axis
/// end; 1 when value is not a positive number; never infinite.
double niceCeiling(double value);

/// A value range [low, high] padded by 5 % and widened to round ends, so that
/// a line near an end stays visible. Finite for any finite low and high.
std::pair<double, double> paddedRange(double low, double high);

/// An axis [low, high] that a chart library can divide: both ends finite,
/// high above low, and high - low finite (ends held within ±max/2 when the
/// span would overflow; what lies beyond is drawn at the frame).
std::pair<double, double> drawableRange(double low, double high);

} // namespace alliance::dashboard
