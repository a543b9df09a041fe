// Help as a new user meets it: the Help menu's method guide (F1, in the
// interface's language, at the step shown) and keyboard shortcuts, the CSV
// format shown before a file is chosen, and the start page's introduction.
#include "dialogs/csvimportdialog.h"
#include "document/document.h"
#include "help/methodguide.h"
#include "help/shortcutsdialog.h"
#include "io/measurementcsv.h"
#include "languages.h"
#include "mainwindow.h"
#include "method/method.h"
#include "pages/pilotpage.h"
#include "pages/startpage.h"
#include "projectview.h"
#include "recentfiles.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include "frenchui.h"
#include "settings/settings.h"

using namespace alliance;
using test::child;

namespace {

using French = test::FrenchUi;

std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &title)
{
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    auto doc = Document::createNew(title, {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    return doc;
}

QStringList headings(MethodGuide *guide)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(child<QTreeWidget>(guide, "guideContents")); *it; ++it)
        out << (*it)->text(0);
    return out;
}

QMenu *helpMenu(MainWindow &window)
{
    QAction *about = child<QAction>(&window, "actionAbout");
    for (QAction *top : window.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(about))
            return top->menu();
    FAIL("no menu holds About");
    return nullptr;
}

} // namespace

TEST_CASE("The Help menu offers the method guide on F1 and the keyboard shortcuts", "[help]")
{
    MainWindow window;
    QMenu *help = helpMenu(window);
    QAction *guide = child<QAction>(&window, "actionMethodGuide");
    QAction *keys = child<QAction>(&window, "actionShortcuts");
    CHECK(help->actions().contains(guide));
    CHECK(help->actions().contains(keys));
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));

    guide->trigger();
    auto *shown = window.findChild<MethodGuide *>();
    REQUIRE(shown);
    CHECK(shown->isVisible());
    CHECK(shown->language() == QLatin1String("en"));
    CHECK(child<QTextBrowser>(shown, "guideText")->toPlainText().contains(QStringLiteral("carré magique")));
    // A second F1 raises the same window rather than stacking guides.
    guide->trigger();
    CHECK(window.findChildren<MethodGuide *>().size() == 1);

    keys->trigger();
    auto *list = window.findChild<ShortcutsDialog *>();
    REQUIRE(list);
    CHECK(list->isVisible());
    list->close();
}

TEST_CASE("The guide is in French when the interface is, with every step of the method", "[help]")
{
    French french;
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    child<QAction>(&window, "actionMethodGuide")->trigger();
    auto *guide = window.findChild<MethodGuide *>();
    REQUIRE(guide);
    CHECK(guide->language() == QLatin1String("fr"));
    // Raw text: toPlainText() would turn the no-break spaces into spaces.
    const QString text = child<QTextBrowser>(guide, "guideText")->document()->toRawText();
    CHECK(text.contains(QStringLiteral("Guide de la méthode")));
    const QStringList contents = headings(guide);
    for (const method::Step &step : method::steps()) {
        const QString name = method::tr(step.name);
        INFO(name.toStdString());
        CHECK(name != QString::fromUtf8(step.name)); // the translation is really installed
        CHECK(text.contains(name));
        CHECK(contents.contains(MethodGuide::stepHeading(step.number, name)));
    }
    // The tools the method names, under their French labels.
    for (const method::Category &c : method::categories())
        CHECK(text.contains(method::tr(c.name)));
    for (const method::Model &m : method::models())
        CHECK(text.contains(method::tr(m.name)));
    for (const method::Objective &o : method::objectives())
        CHECK(text.contains(method::tr(o.name)));
    // French typography: no straight apostrophe, no ordinary space before : ; ? !
    CHECK_FALSE(text.contains(QLatin1Char('\'')));
    for (const char *mark : {" :", " ;", " ?", " !"})
        CHECK_FALSE(text.contains(QLatin1String(mark)));

    // In a partnership, F1 opens the guide at the step shown.
    window.setDocument(newDocument(dir, QStringLiteral("Guide")));
    window.projectView()->showStep(2);
    child<QAction>(&window, "actionMethodGuide")->trigger();
    QApplication::processEvents();
    const method::Step &third = method::steps().at(2);
    CHECK(guide->currentSection() == MethodGuide::stepHeading(3, method::tr(third.name)));
    CHECK(child<QTreeWidget>(guide, "guideContents")->currentItem()->text(0)
          == MethodGuide::stepHeading(3, method::tr(third.name)));
}

TEST_CASE("Each step page opens the guide at its own step", "[help]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setDocument(newDocument(dir, QStringLiteral("Guide")));
    {
        // The English guide has a section for every step of the registry.
        MethodGuide guide;
        const QStringList contents = headings(&guide);
        for (const method::Step &step : method::steps())
            CHECK(contents.contains(MethodGuide::stepHeading(step.number, QString::fromUtf8(step.name))));
    }
    for (int i : {0, 5}) {
        window.projectView()->showStep(i);
        const method::Step &step = method::steps().at(i);
        QWidget *page = window.findChild<QWidget *>(step.id + QStringLiteral("Page"));
        REQUIRE(page);
        child<QAbstractButton>(page, "stepGuide")->click();
        QApplication::processEvents();
        auto *guide = window.findChild<MethodGuide *>();
        REQUIRE(guide);
        CHECK(guide->currentSection() == MethodGuide::stepHeading(step.number, method::tr(step.name)));
    }
}

