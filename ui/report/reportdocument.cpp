#include "report/reportdocument.h"

#include "model/shorttext.h"
#include "report/breakabletext.h"
#include "report/chartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace alliance::report {

namespace {

const QColor headingColour(0x1f, 0x3a, 0x5f);
const QColor mutedColour(0x5a, 0x5a, 0x5a);
const QColor headerFill(0xe8, 0xed, 0xf3);
const QColor ruleColour(0xb8, 0xc2, 0xcc);

// Longest heading and table cell, in characters: longer ones cannot wrap
// sensibly (a header row taller than a page), so they end with a mark (…).
constexpr int headingLength = 200;
constexpr int headerCellLength = 80;
constexpr int cellLength = 300;
/// A table's text sizes in points, tried in turn until its words fit.
constexpr std::array<qreal, 4> tableSizes {9, 8, 7, 6};

/// What a table cell shows: cut with a mark when too long, breakable.
QString cellText(const QString &text, int length)
{
    return breakableText(shortText(text, length));
}

class BodyWriter
{
public:
    BodyWriter(QTextDocument &doc, QPaintDevice *device, qreal width, const QList<ReportChart> &charts)
        : m_doc(doc), m_cursor(&doc), m_device(device), m_width(width), m_charts(charts)
    { }

    // Margins, paddings and borders are in pixels of a 96-dpi screen: the
    // layout scales them to the device itself.
    static qreal pt(qreal points) { return points * 96.0 / 72.0; }

    QTextCharFormat text(qreal size = 10, bool bold = false, const QColor &colour = Qt::black) const
    {
        QTextCharFormat f;
        f.setFont(reportFont(size, bold));
        f.setForeground(colour);
        return f;
    }

