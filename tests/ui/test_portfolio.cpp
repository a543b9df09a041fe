// The Portfolio view as a manager uses it: reached from the File menu and
// the start page, a folder listed with a refused file among the others,
// filters and sorting, a file dropped into the folder appearing by itself,
// and a double-click opening the partnership.
#include "document/document.h"
#include "example/examplegenerator.h"
#include "mainwindow.h"
#include "portfolio/portfoliotablemodel.h"
#include "portfolio/portfoliowindow.h"
#include "settings/settings.h"
#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace alliance;

namespace {

/// The French example saved at folder/name with its own title and its lead in `departement`.
void writeExample(const QString &folder, const QString &name, const QString &title, const QString &departement)
{
    QTemporaryDir working;
    DocumentOptions options;
    options.workingFolder = working.path();
    auto doc
        = Document::createNew(QStringLiteral("Example"), {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    QString error;
    REQUIRE(example::fillExample(*doc, &error));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Portfolio test"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"), title)
                           .set(QStringLiteral("organisation"), doc->project().leadOrganisation()->id,
                                QStringLiteral("departement"), departement),
                       &error));
    REQUIRE(doc->saveAs(QDir(folder).filePath(name), &error));
}

/// Waits until the window has no scan running nor about to start.
void waitForScan(PortfolioWindow *window)
{
    QSignalSpy finished(window, &PortfolioWindow::scanFinished);
    QCoreApplication::processEvents(); // a scan asked for on the next turn of the event loop starts
    while (window->isScanning())
        REQUIRE(finished.wait(30000));
}

/// Waits (up to 30 s) until the table shows `rows` rows.
bool waitForRows(QTableView *table, int rows)
{
    for (int i = 0; i < 300 && table->model()->rowCount() != rows; ++i)
        QTest::qWait(100);
    return table->model()->rowCount() == rows;
}

QStringList shownColumn(QTableView *table, portfolio::Column column)
{
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown << table->model()->index(r, int(column)).data().toString();
    return shown;
}

struct PortfolioFolder
{
    QTemporaryDir dir;
    PortfolioFolder()
    {
        writeExample(dir.path(), QStringLiteral("a.alliance"), QStringLiteral("Alliance Alpha"),
                     QStringLiteral("Gers"));
        writeExample(dir.path(), QStringLiteral("b.alliance"), QStringLiteral("Alliance Beta"),
                     QStringLiteral("Finistère"));
        QFile bad(dir.filePath(QStringLiteral("c.alliance")));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write("not a project");
    }
};

} // namespace

TEST_CASE("The portfolio opens from the File menu and the start page", "[ui][portfolio]")
{
    Settings().setPortfolioFolder({});
    MainWindow window;
    window.show();
    auto *action = test::child<QAction>(&window, "actionPortfolio");
    action->trigger();
    REQUIRE(window.portfolioWindow());
    CHECK(window.portfolioWindow()->isVisible());
    CHECK(test::child<QLabel>(window.portfolioWindow(), "portfolioSummary")
              ->text()
              .contains(QStringLiteral(".alliance")));
    window.portfolioWindow()->hide();
    test::child<QPushButton>(&window, "startPortfolio")->click();
    CHECK(window.portfolioWindow()->isVisible());
}

TEST_CASE("The portfolio lists a folder, refused files with their reason, filtered and sorted", "[ui][portfolio]")
{
    PortfolioFolder folder;
    PortfolioWindow window;
    window.show();
    window.setFolder(folder.dir.path());
    waitForScan(&window);
    CHECK(Settings().portfolioFolder() == QDir(folder.dir.path()).absolutePath());

    auto *table = test::child<QTableView>(&window, "portfolioTable");
    REQUIRE(table->model()->rowCount() == 3);
    const QStringList titles = shownColumn(table, portfolio::Column::Title);
    CHECK(titles.contains(QStringLiteral("Alliance Alpha")));
    CHECK(titles.contains(QStringLiteral("Alliance Beta")));
    CHECK(std::any_of(titles.cbegin(), titles.cend(),
                      [](const QString &t) { return t.contains(QStringLiteral("c.alliance")); }));
    CHECK(test::child<QLabel>(&window, "portfolioSummary")->text().contains(QStringLiteral("3")));

    // Sorting by a click on the header, then the other way.
    table->horizontalHeader()->setSortIndicator(int(portfolio::Column::File), Qt::AscendingOrder);
    CHECK(shownColumn(table, portfolio::Column::File)
          == QStringList({QStringLiteral("a.alliance"), QStringLiteral("b.alliance"), QStringLiteral("c.alliance")}));
    table->horizontalHeader()->setSortIndicator(int(portfolio::Column::File), Qt::DescendingOrder);
    CHECK(shownColumn(table, portfolio::Column::File).first() == QStringLiteral("c.alliance"));

    // Filters: the refused files, a territory, then a step nobody is at.
    auto *status = test::child<QComboBox>(&window, "portfolioStatusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("refused")));
    CHECK(shownColumn(table, portfolio::Column::File) == QStringList {QStringLiteral("c.alliance")});
    status->setCurrentIndex(0);
    auto *territory = test::child<QLineEdit>(&window, "portfolioTerritoryFilter");
    QTest::keyClicks(territory, QStringLiteral("finis"));
    CHECK(shownColumn(table, portfolio::Column::Title) == QStringList {QStringLiteral("Alliance Beta")});
    territory->clear();
    auto *step = test::child<QComboBox>(&window, "portfolioStepFilter");
    step->setCurrentIndex(step->findData(QStringLiteral("diagnose")));
    CHECK(table->model()->rowCount() == 0);
    step->setCurrentIndex(step->findData(QStringLiteral("pilot")));
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("A partnership file added to the folder appears by itself", "[ui][portfolio]")
{
    PortfolioFolder folder;
    PortfolioWindow window;
    window.setWatchDelay(50);
    window.show();
    window.setFolder(folder.dir.path());
    waitForScan(&window);
    auto *table = test::child<QTableView>(&window, "portfolioTable");
    REQUIRE(table->model()->rowCount() == 3);
    writeExample(folder.dir.path(), QStringLiteral("d.alliance"), QStringLiteral("Alliance Delta"),
                 QStringLiteral("Gers"));
    CHECK(waitForRows(table, 4));
    CHECK(shownColumn(table, portfolio::Column::Title).contains(QStringLiteral("Alliance Delta")));
}

TEST_CASE("A double-click opens the partnership in the main window", "[ui][portfolio]")
{
    PortfolioFolder folder;
    MainWindow main;
    main.setAsksForIdentity(false);
    main.show();
    Settings().setPortfolioFolder(folder.dir.path());
    main.showPortfolio();
    PortfolioWindow *window = main.portfolioWindow();
    waitForScan(window);
    auto *table = test::child<QTableView>(window, "portfolioTable");
    table->horizontalHeader()->setSortIndicator(int(portfolio::Column::File), Qt::AscendingOrder);
    const QModelIndex beta = table->model()->index(1, int(portfolio::Column::Title));
    REQUIRE(beta.data().toString() == QStringLiteral("Alliance Beta"));
    QSignalSpy asked(window, &PortfolioWindow::openRequested);
    const QPoint where = table->visualRect(beta).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first().toString() == folder.dir.filePath(QStringLiteral("b.alliance")));
    REQUIRE(main.document());
    CHECK(main.document()->project().partnership.title == QStringLiteral("Alliance Beta"));
}
