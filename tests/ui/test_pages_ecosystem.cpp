// Step 4 page: organisations and contacts tables, catalyst functions grid and
// the map of the actors, driven through real widgets found by objectName.
#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "pages/ecosystempage.h"
#include "widgets/actormap.h"
#include "widgets/catalystgrid.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    std::unique_ptr<EcosystemPage> page;
    Fixture() : ProjectFixture(QStringLiteral("Test"))
    {
        page = std::make_unique<EcosystemPage>(doc.get());
        page->resize(1280, 800);
        page->show();
    }
    template<typename T> T *child(const char *name) const { return test::child<T>(page.get(), name); }
    QUuid addOrganisation(const QString &name, const QString &profile = QStringLiteral("association"))
    {
        return ProjectFixture::addOrganisation(name, profile);
    }
};

/// Presses `button` of the next modal message box, as a user would.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

QString functionId(int i)
{
    return method::catalystFunctions().at(i).id;
}

} // namespace

TEST_CASE("Ecosystem: the Add button adds an organisation, the table edits it", "[ui][ecosystem]")
{
    Fixture f;
    auto *view = f.child<QTableView>("organisationsTable");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view->model()->rowCount() == 0);

    QTest::mouseClick(f.child<QPushButton>("addOrganisation"), Qt::LeftButton);
    REQUIRE(view->model()->rowCount() == 1);
    REQUIRE(f.doc->project().organisations.size() == 1);
    const QUuid id = f.doc->project().organisations.first().id;
    CHECK(f.page->selectedOrganisation() == id);
    CHECK(f.doc->project().organisations.first().role == QStringLiteral("partner"));

    // A text cell through the model, a choice cell through the view's delegate (a combo box).
    REQUIRE(view->model()->setData(view->model()->index(0, 0), QStringLiteral("Fondation Horizon")));
    CHECK(f.doc->project().organisations.first().name == QStringLiteral("Fondation Horizon"));
    const QModelIndex profile = view->model()->index(0, 1);
    QStyleOptionViewItem option;
    QWidget *editor = view->itemDelegate()->createEditor(view->viewport(), option, profile);
    auto *combo = qobject_cast<QComboBox *>(editor);
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("foundation")));
    view->itemDelegate()->setModelData(editor, view->model(), profile);
    delete editor;
    CHECK(f.doc->project().organisations.first().profile == QStringLiteral("foundation"));
}

TEST_CASE("Ecosystem: removing an organisation asks first and is undoable", "[ui][ecosystem]")
{
    Fixture f;
    auto *view = f.child<QTableView>("organisationsTable");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QUuid keep = f.addOrganisation(QStringLiteral("Keep"));
    const QUuid gone = f.addOrganisation(QStringLiteral("Gone"));
    view->selectRow(1);
    REQUIRE(f.page->selectedOrganisation() == gone);

    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(f.child<QPushButton>("removeOrganisation"), Qt::LeftButton);
    CHECK(f.doc->project().organisations.size() == 2);

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(f.child<QPushButton>("removeOrganisation"), Qt::LeftButton);
    REQUIRE(f.doc->project().organisations.size() == 1);
    CHECK(f.doc->project().organisations.first().id == keep);
    CHECK(view->model()->rowCount() == 1);

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().organisation(gone));
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(1, 0).data().toString() == QStringLiteral("Gone"));
}

