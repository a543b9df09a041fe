#include "report/reportrenderer.h"

#include "model/shorttext.h"
#include "report/breakabletext.h"
#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace alliance::report {

namespace {

const QColor accent(0x1f, 0x3a, 0x5f);
const QColor muted(0x5a, 0x5a, 0x5a);

// The cover is one page: longer texts end with a mark (…), the partners
// beyond the first ones with a line "…".
constexpr int coverLineLength = 200;
constexpr int coverStakeLength = 600;
constexpr int coverPartnersAtMost = 24;

struct PageGeometry
{
    qreal dpi = 72;
    QRectF paint;  ///< the printable area, in device pixels, origin at the painter's origin
    QRectF header; ///< title and date
    QRectF body;
    QRectF footer; ///< page number

    qreal pt(qreal points) const { return points * dpi / 72.0; }

    static PageGeometry of(QPagedPaintDevice &device)
    {
        PageGeometry g;
        g.dpi = device.logicalDpiY();
        const QRect full = device.pageLayout().paintRectPixels(device.logicalDpiX());
        g.paint = QRectF(0, 0, full.width(), full.height());
        g.header = QRectF(0, 0, g.paint.width(), g.pt(26));
        g.footer = QRectF(0, g.paint.height() - g.pt(20), g.paint.width(), g.pt(20));
        // The text layout measures in 1/64 pixel (QFixed): a page height it
        // cannot hold exactly would drift from ours page after page, putting
        // a heading's page one off in the contents and a sliver of it at the
        // bottom of the page before. So the body's height is a whole 1/64.
        const qreal bodyHeight = std::floor((g.footer.top() - g.header.bottom()) * 64) / 64;
        g.body = QRectF(0, g.header.bottom(), g.paint.width(), bodyHeight);
        return g;
    }
};

/// Lengths inside a QTextDocument are pixels of a 96-dpi screen, scaled by
/// the layout to the device.
qreal layoutPixels(qreal points)
{
    return points * 96.0 / 72.0;
}

/// A small document of plain-text lines, for the cover and the contents.
std::unique_ptr<QTextDocument> textDocument(QPaintDevice *device, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(reportFont(10));
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    return doc;
}

void addLine(QTextCursor &cursor, bool &first, const QString &text, qreal points, bool bold, const QColor &colour,
             qreal spaceAfter)
{
    QTextBlockFormat block;
    block.setBottomMargin(layoutPixels(spaceAfter));
    QTextCharFormat chars;
    chars.setFont(reportFont(points, bold));
    chars.setForeground(colour);
    if (first) {
        cursor.setBlockFormat(block);
        first = false;
    } else {
        cursor.insertBlock(block);
    }
    cursor.insertText(breakableText(text), chars);
}

/// The lead's logo, decoded with bounded memory; null when absent or unreadable.
QImage decodedLogo(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(64); // MiB
    return reader.read();
}

/// At most 50 x 25 mm, at the top of the cover: the only picture of a report.
void drawLogo(QPainter &painter, const QImage &logo, const PageGeometry &g)
{
    const QSizeF box(g.pt(50 * 72 / 25.4), g.pt(25 * 72 / 25.4));
    const QSizeF size = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
    painter.drawImage(QRectF(QPointF(0, 0), size), logo);
}

void drawCover(QPainter &painter, const Report &report, QPaintDevice *device, const PageGeometry &g)
{
    const QImage logo = decodedLogo(report.cover.leadLogo);
    if (!logo.isNull())
        drawLogo(painter, logo, g);
    auto doc = textDocument(device, g.paint.width() * 0.85);
    QTextCursor cursor(doc.get());
    bool first = true;
    addLine(cursor, first, report.cover.dateLine, 12, false, muted, 18);
    addLine(cursor, first, shortText(report.cover.title, coverLineLength), 26, true, accent, 14);
    if (!report.cover.stake.isEmpty())
        addLine(cursor, first, shortText(report.cover.stake, coverStakeLength), 12, false, Qt::black, 18);
    if (!report.cover.period.isEmpty())
        addLine(cursor, first, report.cover.period, 11, false, muted, 18);
    if (!report.cover.lead.isEmpty())
        addLine(cursor, first,
                QCoreApplication::translate("Report", "Led by %1").arg(shortText(report.cover.lead, coverLineLength)),
                12, true, Qt::black, 14);
    if (!report.cover.partners.isEmpty()) {
        addLine(cursor, first, QCoreApplication::translate("Report", "Partners"), 11, true, accent, 4);
        for (const QString &partner : report.cover.partners.mid(0, coverPartnersAtMost))
            addLine(cursor, first, shortText(partner, coverLineLength), 11, false, Qt::black, 2);
        if (report.cover.partners.size() > coverPartnersAtMost)
            addLine(cursor, first, QString(cutMark()), 11, false, Qt::black, 2);
    }
    painter.save();
    painter.setPen(QPen(accent, g.pt(3)));
    const qreal top = g.paint.height() * 0.22;
    painter.drawLine(QPointF(0, top - g.pt(16)), QPointF(g.pt(90), top - g.pt(16)));
    painter.translate(0, top);
    doc->drawContents(&painter, QRectF(0, 0, doc->textWidth(), g.paint.height() - top));
    painter.restore();
}

void drawHeaderFooter(QPainter &painter, const Report &report, const PageGeometry &g, int page, int pageCount)
{
    painter.save();
    painter.setFont(reportFont(8));
    painter.setPen(muted);
    const QRectF header = g.header.adjusted(0, 0, 0, -g.pt(8));
    const QString date = report.footerDate;
    const qreal dateWidth = painter.fontMetrics().horizontalAdvance(date) + g.pt(12);
    const QString title = painter.fontMetrics().elidedText(shortText(report.cover.title, coverLineLength),
                                                           Qt::ElideRight, int(header.width() - dateWidth));
    // drawText with a plain QString: never rich text.
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, date);
    painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), g.pt(0.5)));
    painter.drawLine(QPointF(0, header.bottom() + g.pt(3)), QPointF(g.paint.width(), header.bottom() + g.pt(3)));
    painter.setPen(muted);
    painter.drawText(g.footer, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
                     report.pageOf.arg(page).arg(pageCount));
    painter.restore();
}

