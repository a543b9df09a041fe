// The contents page as a reader checks it: every entry's heading opens the
// page the entry gives, and no heading is hidden at the bottom of the page
// before (pdftotext reads text a clip hides), and a heading inside a section
// stays on the page of what it introduces.
#include "report/reportdocument.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPair>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace alliance;
using namespace alliance::test;

namespace {

/// The non-empty lines of one page, as pdftotext reads them.
QStringList pageLines(const QString &pdf, int page)
{
    QStringList lines;
    for (const QString &line : pdfText(pdf, page, page).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

/// The contents' entries (title, page) of page 2: pdftotext gives a title's
/// line, then its page number's line.
QList<QPair<QString, int>> contentsEntries(const QString &pdf)
{
    const QStringList lines = pageLines(pdf, 2);
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    QList<QPair<QString, int>> entries;
    for (int i = 1; i < lines.size(); ++i)
        if (number.match(lines.at(i)).hasMatch() && !number.match(lines.at(i - 1)).hasMatch())
            entries.append({lines.at(i - 1), lines.at(i).toInt()});
    return entries;
}

void checkContents(const QString &pdf, int expectedEntries)
{
    const int pages = pdfPages(pdf);
    const auto entries = contentsEntries(pdf);
    REQUIRE(entries.size() == expectedEntries);
    int previous = 2;
    for (const auto &[title, page] : entries) {
        INFO(title.toStdString() << " on page " << page);
        REQUIRE(page > previous);
        REQUIRE(page <= pages);
        previous = page;
        // The header's title and date, then the heading.
        CHECK(pageLines(pdf, page).mid(0, 3).contains(title));
        if (page - 1 > 2) // page 2 is the contents, where every title is
            CHECK_FALSE(pageLines(pdf, page - 1).contains(title));
    }
}

} // namespace

TEST_CASE("report verb: every contents entry gives the page its heading opens, in French and English", "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString all = dir.filePath(language + QStringLiteral("-all.pdf"));
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), all, QStringLiteral("--lang"), language})
                == 0);
        checkContents(all, 12); // the synthesis and the eleven sections
        const QString some = dir.filePath(language + QStringLiteral("-some.pdf"));
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), some, QStringLiteral("--lang"), language,
                        QStringLiteral("--sections"), QStringLiteral("diagnose,cobuild,evaluate,dashboard,lessons")})
                == 0);
        checkContents(some, 5);
    }
}

TEST_CASE("report: a heading inside a section is never left alone at the bottom of a page", "[report]")
{
    QImage device(800, 1000, QImage::Format_ARGB32);
    const QSizeF pageSize(600, 700);
    auto pageOf = [&](QTextDocument &doc, const QTextBlock &block) {
        const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const qreal lineTop = rect.top() + layout->lineAt(0).y() - layout->boundingRect().top();
        return int(std::floor(lineTop / pageSize.height()));
    };
    // Whatever the text before it, the heading lands on every line of a page,
    // the last one included.
    int pagesCrossed = 0;
    for (int lines = 0; lines < 60; ++lines) {
        INFO(lines << " lines before");
        report::Report r;
        report::Section s;
        s.title = QStringLiteral("Section");
        for (int i = 0; i < lines; ++i)
            s.blocks.append(report::Block::paragraph(QStringLiteral("Line %1").arg(i)));
        s.blocks.append(report::Block::subheading(QStringLiteral("Kept heading")));
        s.blocks.append(report::Block::paragraph(QStringLiteral("What the heading introduces")));
        s.blocks.append(report::Block::minorheading(QStringLiteral("Kept minor heading")));
        s.blocks.append(report::Block::paragraph(QStringLiteral("What the minor heading introduces")));
        r.sections.append(s);
        report::BodyDocument body = report::layoutBody(r, {}, &device, pageSize);
        QTextDocument &doc = *body.document;
        for (const QString &title : {QStringLiteral("Kept heading"), QStringLiteral("Kept minor heading")}) {
            const QTextBlock heading = doc.find(title).block();
            REQUIRE(heading.isValid());
            CHECK(pageOf(doc, heading) == pageOf(doc, heading.next()));
        }
        pagesCrossed = std::max(pagesCrossed, doc.pageCount());
    }
    CHECK(pagesCrossed >= 2);
}