TEST_CASE("Ecosystem: contacts follow the selected organisation", "[ui][ecosystem]")
{
    Fixture f;
    auto *organisations = f.child<QTableView>("organisationsTable");
    auto *contacts = f.child<QTableView>("contactsTable");
    QAbstractItemModelTester tester(contacts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *add = f.child<QPushButton>("addContact");
    const QUuid a = f.addOrganisation(QStringLiteral("A"));
    f.addOrganisation(QStringLiteral("B"));
    CHECK_FALSE(add->isEnabled()); // no organisation selected

    organisations->selectRow(0);
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(f.doc->project().contacts.size() == 1);
    CHECK(f.doc->project().contacts.first().organisationId == a);
    CHECK(contacts->model()->rowCount() == 1);

    // Steering committee is a check box column.
    const QModelIndex committee = contacts->model()->index(0, 4);
    REQUIRE(contacts->model()->setData(committee, Qt::Checked, Qt::CheckStateRole));
    CHECK(f.doc->project().contacts.first().steeringCommittee);

    organisations->selectRow(1);
    CHECK(contacts->model()->rowCount() == 0);
    organisations->selectRow(0);
    REQUIRE(contacts->model()->rowCount() == 1);

    contacts->selectRow(0);
    QTest::mouseClick(f.child<QPushButton>("removeContact"), Qt::LeftButton);
    CHECK(f.doc->project().contacts.isEmpty());
    REQUIRE(f.doc->undo());
    CHECK(contacts->model()->rowCount() == 1);
}

TEST_CASE("Ecosystem: catalyst check boxes create and delete assignments", "[ui][ecosystem]")
{
    Fixture f;
    f.addOrganisation(QStringLiteral("A"));
    const QUuid b = f.addOrganisation(QStringLiteral("B"));
    const QString function = functionId(2);
    const QString name = QStringLiteral("catalyst_%1_1").arg(function);
    auto *box = f.page->findChild<QCheckBox *>(name);
    REQUIRE(box);
    CHECK_FALSE(box->isChecked());
    CHECK_FALSE(box->toolTip().isEmpty()); // the function's activities

    QCoreApplication::processEvents(); // lay the new boxes out, as the screen would before a click
    QTest::mouseClick(box, Qt::LeftButton);
    REQUIRE(f.doc->project().catalystAssignments.size() == 1);
    const CatalystAssignment a = f.doc->project().catalystAssignments.first();
    CHECK(a.id == ids::catalystAssignment(b, function));
    CHECK(a.organisationId == b);
    CHECK(a.functionId == function);
    CHECK(box->isChecked());
    // The grid was not rebuilt: the same box is still there.
    CHECK(f.page->findChild<QCheckBox *>(name) == box);

    box->click();
    CHECK(f.doc->project().catalystAssignments.isEmpty());
    CHECK_FALSE(box->isChecked());

    // Checking again restores the same item rather than making a second one.
    box->click();
    REQUIRE(f.doc->project().catalystAssignments.size() == 1);
    CHECK(f.doc->project().catalystAssignments.first().id == ids::catalystAssignment(b, function));

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().catalystAssignments.isEmpty());
    CHECK_FALSE(box->isChecked());
}

TEST_CASE("Ecosystem: moving a node stores its position in one undoable step", "[ui][ecosystem]")
{
    Fixture f;
    auto *map = f.child<ActorMap>("actorMap");
    const QUuid a = f.addOrganisation(QStringLiteral("A"), QStringLiteral("association"));
    const QUuid c = f.addOrganisation(QStringLiteral("C"), QStringLiteral("company"));
    QGraphicsItem *node = map->node(a);
    REQUIRE(node);
    REQUIRE(map->node(c));
    // Default layout: one column per profile.
    CHECK(node->pos().x() != map->node(c)->pos().x());
    const QPointF start = node->pos();
    const qint64 journal = f.doc->journalSize();

    node->setPos(300, 250);
    QTest::mouseRelease(map->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    REQUIRE(f.doc->project().mapPositions.size() == 1);
    const MapPosition p = f.doc->project().mapPositions.first();
    CHECK(p.id == ids::mapPosition(a));
    CHECK(p.organisationId == a);
    CHECK(p.x == 300.0);
    CHECK(p.y == 250.0);
    CHECK(f.doc->journalSize() > journal);
    CHECK(f.doc->undoText().contains(QStringLiteral("A")));

    // A second move, through the commit function, then undo back to the first place.
    node->setPos(120, 40);
    REQUIRE(map->commitMoves());
    CHECK(f.doc->project().mapPositions.first().x == 120.0);
    CHECK_FALSE(map->commitMoves()); // nothing moved since
    REQUIRE(f.doc->undo());
    CHECK(node->pos() == QPointF(300, 250));
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().mapPositions.isEmpty());
    CHECK(node->pos() == start);

    // Reset layout forgets stored positions, undoably.
    REQUIRE(f.doc->redo());
    CHECK(node->pos() == QPointF(300, 250));
    QTest::mouseClick(f.child<QPushButton>("resetLayout"), Qt::LeftButton);
    CHECK(f.doc->project().mapPositions.isEmpty());
    CHECK(node->pos() == start);
    REQUIRE(f.doc->undo());
    CHECK(node->pos() == QPointF(300, 250));
}

