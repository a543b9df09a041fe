#include "charts/carreradarchart.h"

#include "method/method.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace alliance {

namespace {

/// An objective name as rich text on short lines: long labels left and right
/// of a polar chart would otherwise squeeze the plot to a dot.
QString wrappedLabel(const QString &text)
{
    constexpr int lineLength = 12;
    // Break between words and after hyphens ("Socio-" / "economic model").
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = word.split(QLatin1Char('-'));
        for (int i = 0; i < parts.size(); ++i) {
            const QString piece = parts.at(i) + (i + 1 < parts.size() ? QStringLiteral("-") : QString());
            const QString joiner = i == 0 ? QStringLiteral(" ") : QString();
            if (!lines.isEmpty() && lines.last().size() + joiner.size() + piece.size() <= lineLength)
                lines.last() += joiner + piece;
            else
                lines.append(piece);
        }
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QChart *makeCarreRadarChart(const QList<evaluation::PartnerWeighting> &partners)
{
    auto *chart = new QPolarChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room for the left and right labels, which Qt Charts lets overflow.
    chart->setMargins(QMargins(24, 14, 24, 8));

    const auto &objectives = method::objectives();
    const int count = int(objectives.size());
    // The angular axis runs 0..count and its labels sit on the values: the
    // first objective is on value count (the top, where 0 also is) so the
    // four labels mark the four spokes.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, count);
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 1; i <= count; ++i)
        angular->append(wrappedLabel(method::tr(objectives.at(i % count).name)), i);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    for (const evaluation::PartnerWeighting &p : partners) {
        auto *series = new QLineSeries;
        series->setName(p.name.toHtmlEscaped());
        for (int i = 0; i <= count; ++i)
            series->append(i, p.weights[i % count] * 100.0);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        // After addSeries: the theme gives each partner its colour; widen it.
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
    }
    chart->legend()->setVisible(!partners.isEmpty());
    return chart;
}

QChart *makeCarreRadarChart(const Project &project)
{
    return makeCarreRadarChart(evaluation::recommend(project).partners);
}

} // namespace alliance