    QTextBlockFormat paragraph(qreal before = 0, qreal after = 4) const
    {
        QTextBlockFormat f;
        f.setTopMargin(pt(before));
        f.setBottomMargin(pt(after));
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    int heading(const QString &title)
    {
        QTextBlockFormat f = paragraph(0, 10);
        if (!m_first)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        newBlock(f, text(17, true, headingColour));
        const int position = m_cursor.block().position();
        m_cursor.insertText(title, text(17, true, headingColour));
        return position;
    }

    void add(const Block &b)
    {
        switch (b.kind) {
        case Block::Kind::Subheading: {
            QTextBlockFormat f = paragraph(10, 4);
            newBlock(f, text(12, true, headingColour));
            m_keptWithNext.append(m_cursor.block().position());
            m_cursor.insertText(cellText(b.text, headingLength), text(12, true, headingColour));
            break;
        }
        case Block::Kind::Minorheading: {
            newBlock(paragraph(6, 3), text(10.5, true));
            m_keptWithNext.append(m_cursor.block().position());
            m_cursor.insertText(cellText(b.text, headingLength), text(10.5, true));
            break;
        }
        case Block::Kind::Field:
            newBlock(paragraph(), text());
            //: A label before its value; French puts a space before the colon.
            // A label that is a question ends with its own mark: no colon after it.
            m_cursor.insertText(b.label.trimmed().endsWith(QLatin1Char('?'))
                                    ? b.label.trimmed() + QLatin1Char(' ')
                                    : QCoreApplication::translate("Report", "%1: ").arg(b.label),
                                text(10, true));
            m_cursor.insertText(breakableText(b.text), text());
            break;
        case Block::Kind::Paragraph:
            newBlock(paragraph(), text());
            m_cursor.insertText(breakableText(b.text), text());
            break;
        case Block::Kind::Empty:
            newBlock(paragraph(2, 6), text(10, false, mutedColour));
            m_cursor.insertText(breakableText(b.text), [&] {
                QTextCharFormat f = text(10, false, mutedColour);
                f.setFontItalic(true);
                return f;
            }());
            break;
        case Block::Kind::Bullets:
            bullets(b.items);
            break;
        case Block::Kind::TableBlock:
            table(b.table);
            break;
        case Block::Kind::Charts:
            charts();
            break;
        }
    }

    /// Where the headings inside sections start: each is kept on the page of
    /// what follows it.
    const QList<int> &keptWithNext() const { return m_keptWithNext; }

private:
    /// Paragraphs with a hanging bullet, not a QTextList: adding an item to
    /// a QTextList marks every item before it changed (time growing with the
    /// square of the count: 32,000 notes took half a minute).
    void bullets(const QStringList &items)
    {
        // Unlike vertical margins, these two are not scaled: device pixels.
        const qreal devicePt = (m_device ? m_device->logicalDpiX() : 96) / 72.0;
        QTextBlockFormat f = paragraph(0, 2);
        f.setLeftMargin(16 * devicePt);
        f.setTextIndent(-9 * devicePt);
        for (const QString &item : items) {
            newBlock(f, text());
            m_cursor.insertText(QStringLiteral("•\u00a0\u00a0") + breakableText(item), text());
        }
    }

    void table(const Table &data)
    {
        Table t = data;
        for (QString &h : t.header)
            h = cellText(h, headerCellLength);
        for (QStringList &row : t.rows)
            for (QString &cell : row)
                cell = cellText(cell, cellLength);
        // A table whose words do not all fit side by side at the body's
        // size takes a smaller size, a step at a time: a smaller letter
        // rather than a word cut in two.
        qreal size = tableSizes.front();
        QList<QTextLength> widths;
        for (const qreal step : tableSizes) {
            size = step;
            if (columnWidths(t, size, &widths))
                break;
        }
        newBlock(paragraph(0, 0), text());
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setBorderCollapse(true);
        tf.setBorder(pt(0.6));
        tf.setBorderBrush(ruleColour);
        tf.setCellPadding(pt(3));
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // No margin under the table: a table whose last row ends near a
        // page's bottom would spill its margin onto the next page, where Qt
        // repeats the header row over whatever follows. The block after the
        // table gives the space instead.
        tf.setBottomMargin(0);
        const int columns = int(t.header.size());
        tf.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, tf);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(headerFill);
            cell.setFormat(cf);
            writeCell(cell, t.header.at(c), text(size, true, headingColour), t.numericColumns.contains(c), false);
        }
        // A figure never wraps (its group separators and the space before
        // "%" or "€" do not break); an ordinary space parts two things, a
        // figure and its date, that may take a line each.
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < columns; ++c) {
                const QString &value = t.rows.at(r).value(c);
                const bool numeric = t.numericColumns.contains(c);
                writeCell(table->cellAt(r + 1, c), value, text(size), numeric,
                          numeric && !value.contains(QLatin1Char(' ')));
            }
        m_cursor.movePosition(QTextCursor::End);
        QTextBlockFormat after = m_cursor.blockFormat();
        after.setTopMargin(pt(2));
        m_cursor.setBlockFormat(after);
    }

    /// Each column gets a share of the width after its content, measured in
    /// the report's fonts: at least its longest word, header's or cell's (no
    /// word cut in two), at most what a line of about 30 characters needs;
    /// figures, which never wrap, their whole width (a figure and a date
    /// apart, "874 (31/10/2026)", may go on two lines). A name is
    /// never squeezed to one letter a line by a row of long headers. When the
    /// page is too narrow for every column's wish, the columns shrink in
    /// proportion, none below its least width. Returns false when even the
    /// least widths do not fit at `size` points (`widths` then shares the
    /// page in proportion to them).
    bool columnWidths(const Table &t, qreal size, QList<QTextLength> *widths) const
    {
        const QFontMetricsF body(reportFont(size), m_device);
        const QFontMetricsF header(reportFont(size, true), m_device);
        const qreal line = body.horizontalAdvance(QString(30, QLatin1Char('n')));
        // A cell's paddings and border (3 + 3 + 0.6 points), and a point
        // and a half to spare for rounding: the same at every text size.
        const qreal padding = (2 * 3 + 0.6 + 1.5) * (m_device ? m_device->logicalDpiX() : 96) / 72.0;
        const int columns = int(t.header.size());
        QList<qreal> wanted(columns, padding), least(columns, padding);
        auto measure = [&](int c, const QString &text, const QFontMetricsF &metrics, bool oneLine, bool isHeader) {
            // A word longer than a line wraps anywhere: it asks for a line at most.
            qreal longestWord = 0;
            static const QRegularExpression breaks(QStringLiteral("[ \u200b]"));
            for (const QString &word : text.split(breaks, Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, std::min(metrics.horizontalAdvance(word), line));
            least[c] = std::max(least[c], longestWord + padding);
            if (oneLine) {
                for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    least[c] = std::max(least[c], std::min(metrics.horizontalAdvance(part), m_width / 2) + padding);
            }
            // A header wraps between its words: the cells say what a column
            // wishes, so "Baseline → target" over "0 → 200" leaves the room
            // to the names.
            wanted[c] = std::max(
                {wanted[c], least[c], isHeader ? qreal(0) : std::min(metrics.horizontalAdvance(text), line) + padding});
        };
        for (int c = 0; c < columns; ++c) {
            measure(c, t.header.at(c), header, false, true);
            for (const QStringList &row : t.rows)
                measure(c, row.value(c), body, t.numericColumns.contains(c), false);
        }
        const qreal total = std::accumulate(wanted.cbegin(), wanted.cend(), qreal(0));
        const qreal leastTotal = std::accumulate(least.cbegin(), least.cend(), qreal(0));
        QList<qreal> given = wanted;
        if (total > m_width && leastTotal < m_width) {
            // Shrink in proportion to the wishes; a column that would fall
            // below its least width keeps that, and the others share the rest.
            QList<bool> atLeast(columns, false);
            for (bool again = true; again;) {
                again = false;
                qreal room = m_width, wishes = 0;
                for (int c = 0; c < columns; ++c) {
                    if (atLeast.at(c))
                        room -= least.at(c);
                    else
                        wishes += wanted.at(c);
                }
                for (int c = 0; c < columns; ++c) {
                    given[c] = atLeast.at(c) ? least.at(c) : wanted.at(c) * room / wishes;
                    if (!atLeast.at(c) && given.at(c) < least.at(c)) {
                        atLeast[c] = true;
                        again = true;
                    }
                }
            }
        }
        if (leastTotal >= m_width)
            given = least;
        const qreal sum = std::accumulate(given.cbegin(), given.cend(), qreal(0));
        widths->clear();
        for (int c = 0; c < columns; ++c)
            widths->append(QTextLength(QTextLength::PercentageLength, 100.0 * given.at(c) / sum));
        return leastTotal < m_width;
    }

    void writeCell(const QTextTableCell &cell, const QString &value, const QTextCharFormat &chars, bool numeric,
                   bool keepOnOneLine)
    {
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(numeric ? Qt::AlignRight : Qt::AlignLeft);
        // Numbers and dates never wrap (a non-breakable block does not wrap).
        bf.setNonBreakableLines(keepOnOneLine);
        c.setBlockFormat(bf);
        c.insertText(value, chars);
    }

    void charts()
    {
        for (int i = 0; i < m_charts.size(); ++i) {
            const ReportChart &chart = m_charts.at(i);
            if (!chart.heading.isEmpty())
                chartHeading(chart.heading, chart.textBefore);
            QTextBlockFormat f = paragraph(4, 10);
            f.setAlignment(Qt::AlignHCenter);
            newBlock(f, text());
            QTextCharFormat object;
            object.setObjectType(ChartObject::objectType);
            object.setProperty(ChartObject::ChartIndex, i);
            object.setProperty(ChartObject::ChartWidth, m_width);
            object.setProperty(ChartObject::ChartHeight, m_width * chart.heightRatio);
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
            if (!m_charts.at(i).legend.isEmpty())
                legendTable(m_charts.at(i).legend);
        }
    }

    /// A title and what follows it in one block, opening a page: a group of
    /// charts (the trends' small multiples) starts with its rows whole.
    /// Never a break added once laid out (keep-with-next): after one before
    /// a chart, Qt's layout update drew nothing of a later section's first
    /// lines.
    void chartHeading(const QString &title, const QString &textAfter)
    {
        QTextBlockFormat f = paragraph(0, 6);
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        newBlock(f, text(12, true, headingColour));
        m_cursor.insertText(cellText(title, headingLength), text(12, true, headingColour));
        if (!textAfter.isEmpty()) {
            m_cursor.insertText(QString(QChar::LineSeparator), text(12, true, headingColour));
            m_cursor.insertText(breakableText(textAfter), text());
        }
    }

    /// A chart's long legend under it, three names a row, each whole after
    /// a mark in its colour: a square for bars, a line for lines.
    void legendTable(const QList<charts::LegendEntry> &entries)
    {
        constexpr int columns = 3;
        newBlock(paragraph(0, 0), text());
        QTextTableFormat tf;
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        tf.setBorder(0);
        tf.setCellPadding(pt(1.5));
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setBottomMargin(pt(12));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / columns));
        tf.setColumnWidthConstraints(widths);
        const int rows = int((entries.size() + columns - 1) / columns);
        QTextTable *table = m_cursor.insertTable(rows, columns, tf);
        for (int i = 0; i < entries.size(); ++i) {
            const charts::LegendEntry &entry = entries.at(i);
            QTextCursor c = table->cellAt(i / columns, i % columns).firstCursorPosition();
            QString mark;
            switch (entry.mark) {
            case charts::LegendEntry::Mark::Box:
                mark = QStringLiteral("■");
                break;
            case charts::LegendEntry::Mark::Line:
                mark = QStringLiteral("━");
                break;
            case charts::LegendEntry::Mark::DashedLine:
                mark = QStringLiteral("┅");
                break;
            case charts::LegendEntry::Mark::Stroke:
                mark = QStringLiteral("┃");
                break;
            }
            c.insertText(mark + QChar(0x00a0), text(8.5, false, entry.colour));
            c.insertText(breakableText(entry.text), text(8.5));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    QPaintDevice *m_device;
    qreal m_width;
    const QList<ReportChart> &m_charts;
    bool m_first = true;
    QList<int> m_keptWithNext;
};