void drawContents(QPainter &painter, const Report &report, QPaintDevice *device, const PageGeometry &g,
                  const QList<SectionAnchor> &sections, const QList<int> &pages)
{
    auto doc = textDocument(device, g.body.width());
    QTextCursor cursor(doc.get());
    bool first = true;
    addLine(cursor, first, report.contentsTitle, 17, true, accent, 12);
    QTextTableFormat tf;
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setCellPadding(layoutPixels(3));
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *table = cursor.insertTable(int(sections.size()), 2, tf);
    QTextCharFormat chars;
    chars.setFont(reportFont(11));
    for (int i = 0; i < sections.size(); ++i) {
        table->cellAt(i, 0).firstCursorPosition().insertText(sections.at(i).title, chars);
        QTextCursor number = table->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        number.insertText(QString::number(pages.value(i)), chars);
    }
    painter.save();
    painter.translate(g.body.topLeft() + QPointF(0, g.pt(10)));
    doc->drawContents(&painter, QRectF(0, 0, g.body.width(), g.body.height()));
    painter.restore();
}

} // namespace

void preparePage(QPagedPaintDevice &device, Paper paper)
{
    device.setPageLayout(QPageLayout(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
                                     QPageLayout::Portrait, QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter));
}

int renderReport(const Report &report, const QList<ReportChart> &charts, QPagedPaintDevice &device, QString *error)
{
    const PageGeometry g = PageGeometry::of(device);
    BodyDocument body = layoutBody(report, charts, &device, g.body.size());
    QTextDocument &doc = *body.document;
    const int bodyPages = doc.pageCount();
    const int firstBodyPage = report.coverAndContents ? 3 : 1; // cover, contents
    const int pageCount = firstBodyPage - 1 + bodyPages;
    QList<int> sectionPages;
    for (const SectionAnchor &s : body.sections) {
        const QRectF where = doc.documentLayout()->blockBoundingRect(doc.findBlock(s.blockPosition));
        sectionPages.append(firstBodyPage + int(where.top() / g.body.height()));
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = QCoreApplication::translate("Report", "The report could not be written.");
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    if (report.coverAndContents) {
        drawCover(painter, report, &device, g);
        device.newPage();
        drawHeaderFooter(painter, report, g, 2, pageCount);
        drawContents(painter, report, &device, g, body.sections, sectionPages);
    }

    for (int page = 0; page < bodyPages; ++page) {
        if (report.coverAndContents || page > 0)
            device.newPage();
        drawHeaderFooter(painter, report, g, firstBodyPage + page, pageCount);
        painter.save();
        painter.translate(g.body.topLeft());
        const QRectF clip(0, page * g.body.height(), g.body.width(), g.body.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout draws every line that touches the clip, edges included,
        // and a line it moved to the next page may start a 1/64 pixel above
        // it: such a line would be drawn here too, hidden by the clip but
        // still in the PDF's text. Half a pixel in from each edge draws only
        // this page's lines (no line is less than a pixel high).
        context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pageCount;
}

} // namespace alliance::report
