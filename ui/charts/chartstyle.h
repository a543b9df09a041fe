#pragma once
// How dashboard charts look wherever they are drawn (page, PNG, SVG, PDF):
// a fixed palette that stays distinct in print and for colour-blind readers,
// the colours of statuses, and axis labels made safe and short.

#include <QColor>
#include <QString>
#include <QStringList>

namespace alliance::charts {

/// The colour of a series: the fixed colour of `colourKey` when it names a
/// status ("on_track", "at_risk", "off_track", "no_data", "done",
/// "in_progress", "target", "expected"), else the palette's colour number `index`
/// (cycling).
QColor seriesColour(const QString &colourKey, int index);

/// Characters per line of a category's name beside a bar: the names stay
/// whole on two or three lines, and the labels narrow enough for Qt Charts,
/// which gives the axes left of a plot at most 40 % of the chart's width
/// and cuts what is wider.
constexpr int categoryLineLength = 18;

/// `text` HTML-escaped (Qt Charts draws labels and legends as rich text, and
/// names come from partners) and broken on lines of about `lineLength`
/// characters with <br>, between words and after hyphens.
QString wrappedLabel(const QString &text, int lineLength);

/// `labels` made distinct, as a QBarCategoryAxis requires: a repeated label
/// gets invisible zero-width spaces appended, so it still reads the same.
QStringList distinctLabels(const QStringList &labels);

} // namespace alliance::charts
