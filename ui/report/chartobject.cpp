#include "report/chartobject.h"

#include <QPainter>

namespace alliance::report {

ChartObject::ChartObject(QList<ReportChart> charts, QObject *parent) : QObject(parent), m_charts(std::move(charts)) { }

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(ChartWidth), format.doubleProperty(ChartHeight)};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= m_charts.size() || !m_charts.at(index).paint)
        return;
    painter->save();
    m_charts.at(index).paint(*painter, rect);
    painter->restore();
}

} // namespace alliance::report
