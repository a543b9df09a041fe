// The JSON interchange format both ways: a project exported, rebuilt from its
// file and exported again gives the same bytes and the same rows; private
// items and deleted rows stay out, with nothing left pointing at them.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "edits/removal.h"
#include "example/examplegenerator.h"
#include "interchangesupport.h"
#include "io/interchange.h"
#include "io/jsonexport.h"
#include "io/jsonimport.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace alliance;

namespace {

using Rows = QMap<QString, QList<QVariantList>>;

struct Workspace
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    QString working = dir->filePath(QStringLiteral("working"));
    QString path(const char *name) const { return dir->filePath(QString::fromLatin1(name)); }
};

std::unique_ptr<Document> newDocument(const Workspace &w)
{
    QString error;
    auto doc = Document::createNew(QString(), test::testAuthor(), test::optionsIn(w.working), {}, &error);
    INFO(test::str(error));
    REQUIRE(doc);
    return doc;
}

std::unique_ptr<Document> exampleDocument(const Workspace &w)
{
    auto doc = newDocument(w);
    QString error;
    INFO(test::str(error));
    REQUIRE(example::fillExample(*doc, &error));
    return doc;
}

QByteArray exported(const Document &doc, bool includePrivate)
{
    QString error;
    const auto result = partnershipJson(doc, includePrivate, &error);
    INFO(test::str(error));
    REQUIRE(result);
    return result->json;
}

void save(Document &doc, const QString &path)
{
    QString error;
    INFO(test::str(error));
    REQUIRE(doc.saveAs(path, &error));
}

/// The project rebuilt from `json`, saved at `path`.
std::unique_ptr<Document> rebuilt(const Workspace &w, const QByteArray &json, const QString &path)
{
    const QString in = path + QStringLiteral(".json");
    REQUIRE(test::writeBytes(in, json));
    QString error;
    auto doc = createFromJson(in, test::testAuthor(), test::optionsIn(w.working), &error);
    INFO(test::str(error));
    REQUIRE(doc);
    save(*doc, path);
    return doc;
}

qsizetype rowCount(const Rows &rows)
{
    qsizetype n = 0;
    for (const auto &table : rows)
        n += table.size();
    return n;
}

/// Exports `doc` (saved at `original`), rebuilds it, and checks that the
/// rebuilt project exports the same bytes; returns the rebuilt file's rows.
Rows roundTrip(const Workspace &w, Document &doc, const QString &original, bool includePrivate, const char *name)
{
    save(doc, original);
    const QByteArray first = exported(doc, includePrivate);
    const QString path = w.path(name);
    auto again = rebuilt(w, first, path);
    const QByteArray second = exported(*again, includePrivate);
    CHECK(second.size() == first.size());
    CHECK(second == first);
    const CheckResult check = validateProjectFile(path);
    INFO(test::str(check.message));
    CHECK(check.ok());
    return test::carriedRows(path);
}

/// Index of `column` in a row of carriedRows (the id comes first).
int indexOf(const schema::Table &t, const QString &column)
{
    for (int i = 0; i < t.columns.size(); ++i)
        if (t.columns.at(i).name == column)
            return i + 1;
    return -1;
}

/// What an export of the project whose rows are `all` should hold when
/// `organisation` is left out (private, or deleted alone): the rows that do
/// not belong to it, the actions it owned without owner; without private
/// items too when `dropPrivate`. Counts the actions left without owner.
Rows expectedWithout(const Rows &all, const QString &organisation, bool dropPrivate, int *ownerless)
{
    Rows out;
    // What is left out, at any depth: tables come referenced first.
    QSet<QString> dropped {organisation};
    for (const auto &t : schema::tables()) {
        if (!interchange::carries(t))
            continue;
        QList<QVariantList> kept;
        for (QVariantList row : all.value(t.name)) {
            bool keep = !(dropPrivate && t.hasPrivateFlag()
                          && row.at(indexOf(t, QStringLiteral("private"))).toLongLong() == 1);
            keep = keep && !dropped.contains(row.at(0).toString());
            for (const auto &c : t.columns) {
                QVariant &value = row[indexOf(t, c.name)];
                if (c.type != schema::ColumnType::Reference || !dropped.contains(value.toString()))
                    continue;
                // An action's or a decision's owner only assigns work: cleared, the row kept.
                if (c.clearedWhenGone) {
                    value = QVariant();
                    ++*ownerless;
                } else {
                    keep = false;
                }
            }
            if (keep)
                kept << row;
            else
                dropped.insert(row.at(0).toString());
        }
        out.insert(t.name, kept);
    }
    return out;
}

} // namespace

