// The portfolio report for a board as its reader sees the PDF: landscape
// pages, every partnership's title (hostile ones shown as typed), the
// table's header on every page it runs over, the consolidated charts and
// the refused files; and the window's button and charts.
#include "charts/chartcard.h"
#include "model/language.h"
#include "portfolio/portfoliopdf.h"
#include "portfolio/portfoliowindow.h"
#include "reportsupport.h"
#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::portfolio;

namespace {

const QDate today(2026, 12, 1);
const QString hostile = QStringLiteral("<b>x</b> & =1+1");

/// `count` sound partnerships "Partnership 001"…, the first titled like
/// markup, with indicators at risk and things due, and one refused file.
QList<PartnershipSummary> rows(int count)
{
    QList<PartnershipSummary> list;
    for (int i = 0; i < count; ++i) {
        PartnershipSummary s;
        s.path = QStringLiteral("/p/%1.alliance").arg(i);
        s.computedOn = today;
        s.title = i == 0 ? hostile : QStringLiteral("Partnership %1").arg(i, 3, 10, QLatin1Char('0'));
        s.lead = QStringLiteral("Lead %1").arg(i);
        s.modelId = QStringLiteral("practice_audit");
        s.currentStepId = QStringLiteral("pilot");
        s.onTrack = 2;
        s.atRisk = i == 0 ? 2 : i % 3; // the hostile title among the bars too
        s.offTrack = i % 2;
        s.lateActions = i % 4;
        s.upcoming
            = {{DueCount::Kind::Action, today.addDays(i % 40), 1}, {DueCount::Kind::Committee, today.addDays(60), 1}};
        list << s;
    }
    PartnershipSummary refused;
    refused.path = QStringLiteral("/p/broken.alliance");
    refused.computedOn = today;
    refused.refusal = QStringLiteral("“broken.alliance” is not an Alliance Pilot project file.");
    list << refused;
    return list;
}

/// The tests do not embed the translations: they read those built beside the application.
void useBuiltTranslations()
{
    Language::setTranslationFolder(QFileInfo(QStringLiteral(ALLIANCE_APP)).absolutePath());
}

PortfolioReportOptions english()
{
    useBuiltTranslations();
    PortfolioReportOptions options;
    options.language = QStringLiteral("en");
    options.date = today;
    options.source = QStringLiteral("/srv/partnerships");
    return options;
}

/// What pdftotext reads, on one line, its ligatures ("ﬁ") back to letters.
QString readable(const QString &pdfText)
{
    return test::flattened(pdfText); // ligatures read as their letters
}

/// Pages whose text holds `text`.
QList<int> pagesWith(const QString &pdf, const QString &text)
{
    QList<int> pages;
    for (int page = 1; page <= test::pdfPages(pdf); ++page)
        if (readable(test::pdfText(pdf, page, page)).contains(text))
            pages << page;
    return pages;
}

} // namespace

TEST_CASE("The portfolio PDF shows every partnership, its header on every page of the table", "[ui][portfolio]")
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.pdf"));
    QString error;
    // Cover, contents, the table on one page, the five charts on two, the refused files.
    REQUIRE(writePortfolioPdf(rows(3), english(), small, &error) == 6);
    CHECK(test::pdfPages(small) == 6);
    CHECK(test::pdfPageSize(small).startsWith(QStringLiteral("842 x 595"))); // A4 landscape
    const QString text = readable(test::pdfText(small));
    // In the table and on the bars of two charts (at risk, due soon), as typed, never read as markup.
    CHECK(text.count(hostile) == 3);
    CHECK(text.contains(QStringLiteral("Partnership 001")));
    CHECK(text.contains(QStringLiteral("Partnership 002")));
    CHECK(text.contains(QStringLiteral("/srv/partnerships")));
    CHECK(text.contains(QStringLiteral("Indicators at risk or off track, per partnership")));
    CHECK(text.contains(QStringLiteral("Due in the next 30 days, per partnership")));
    CHECK(text.contains(QStringLiteral("broken.alliance")));
    CHECK(text.contains(QStringLiteral("is not an Alliance Pilot project file")));

    const QString large = dir.filePath(QStringLiteral("large.pdf"));
    const int pages = writePortfolioPdf(rows(120), english(), large, &error);
    CHECK(pages == test::pdfPages(large));
    const QString all = test::pdfText(large);
    for (int i = 1; i < 120; ++i)
        CHECK(all.contains(QStringLiteral("Partnership %1").arg(i, 3, 10, QLatin1Char('0'))));
    // The table runs over several pages, each opening with its header; the charts and the refused files follow.
    const QList<int> tablePages = pagesWith(large, QStringLiteral("Lead "));
    REQUIRE(tablePages.size() >= 4);
    CHECK(pages == 2 + int(tablePages.size()) + 2 + 1);
    for (int page : tablePages)
        CHECK(readable(test::pdfText(large, page, page)).contains(QStringLiteral("Performance Relevance")));
}

