// Files that validate but push the report to its limits: a number near the
// largest double, names of 100,000 characters, tens of thousands of notes.
// The report still comes out, as a reader expects: the number as it is, long
// names cut with a mark (…) where they head or label something, every note.
#include "charts/chartcard.h"
#include "evaluation/dashboard.h"
#include "hostileprojects.h"
#include "model/shorttext.h"
#include "pages/dashboardpage.h"
#include "report/reportoptions.h"
#include "report/reportwriter.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QValueAxis>
#include <cmath>

using namespace alliance;
using namespace alliance::test;

namespace {

/// Saves `doc` and runs `alliance-pilot report FILE -o OUT.pdf --lang en`;
/// returns the PDF's path.
QString reportByVerb(Document &doc, const QString &folder)
{
    const QString file = folder + QStringLiteral("/hostile.alliance");
    const QString pdf = folder + QStringLiteral("/hostile.pdf");
    REQUIRE(doc.saveAs(file));
    QString err;
    const int code = runApp(
        {QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en")},
        nullptr, &err);
    INFO(err.toStdString());
    REQUIRE(code == 0);
    REQUIRE(QFile::exists(pdf));
    return pdf;
}

/// The PDF's text without the zero-width spaces that let long words wrap.
QString readable(const QString &pdf)
{
    return pdfText(pdf).remove(QChar(0x200b));
}

void checkDrawable(const dashboard::ChartData &d)
{
    INFO(d.id.toStdString());
    CHECK(std::isfinite(d.yMin));
    CHECK(std::isfinite(d.yMax));
    CHECK(d.yMax > d.yMin);
    CHECK(std::isfinite(d.yMax - d.yMin));
    for (const QString &category : d.categories)
        CHECK(category.size() <= 60);
    for (const dashboard::Series &s : d.series)
        CHECK(s.name.size() <= 60);
    CHECK(d.title.size() < 200);
}

} // namespace

TEST_CASE("report verb: a contribution of 1.7e308 € prints as it is, its charts have finite axes", "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Huge numbers"));
    REQUIRE(doc->apply(hugeNumbers()));
    for (const dashboard::ChartData &d : dashboard::charts(doc->project(), QDate(2026, 11, 23)))
        checkDrawable(d);

    const QString pdf = reportByVerb(*doc, dir.path());
    const QString text = flattened(readable(pdf));
    CHECK(text.contains(QStringLiteral("€1.7E+308")));
    CHECK(text.contains(QStringLiteral("Rich Ally")));
    CHECK(text.contains(QStringLiteral("Contributions per partner")));
    // Its trend, among the small multiples: its name over its status and target.
    CHECK(text.contains(QStringLiteral("Giant indicator")));
    CHECK(text.contains(QStringLiteral("Target: ")));
    // Two of them overflow the doubles: the total says so, not a dash.
    CHECK(text.contains(QStringLiteral("€∞")));
    const int pages = pdfPages(pdf);
    CHECK(pages > 2);
    CHECK(pages < 30);
}

TEST_CASE("report verb: names of 100,000 characters are cut with a mark where they label, and wrap in the text",
          "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Long names"));
    REQUIRE(doc->apply(longNames()));
    for (const dashboard::ChartData &d : dashboard::charts(doc->project(), QDate(2026, 11, 23)))
        checkDrawable(d);

    const QString pdf = reportByVerb(*doc, dir.path());
    const QString text = readable(pdf);
    // Wrapped lines joined: the long words wrap wherever they must.
    const QString joined = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    // The review's heading: its title cut with the mark, its date kept.
    CHECK(joined.contains(QString(149, QLatin1Char('R')) + cutMark() + QStringLiteral(",1June2026")));
    // The charts' labels: the names cut with the mark, on one line (the
    // review's name in the title of the chart per organisation, which wraps
    // after its colon rather than lose its end).
    CHECK(text.contains(QString(20, QLatin1Char('N')) + cutMark()));
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("Evaluation per angle and organisation:\\s+R{10,}") + cutMark())));
    // Names are cut wherever they are quoted, never printed whole.
    CHECK_FALSE(joined.contains(QString(nameLength, QLatin1Char('R'))));
    CHECK_FALSE(joined.contains(QString(nameLength, QLatin1Char('N'))));
    const int pages = pdfPages(pdf);
    CHECK(pages > 2);
    CHECK(pages < 40);
}

TEST_CASE("report: thousands of notes print every one, as bullets, on a plausible number of pages", "[report]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Many notes"));
    REQUIRE(doc->apply(manyNotes(3000)));
    report::Options options;
    options.language = QStringLiteral("en");
    options.sections = {QStringLiteral("pilot")};
    const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
    QString error;
    const int pages = report::writeReportPdf(doc->project(), options, pdf, &error);
    INFO(error.toStdString());
    REQUIRE(pages > 0);
    CHECK(pdfPages(pdf) == pages);
    const QString text = flattened(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("• Note 0: the steering committee met")));
    CHECK(text.contains(QStringLiteral("• Note 2999: the steering committee met")));
    // A note split over two pages is read on both (drawn clipped on each).
    CHECK(text.count(QStringLiteral("• Note ")) >= 3000);
    CHECK(text.count(QStringLiteral("• Note ")) <= 3000 + pages);
    // About 45 notes a page.
    CHECK(pages > 3000 / 100);
    CHECK(pages < 3000 / 20);
}

TEST_CASE("Dashboard page: huge numbers and 100,000-character names draw with finite axes and short labels",
          "[ui][dashboard]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Hostile dashboard"));
    REQUIRE(doc->apply(hugeNumbers()));
    REQUIRE(doc->apply(longNames()));
    DashboardPage page(doc.get());
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    const QList<charts::ChartCard *> cards = page.findChildren<charts::ChartCard *>();
    REQUIRE(cards.size() > 5);
    int axes = 0;
    for (charts::ChartCard *card : cards) {
        checkDrawable(card->data());
        QChart *chart = card->chartView()->chart();
        if (!chart)
            continue;
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                CHECK(std::isfinite(values->min()));
                CHECK(std::isfinite(values->max()));
                ++axes;
            }
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &label : categories->categories())
                    CHECK(label.size() < 200);
        }
    }
    CHECK(axes > 0);
    auto *chooser = page.findChild<QComboBox *>(QStringLiteral("trendIndicator"));
    REQUIRE(chooser);
    CHECK(chooser->count() == 1);
    CHECK(chooser->itemText(0) == QStringLiteral("Giant indicator"));
}