TEST_CASE("the example, exported with its private items, rebuilds the same rows and exports the same bytes",
          "[interchange]")
{
    Workspace w;
    auto doc = exampleDocument(w);
    const QString original = w.path("exemple.alliance");
    const Rows rows = roundTrip(w, *doc, original, true, "rebuilt.alliance");
    const Rows expected = test::carriedRows(original);
    CHECK(rowCount(expected) > 300);
    CHECK(expected.value(QStringLiteral("contact")).size() > 5);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(test::str(it.key()));
        CHECK(rows.value(it.key()) == it.value());
    }
    // Every value was journalled as an edit, in the importer's name.
    const QString path = w.path("rebuilt.alliance");
    CHECK(test::rawValue(path,
                         QStringLiteral("SELECT count(DISTINCT entity_id) FROM journal WHERE entity = "
                                        "'contact' AND author_name = 'Test author'"))
              .toLongLong()
          == expected.value(QStringLiteral("contact")).size());
}

TEST_CASE("an export lists the tables in the schema's order, rows by id and fields in column order", "[interchange]")
{
    Workspace w;
    const QString path = w.path("fixture.alliance");
    test::makeFixture(path, w.working, 4);
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(w.working), &check);
    REQUIRE(doc);
    const QByteArray json = exported(*doc, true);
    const QJsonObject top = test::jsonObjectOf(json);
    CHECK(top.value(QStringLiteral("format")).toString() == QLatin1String(interchange::formatName));
    CHECK(top.value(QStringLiteral("version")).toInt() == schema::currentVersion);
    const QJsonObject tables = top.value(QStringLiteral("tables")).toObject();
    qsizetype previous = -1;
    for (const auto &t : schema::tables()) {
        INFO(test::str(t.name));
        // Facts about one file (which partner a copy is for, its merges) stay in it.
        CHECK(tables.contains(t.name) == interchange::carries(t));
        if (!interchange::carries(t))
            continue;
        const qsizetype at = json.indexOf("\"" + t.name.toUtf8() + "\": [");
        CHECK(at > previous);
        previous = at;
        const QJsonArray rows = tables.value(t.name).toArray();
        REQUIRE(!rows.isEmpty());
        for (qsizetype i = 1; i < rows.size(); ++i)
            CHECK(rows.at(i - 1).toObject().value(QStringLiteral("id")).toString()
                  < rows.at(i).toObject().value(QStringLiteral("id")).toString());
        // The first row's members follow the columns.
        qsizetype member = json.indexOf("\"id\": ", at);
        for (const auto &c : t.columns) {
            const qsizetype next = json.indexOf("\"" + c.name.toUtf8() + "\": ", member);
            CHECK(next > member);
            member = next;
        }
    }
    // Images travel in base64.
    const QJsonObject logo = tables.value(QStringLiteral("organisation_logo")).toArray().first().toObject();
    CHECK(QByteArray::fromBase64(logo.value(QStringLiteral("image")).toString().toLatin1()).startsWith("\x89PNG"));
}

