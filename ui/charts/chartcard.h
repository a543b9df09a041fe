#pragma once
// One card of the dashboard: a chart's title, the chart (or, while there is
// nothing to show, what to enter to see it) and its PNG and SVG exports.

#include "evaluation/dashboard.h"

#include <QFrame>

class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace alliance::charts {

class ChartLegend;

class ChartCard : public QFrame
{
    Q_OBJECT
public:
    /// objectName "chartCard_<slot>"; children: "chartTitle", "chartView",
    /// "chartLegend" (the legend, wrapped, under the chart: Qt Charts' own is
    /// hidden), "emptyHint", "exportPngButton", "exportSvgButton".
    explicit ChartCard(const QString &slot, QWidget *parent = nullptr);

    /// Shows `data`; the chart is rebuilt only when `data` differs from what
    /// is shown, so a refresh that changes nothing costs nothing.
    void setData(const dashboard::ChartData &data);
    const dashboard::ChartData &data() const { return m_data; }
    QChartView *chartView() const { return m_view; }
    /// Where a page adds its own controls, right of the title (e.g. a chooser).
    QHBoxLayout *toolsLayout() const { return m_tools; }

    enum class Format {
        Png,
        Svg
    };
    /// Writes the chart to `path` at the export size (1600 × 900). False and
    /// `error` set when the file cannot be written.
    bool exportTo(const QString &path, Format format, QString *error) const;

private:
    void exportAs(Format format);

    dashboard::ChartData m_data;
    bool m_shown = false;
    QLabel *m_title;
    QHBoxLayout *m_tools;
    QChartView *m_view;
    QLabel *m_hint;
    ChartLegend *m_legend;
    QPushButton *m_png;
    QPushButton *m_svg;
};

} // namespace alliance::charts
