// Readable names of items, fields and values, shared by `info --history`
// and the history panel: a user recognises every item of the journal.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "journal/itemhistory.h"
#include "journal/itemlabel.h"
#include "storage/schema.h"
#include "testsupport.h"

using namespace alliance;

TEST_CASE("every item of every table has a readable label of its kind and name", "[history]")
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("fixture.alliance"));
    const test::FixtureIds ids = test::makeFixture(path, dir->filePath(QStringLiteral("w1")));
    QString error;
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(dir->filePath(QStringLiteral("w2"))), &check);
    REQUIRE(doc);
    const ItemLabels labels(queryRowsOf(*doc));
    for (const auto &t : schema::tables()) {
        INFO(test::str(t.name));
        const QString label = labels.label(t.name, ids.value(t.name).value(0));
        CHECK(label.startsWith(itemlabel::tableLabel(t.name) + QStringLiteral(": ")));
        CHECK(label.size() > itemlabel::tableLabel(t.name).size() + 2);
        CHECK_FALSE(label.contains(QLatin1Char('\n')));
        CHECK(itemlabel::tableLabel(t.name) != t.name); // every table has a readable kind
        for (const auto &c : t.columns)
            CHECK(itemlabel::fieldLabel(t.name, c.name) != c.name);
    }
    // Composite names: a measurement names its indicator; a contact its organisation.
    const QUuid measurement = ids.value(QStringLiteral("measurement")).value(0);
    const QUuid indicator = ids.value(QStringLiteral("indicator")).value(0);
    CHECK(labels.label(QStringLiteral("measurement"), measurement)
              .contains(labels.name(QStringLiteral("indicator"), indicator)));
    const QUuid contact = ids.value(QStringLiteral("contact")).value(0);
    const QString organisation = labels.name(
        QStringLiteral("organisation"),
        QUuid::fromString(
            doc->value(QStringLiteral("contact"), contact, QStringLiteral("organisation_id")).toString()));
    CHECK(labels.label(QStringLiteral("contact"), contact).contains(organisation));

    // Values: choices by their label, references by the item's name, booleans as yes/no.
    CHECK(labels.valueText(QStringLiteral("action"), QStringLiteral("status"), QStringLiteral("done"))
          == QStringLiteral("Done"));
    CHECK(labels.valueText(QStringLiteral("measurement"), QStringLiteral("indicator_id"), schema::idText(indicator))
          == labels.name(QStringLiteral("indicator"), indicator));
    CHECK(labels.valueText(QStringLiteral("note"), QStringLiteral("private"), 1) == QStringLiteral("yes"));
    CHECK(labels.valueText(QStringLiteral("note"), QStringLiteral("text"), QString()) == QStringLiteral("(empty)"));
}

TEST_CASE("a deleted item keeps its name, marked deleted, and a renamed one shows its new name", "[history]")
{
    auto dir = test::makeTempDir();
    QString error;
    auto doc
        = Document::createNew(QStringLiteral("Labels"), test::testAuthor(), test::optionsIn(dir->path()), {}, &error);
    REQUIRE(doc);
    const QUuid action = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Add"))
            .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Atelier\r\n numérique"))));
    ItemLabels labels(queryRowsOf(*doc));
    CHECK(labels.label(QStringLiteral("action"), action) == QStringLiteral("Action: Atelier numérique"));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("action"), action)));
    labels.clear();
    CHECK(labels.label(QStringLiteral("action"), action) == QStringLiteral("Action: Atelier numérique (deleted)"));
    // The history still lists it, with the deletion as its latest change.
    const auto items = history::changedItems(queryRowsOf(*doc));
    REQUIRE(items.size() == 2);
    CHECK(items.last().id == action);
    const auto changes = history::changesOf(queryRowsOf(*doc), QStringLiteral("action"), action);
    REQUIRE(changes.size() == 2);
    CHECK(history::readable(changes.last(), labels).value == QStringLiteral("deleted"));
    CHECK(history::readable(changes.last(), labels).author == QStringLiteral("Test author"));
    // An item the file does not hold is named by its kind.
    CHECK(labels.label(QStringLiteral("action"), QUuid::createUuid()) == QStringLiteral("Action"));
    CHECK(itemlabel::oneLine(QStringLiteral("abcdef"), 4) == QStringLiteral("abc…"));
}

TEST_CASE("a one-line text keeps French non-breaking spaces and folds the others", "[history][typography]")
{
    const QString french = QStringLiteral("Leviers\u00a0: facturer\u00a0; 15\u202f000\u00a0€");
    CHECK(itemlabel::oneLine(french, 200) == french);
    CHECK(itemlabel::oneLine(QStringLiteral("a\n\n b\t c"), 200) == QStringLiteral("a b c"));
}
