#pragma once
// A chart as the report's layout sees it: a size to reserve and a way to
// draw itself as vectors into any painter.

#include "charts/chartlegend.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace alliance::report {

struct ReportChart
{
    QString title; ///< for the text of the PDF (search, accessibility), drawn by the chart itself
    std::function<void(QPainter &, const QRectF &)> paint;
    /// A legend too long to draw under the chart without taking its room:
    /// the report lists it under the chart, every name whole. Empty when the
    /// chart draws its own legend.
    QList<charts::LegendEntry> legend;
};

} // namespace alliance::report
