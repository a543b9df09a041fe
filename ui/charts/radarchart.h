#pragma once
// A radar: one closed line per series over spokes named by categories, the
// shape of the carré magique (step 2 page and dashboard).

#include "evaluation/dashboard.h"

#include <QList>
#include <QStringList>

class QChart;

namespace alliance::charts {

/// A new QPolarChart, owned by the caller. Its angular axis (a QCategoryAxis)
/// runs 0..n for n categories, labelled with the categories (HTML-escaped,
/// wrapped on short lines); category 0 sits on value n, the top, and
/// category i on value i. Each series becomes a QLineSeries named with its
/// name HTML-escaped and coloured by seriesColour(), with points (i, values[i])
/// for i = 0..n-1 and a last point (n, values[0]) closing the polygon; NaN
/// values count as 0. The radial axis runs 0..`maximum`.
QChart *makeRadarChart(const QStringList &categories, const QList<dashboard::Series> &series, double maximum);

} // namespace alliance::charts
