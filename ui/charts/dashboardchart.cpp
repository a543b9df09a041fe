#include "charts/dashboardchart.h"

#include "charts/chartstyle.h"
#include "charts/radarchart.h"
#include "model/language.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QImageWriter>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace alliance::charts {

namespace {

using dashboard::ChartData;
using dashboard::ChartShape;
using dashboard::valueText;

/// Width of the canvas paintChart lays a chart out on, in points. At 16 cm
/// printed, one point is 0.25 mm, so the pixel sizes below print at 8 to 11 pt.
constexpr double canvasWidth = 640;

/// From this size on, numbers print in scientific form (1.7E+308, exact),
/// not as hundreds of digits.
constexpr double hugeNumber = 1e15;

/// Characters per line of an axis title: Qt Charts cuts a line longer than
/// its room, never wraps it.
constexpr int axisTitleLineLength = 38;
/// A printed chart has the page's width: names on longer lines, fewer of them.
constexpr int printCategoryLineLength = 30;
/// An upright title runs along the plot's height: longer lines, so that it
/// takes little of the width the names beside the bars need.
constexpr int uprightTitleLineLength = 32;

/// A value and its note ("67 % (3 partners answered)"), for tooltips.
QString noted(const ChartData &data, const dashboard::Series &series, int index, double value)
{
    const QString note = series.notes.value(index);
    const QString text = valueText(data, value);
    return note.isEmpty()
        ? text
        : QCoreApplication::translate("Dashboard", "%1 (%2)", "a value, then how many answered").arg(text, note);
}

/// `value` as drawn on an axis [low, high]: within it, so that the chart's
/// geometry stays finite (what lies beyond is cut by the frame anyway).
double drawn(double value, double low, double high)
{
    return std::isnan(value) ? 0.0 : std::clamp(value, low, high);
}

QString dateText(double msecs)
{
    return writingLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(msecs), Qt::UTC).date(),
                                    QLocale::ShortFormat);
}

/// A tooltip as rich text whose user parts are escaped; `more` is a last
/// line, when not empty.
void showTip(const QString &series, const QString &where, const QString &value, const QString &more = QString())
{
    QString text = QStringLiteral("<b>%1</b><br>").arg(series.toHtmlEscaped())
        + QCoreApplication::translate("Dashboard", "%1: %2").arg(where.toHtmlEscaped(), value.toHtmlEscaped());
    if (!more.isEmpty())
        text += QStringLiteral("<br>") + more.toHtmlEscaped();
    QToolTip::showText(QCursor::pos(), text);
}

/// What a category's mark says in a tooltip: "Expected by 15/06/2026: 50%".
QString markText(const ChartData &data, int category)
{
    const double mark = data.marks.value(category, std::numeric_limits<double>::quiet_NaN());
    if (std::isnan(mark))
        return {};
    const QString note = data.markNotes.value(category);
    return QCoreApplication::translate("Dashboard", "%1: %2")
        .arg(note.isEmpty() ? data.marksName : note, valueText(data, mark));
}

/// The smallest 1, 2, 2.5 or 5 × 10^k at or above `value`: a tick interval.
double niceStep(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0})
        if (step * power >= value * (1 - 1e-12))
            return step * power;
    return 10 * power;
}

