#pragma once
// The dashboard's charts as plain data: which chart, which categories, which
// series with which numbers, all taken from core/evaluation's rules. No
// painting here (core never links Charts): ui/charts draws them on the
// dashboard page, in PNG and SVG exports and in the PDF report, so the three
// always show the same numbers.

#include "evaluation/performance.h"
#include "model/figures.h"
#include "model/project.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace alliance::dashboard {

/// How a chart is drawn.
enum class ChartShape {
    Radar,       ///< one closed line per series over the categories (spokes)
    Bars,        ///< vertical bars, the series side by side in each category
    StackedBars, ///< vertical bars, the series stacked in each category
    /// Horizontal bars for long category names; the series stack, so series
    /// that value disjoint categories (one series per status) give one bar
    /// per category in the colour of its series.
    HorizontalBars,
    Lines ///< x = dates (Series::points), y = values
};

/// One series of a chart.
struct Series
{
    QString name; ///< legend text, translated or user text (plain text: escape before rich text)
    /// One per category (Bars, StackedBars, HorizontalBars, Radar). NaN means
    /// "no value" (e.g. not scored): no bar, and the tooltip says so.
    QList<double> values;
    /// Lines: x = msecs since epoch of the date at 12:00 UTC (the same day in
    /// every time zone), y = the value.
    QList<QPointF> points;
    /// Names a fixed colour: a status ("on_track", "at_risk", "off_track"), a
    /// step status ("done", "in_progress"), "expected" (a trend's expected
    /// path, drawn dotted); empty = the palette's next colour.
    QString colourKey;
    QString
        id; ///< what the series stands for: an angle, impact, axis, kind, organisation or indicator id, or "expected"
    /// Parallel to values (or points): said after the value in a tooltip,
    /// e.g. "3 partners answered"; empty or missing = nothing to add.
    QStringList notes;
};

/// One chart.
struct ChartData
{
    /// Stable: "carre", "readings", "steps", "indicators",
    /// "trend:<indicator id>", "angles_reviews", "angles_organisations",
    /// "impacts", "maturity", "contributions".
    QString id;
    /// Translated with QCoreApplication::translate("Dashboard", ...) when
    /// charts() runs: the caller's installed translator decides the language.
    /// A title may quote user text (an indicator, a review): plain text.
    QString title, xTitle, yTitle;
    ChartShape shape = ChartShape::Bars;
    /// User text for organisations, reviews, indicators: plain text, names
    /// cut to 60 characters with a mark (…), as are series names and titles.
    QStringList categories;
    QList<Series> series;
    /// Always finite, yMin < yMax, yMax - yMin finite (see axisrange.h).
    double yMin = 0, yMax = 100;
    std::optional<double> target; ///< a target line at this value (trends: the indicator's target; indicators: 100 %)
    /// What to enter to see this chart, shown instead of it when isEmpty().
    QString emptyHint;
    /// What a value counts (a percentage, euros, an indicator's unit): its
    /// labels are written by valueText(), in the language of the moment.
    figures::Unit unit;
    int decimals = 0; ///< most decimals of a value in labels (no trailing zeros)
    /// Horizontal bars: per category, a reference value drawn across its bar
    /// (NaN: none) — the indicators chart's expected progress. Empty elsewhere.
    QList<double> marks;
    QString marksName; ///< the marks' legend text
    /// Per category, what its mark stands for in a tooltip (e.g. "Expected
    /// by 15/06/2026"); empty where there is no mark.
    QStringList markNotes;
    /// Nothing to show yet: no series holds a finite value or a point.
    bool isEmpty() const;
};

/// Equal content; NaN values compare equal to NaN (a page redraws a chart
/// only when its data changed).
bool operator==(const Series &a, const Series &b);
bool operator!=(const Series &a, const Series &b);
bool operator==(const ChartData &a, const ChartData &b);
bool operator!=(const ChartData &a, const ChartData &b);

/// `value` as the chart's labels and tooltips write it, with its unit, in
/// the default QLocale's language ("100 %", "€60,000", "8,5 note sur 10");
/// "no value" for NaN.
QString valueText(const ChartData &data, double value);

/// "3 partners answered" (translated, context "Dashboard"): what stands
/// beside every figure that summarises the partners' answers.
QString answeredText(int respondents);

/// Every dashboard chart of p, in display order: "carre", "readings",
/// "steps", "indicators", one "trend:<indicator id>" per indicator in project
/// order, "angles_reviews", "angles_organisations", "impacts", "maturity",
/// "contributions". Numbers come from core/evaluation (recommend,
/// stepProgress, evaluatePerformance on `today`, scoreReviews, maturity,
/// summariseContributions), never recomputed. Evaluation charts say how
/// many partners answered: each review's category ("Annual review (3)",
/// its axis title saying what the number is), the axis title of the
/// per-organisation and impacts charts ("(3 partners answered)"), and each
/// value's note (its own respondents) in tooltips. Dates in tooltips follow
/// the default QLocale. A chart with nothing to show is still listed, empty,
/// with its emptyHint. Never fails.
QList<ChartData> charts(const Project &p, const QDate &today);

/// One indicator's trend with what its status says, for a reader who must
/// see first what goes wrong (e.g. a printed report's small multiples).
struct RankedTrend
{
    ChartData chart; ///< its "trend:<indicator id>" chart, as charts() gives it
    evaluation::IndicatorStatus status = evaluation::IndicatorStatus::NoData;
    std::optional<double> achievedPercent; ///< raw, as evaluatePerformance gives it
    std::optional<double> expectedPercent; ///< empty without a target date: the whole way is expected
    QDate targetDate;                      ///< the indicator's, null when it has none
};

/// The trends of p that hold a measurement, the most worrying first: off
/// track, then at risk, then on track; within a status, the furthest behind
/// the progress expected by then first, then project order. The statuses
/// are evaluatePerformance's on `today` (time-aware).
QList<RankedTrend> trendsByConcern(const Project &p, const QDate &today);

/// The chart of `id` from charts(p, today); nullopt when p has no such chart.
std::optional<ChartData> chart(const Project &p, const QString &id, const QDate &today);

} // namespace alliance::dashboard
