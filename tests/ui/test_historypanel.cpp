// The history panel as a user meets it: the items with changes, each change
// with when, who, field and new value, newest first; live as the document
// changes; opened from an item table's "History of this item"; remembered.
#include "document/document.h"
#include "mainwindow.h"
#include "models/historychangesmodel.h"
#include "models/historyitemsmodel.h"
#include "pages/steppage.h"
#include "projectview.h"
#include "settings/settings.h"
#include "widgets/fieldeditors.h"
#include "widgets/historypanel.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    QUuid lyon = QUuid::createUuid();
    QUuid indicator = QUuid::createUuid();
    Fixture() : ProjectFixture(QStringLiteral("Alliance numérique"))
    {
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add a partner"))
                               .set(QStringLiteral("organisation"), lyon, QStringLiteral("name"),
                                    QStringLiteral("Ville de Lyon <b>"))));
        doc->setAuthor({QStringLiteral("Marie Dupont"), lyon, QUuid::createUuid()});
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add an indicator"))
                               .set(QStringLiteral("indicator"), indicator, QStringLiteral("name"),
                                    QStringLiteral("Digital workshops held"))
                               .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), 12.0)));
    }
    void setTarget(double target)
    {
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edit target"))
                               .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), target)));
    }
};

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

} // namespace

TEST_CASE("The history models list items with changes and each change, newest first", "[ui][history]")
{
    Fixture f;
    HistoryItemsModel items;
    HistoryChangesModel changes;
    QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    items.setDocument(f.doc.get());
    changes.setDocument(f.doc.get());

    // The latest changed first, each with its readable label and its number of changes.
    REQUIRE(items.rowCount() == 3);
    CHECK(column(&items, HistoryItemsModel::ItemColumn)
          == QStringList({QStringLiteral("Indicator: Digital workshops held"),
                          QStringLiteral("Organisation: Ville de Lyon <b>"),
                          QStringLiteral("Partnership: Alliance numérique")}));
    CHECK(items.index(0, HistoryItemsModel::ChangesColumn).data().toInt() == 2);
    CHECK(items.index(0, 0).data(HistoryItemsModel::IdRole).toUuid() == f.indicator);

    f.setTarget(20);
    changes.setItem(QStringLiteral("indicator"), f.indicator);
    REQUIRE(changes.rowCount() == 3);
    CHECK(changes.index(0, HistoryChangesModel::FieldColumn).data().toString() == QStringLiteral("Target"));
    CHECK(changes.index(0, HistoryChangesModel::ValueColumn).data().toString() == QStringLiteral("20"));
    CHECK(changes.index(0, HistoryChangesModel::WhoColumn).data().toString()
          == QStringLiteral("Marie Dupont (Ville de Lyon <b>)"));
    CHECK(column(&changes, HistoryChangesModel::ValueColumn).last() != QStringLiteral("20"));

    // Renaming a partner renames it everywhere after a reload; undo is a change too.
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Rename"))
            .set(QStringLiteral("organisation"), f.lyon, QStringLiteral("name"), QStringLiteral("Métropole de Lyon"))));
    REQUIRE(f.doc->undo());
    items.reload();
    changes.reload();
    CHECK(items.index(0, 0).data().toString() == QStringLiteral("Organisation: Ville de Lyon <b>"));
    CHECK(items.index(0, HistoryItemsModel::ChangesColumn).data().toInt() == 3);
    CHECK(changes.index(0, HistoryChangesModel::WhoColumn).data().toString()
          == QStringLiteral("Marie Dupont (Ville de Lyon <b>)"));

    items.setDocument(nullptr);
    changes.setDocument(nullptr);
    CHECK(items.rowCount() == 0);
    CHECK(changes.rowCount() == 0);
}