TEST_CASE("The portfolio PDF writes in the language asked, and says when it cannot be written", "[ui][portfolio]")
{
    QTemporaryDir dir;
    const QString french = dir.filePath(QStringLiteral("fr.pdf"));
    PortfolioReportOptions options = english();
    options.language = QStringLiteral("fr");
    REQUIRE(writePortfolioPdf(rows(2), options, french) > 0);
    const QString text = readable(test::pdfText(french));
    CHECK(text.contains(QStringLiteral("1er décembre 2026")));
    CHECK(text.contains(QStringLiteral("Fichiers refusés")));

    QString error;
    CHECK(writePortfolioPdf(rows(2), english(), dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error) == 0);
    CHECK(error.contains(QStringLiteral("x.pdf")));
}

TEST_CASE("The portfolio window draws the new charts and writes the report of what it shows", "[ui][portfolio]")
{
    QTemporaryDir folder, out;
    REQUIRE(test::runApp(
                {QStringLiteral("new"), QStringLiteral("--example"), folder.filePath(QStringLiteral("a.alliance"))})
            == 0);
    PortfolioWindow window;
    window.setOpenReports(false);
    window.show();
    QSignalSpy finished(&window, &PortfolioWindow::scanFinished);
    window.setFolder(folder.path());
    while (window.isScanning())
        REQUIRE(finished.wait(30000));
    for (const char *name : {"chartCard_portfolio_at_risk", "chartCard_portfolio_due_30", "chartCard_portfolio_due_90"})
        CHECK(test::child<charts::ChartCard>(&window, name)->isVisible());
    // The example has indicators at risk and off track, and things due in the coming weeks.
    CHECK_FALSE(test::child<charts::ChartCard>(&window, "chartCard_portfolio_at_risk")->data().isEmpty());
    CHECK_FALSE(test::child<charts::ChartCard>(&window, "chartCard_portfolio_due_90")->data().isEmpty());
    CHECK(test::child<QPushButton>(&window, "portfolioReport")->isEnabled());

    const QString pdf = out.filePath(QStringLiteral("portfolio.pdf"));
    QString error;
    REQUIRE(window.writeReport(pdf, &error) > 0);
    CHECK(test::pdfPages(pdf) > 3);
}

TEST_CASE("alliance-pilot portfolio --format pdf writes the report once, in the language asked", "[ui][portfolio]")
{
    QTemporaryDir folder, out;
    REQUIRE(test::runApp(
                {QStringLiteral("new"), QStringLiteral("--example"), folder.filePath(QStringLiteral("a.alliance"))})
            == 0);
    QFile broken(folder.filePath(QStringLiteral("broken.alliance")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a project");
    broken.close();
    const QString pdf = out.filePath(QStringLiteral("board.pdf"));
    const QStringList arguments {QStringLiteral("portfolio"), folder.path(),        QStringLiteral("--format"),
                                 QStringLiteral("pdf"),       QStringLiteral("-o"), pdf,
                                 QStringLiteral("--lang"),    QStringLiteral("fr")};
    QString output, error;
    REQUIRE(test::runApp(arguments, &output, &error) == 0);
    CHECK(output.contains(QStringLiteral("board.pdf")));
    CHECK(test::pdfPages(pdf) >= 6);
    const QString text = readable(test::pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Portefeuille de partenariats")));
    CHECK(text.contains(QStringLiteral("Alliance pour l’insertion")));
    // The refusal too is in French, whatever the application's language.
    CHECK(text.contains(QStringLiteral("n’est pas un fichier de projet Alliance Pilot")));
    // Never over an existing file.
    CHECK(test::runApp(arguments, &output, &error) == 1);
    CHECK(error.contains(QStringLiteral("board.pdf")));
}