TEST_CASE("a project with every table and private items round-trips with --private, and without them leaves them "
          "out",
          "[interchange]")
{
    Workspace w;
    const QString path = w.path("fixture.alliance");
    // Organisations 0 and 2 of the fixture are private, and nearly every item hangs on organisation 0.
    const test::FixtureIds ids = test::makeFixture(path, w.working, 3);
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(w.working), &check);
    REQUIRE(doc);
    const Rows all = test::carriedRows(path);

    SECTION("with private items: everything, unchanged")
    {
        const Rows rows = roundTrip(w, *doc, w.path("copy.alliance"), true, "with.alliance");
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            INFO(test::str(it.key()));
            CHECK(!it.value().isEmpty());
            CHECK(rows.value(it.key()) == it.value());
        }
    }
    SECTION("without: no private item, nothing hanging on one, nothing pointing at one")
    {
        const QByteArray json = exported(*doc, false);
        const QString hidden = schema::idText(ids.value(QStringLiteral("organisation")).at(0));
        CHECK_FALSE(json.contains(hidden.toUtf8()));
        CHECK_FALSE(json.contains("<b>x</b> Organisation 0"));
        CHECK_FALSE(json.contains("\"private\": true"));
        CHECK(json.contains("<b>x</b> Organisation 1"));
        const Rows rows = roundTrip(w, *doc, w.path("copy.alliance"), false, "without.alliance");
        CHECK(rows.value(QStringLiteral("organisation")).size() == 1);
        CHECK(rows.value(QStringLiteral("contact")).isEmpty());
        CHECK(rows.value(QStringLiteral("note")).isEmpty());
        CHECK(rows.value(QStringLiteral("organisation_logo")).isEmpty());
        // The action it owned stays, with no owner.
        const auto &actions = rows.value(QStringLiteral("action"));
        REQUIRE(actions.size() == 1);
        CHECK(
            actions.first().at(indexOf(*schema::table(QStringLiteral("action")), QStringLiteral("owner_id"))).isNull());
        // What does not hang on an organisation is all there.
        CHECK(rows.value(QStringLiteral("indicator")) == all.value(QStringLiteral("indicator")));
        CHECK(rows.value(QStringLiteral("measurement")) == all.value(QStringLiteral("measurement")));
        CHECK(rows.value(QStringLiteral("partnership")) == all.value(QStringLiteral("partnership")));
    }
}

TEST_CASE("without --private, the example loses exactly its private items and what belongs to a private partner",
          "[interchange]")
{
    Workspace w;
    auto doc = exampleDocument(w);
    const Project &p = doc->project();
    const auto company = std::find_if(p.organisations.cbegin(), p.organisations.cend(), [](const Organisation &o) {
        return o.name == QStringLiteral("Cap Réseau Occitanie");
    });
    REQUIRE(company != p.organisations.cend());
    const QString companyId = schema::idText(company->id);
    QString error;
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Make private"))
                           .set(QStringLiteral("organisation"), company->id, QStringLiteral("private"), true),
                       &error));
    const QString original = w.path("exemple.alliance");
    save(*doc, original);
    const QByteArray json = exported(*doc, false);
    // Its row and its contacts' (other texts may mention its name: they are not its items).
    for (const char *secret : {"\"name\": \"Cap Réseau Occitanie\"", "Sophie Lacombe", "Bernard Castaing"})
        CHECK_FALSE(json.contains(secret));
    CHECK_FALSE(json.contains(companyId.toUtf8()));
    const Rows rows = roundTrip(w, *doc, original, false, "public.alliance");

    // Every row neither private nor belonging to the company; the actions it
    // owned kept without owner.
    const Rows all = test::carriedRows(original);
    int ownerless = 0;
    const Rows expected = expectedWithout(all, companyId, true, &ownerless);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(test::str(it.key()));
        CHECK(rows.value(it.key()) == it.value());
    }
    CHECK(ownerless >= 3);
    CHECK(rows.value(QStringLiteral("contact")).size() < all.value(QStringLiteral("contact")).size() - 2);
    CHECK(rows.value(QStringLiteral("organisation")).size() == all.value(QStringLiteral("organisation")).size() - 1);
    CHECK(rows.value(QStringLiteral("note")).size() == all.value(QStringLiteral("note")).size() - 1);
}

