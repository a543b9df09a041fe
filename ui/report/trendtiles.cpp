#include "report/trendtiles.h"

#include "charts/chartstyle.h"
#include "model/figures.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace alliance::report {

namespace {

// A row is laid out on a canvas of this width, scaled to the room the page
// gives it: one unit is about a quarter of a point on A4, so the pixel
// sizes below print at 7 to 9.5 points.
constexpr double rowWidth = 2000;
constexpr double gap = 48;
constexpr double padding = 22;

const QColor ink(0x21, 0x21, 0x21);
const QColor muted(0x5a, 0x5a, 0x5a);
const QColor frame(0xb8, 0xc2, 0xcc);
const QColor grid(0xe3, 0xe7, 0xec);

QFont tileFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

/// `text` on at most `lines` lines of `width`, the last one ending with a
/// mark (…) when it is cut; returns the height it takes.
double drawWrapped(QPainter &painter, const QRectF &box, const QString &text, const QFont &font, int lines)
{
    const QFontMetricsF metrics(font);
    const double most = metrics.lineSpacing() * lines;
    QString shown = text;
    auto needed = [&](const QString &t) {
        return metrics.boundingRect(QRectF(box.topLeft(), QSizeF(box.width(), 1e6)), Qt::TextWordWrap, t).height();
    };
    if (needed(shown) > most + 0.5) {
        // Cut at a word, then shorter, until it fits with the mark.
        int length = int(shown.size());
        while (length > 1 && needed(shown) > most + 0.5) {
            length = std::max(1, length * 9 / 10);
            shown = text.left(length).trimmed() + QChar(0x2026);
        }
    }
    const double height = std::min(needed(shown), most);
    painter.setFont(font);
    painter.drawText(QRectF(box.topLeft(), QSizeF(box.width(), height + 1)),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown);
    return height;
}

/// About `count` round values from `low` to `high`, both included when round.
QList<double> ticks(double low, double high, int count)
{
    QList<double> out;
    const double span = high - low;
    if (!(span > 0) || !std::isfinite(span))
        return {low};
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    for (double v = std::ceil(low / step - 1e-9) * step; v <= high + step * 1e-9 && out.size() < 20; v += step)
        out.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

int tickDecimals(const QList<double> &values)
{
    for (int d = 0; d < 3; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::all_of(values.cbegin(), values.cend(),
                        [&](double v) { return std::abs(v * scale - std::round(v * scale)) < 1e-6; }))
            return d;
    }
    return 3;
}

QDate dateOf(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

void paintTile(QPainter &painter, const QRectF &box, const TrendTile &tile)
{
    const dashboard::ChartData &data = tile.chart;
    painter.setPen(QPen(frame, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 8, 8);
    const QRectF inside = box.adjusted(padding, padding, -padding, -padding);
    double y = inside.top();

    // The name on two lines at most, in a room of two lines: the status
    // lines and the plots of a row stay level.
    painter.setPen(ink);
    const QFont titleFont = tileFont(36, true);
    drawWrapped(painter, QRectF(inside.left(), y, inside.width(), 0), tile.title, titleFont, 2);
    y += QFontMetricsF(titleFont).lineSpacing() * 2 + 8;

    // The status with its colour, as a reader scans a page for red.
    const QFont statusFont = tileFont(31);
    const QFontMetricsF statusMetrics(statusFont);
    const double swatch = statusMetrics.ascent() * 0.8;
    painter.setPen(Qt::NoPen);
    painter.setBrush(charts::seriesColour(tile.statusKey, 0));
    painter.drawEllipse(QRectF(inside.left(), y + (statusMetrics.height() - swatch) / 2, swatch, swatch));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(ink);
    y += drawWrapped(painter, QRectF(inside.left() + swatch + 10, y, inside.width() - swatch - 10, 0), tile.statusLine,
                     statusFont, 1)
        + 2;
    painter.setPen(muted);
    y += drawWrapped(painter, QRectF(inside.left(), y, inside.width(), 0), tile.targetLine, tileFont(29), 1) + 10;

    // The plot: values on the left, dates below.
    const QFont axisFont = tileFont(27);
    const QFontMetricsF axisMetrics(axisFont);
    const QList<double> values = ticks(data.yMin, data.yMax, 4);
    const int decimals = tickDecimals(values);
    double labelWidth = 0;
    for (double v : values)
        labelWidth = std::max(labelWidth, axisMetrics.horizontalAdvance(figures::number(v, tile.locale, decimals)));
    const QRectF plot(inside.left() + labelWidth + 10, y + axisMetrics.height() / 2,
                      inside.width() - labelWidth - 10 - 30,
                      inside.bottom() - axisMetrics.height() - 8 - y - axisMetrics.height() / 2);
    if (plot.height() < 20 || plot.width() < 20)
        return;
    double first = 0, last = 0;
    bool any = false;
    for (const dashboard::Series &s : data.series)
        for (const QPointF &p : s.points) {
            first = any ? std::min(first, p.x()) : p.x();
            last = any ? std::max(last, p.x()) : p.x();
            any = true;
        }
    constexpr double month = 30.0 * 24 * 3600 * 1000;
    if (last - first < month) {
        first -= month;
        last += month;
    } else {
        const double pad = (last - first) * 0.04;
        first -= pad;
        last += pad;
    }
    const double yMin = data.yMin, yMax = data.yMax;
    auto at = [&](double x, double v) {
        const double clamped = std::clamp(v, yMin, yMax);
        return QPointF(plot.left() + (x - first) / (last - first) * plot.width(),
                       plot.bottom() - (clamped - yMin) / (yMax - yMin) * plot.height());
    };

    painter.setFont(axisFont);
    for (double v : values) {
        const double vy = at(first, v).y();
        painter.setPen(QPen(grid, 2));
        painter.drawLine(QPointF(plot.left(), vy), QPointF(plot.right(), vy));
        painter.setPen(muted);
        painter.drawText(QRectF(inside.left(), vy - axisMetrics.height() / 2, labelWidth, axisMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, figures::number(v, tile.locale, decimals));
    }
    painter.setPen(QPen(frame, 2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Three dates under the axis: its start, middle and end.
    painter.setPen(muted);
    const double labelTop = plot.bottom() + 6;
    const QString format = last - first > 14 * month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy");
    const double third = plot.width() / 3;
    painter.drawText(QRectF(plot.left(), labelTop, third, axisMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
                     tile.locale.toString(dateOf(first + (last - first) * 0.02), format));
    painter.drawText(QRectF(plot.left() + third, labelTop, third, axisMetrics.height()),
                     Qt::AlignHCenter | Qt::AlignTop, tile.locale.toString(dateOf((first + last) / 2), format));
    painter.drawText(QRectF(plot.right() - third, labelTop, third, axisMetrics.height()), Qt::AlignRight | Qt::AlignTop,
                     tile.locale.toString(dateOf(last - (last - first) * 0.02), format));

    painter.save();
    painter.setClipRect(plot.adjusted(-10, -10, 10, 10));
    if (data.target) {
        QPen pen(charts::seriesColour(QStringLiteral("target"), 0), 4, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(at(first, *data.target), at(last, *data.target));
    }
    for (int s = 0; s < data.series.size(); ++s) {
        const dashboard::Series &series = data.series.at(s);
        const bool expected = series.colourKey == QLatin1String("expected");
        QPen pen(charts::seriesColour(series.colourKey, s), expected ? 5 : 6, expected ? Qt::DotLine : Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        QPainterPath path;
        for (int i = 0; i < series.points.size(); ++i) {
            const QPointF p = at(series.points.at(i).x(), series.points.at(i).y());
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.drawPath(path);
        if (!expected) {
            painter.setBrush(pen.color());
            painter.setPen(Qt::NoPen);
            for (const QPointF &point : series.points)
                painter.drawEllipse(at(point.x(), point.y()), 7, 7);
            painter.setBrush(Qt::NoBrush);
        }
    }
    painter.restore();
}

} // namespace

void paintTrendTiles(QPainter &painter, const QRectF &target, const QList<TrendTile> &tiles)
{
    if (!target.isValid() || tiles.isEmpty())
        return;
    const double scale = target.width() / rowWidth;
    const double height = target.height() / scale;
    const double tileWidth = (rowWidth - gap * (tilesPerRow - 1)) / tilesPerRow;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    for (int i = 0; i < tiles.size() && i < tilesPerRow; ++i)
        paintTile(painter, QRectF(i * (tileWidth + gap), 0, tileWidth, height), tiles.at(i));
    painter.restore();
}

} // namespace alliance::report