TEST_CASE("The history panel follows the document and the item chosen in a table", "[ui][history]")
{
    Settings().setHistoryVisible(false);
    Fixture f;
    const QUuid indicator = f.indicator;
    MainWindow window;
    window.show();
    auto *panel = child<HistoryPanel>(&window, "historyPanel");
    CHECK_FALSE(panel->isVisible()); // hidden until asked for
    window.setDocument(std::move(f.doc));
    Document *doc = window.document();

    // View > History (Ctrl+H) opens it, and the choice is remembered.
    QAction *toggle = child<QAction>(&window, "actionHistory");
    CHECK(toggle->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->trigger();
    REQUIRE(panel->isVisible());
    CHECK(Settings().historyVisible());

    auto *items = child<QTableView>(panel, "historyItems");
    auto *changes = child<QTableView>(panel, "historyChanges");
    CHECK(items->model()->rowCount() == 3);
    // The filter box keeps the matching items only.
    QTest::keyClicks(child<QLineEdit>(panel, "historyFilter"), QStringLiteral("lyon"));
    REQUIRE(items->model()->rowCount() == 1);
    CHECK(items->model()->index(0, 0).data().toString() == QStringLiteral("Organisation: Ville de Lyon <b>"));
    child<QLineEdit>(panel, "historyFilter")->clear();
    REQUIRE(items->model()->rowCount() == 3);

    // Choosing an item lists its changes; the title is the item's label, as plain text.
    items->setCurrentIndex(items->model()->index(0, 0));
    CHECK(panel->currentItem() == indicator);
    CHECK(changes->model()->rowCount() == 2);
    auto *title = child<QLabel>(panel, "historyItemTitle");
    CHECK(title->text() == QStringLiteral("Indicator: Digital workshops held"));
    CHECK(title->textFormat() == Qt::PlainText);

    // Live: an edit (and its undo) shows at once, newest first.
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edit target"))
                           .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), 30.0)));
    REQUIRE(changes->model()->rowCount() == 3);
    CHECK(changes->model()->index(0, HistoryChangesModel::ValueColumn).data().toString() == QStringLiteral("30"));
    CHECK(panel->currentItem() == indicator);
    REQUIRE(doc->undo());
    REQUIRE(changes->model()->rowCount() == 4);
    CHECK(changes->model()->index(0, HistoryChangesModel::ValueColumn).data().toString() == QStringLiteral("12"));

    // Hidden again: remembered.
    toggle->trigger();
    CHECK_FALSE(panel->isVisible());
    CHECK_FALSE(Settings().historyVisible());

    // A page's item table offers "History of this item", which opens the panel on it.
    window.projectView()->showStep(3); // Ecosystem: the organisations
    auto *organisations = child<QTableView>(window.projectView(), "organisationsTable");
    REQUIRE(organisations->model()->rowCount() == 1);
    organisations->setCurrentIndex(organisations->model()->index(0, 0));
    QAction *history = nullptr;
    for (QAction *a : organisations->actions())
        if (a->objectName() == QStringLiteral("actionItemHistory"))
            history = a;
    REQUIRE(history);
    CHECK(organisations->contextMenuPolicy() == Qt::ActionsContextMenu);
    history->trigger();
    CHECK(panel->isVisible());
    CHECK(panel->currentTable() == QStringLiteral("organisation"));
    CHECK(title->text() == QStringLiteral("Organisation: Ville de Lyon <b>"));
    CHECK(changes->model()->rowCount() == 1);
    CHECK(changes->model()->index(0, HistoryChangesModel::WhoColumn).data().toString() == QStringLiteral("Tester"));

    // Open, it follows the row selected in a table.
    window.projectView()->showStep(5); // Pilot: the indicators
    auto *indicators = child<QTableView>(window.projectView(), "indicatorsTable");
    REQUIRE(indicators->model()->rowCount() == 1);
    const QRect row = indicators->visualRect(indicators->model()->index(0, 0));
    QTest::mouseClick(indicators->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(panel->currentItem() == indicator);
    CHECK(title->text() == QStringLiteral("Indicator: Digital workshops held"));

    // And the item whose field is being edited: here the step's notes.
    auto *notes = child<FieldTextEdit>(window.projectView()->page(5), "stepNotes");
    QTest::keyClicks(notes, QStringLiteral("Point of step in March"));
    notes->commit();
    QFocusEvent focus(QEvent::FocusIn);
    QCoreApplication::sendEvent(notes, &focus);
    CHECK(panel->currentTable() == QStringLiteral("step_state"));
    CHECK(title->text() == QStringLiteral("Step: Pilot"));
    REQUIRE(changes->model()->rowCount() >= 1);
    CHECK(changes->model()->index(0, HistoryChangesModel::ValueColumn).data().toString()
          == QStringLiteral("Point of step in March"));

    // Closing the partnership empties the panel.
    window.closeDocumentWithoutSaving();
    CHECK(items->model()->rowCount() == 0);
    CHECK(changes->model()->rowCount() == 0);
    Settings().setHistoryVisible(false);
}

TEST_CASE("The history panel opens as it was left", "[ui][history]")
{
    Settings().setHistoryVisible(true);
    {
        MainWindow window;
        window.show();
        CHECK(child<HistoryPanel>(&window, "historyPanel")->isVisible());
    }
    Settings().setHistoryVisible(false);
    MainWindow window;
    window.show();
    CHECK_FALSE(child<HistoryPanel>(&window, "historyPanel")->isVisible());
    Settings().setHistoryVisible(false);
}
