// The indicators' trends in the printed report, as a reader of the PDF finds
// them: small multiples, the most worrying first, a bounded number of pages
// however many indicators, and a sentence saying where the others are; a
// small project keeps every trend.
#include "evaluation/performance.h"
#include "example/examplegenerator.h"
#include "model/language.h"
#include "report/reportoptions.h"
#include "report/reportwriter.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::test;

namespace {

report::Options english(const QStringList &sections)
{
    report::Options options;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 11, 23);
    options.sections = sections;
    return options;
}

/// The text of `page` as laid out (a row's two tiles side by side, so
/// read left then right), ligatures ("ﬀ") as letters, on one line.
QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xfb00), QStringLiteral("ff")).replace(QChar(0xfb01), QStringLiteral("fi"));
    return flattened(text);
}

/// The text of one half of `page` (A4, in points), read top to bottom: the
/// tiles of one column, each name before its status line.
QString columnText(const QString &pdf, int page, bool left)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"),
             left ? QStringLiteral("0") : QStringLiteral("298"), QStringLiteral("-y"), QStringLiteral("0"),
             QStringLiteral("-W"), QStringLiteral("297"), QStringLiteral("-H"), QStringLiteral("842"), pdf,
             QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xfb00), QStringLiteral("ff")).replace(QChar(0xfb01), QStringLiteral("fi"));
    return flattened(text);
}

/// Each tile's status line, in the order the tiles are drawn: "Off track",
/// "At risk" or "On track".
QStringList tileStatuses(const QString &text)
{
    static const QRegularExpression status(QStringLiteral("(Off track|At risk|On track) · \\d+ ?% achieved"));
    QStringList out;
    for (auto it = status.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

int rank(const QString &status)
{
    return status == QLatin1String("Off track") ? 0 : status == QLatin1String("At risk") ? 1 : 2;
}

} // namespace

TEST_CASE("report: many indicators' trends take a few pages, the most worrying first, and say where the rest is",
          "[report][trends]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Large"));
    example::LargeSize size;
    size.organisations = 6;
    size.contacts = 6;
    size.actions = 6;
    size.indicators = 60;
    size.measurementsPerIndicator = 24;
    size.reviews = 1;
    size.criteria = 4;
    size.minimumJournal = 0;
    QString error;
    REQUIRE(example::fillLarge(*doc, &error, size));
    const report::Options options = english({QStringLiteral("dashboard"), QStringLiteral("indicators")});
    const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
    REQUIRE(report::writeReportPdf(doc->project(), options, pdf, &error) > 0);

    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(doc->project(), options.date);
    const int withData = int(summary.indicators.size()) - summary.noData;
    const int worrying = summary.offTrack + summary.atRisk;
    REQUIRE(withData > 20);
    REQUIRE(worrying > 0); // else the order proves nothing
    REQUIRE(worrying < withData);

    // A bounded number of tiles on a bounded number of pages.
    const int pages = pdfPages(pdf);
    int pagesWithTrends = 0;
    QStringList statuses;
    for (int page = 1; page <= pages; ++page) {
        const QStringList onPage = tileStatuses(pageText(pdf, page));
        pagesWithTrends += onPage.isEmpty() ? 0 : 1;
        statuses += onPage;
    }
    CHECK(statuses.size() == 16);
    CHECK(pagesWithTrends <= 3);
    // Off track, then at risk, then on track; every worrying one drawn first.
    for (int i = 1; i < statuses.size(); ++i)
        CHECK(rank(statuses.at(i - 1)) <= rank(statuses.at(i)));
    CHECK(statuses.count(QStringLiteral("On track")) == std::max(0, 16 - worrying));

    // Where the others are: the indicators section's table, and the dashboard.
    QString text;
    for (int page = 1; page <= pages; ++page)
        text += pageText(pdf, page) + QLatin1Char(' ');
    CHECK(text.contains(
        QStringLiteral("The 16 most worrying of the %1 indicators with measurements are drawn here.").arg(withData)));
    // The plurals as the report's translation writes them (in-process, the
    // English catalogue may be absent: then the source's "(s)" forms).
    const WritingIn language(Language::load(QStringLiteral("en")));
    CHECK(text.contains(QCoreApplication::translate("Report",
                                                    "The %n other indicator(s) are in the table of the section “%1”, "
                                                    "and each indicator's trend is on the application's dashboard.",
                                                    nullptr, withData - 16)
                            .arg(QStringLiteral("Indicators"))));
    if (worrying > 16)
        CHECK(text.contains(
            QCoreApplication::translate("Report", "%n of them are off track or at risk.", nullptr, worrying - 16)));

    // Without the indicators section, the sentence does not send the reader to it.
    const QString alone = dir.filePath(QStringLiteral("dashboard.pdf"));
    REQUIRE(report::writeReportPdf(doc->project(), english({QStringLiteral("dashboard")}), alone, &error) > 0);
    QString aloneText;
    for (int page = 1; page <= pdfPages(alone); ++page)
        aloneText += pageText(alone, page) + QLatin1Char(' ');
    CHECK(aloneText.contains(QCoreApplication::translate(
        "Report", "The trends of the %n other indicator(s) are on the application's dashboard.", nullptr,
        withData - 16)));
    CHECK_FALSE(aloneText.contains(QStringLiteral("in the table of the section")));
}

TEST_CASE("report: a small project's every indicator keeps its trend, the most worrying first", "[report][trends]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const report::Options options = english({QStringLiteral("dashboard")});
    const QString pdf = dir.filePath(QStringLiteral("example.pdf"));
    QString error;
    REQUIRE(report::writeReportPdf(doc->project(), options, pdf, &error) > 0);
    QString text, columns;
    for (int page = 1; page <= pdfPages(pdf); ++page) {
        text += pageText(pdf, page) + QLatin1Char(' ');
        columns += columnText(pdf, page, true) + QLatin1Char(' ') + columnText(pdf, page, false) + QLatin1Char(' ');
    }

    const Project &p = doc->project();
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(p, options.date);
    int withData = 0;
    for (int i = 0; i < p.indicators.size(); ++i) {
        if (!summary.indicators.at(i).hasData)
            continue;
        ++withData;
        // Its name over its status line.
        const QString name = p.indicators.at(i).name;
        INFO(name.toStdString());
        CHECK(columns.contains(QRegularExpression(
            QRegularExpression::escape(name) + QStringLiteral(" (Off track|At risk|On track) · \\d+ ?% achieved"))));
    }
    REQUIRE(withData >= 5);
    const QStringList statuses = tileStatuses(text);
    CHECK(statuses.size() == withData);
    CHECK(statuses.contains(QStringLiteral("Off track")));
    for (int i = 1; i < statuses.size(); ++i)
        CHECK(rank(statuses.at(i - 1)) <= rank(statuses.at(i)));
    // All drawn: nothing to send the reader elsewhere for.
    CHECK_FALSE(text.contains(QStringLiteral("most worrying of the")));
}