QValueAxis *valueAxis(const ChartData &data, const QString &title, double low, double high)
{
    auto *axis = new QValueAxis;
    if (!(high > low))
        high = low + 1;
    axis->setRange(low, high);
    // Halves: high - low may overflow (the core keeps the range drawable).
    const double step = niceStep(high / 5 - low / 5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    if (std::max(std::abs(low), std::abs(high)) >= hugeNumber)
        axis->setLabelFormat(QStringLiteral("%.3g"));
    else
        axis->setLabelFormat(step >= 1         ? QStringLiteral("%.0f")
                                 : step >= 0.1 ? QStringLiteral("%.1f")
                                               : QStringLiteral("%.2f"));
    axis->setTitleText(wrappedLabel(title, axisTitleLineLength));
    Q_UNUSED(data);
    return axis;
}

/// A dashed line at value `target` across a chart, on `valueAxis` and a hidden
/// axis 0..1 the other way.
void addTargetLine(QChart *chart, const ChartData &data, QAbstractAxis *valueAxisUsed, bool horizontal)
{
    auto *line = new QLineSeries;
    line->setName(
        QCoreApplication::translate("Dashboard", "Target: %1").arg(valueText(data, *data.target)).toHtmlEscaped());
    auto *across = new QValueAxis;
    across->setRange(0, 1);
    across->setVisible(false);
    const double at = drawn(*data.target, data.yMin, data.yMax);
    if (horizontal) {
        line->append(at, 0);
        line->append(at, 1);
    } else {
        line->append(0, at);
        line->append(1, at);
    }
    chart->addSeries(line);
    chart->addAxis(across, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    line->attachAxis(across);
    line->attachAxis(valueAxisUsed);
    QPen pen(seriesColour(QStringLiteral("target"), 0));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
}

/// A short upright stroke across each horizontal bar at its mark (bars are
/// drawn bottom up, so category i sits at n - 1 - i). One series a stroke,
/// one legend entry for them all.
void addMarks(QChart *chart, const ChartData &data, QAbstractAxis *categoryAxis, QAbstractAxis *valueAxisUsed)
{
    const int n = int(data.categories.size());
    QPen pen(seriesColour(QStringLiteral("expected"), 0));
    pen.setWidthF(3);
    pen.setCapStyle(Qt::FlatCap);
    bool first = true;
    for (int i = 0; i < n && i < data.marks.size(); ++i) {
        const double mark = data.marks.at(i);
        if (std::isnan(mark))
            continue;
        auto *stroke = new QLineSeries;
        stroke->setName(data.marksName.toHtmlEscaped());
        const double at = drawn(mark, data.yMin, data.yMax);
        const double y = n - 1 - i;
        stroke->append(at, y - 0.42);
        stroke->append(at, y + 0.42);
        stroke->setPen(pen);
        chart->addSeries(stroke);
        stroke->attachAxis(valueAxisUsed);
        stroke->attachAxis(categoryAxis);
        const QString tip = markText(data, i), where = data.categories.value(i);
        QObject::connect(stroke, &QLineSeries::hovered, stroke, [where, tip](const QPointF &, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("<b>%1</b><br>%2").arg(where.toHtmlEscaped(), tip.toHtmlEscaped()));
            else
                QToolTip::hideText();
        });
        for (QLegendMarker *marker : chart->legend()->markers(stroke))
            marker->setVisible(first);
        first = false;
    }
}

void buildBars(QChart *chart, const ChartData &data, int lineLength)
{
    // Every bar chart lies on its side: its categories are names (partners,
    // reviews, steps, indicators) that need the width a label on the left
    // has, where under a bar they would be cut after a few letters.
    const bool marked = data.shape == ChartShape::HorizontalBars;
    QAbstractBarSeries *bars = nullptr;
    if (data.shape == ChartShape::Bars)
        bars = new QHorizontalBarSeries;
    else
        bars = new QHorizontalStackedBarSeries;
    // Horizontal bars are drawn from the bottom up: reversed, the first
    // category reads at the top.
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    const int n = int(categories.size());
    const bool stacked = data.shape != ChartShape::Bars;
    // Stacked bars end at the sum of their parts: each part is drawn within
    // what the axis has left, so no sum overflows.
    QList<double> above(n, 0.0), below(n, 0.0);
    for (int s = 0; s < data.series.size(); ++s) {
        const dashboard::Series &series = data.series.at(s);
        auto *set = new QBarSet(series.name.toHtmlEscaped());
        for (int i = 0; i < n; ++i) {
            const double v = series.values.value(n - 1 - i, 0.0);
            if (!stacked) {
                set->append(drawn(v, data.yMin, data.yMax));
                continue;
            }
            const double part = v >= 0 ? drawn(v, 0, std::max(0.0, data.yMax - above.at(i)))
                                       : drawn(v, std::min(0.0, data.yMin - below.at(i)), 0);
            (part >= 0 ? above[i] : below[i]) += part;
            set->append(part);
        }
        set->setColor(seriesColour(series.colourKey, s));
        set->setBorderColor(Qt::white);
        QObject::connect(set, &QBarSet::hovered, set, [data, s, n](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int at = n - 1 - index;
            const dashboard::Series &series = data.series.at(s);
            showTip(series.name, data.categories.value(at), noted(data, series, at, series.values.value(at)),
                    markText(data, at));
        });
        bars->append(set);
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &c : categories)
        labels << (c.trimmed().isEmpty() ? QStringLiteral("—") : wrappedLabel(c, lineLength));
    categoryAxis->append(distinctLabels(labels));
    categoryAxis->setTitleText(wrappedLabel(data.xTitle, uprightTitleLineLength));
    QValueAxis *values = valueAxis(data, data.yTitle, data.yMin, data.yMax);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(values);
    if (data.target)
        addTargetLine(chart, data, values, true);
    if (marked)
        addMarks(chart, data, categoryAxis, values);
}

/// Ticks of a time axis whose labels never repeat: Qt Charts spaces them
/// evenly over the range, so ticks at least 31 days apart always fall in
/// different months ("MMM yyyy" then differs); a shorter range names the day.
struct DateTicks
{
    int count;
    QString format;
};

DateTicks dateTicks(double rangeMs)
{
    constexpr double longestMonth = 31.0 * 24 * 3600 * 1000;
    const int months = int(rangeMs / longestMonth);
    if (months < 1)
        return {2, QStringLiteral("d MMM yyyy")};
    return {std::min(months + 1, 5), QStringLiteral("MMM yyyy")};
}

void buildLines(QChart *chart, const ChartData &data)
{
    double first = 0, last = 0;
    bool any = false;
    for (const dashboard::Series &s : data.series) {
        for (const QPointF &p : s.points) {
            first = any ? std::min(first, p.x()) : p.x();
            last = any ? std::max(last, p.x()) : p.x();
            any = true;
        }
    }
    // A single date: a month either side, so the point is not on the frame.
    constexpr double month = 30.0 * 24 * 3600 * 1000;
    if (last - first < month) {
        first -= month;
        last += month;
    } else {
        const double pad = (last - first) * 0.04;
        first -= pad;
        last += pad;
    }
    auto *dates = new QDateTimeAxis;
    dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC));
    const DateTicks ticks = dateTicks(last - first);
    dates->setFormat(ticks.format);
    dates->setTickCount(ticks.count);
    dates->setTitleText(wrappedLabel(data.xTitle, axisTitleLineLength));
    QValueAxis *values = valueAxis(data, data.yTitle, data.yMin, data.yMax);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (int s = 0; s < data.series.size(); ++s) {
        const dashboard::Series &series = data.series.at(s);
        auto *line = new QLineSeries;
        line->setName(series.name.toHtmlEscaped());
        for (const QPointF &p : series.points)
            line->append(p.x(), drawn(p.y(), data.yMin, data.yMax));
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(values);
        QPen pen(seriesColour(series.colourKey, s));
        pen.setWidthF(2.5);
        if (series.colourKey == QLatin1String("expected")) {
            // A schedule, not readings: dotted, no points.
            pen.setWidthF(2);
            pen.setStyle(Qt::DotLine);
            line->setPointsVisible(false);
        }
        line->setPen(pen);
        QObject::connect(line, &QLineSeries::hovered, line, [data, s](const QPointF &at, bool on) {
            const QList<QPointF> &points = data.series.at(s).points;
            if (!on || points.isEmpty()) {
                QToolTip::hideText();
                return;
            }
            const auto nearest
                = std::min_element(points.begin(), points.end(), [at](const QPointF &a, const QPointF &b) {
                      return std::abs(a.x() - at.x()) < std::abs(b.x() - at.x());
                  });
            showTip(data.series.at(s).name, dateText(nearest->x()),
                    noted(data, data.series.at(s), int(nearest - points.begin()), nearest->y()));
        });
    }
    if (data.target) {
        auto *line = new QLineSeries;
        line->setName(
            QCoreApplication::translate("Dashboard", "Target: %1").arg(valueText(data, *data.target)).toHtmlEscaped());
        line->append(first, drawn(*data.target, data.yMin, data.yMax));
        line->append(last, drawn(*data.target, data.yMin, data.yMax));
        chart->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(values);
        QPen pen(seriesColour(QStringLiteral("target"), 0));
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
    }
}

