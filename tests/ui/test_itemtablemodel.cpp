// The generic item table model and the field editors: edits go through the
// document, are undoable, and views follow the document.
#include "document/document.h"
#include "models/itemtablemodel.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    Fixture() : ProjectFixture(QStringLiteral("Test")) { }
};

QList<ItemTableModel::Column> organisationColumns()
{
    return {{QStringLiteral("name"), QStringLiteral("Name")},
            {QStringLiteral("profile"), QStringLiteral("Profile")},
            {QStringLiteral("private"), QStringLiteral("Private")}};
}

} // namespace

TEST_CASE("The item table model adds, edits and removes items through the document", "[ui][models]")
{
    Fixture f;
    ItemTableModel model(f.doc.get(), QStringLiteral("organisation"), organisationColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    const QUuid id = model.addItem({{QStringLiteral("name"), QStringLiteral("Asso Solidaire")}});
    REQUIRE_FALSE(id.isNull());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("Asso Solidaire"));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("Association")); // label of the first profile

    REQUIRE(model.setData(model.index(0, 1), QStringLiteral("company")));
    CHECK(f.doc->project().organisations.first().profile == QStringLiteral("company"));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("Company"));
    REQUIRE(model.setData(model.index(0, 2), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.doc->project().organisations.first().isPrivate);

    REQUIRE(f.doc->undo());
    CHECK_FALSE(f.doc->project().organisations.first().isPrivate);
    CHECK(model.data(model.index(0, 2), Qt::CheckStateRole).toInt() == Qt::Unchecked);

    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rowCount() == 0);
    CHECK(f.doc->project().organisations.isEmpty());
    REQUIRE(f.doc->undo());
    CHECK(model.rowCount() == 1);
}

TEST_CASE("A refused edit changes nothing and says why", "[ui][models]")
{
    Fixture f;
    ItemTableModel model(f.doc.get(), QStringLiteral("organisation"), organisationColumns());
    model.addItem({{QStringLiteral("name"), QStringLiteral("X")}});
    QString reason;
    QObject::connect(&model, &ItemTableModel::editRefused, [&](const QString &r) { reason = r; });
    CHECK_FALSE(model.setData(model.index(0, 1), QStringLiteral("pirate")));
    CHECK_FALSE(reason.isEmpty());
    CHECK(f.doc->project().organisations.first().profile == QStringLiteral("association"));
}

TEST_CASE("A filtered model shows and creates only its owner's items", "[ui][models]")
{
    Fixture f;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Add"))
                             .set(QStringLiteral("organisation"), a, QStringLiteral("name"), QStringLiteral("A"))
                             .set(QStringLiteral("organisation"), b, QStringLiteral("name"), QStringLiteral("B"))));
    ItemTableModel contacts(f.doc.get(), QStringLiteral("contact"), {{QStringLiteral("name"), QStringLiteral("Name")}});
    QAbstractItemModelTester tester(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setFilter(QStringLiteral("organisation_id"), a);
    contacts.addItem({{QStringLiteral("name"), QStringLiteral("Anne")}});
    contacts.setFilter(QStringLiteral("organisation_id"), b);
    CHECK(contacts.rowCount() == 0);
    contacts.setFilter(QStringLiteral("organisation_id"), a);
    REQUIRE(contacts.rowCount() == 1);
    CHECK(f.doc->project().contacts.first().organisationId == a);
}

TEST_CASE("A field editor commits when editing finishes and follows undo", "[ui][editors]")
{
    Fixture f;
    FieldLineEdit edit(
        f.doc.get(),
        {QStringLiteral("partnership"), f.doc->partnershipId(), QStringLiteral("title"), QStringLiteral("Rename")});
    CHECK(edit.text() == QStringLiteral("Test"));
    edit.show();
    edit.setFocus();
    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("<b>Nouveau</b>"));
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(f.doc->project().partnership.title == QStringLiteral("<b>Nouveau</b>"));
    CHECK(f.doc->undoText() == QStringLiteral("Rename"));
    REQUIRE(f.doc->undo());
    CHECK(edit.text() == QStringLiteral("Test"));
}

TEST_CASE("A field editor on a not-yet-existing item creates it with its owner fields", "[ui][editors]")
{
    Fixture f;
    const QUuid need = QUuid::createUuid();
    FieldRef ref {QStringLiteral("need_answer"),
                  need,
                  QStringLiteral("answer"),
                  QStringLiteral("Answer"),
                  {{QStringLiteral("need_id"), QStringLiteral("digital")}}};
    FieldLineEdit edit(f.doc.get(), ref);
    edit.setText(QStringLiteral("Fibre partout"));
    Q_EMIT edit.editingFinished();
    REQUIRE(f.doc->project().needAnswers.size() == 1);
    CHECK(f.doc->project().needAnswers.first().needId == QStringLiteral("digital"));
    CHECK(f.doc->project().needAnswers.first().answer == QStringLiteral("Fibre partout"));
}