TEST_CASE("deleted rows are not exported, nor what hangs on them", "[interchange]")
{
    Workspace w;
    auto doc = exampleDocument(w);
    const Project &p = doc->project();
    REQUIRE(p.organisations.size() >= 3);
    REQUIRE(!p.notes.isEmpty());
    const QUuid removed = p.organisations.at(0).id; // with its items, as the app removes a partner
    const QUuid bare = p.organisations.at(1).id;    // alone, its contacts still live (as a merge may leave them)
    const QUuid note = p.notes.first().id;
    QList<QUuid> bareContacts;
    for (const auto &c : p.contacts)
        if (c.organisationId == bare)
            bareContacts << c.id;
    REQUIRE(!bareContacts.isEmpty());
    QString error;
    REQUIRE(doc->apply(organisationRemoval(*doc, removed, QStringLiteral("Remove")), &error));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete"))
                           .remove(QStringLiteral("organisation"), bare)
                           .remove(QStringLiteral("note"), note),
                       &error));
    const QString original = w.path("exemple.alliance");
    save(*doc, original);
    const QByteArray json = exported(*doc, true);
    for (const QUuid &gone : QList<QUuid> {removed, bare, note} + bareContacts)
        CHECK_FALSE(json.contains(schema::idText(gone).toUtf8()));
    const Rows rows = roundTrip(w, *doc, original, true, "rebuilt.alliance");
    // The file still holds the bare organisation's live contacts; the export does not.
    const Rows live = test::carriedRows(original);
    int ownerless = 0;
    const Rows expected = expectedWithout(live, schema::idText(bare), false, &ownerless);
    CHECK(expected.value(QStringLiteral("contact")).size()
          == live.value(QStringLiteral("contact")).size() - bareContacts.size());
    CHECK(rows == expected);
}

TEST_CASE("a large generated project round-trips byte for byte, with and without private items", "[interchange]")
{
    Workspace w;
    auto doc = newDocument(w);
    example::LargeSize size;
    size.organisations = 30;
    size.contacts = 120;
    size.actions = 150;
    size.indicators = 40;
    size.measurementsPerIndicator = 24;
    size.reviews = 8;
    size.criteria = int(method::criteria().size()) + 2;
    size.minimumJournal = 20000;
    QString error;
    INFO(test::str(error));
    REQUIRE(example::fillLarge(*doc, &error, size));
    const QString original = w.path("large.alliance");

    const Rows rows = roundTrip(w, *doc, original, true, "with.alliance");
    const Rows expected = test::carriedRows(original);
    CHECK(expected.value(QStringLiteral("review_score")).size() == 8 * 30 * size.criteria);
    CHECK(rows == expected);

    const Rows publicRows = roundTrip(w, *doc, original, false, "without.alliance");
    const auto privateCount = [](const QList<QVariantList> &r, int column) {
        return std::count_if(r.cbegin(), r.cend(),
                             [&](const QVariantList &row) { return row.at(column).toLongLong() == 1; });
    };
    const schema::Table &contact = *schema::table(QStringLiteral("contact"));
    const int flag = indexOf(contact, QStringLiteral("private"));
    const auto hiddenContacts = privateCount(expected.value(QStringLiteral("contact")), flag);
    CHECK(hiddenContacts > 0);
    CHECK(publicRows.value(QStringLiteral("contact")).size()
          == expected.value(QStringLiteral("contact")).size() - hiddenContacts);
    CHECK(privateCount(publicRows.value(QStringLiteral("contact")), flag) == 0);
    CHECK(publicRows.value(QStringLiteral("review_score")) == expected.value(QStringLiteral("review_score")));
}