void addRadarTooltips(QChart *chart, const ChartData &data)
{
    const auto series = chart->series();
    const int n = int(data.categories.size());
    for (int s = 0; s < series.size() && s < data.series.size(); ++s) {
        auto *line = qobject_cast<QLineSeries *>(series.at(s));
        if (!line || n == 0)
            continue;
        QObject::connect(line, &QLineSeries::hovered, line, [data, s, n](const QPointF &at, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int index = int(std::lround(at.x())) % n;
            showTip(data.series.at(s).name, data.categories.at(index),
                    valueText(data, data.series.at(s).values.value(index)));
        });
    }
}

/// Pixel sizes, so that a chart scaled onto any device keeps its proportions
/// (point sizes would follow the device's resolution instead).
void usePrintFonts(QChart *chart)
{
    QFont title = chart->titleFont();
    title.setPixelSize(16);
    title.setBold(true);
    chart->setTitleFont(title);
    QFont text = chart->legend()->font();
    text.setPixelSize(12);
    chart->legend()->setFont(text);
    for (QAbstractAxis *axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        labels.setPixelSize(11);
        axis->setLabelsFont(labels);
        QFont axisTitle = axis->titleFont();
        axisTitle.setPixelSize(12);
        axisTitle.setBold(false);
        axis->setTitleFont(axisTitle);
    }
}

