#pragma once
// The partners' carré magique drawn as a radar: one closed line per partner
// over the four objective axes, so the partners' weightings can be compared
// at a glance.

#include "charts/chartlegend.h"
#include "evaluation/recommendation.h"
#include "model/project.h"

#include <QList>

class QChart;

namespace alliance {

/// Builds a polar chart (a QPolarChart) with one QLineSeries per partner of
/// `partners`, in their order: points (i, weight of objective i × 100) for
/// i = 0..3 and a last point (4, weight of objective 0 × 100) that closes the
/// polygon. The angular axis (a QCategoryAxis) runs 0..4 and is labelled
/// with the objective names, wrapped on short lines with <br>; the first
/// objective's label sits on value 4, the top. The radial axis runs 0..100. Qt Charts renders legend and axis
/// labels as rich text, so series names are the partner names HTML-escaped
/// (a partner called "<b>x</b>" shows literally). No partner: the axes alone.
/// The caller owns the chart (usually through QChartView::setChart).
QChart *makeCarreRadarChart(const QList<evaluation::PartnerWeighting> &partners);

/// The legend of makeCarreRadarChart(partners): each partner's name as typed
/// and its line's colour, for a wrapped legend under the chart.
QList<charts::LegendEntry> carreLegendEntries(const QList<evaluation::PartnerWeighting> &partners);

/// makeCarreRadarChart() for the partners that weighted in `project`
/// (evaluation::recommend(project).partners: weights normalised to sum 100).
QChart *makeCarreRadarChart(const Project &project);

} // namespace alliance