TEST_CASE("a file of the oldest format version is read, later fields taking their defaults", "[interchange]")
{
    Workspace w;
    const QString path = w.path("fixture.alliance");
    test::makeFixture(path, w.working, 2);
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(w.working), &check);
    REQUIRE(doc);
    QJsonObject top = test::jsonObjectOf(exported(*doc, true));
    QJsonObject tables = top.value(QStringLiteral("tables")).toObject();
    int dropped = 0;
    for (const auto &t : schema::tables()) {
        if (!tables.contains(t.name))
            continue;
        if (t.sinceVersion > interchange::oldestVersion) {
            tables.remove(t.name);
            continue;
        }
        QJsonArray rows = tables.value(t.name).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            for (const auto &c : t.columns)
                if (c.sinceVersion > interchange::oldestVersion) {
                    row.remove(c.name);
                    ++dropped;
                }
            rows[i] = row;
        }
        tables[t.name] = rows;
    }
    top[QStringLiteral("tables")] = tables;
    top[QStringLiteral("version")] = interchange::oldestVersion;
    const QString in = w.path("old.json");
    REQUIRE(test::writeBytes(in, QJsonDocument(top).toJson()));
    QString error;
    auto again = createFromJson(in, test::testAuthor(), test::optionsIn(w.working), &error);
    INFO(test::str(error));
    REQUIRE(again);
    CHECK(again->project().organisations.size() == 2);
    INFO("fields added after the oldest version: " << dropped);
    CHECK(again->project().partnership.id == doc->partnershipId());
}

TEST_CASE("extreme numbers and awkward texts come back exactly", "[interchange]")
{
    Workspace w;
    auto doc = newDocument(w);
    const QUuid indicator = QUuid::createUuid();
    const QString awkward = QStringLiteral("quote \" backslash \\ slash / tab \t line\nreturn\r bell \a "
                                           "\u0001 \u001f del \u007f é 😀 \u202e rtl <b>html</b> \u2028");
    ChangeSet changes(QStringLiteral("Awkward"));
    changes.set(QStringLiteral("indicator"), indicator, QStringLiteral("name"), awkward)
        .set(QStringLiteral("indicator"), indicator, QStringLiteral("baseline"), 1.7976931348623157e308)
        .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), -4.9406564584124654e-324);
    const QList<double> values {0.1, 1.0 / 3, -2.5e-7, 123456789.123456789, 1e21, -0.0, 9007199254740993.0};
    for (const double v : values) {
        const QUuid m = QUuid::createUuid();
        changes.set(QStringLiteral("measurement"), m, QStringLiteral("indicator_id"), indicator)
            .set(QStringLiteral("measurement"), m, QStringLiteral("value"), v);
    }
    QString error;
    INFO(test::str(error));
    REQUIRE(doc->apply(changes, &error));
    const QString original = w.path("awkward.alliance");
    const Rows rows = roundTrip(w, *doc, original, true, "again.alliance");
    CHECK(rows == test::carriedRows(original));
    CHECK(rows.value(QStringLiteral("indicator")).first().at(1).toString() == awkward);
    CHECK(rows.value(QStringLiteral("measurement")).size() == values.size());
}

TEST_CASE("a score on a deleted custom criterion is left out with it", "[interchange]")
{
    Workspace w;
    const QString path = w.path("fixture.alliance");
    const test::FixtureIds ids = test::makeFixture(path, w.working, 2);
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(w.working), &check);
    REQUIRE(doc);
    const QUuid criterion = ids.value(QStringLiteral("custom_criterion")).first();
    const QUuid score = ids.value(QStringLiteral("review_score")).first();
    QString error;
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Score on a custom criterion"))
            .set(QStringLiteral("review_score"), score, QStringLiteral("criterion_id"), schema::idText(criterion)),
        &error));
    CHECK(exported(*doc, true).contains(schema::idText(score).toUtf8()));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete it")).remove(QStringLiteral("custom_criterion"), criterion),
                       &error));
    const QByteArray json = exported(*doc, true);
    CHECK_FALSE(json.contains(schema::idText(score).toUtf8()));
    CHECK_FALSE(json.contains(schema::idText(criterion).toUtf8()));
    const Rows rows = roundTrip(w, *doc, w.path("copy.alliance"), true, "again.alliance");
    CHECK(rows.value(QStringLiteral("review_score")).isEmpty());
    CHECK(rows.value(QStringLiteral("organisation")).size() == 2);
}
