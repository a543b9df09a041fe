#include "charts/chartlegend.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace alliance::charts {

namespace {

/// The small picture before an entry: a filled square for bars, a line
/// (solid, dashed, or a short upright stroke) for lines and marks.
class Swatch : public QWidget
{
public:
    Swatch(const LegendEntry &entry, QWidget *parent) : QWidget(parent), m_entry(entry)
    {
        const int side = fontMetrics().height();
        setFixedSize(side + 4, side);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(3, 3, -3, -3);
        QPen pen(m_entry.colour);
        pen.setWidthF(2.5);
        switch (m_entry.mark) {
        case LegendEntry::Mark::Box:
            p.fillRect(box, m_entry.colour);
            break;
        case LegendEntry::Mark::DashedLine:
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(2);
            [[fallthrough]];
        case LegendEntry::Mark::Line:
            p.setPen(pen);
            p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            break;
        case LegendEntry::Mark::Stroke:
            pen.setWidthF(3);
            p.setPen(pen);
            p.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()));
            break;
        }
    }

private:
    LegendEntry m_entry;
};

} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chartLegend"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    hide();
}

void ChartLegend::setMaxColumns(int columns)
{
    m_maxColumns = std::max(1, columns);
}

void ChartLegend::setEntries(const QList<LegendEntry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    const int columns = std::min<int>(m_maxColumns, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        auto *cell = new QWidget(this);
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *swatch = new Swatch(entries.at(i), cell);
        auto *label = new QLabel(entries.at(i).text, cell);
        label->setObjectName(QStringLiteral("legendEntry"));
        label->setTextFormat(Qt::PlainText); // partner names, shown as typed
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside its swatch, however tall the row
        row->addWidget(swatch, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        m_grid->addWidget(cell, i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    setVisible(!entries.isEmpty());
}

} // namespace alliance::charts
