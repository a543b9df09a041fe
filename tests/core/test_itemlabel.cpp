// Readable names of items, fields and values, shared by `info --history`
// and the history panel: a user recognises every item of the journal.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "journal/itemhistory.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "testsupport.h"

#include <QLocale>

using namespace alliance;

TEST_CASE("every table and column of the schema says how people name it and which step it belongs to",
          "[history][schema]")
{
    // The partnership as a whole: its own fields, and what sharing and merging record.
    const QStringList wholePartnership {QStringLiteral("partnership"), QStringLiteral("partner_share"),
                                        QStringLiteral("partner_copy"), QStringLiteral("merge_record")};
    for (const auto &t : schema::tables()) {
        INFO(test::str(t.name));
        CHECK(t.noun != nullptr);
        CHECK(itemlabel::tableLabel(t.name) != t.name);
        REQUIRE_FALSE(t.naming.isEmpty());
        for (const QString &naming : t.naming)
            for (const QString &column : naming.split(QLatin1Char('|')))
                CHECK(t.column(column) != nullptr);
        const bool ownStep = t.column(QStringLiteral("step_id")) != nullptr;
        if (!ownStep && !wholePartnership.contains(t.name))
            CHECK(method::findStep(t.step) != nullptr);
        for (const auto &c : t.columns) {
            INFO(test::str(c.name));
            CHECK(c.label != nullptr);
            CHECK(itemlabel::fieldLabel(t.name, c.name) != c.name);
            CHECK((c.step.isEmpty() || method::findStep(c.step) != nullptr));
            // The display fits the stored type.
            if (c.type == schema::ColumnType::Reference)
                CHECK(c.display == schema::Display::Reference);
            if (c.type == schema::ColumnType::Choice)
                CHECK(c.display == schema::Display::MethodId);
            if (c.type == schema::ColumnType::Text)
                CHECK((c.display == schema::Display::Text || c.display == schema::Display::Criterion));
        }
    }
    CHECK(itemlabel::stepOf(QStringLiteral("partnership"), QStringLiteral("model_id")) == QStringLiteral("model"));
    CHECK(itemlabel::stepOf(QStringLiteral("partnership"), QStringLiteral("title")).isEmpty());
    CHECK(itemlabel::stepOf(QStringLiteral("note"), QStringLiteral("text"), QStringLiteral("cobuild"))
          == QStringLiteral("cobuild"));
    CHECK(itemlabel::stepOf(QStringLiteral("action"), QStringLiteral("title"), QStringLiteral("nonsense"))
          == QStringLiteral("pilot"));
    CHECK(itemlabel::stepOf(QStringLiteral("contact"), QStringLiteral("name")) == QStringLiteral("ecosystem"));
}

TEST_CASE("every item of every table has a readable label of its kind and name", "[history]")
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("fixture.alliance"));
    const test::FixtureIds ids = test::makeFixture(path, dir->filePath(QStringLiteral("w1")));
    QString error;
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(dir->filePath(QStringLiteral("w2"))), &check);
    REQUIRE(doc);
    const ItemLabels labels(*doc);
    // A checked file read by SQL (info --history) names items alike.
    SqliteDb db;
    REQUIRE(openCheckedProjectFile(path, db).ok());
    const ItemLabels fromFile(queryRowsOf(db));
    for (const auto &t : schema::tables()) {
        INFO(test::str(t.name));
        const QUuid id = ids.value(t.name).value(0);
        const QString label = labels.label(t.name, id);
        CHECK(label.startsWith(itemlabel::tableLabel(t.name) + QStringLiteral(" “")));
        CHECK(label.endsWith(QStringLiteral("”")));
        CHECK(label.size() > itemlabel::tableLabel(t.name).size() + 3);
        CHECK_FALSE(label.contains(QLatin1Char('\n')));
        CHECK(fromFile.label(t.name, id) == label);
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
    CHECK(labels.valueText(QStringLiteral("measurement"), QStringLiteral("indicator_id"),
                           schema::idText(QUuid::createUuid()))
          == QStringLiteral("(unknown item)"));
}

