// The contents page as a reader checks it: every entry's heading opens the
// page the entry gives, and no heading is hidden at the bottom of the page
// before (pdftotext reads text a clip hides).
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QPair>
#include <QRegularExpression>
#include <QTemporaryDir>

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

TEST_CASE("report verb: every contents entry gives the page its heading opens, in French and English",
          "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString all = dir.filePath(language + QStringLiteral("-all.pdf"));
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), all, QStringLiteral("--lang"), language}) == 0);
        checkContents(all, 11);
        const QString some = dir.filePath(language + QStringLiteral("-some.pdf"));
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), some, QStringLiteral("--lang"), language,
                        QStringLiteral("--sections"), QStringLiteral("diagnose,cobuild,evaluate,dashboard,lessons")}) == 0);
        checkContents(some, 5);
    }
}
