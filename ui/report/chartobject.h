#pragma once
// Draws the report's charts where the body document placed them: each chart
// is one object character, painted as vectors when its page is drawn.

#include "report/reportcharts.h"

#include <QObject>
#include <QTextObjectInterface>

namespace alliance::report {

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    enum Property {
        ChartIndex = QTextFormat::UserProperty + 1,
        ChartWidth,
        ChartHeight
    };

    explicit ChartObject(QList<ReportChart> charts, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QList<ReportChart> m_charts;
};

} // namespace alliance::report
