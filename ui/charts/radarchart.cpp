#include "charts/radarchart.h"

#include "charts/chartstyle.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>
#include <cmath>

namespace alliance::charts {

QChart *makeRadarChart(const QStringList &categories, const QList<dashboard::Series> &series, double maximum)
{
    auto *chart = new QPolarChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room for the left and right labels, which Qt Charts lets overflow.
    chart->setMargins(QMargins(24, 14, 24, 8));

    const int count = int(categories.size());
    // The angular axis runs 0..count and its labels sit on the values: the
    // first category is on value count (the top, where 0 also is) so the
    // labels mark the spokes.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, std::max(count, 1));
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = distinctLabels(categories);
    for (int i = 1; i <= count; ++i)
        angular->append(wrappedLabel(labels.at(i % count), 12), i);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto *radial = new QValueAxis;
    radial->setRange(0, maximum);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws nothing once numbers are localised
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    for (int s = 0; s < series.size(); ++s) {
        const dashboard::Series &data = series.at(s);
        auto *line = new QLineSeries;
        line->setName(data.name.toHtmlEscaped());
        for (int i = 0; i <= count; ++i) {
            const double v = data.values.value(i % count, 0.0);
            line->append(i, std::isfinite(v) ? v : 0.0);
        }
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        QPen pen(seriesColour(data.colourKey, s));
        pen.setWidthF(2.5);
        line->setPen(pen);
    }
    chart->legend()->setVisible(!series.isEmpty());
    return chart;
}

} // namespace alliance::charts