/// Columns of a painted legend: as many as entries, up to three.
constexpr int legendColumns = 3;

/// Draws `entries` in columns from `top` across `width` of the canvas (or only
/// measures them when `painter` is null) and returns the height they take:
/// each text wraps in its column, so no name is ever cut.
double paintLegend(QPainter *painter, const QList<LegendEntry> &entries, const QFont &font, double top, double width)
{
    if (entries.isEmpty())
        return 0;
    const int columns = std::min<int>(legendColumns, int(entries.size()));
    const double gap = 12, swatch = 14, columnWidth = (width - 24 - gap * (columns - 1)) / columns;
    const QFontMetricsF metrics(font);
    double y = top;
    for (int first = 0; first < entries.size(); first += columns) {
        double rowHeight = 0;
        for (int i = first; i < first + columns && i < entries.size(); ++i) {
            const LegendEntry &entry = entries.at(i);
            const QRectF textBox(12 + (i - first) * (columnWidth + gap) + swatch + 4, y, columnWidth - swatch - 4, 1e6);
            const QRectF needed
                = metrics.boundingRect(textBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, entry.text);
            rowHeight = std::max(rowHeight, needed.height());
            if (!painter)
                continue;
            painter->setFont(font);
            painter->setPen(QColor(0x21, 0x21, 0x21));
            painter->drawText(QRectF(textBox.topLeft(), QSizeF(textBox.width(), needed.height() + 2)),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, entry.text);
            const QRectF mark(textBox.left() - swatch - 4, y + (metrics.height() - 10) / 2, swatch, 10);
            QPen pen(entry.colour);
            pen.setWidthF(2.5);
            switch (entry.mark) {
            case LegendEntry::Mark::Box:
                painter->fillRect(mark, entry.colour);
                break;
            case LegendEntry::Mark::DashedLine:
                pen.setStyle(Qt::DashLine);
                pen.setWidthF(2);
                [[fallthrough]];
            case LegendEntry::Mark::Line:
                painter->setPen(pen);
                painter->drawLine(QPointF(mark.left(), mark.center().y()), QPointF(mark.right(), mark.center().y()));
                break;
            case LegendEntry::Mark::Stroke:
                pen.setWidthF(3);
                painter->setPen(pen);
                painter->drawLine(QPointF(mark.center().x(), mark.top()), QPointF(mark.center().x(), mark.bottom()));
                break;
            }
        }
        y += rowHeight + 4;
    }
    return y - top;
}