TEST_CASE("values read as a user reads them: dates, amounts, ratings, method labels, references",
          "[history][typography]")
{
    auto dir = test::makeTempDir();
    QString error;
    auto doc
        = Document::createNew(QStringLiteral("Valeurs"), test::testAuthor(), test::optionsIn(dir->path()), {}, &error);
    REQUIRE(doc);
    const QUuid lyon = QUuid::createUuid(), gift = QUuid::createUuid(), review = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Add"))
            .set(QStringLiteral("organisation"), lyon, QStringLiteral("name"), QStringLiteral("Ville de Lyon"))
            .set(QStringLiteral("contribution"), gift, QStringLiteral("organisation_id"), schema::idText(lyon))
            .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("Bilan"))));
    const ItemLabels labels(*doc);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString contribution = QStringLiteral("contribution");
    CHECK(labels.valueText(contribution, QStringLiteral("value_euros"), 1200.0) == QStringLiteral("1\u202f200\u00a0€"));
    CHECK(labels.valueText(contribution, QStringLiteral("quantity"), 2.5) == QStringLiteral("2,5"));
    CHECK(labels.valueText(contribution, QStringLiteral("organisation_id"), schema::idText(lyon))
          == QStringLiteral("Ville de Lyon"));
    CHECK(labels.valueText(QStringLiteral("action"), QStringLiteral("due_date"), QStringLiteral("2026-03-31"))
          == QStringLiteral("31/03/2026"));
    CHECK(labels.valueText(QStringLiteral("review_score"), QStringLiteral("score"), 4) == QStringLiteral("4 out of 5"));
    CHECK(labels.valueText(QStringLiteral("maturity_answer"), QStringLiteral("score"), 3)
          == QStringLiteral("3 out of 4"));
    CHECK(labels.valueText(QStringLiteral("review_score"), QStringLiteral("review_id"), schema::idText(review))
          == QStringLiteral("Bilan"));
    const method::Choice &kind = method::contributionKinds().first();
    CHECK(labels.valueText(contribution, QStringLiteral("kind"), kind.id) == method::tr(kind.label));
    const method::Criterion &criterion = *method::findCriterion(method::criteria().first().id);
    CHECK(labels.valueText(QStringLiteral("review_score"), QStringLiteral("criterion_id"), criterion.id)
          == method::tr(criterion.label));
    // A contribution without a description is named by its organisation and kind.
    CHECK(labels.label(contribution, gift)
          == QStringLiteral("Contribution “Ville de Lyon – %1”").arg(method::tr(kind.label)));
    QLocale::setDefault(before);
}

TEST_CASE("a private item is never named where private items are hidden", "[history][private]")
{
    auto dir = test::makeTempDir();
    QString error;
    auto doc
        = Document::createNew(QStringLiteral("Privé"), test::testAuthor(), test::optionsIn(dir->path()), {}, &error);
    REQUIRE(doc);
    const QUuid secret = QUuid::createUuid(), person = QUuid::createUuid(), note = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Add"))
            .set(QStringLiteral("organisation"), secret, QStringLiteral("name"), QStringLiteral("Fondation Secrète"))
            .set(QStringLiteral("organisation"), secret, QStringLiteral("private"), 1)
            .set(QStringLiteral("contact"), person, QStringLiteral("name"), QStringLiteral("Jean Discret"))
            .set(QStringLiteral("contact"), person, QStringLiteral("organisation_id"), schema::idText(secret))
            .set(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("Négociation en cours"))
            .set(QStringLiteral("note"), note, QStringLiteral("private"), 1)));
    ItemLabels labels(*doc);
    // The manager's own views name them.
    CHECK(labels.label(QStringLiteral("organisation"), secret) == QStringLiteral("Organisation “Fondation Secrète”"));
    labels.hidePrivateItems(true);
    CHECK(labels.label(QStringLiteral("organisation"), secret) == QStringLiteral("Organisation"));
    CHECK(labels.label(QStringLiteral("contact"), person) == QStringLiteral("Contact")); // hangs on a private one
    CHECK(labels.label(QStringLiteral("note"), note) == QStringLiteral("Note"));
    CHECK(labels.valueText(QStringLiteral("contact"), QStringLiteral("organisation_id"), schema::idText(secret))
          == QStringLiteral("(private item)"));
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
    ItemLabels labels(*doc);
    CHECK(labels.label(QStringLiteral("action"), action) == QStringLiteral("Action “Atelier numérique”"));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("action"), action)));
    labels.clear();
    CHECK(labels.label(QStringLiteral("action"), action) == QStringLiteral("Action “Atelier numérique” (deleted)"));
    // The history still lists it, with the deletion as its latest change.
    const auto items = history::changedItems(queryRowsOf(*doc));
    REQUIRE(items.size() == 2);
    CHECK(items.first().id == action);
    CHECK(items.first().changes == 2);
    CHECK(history::detailsOf(queryRowsOf(*doc), items.first()).table == QStringLiteral("action"));
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
