#pragma once
// A chart's legend as widgets, under the chart: each entry a colour swatch and
// its name as word-wrapped plain text, so a long partner name wraps onto a
// second line instead of being cut as Qt Charts' own legend cuts it.

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;

namespace alliance::charts {

/// One entry: what a colour stands for.
struct LegendEntry
{
    enum class Mark {
        Box,
        Line,
        DashedLine,
        Stroke
    };
    QString text; ///< plain text, shown as typed (never read as markup)
    QColor colour;
    Mark mark = Mark::Box;
    bool operator==(const LegendEntry &o) const { return text == o.text && colour == o.colour && mark == o.mark; }
};

class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    /// objectName "chartLegend"; each entry's text is a QLabel named "legendEntry".
    explicit ChartLegend(QWidget *parent = nullptr);

    /// Entries go in columns, one per entry up to `columns` (3 unless set),
    /// then on more rows. Applies from the next setEntries().
    void setMaxColumns(int columns);

    /// Replaces the entries; none hides the legend.
    void setEntries(const QList<LegendEntry> &entries);
    const QList<LegendEntry> &entries() const { return m_entries; }

private:
    QList<LegendEntry> m_entries;
    QGridLayout *m_grid;
    int m_maxColumns = 3;
};

} // namespace alliance::charts
