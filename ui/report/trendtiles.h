#pragma once
// Indicator trends as small multiples for the printed report: several small
// charts a row, each whole on its own (name, status against what was
// expected, target, expected path, measurements). Plain QPainter, no Qt
// Charts: a tile draws into any painter, in any thread.

#include "evaluation/dashboard.h"

#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace alliance::report {

/// What one tile shows, its texts already written in the report's language.
struct TrendTile
{
    dashboard::ChartData chart; ///< the dashboard's "trend:" chart: points, expected path, target, range
    QString title;              ///< the indicator's name
    QString statusKey;          ///< "on_track", "at_risk", "off_track": the status's colour
    QString statusLine;         ///< e.g. "At risk · 45 % achieved, 60 % expected"
    QString targetLine;         ///< e.g. "Target: 500 km by 15/06/2026"
    QLocale locale;             ///< numbers and months on the axes
};

/// Tiles a row holds.
constexpr int tilesPerRow = 2;
/// A row's height for its width: three rows and their spacing fill an A4 page.
constexpr double tileRowHeightRatio = 0.40;

/// Draws `tiles` (at most tilesPerRow) side by side in `target`, each taking
/// 1/tilesPerRow of its width; a row with fewer tiles leaves the rest white.
void paintTrendTiles(QPainter &painter, const QRectF &target, const QList<TrendTile> &tiles);

} // namespace alliance::report