TEST_CASE("The shortcuts list is read from the window's actions, keys in native text", "[help]")
{
    MainWindow window;
    const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    auto rowsOf = [](QDialog &dialog) {
        QStringList rows;
        auto *table = child<QTableWidget>(&dialog, "shortcutsTable");
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 1)->text() + QLatin1Char('|')
                    + table->item(r, 2)->text();
        return rows;
    };
    {
        ShortcutsDialog dialog(&window);
        const QStringList rows = rowsOf(dialog);
        CHECK(rows.contains(QStringLiteral("File|Save|") + save));
        CHECK(rows.contains(QStringLiteral("Help|Method guide|")
                            + QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        CHECK(rows.contains(QStringLiteral("Edit|Redo|Ctrl+Shift+Z, Ctrl+Y")));
        // Commands without a key are not listed.
        for (const QString &row : rows)
            CHECK_FALSE(row.startsWith(QStringLiteral("Help|About")));
    }
    // A key changed on the action is what the list shows: nothing is copied by hand.
    child<QAction>(&window, "actionSave")->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    ShortcutsDialog dialog(&window);
    const QStringList rows = rowsOf(dialog);
    CHECK_FALSE(rows.contains(QStringLiteral("File|Save|") + save));
    CHECK(rows.contains(QStringLiteral("File|Save|")
                        + QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K).toString(QKeySequence::NativeText)));
}

TEST_CASE("The CSV import shows the importer's columns and an example before any file is chosen", "[help][csv]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("Mesures"));
    const QUuid id = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add indicator"));
    add.set(QStringLiteral("indicator"), id, QStringLiteral("name"), QStringLiteral("Repas servis"))
        .set(QStringLiteral("indicator"), id, QStringLiteral("direction"), QStringLiteral("increase"));
    REQUIRE(doc->apply(add));

    // The Pilot page's button opens the dialog itself, not a file picker.
    PilotPage page(doc.get());
    QString format;
    QString example;
    int previewRows = -1;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CsvImportDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            seen = true;
            format = child<QLabel>(dialog, "csvFormat")->text();
            example = child<QLabel>(dialog, "csvExample")->text();
            previewRows = child<QTableWidget>(dialog, "csvPreview")->rowCount();
        }
        QApplication::activeModalWidget()->close();
    });
    child<QPushButton>(&page, "importCsv")->click();
    REQUIRE(seen);
    CHECK(previewRows == 0);
    for (const io::MeasurementCsvColumn &column : io::measurementCsvColumns()) {
        CHECK(format.contains(QCoreApplication::translate("MeasurementCsv", column.name)));
        CHECK(format.contains(QCoreApplication::translate("MeasurementCsv", column.accepts)));
    }
    // The example names the project's indicator and is a line the importer takes.
    CHECK(example.contains(QStringLiteral("Repas servis")));
    const QString line = example.section(QLatin1Char('\n'), 1);
    const io::MeasurementCsv parsed = io::parseMeasurementCsv(line.toUtf8(), doc->project().indicators);
    REQUIRE(parsed.lines.size() == 1);
    CHECK(parsed.lines.first().isValid());
    CHECK(parsed.lines.first().indicatorId == id);
}

TEST_CASE("An import of measurements says how many lines came in, once done", "[help][csv]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("Mesures"));
    const QUuid id = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add indicator"));
    add.set(QStringLiteral("indicator"), id, QStringLiteral("name"), QStringLiteral("Meals"))
        .set(QStringLiteral("indicator"), id, QStringLiteral("direction"), QStringLiteral("increase"));
    REQUIRE(doc->apply(add));
    QMainWindow window;
    auto *page = new PilotPage(doc.get());
    window.setCentralWidget(page);
    window.show();
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CsvImportDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loadData("Meals,2026-03-01,12,\nMeals,2026-04-01,15,\n", QStringLiteral("mesures.csv"));
        child<QPushButton>(dialog, "csvImport")->click();
    });
    child<QPushButton>(page, "importCsv")->click();
    CHECK(doc->project().measurements.size() == 2);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("2 measurements imported from mesures.csv."));
}

TEST_CASE("The start page introduces the app when there is no recent file, until it is hidden", "[help]")
{
    Settings().setStartIntroHidden(false);
    for (const QString &path : recentfiles::list())
        recentfiles::remove(path);
    {
        StartPage page;
        page.resize(1280, 760);
        page.show();
        auto *intro = child<QWidget>(&page, "startIntro");
        CHECK(intro->isVisible());
        QStringList texts;
        for (auto *label : intro->findChildren<QLabel *>())
            texts << label->text();
        for (const method::Step &step : method::steps())
            CHECK(texts.join(QLatin1Char('\n')).contains(method::tr(step.name)));

        QSignalSpy example(&page, &StartPage::openExampleRequested);
        QSignalSpy create(&page, &StartPage::newRequested);
        child<QPushButton>(&page, "startIntroExample")->click();
        child<QPushButton>(&page, "startIntroNew")->click();
        CHECK(example.count() == 1);
        CHECK(create.count() == 1);
        child<QPushButton>(&page, "startIntroGuide")->click();
        auto *guide = page.window()->findChild<MethodGuide *>();
        REQUIRE(guide);
        CHECK(guide->isVisible());
        guide->close();

        child<QPushButton>(&page, "startIntroHide")->click();
        CHECK_FALSE(intro->isVisible());
    }
    {
        // Hidden stays hidden, at the next start too.
        StartPage page;
        page.show();
        CHECK_FALSE(child<QWidget>(&page, "startIntro")->isVisible());
    }
    // With recent files the cards take its place.
    Settings().setStartIntroHidden(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recent.alliance"));
    auto doc = newDocument(dir, QStringLiteral("Récent"));
    REQUIRE(doc->saveAs(path));
    recentfiles::add(path);
    StartPage page;
    page.show();
    CHECK_FALSE(child<QWidget>(&page, "startIntro")->isVisible());
    recentfiles::remove(path);
}