TEST_CASE("Ecosystem: links between two selected nodes are added and deleted", "[ui][ecosystem]")
{
    Fixture f;
    auto *map = f.child<ActorMap>("actorMap");
    auto *link = f.child<QPushButton>("linkActors");
    auto *unlink = f.child<QPushButton>("deleteLink");
    const QUuid a = f.addOrganisation(QStringLiteral("A"));
    const QUuid b = f.addOrganisation(QStringLiteral("B"));
    CHECK_FALSE(link->isEnabled());
    map->node(a)->setSelected(true);
    map->node(b)->setSelected(true);
    REQUIRE(link->isEnabled());
    QTest::mouseClick(link, Qt::LeftButton);
    REQUIRE(f.doc->project().actorLinks.size() == 1);
    const ActorLink l = f.doc->project().actorLinks.first();
    CHECK(((l.fromId == a && l.toId == b) || (l.fromId == b && l.toId == a)));
    REQUIRE(map->link(l.id));
    CHECK_FALSE(map->addLink(b, a)); // already linked
    CHECK_FALSE(map->addLink(a, a));

    // Nodes stay selected across the change: items are updated, not rebuilt.
    CHECK(map->node(a)->isSelected());
    map->scene()->clearSelection();
    CHECK_FALSE(unlink->isEnabled());
    map->link(l.id)->setSelected(true);
    REQUIRE(unlink->isEnabled());
    QTest::mouseClick(unlink, Qt::LeftButton);
    CHECK(f.doc->project().actorLinks.isEmpty());
    CHECK_FALSE(map->link(l.id));
    REQUIRE(f.doc->undo());
    CHECK(map->link(l.id));

    // A link whose end is deleted is not drawn.
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("rm")).remove(QStringLiteral("organisation"), b)));
    CHECK_FALSE(map->node(b));
    CHECK_FALSE(map->link(l.id));
}

TEST_CASE("Ecosystem: names show as plain text everywhere", "[ui][ecosystem]")
{
    Fixture f;
    const QString html = QStringLiteral("<b>x</b>");
    const QUuid id = f.addOrganisation(html);
    auto *organisations = f.child<QTableView>("organisationsTable");
    organisations->selectRow(0);
    auto *heading = f.child<QLabel>("contactsHeading");
    CHECK(heading->textFormat() == Qt::PlainText);
    CHECK(heading->text().contains(html));
    CHECK(organisations->model()->index(0, 0).data().toString() == html);

    bool found = false;
    for (QLabel *label : f.page->findChild<CatalystGrid *>(QStringLiteral("catalystGrid"))->findChildren<QLabel *>())
        if (label->text() == html) {
            found = true;
            CHECK(label->textFormat() == Qt::PlainText);
        }
    CHECK(found);

    auto *map = f.child<ActorMap>("actorMap");
    const auto texts = map->node(id)->childItems();
    REQUIRE(texts.size() == 1); // a short name fits on one line
    auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(texts.first());
    REQUIRE(text);
    CHECK(text->text() == html);
    CHECK(map->node(id)->toolTip().contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
}

TEST_CASE("Ecosystem: editing keeps the selection and the widgets", "[ui][ecosystem]")
{
    Fixture f;
    const QUuid a = f.addOrganisation(QStringLiteral("A"));
    const QUuid b = f.addOrganisation(QStringLiteral("B"));
    auto *organisations = f.child<QTableView>("organisationsTable");
    organisations->selectRow(0);
    auto *box = f.page->findChild<QCheckBox *>(QStringLiteral("catalyst_%1_1").arg(functionId(0)));
    REQUIRE(box);
    QGraphicsItem *node = f.page->findChild<ActorMap *>(QStringLiteral("actorMap"))->node(b);

    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("rename"))
                             .set(QStringLiteral("organisation"), b, QStringLiteral("name"), QStringLiteral("B2"))));
    CHECK(f.page->selectedOrganisation() == a);
    CHECK(f.page->findChild<QCheckBox *>(QStringLiteral("catalyst_%1_1").arg(functionId(0))) == box);
    CHECK(f.page->findChild<ActorMap *>(QStringLiteral("actorMap"))->node(b) == node);
    CHECK(box->accessibleName().contains(QStringLiteral("B2")));
}