/// An upright axis title runs along the plot's height, and Qt Charts cuts
/// it (…) past that length: its words go on as many lines as they need to
/// fit, measured in its font. A single word longer than the plot stays whole.
void fitUprightTitles(QChart *chart)
{
    const qreal room = chart->plotArea().height() - 4;
    if (room <= 0)
        return;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        QString plain = axis->titleText();
        if (plain.isEmpty())
            continue;
        plain.replace(QStringLiteral("<br>"), QStringLiteral(" "));
        plain = QTextDocumentFragment::fromHtml(plain).toPlainText();
        const QFontMetricsF metrics(axis->titleFont());
        QStringList lines;
        for (const QString &word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= room)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines.append(word);
        }
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        axis->setTitleText(lines.join(QStringLiteral("<br>")));
    }
}

} // namespace

QChart *buildChart(const ChartData &data, int categoryLineLength)
{
    QChart *chart = nullptr;
    if (data.shape == ChartShape::Radar && !data.isEmpty()) {
        chart = makeRadarChart(data.categories, data.series, data.yMax);
        addRadarTooltips(chart, data);
    } else {
        chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        if (!data.isEmpty()) {
            if (data.shape == ChartShape::Lines)
                buildLines(chart, data);
            else
                buildBars(chart, data, categoryLineLength);
        }
        chart->legend()->setVisible(!data.isEmpty());
    }
    // A long legend beside horizontal bars goes right, one entry a line (a
    // bottom legend keeps one row and would cut the names); elsewhere the
    // plot needs the width more, and a cut name shows whole on hover.
    int legendLength = data.target ? 20 : 0;
    for (const dashboard::Series &s : data.series)
        legendLength += int(s.name.size()) + 4;
    if (!data.marks.isEmpty())
        legendLength += int(data.marksName.size()) + 4;
    if (data.shape == ChartShape::HorizontalBars && legendLength > 64)
        chart->legend()->setAlignment(Qt::AlignRight);
    // Axis labels in the language's way: "200 000" in French, not "200000".
    chart->setLocale(writingLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(data.title.toHtmlEscaped());
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->legend()->setShowToolTips(true);
    return chart;
}

int namedBarsHeight(const ChartData &data, int labelLineSpacing, int categoryLineLength)
{
    if (data.shape == ChartShape::Radar || data.shape == ChartShape::Lines || data.isEmpty())
        return 0;
    int lines = 1;
    for (const QString &category : data.categories)
        lines = std::max<int>(lines, int(wrappedLabel(category, categoryLineLength).count(QStringLiteral("<br>"))) + 1);
    const int n = int(data.categories.size());
    // Each label has a padding above and below; the value axis, its title
    // and the margins take about 90 pixels.
    return (n + 1) * (lines * labelLineSpacing + 14) + 90;
}

QList<LegendEntry> legendEntries(const ChartData &data)
{
    QList<LegendEntry> entries;
    if (data.isEmpty())
        return entries;
    const bool lines = data.shape == ChartShape::Lines || data.shape == ChartShape::Radar;
    for (int s = 0; s < data.series.size(); ++s) {
        const dashboard::Series &series = data.series.at(s);
        LegendEntry entry {series.name, seriesColour(series.colourKey, s),
                           lines ? LegendEntry::Mark::Line : LegendEntry::Mark::Box};
        if (series.colourKey == QLatin1String("expected"))
            entry.mark = LegendEntry::Mark::DashedLine;
        entries << entry;
    }
    if (data.target)
        entries << LegendEntry {
            QCoreApplication::translate("Dashboard", "Target: %1").arg(valueText(data, *data.target)),
            seriesColour(QStringLiteral("target"), 0), LegendEntry::Mark::DashedLine};
    if (data.shape == ChartShape::HorizontalBars
        && std::any_of(data.marks.cbegin(), data.marks.cend(), [](double m) { return !std::isnan(m); }))
        entries << LegendEntry {data.marksName, seriesColour(QStringLiteral("expected"), 0), LegendEntry::Mark::Stroke};
    return entries;
}

void paintChart(const ChartData &data, QPainter &painter, const QRectF &target, bool withLegend)
{
    if (!target.isValid() || target.width() <= 0)
        return;
    QSizeF canvas(canvasWidth, canvasWidth * target.height() / target.width());
    {
        // Bars with many names: a taller canvas, drawn a little smaller,
        // rather than names cut (the title, legend and margins take about
        // 110 points); never below three quarters of the size.
        QFont labels;
        labels.setPixelSize(11);
        const double needed
            = namedBarsHeight(data, QFontMetrics(labels).lineSpacing(), printCategoryLineLength) + 110.0;
        if (needed > canvas.height())
            canvas *= std::min(needed / canvas.height(), 4.0 / 3.0);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, Qt::white);
    if (data.isEmpty()) {
        // No axes to draw: the title and what to enter, as text.
        painter.translate(target.topLeft());
        painter.scale(target.width() / canvas.width(), target.height() / canvas.height());
        QFont font = painter.font();
        font.setPixelSize(16);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QRectF inside(16, 12, canvas.width() - 32, canvas.height() - 24);
        painter.drawText(inside, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, data.title);
        font.setPixelSize(13);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(inside, Qt::AlignCenter | Qt::TextWordWrap, data.emptyHint);
        painter.restore();
        return;
    }
    // The title is drawn here, above the chart: Qt Charts would let a radar's
    // top label run over it.
    painter.translate(target.topLeft());
    painter.scale(target.width() / canvas.width(), target.height() / canvas.height());
    QFont titleFont = painter.font();
    titleFont.setPixelSize(16);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(QColor(0x21, 0x21, 0x21));
    // The whole title, on two lines when it needs them ("Readings and model:
    // …" names the model at its end).
    const QRectF titleRoom(12, 6, canvas.width() - 24, 48);
    const QRectF titleNeeded
        = QFontMetricsF(titleFont).boundingRect(titleRoom, Qt::AlignHCenter | Qt::TextWordWrap, data.title);
    const QRectF titleBox(titleRoom.left(), titleRoom.top(), titleRoom.width(),
                          std::clamp(titleNeeded.height(), 24.0, 48.0));
    painter.drawText(titleBox, Qt::AlignCenter | Qt::TextWordWrap, data.title);
    // The legend below the chart, wrapped: never a cut name.
    QFont legendFont = painter.font();
    legendFont.setPixelSize(12);
    legendFont.setBold(false);
    const QList<LegendEntry> entries = withLegend ? legendEntries(data) : QList<LegendEntry>();
    // Every name whole: the legend takes the height it needs, the plot the
    // rest, at least two fifths of the canvas (a legend of more than
    // paintedLegendEntriesAtMost names is better listed apart).
    const double legendHeight = std::min(paintLegend(nullptr, entries, legendFont, 0, canvas.width()),
                                         canvas.height() * 0.6 - titleBox.bottom());
    const QSizeF below(canvas.width(), canvas.height() - titleBox.bottom() - legendHeight - 6);
    paintLegend(&painter, entries, legendFont, canvas.height() - legendHeight, canvas.width());

    // The scene owns the chart and deletes it.
    QGraphicsScene scene;
    QChart *chart = buildChart(data, printCategoryLineLength);
    chart->setTitle(QString());
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setVisible(false);  // painted below, wrapped
    if (data.shape == ChartShape::Radar) // room for the side spokes' labels
        chart->setMargins(QMargins(48, 24, 48, 8));
    usePrintFonts(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), below));
    // Lay the chart out now: rendering comes before any event loop turn.
    if (chart->layout())
        chart->layout()->activate();
    fitUprightTitles(chart);
    if (chart->layout()) {
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), below));
    scene.render(&painter, QRectF(QPointF(0, titleBox.bottom()), below), scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

bool exportChartPng(const ChartData &data, const QString &path, const QSize &size, QString *error)
{
    if (size.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Dashboard", "The image size is empty.");
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintChart(data, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error)
            *error = QCoreApplication::translate("Dashboard", "Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

bool exportChartSvg(const ChartData &data, const QString &path, const QSize &size, QString *error)
{
    QFile file(path);
    if (size.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = size.isEmpty()
                ? QCoreApplication::translate("Dashboard", "The image size is empty.")
                : QCoreApplication::translate("Dashboard", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(data.title.toHtmlEscaped()); // written into the XML as it is
    svg.setDescription(QCoreApplication::translate("Dashboard", "Chart exported by Alliance Pilot"));
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = QCoreApplication::translate("Dashboard", "Cannot write %1").arg(path);
            return false;
        }
        paintChart(data, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Dashboard", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace alliance::charts
