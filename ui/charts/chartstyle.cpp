#include "charts/chartstyle.h"

#include <QHash>
#include <QSet>

namespace alliance::charts {

QColor seriesColour(const QString &colourKey, int index)
{
    // Statuses: green, amber, red as a reader expects, dark enough to print.
    static const QHash<QString, QColor> fixed {
        {QStringLiteral("on_track"), QColor(0x1b, 0x7f, 0x3b)},
        {QStringLiteral("done"), QColor(0x1b, 0x7f, 0x3b)},
        {QStringLiteral("at_risk"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("in_progress"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("off_track"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("no_data"), QColor(0x9e, 0x9e, 0x9e)},
        {QStringLiteral("target"), QColor(0x42, 0x42, 0x42)},
        // A step status suggested from what was entered: its status's colour, lighter.
        {QStringLiteral("done_suggested"), QColor(0x86, 0xc5, 0x97)},
        {QStringLiteral("in_progress_suggested"), QColor(0xf2, 0xcc, 0x73)},
        // Expected progress: a purple that neither a status nor a trend line takes.
        {QStringLiteral("expected"), QColor(0x6a, 0x1b, 0x9a)},
    };
    const auto it = fixed.constFind(colourKey);
    if (it != fixed.constEnd())
        return *it;
    // Okabe and Ito's colour-blind safe palette, without its yellow (too pale on paper).
    static const QList<QColor> palette {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                        QColor(0x33, 0x33, 0x33)};
    return palette.at(((index % palette.size()) + palette.size()) % palette.size());
}

QString wrappedLabel(const QString &text, int lineLength)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = word.split(QLatin1Char('-'));
        for (int i = 0; i < parts.size(); ++i) {
            const QString piece = parts.at(i) + (i + 1 < parts.size() ? QStringLiteral("-") : QString());
            const QString joiner = i == 0 ? QStringLiteral(" ") : QString();
            if (!lines.isEmpty() && lines.last().size() + joiner.size() + piece.size() <= lineLength)
                lines.last() += joiner + piece;
            else
                lines.append(piece);
        }
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QStringList distinctLabels(const QStringList &labels)
{
    QSet<QString> seen;
    QStringList out;
    for (QString label : labels) {
        while (seen.contains(label))
            label += QChar(0x200b);
        seen.insert(label);
        out << label;
    }
    return out;
}

} // namespace alliance::charts