/// The top of a block's first line in the document, where it is drawn.
qreal firstLineTop(QTextDocument &doc, const QTextBlock &block)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    return rect.top() + layout->lineAt(0).y() - layout->boundingRect().top();
}

/// Keep-with-next, which QTextDocument lacks: a heading whose following
/// block starts on a later page moves to that page (a break before it), so
/// no heading is left alone at the bottom of a page. In document order: each
/// break moves what follows.
void keepHeadingsWithNext(QTextDocument &doc, const QList<int> &headings, qreal pageHeight)
{
    if (pageHeight <= 0)
        return;
    auto pageOf = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    for (const int position : headings) {
        const QTextBlock heading = doc.findBlock(position);
        const QTextBlock next = heading.next();
        if (!heading.isValid() || !next.isValid())
            continue;
        // Lines, not blocks: a block's margin may run over into the next page.
        if (pageOf(firstLineTop(doc, next) + 1) <= pageOf(firstLineTop(doc, heading) + 1))
            continue;
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).mergeBlockFormat(breakBefore);
        // Qt lays out again only part of what the break moves: blocks after
        // it can be left without lines (never drawn, and the headings after
        // them measured too high). Everything after the break is laid out again.
        doc.markContentsDirty(heading.position(), doc.characterCount() - heading.position());
    }
}

} // namespace

QFont reportFont(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

BodyDocument layoutBody(const Report &report, const QList<ReportChart> &charts, QPaintDevice *device,
                        const QSizeF &pageSize)
{
    BodyDocument body;
    body.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *body.document;
    doc.setUndoRedoEnabled(false);
    doc.setDefaultFont(reportFont(10));
    doc.setDocumentMargin(0);

    BodyWriter writer(doc, device, pageSize.width(), charts);
    for (const Section &s : report.sections) {
        body.sections.append({s.title, writer.heading(s.title)});
        bool hasCharts = false;
        for (const Block &b : s.blocks) {
            writer.add(b);
            hasCharts = hasCharts || b.kind == Block::Kind::Charts;
        }
        if (hasCharts && charts.isEmpty())
            writer.add(Block::empty(QCoreApplication::translate("Report", "There is nothing to chart yet.")));
    }
    // Laid out only now: a document with a layout lays itself out again after every insertion.
    doc.documentLayout()->setPaintDevice(device);
    doc.documentLayout()->registerHandler(ChartObject::objectType, new ChartObject(charts, &doc));
    doc.setPageSize(pageSize);
    keepHeadingsWithNext(doc, writer.keptWithNext(), pageSize.height());
    return body;
}

} // namespace alliance::report
