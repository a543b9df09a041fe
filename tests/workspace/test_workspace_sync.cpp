// Syncing projects through a workspace: what one manager publishes and
// edits reaches the others, offline edits on both sides converge whatever
// the order of the syncs, and a private item never reaches a reader.
#include "../core/testsupport.h"
#include "cli/cli.h"
#include "cli/verbs.h"
#include "pgtestserver.h"
#include "storage/schema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;
using alliance::test::FixtureIds;

namespace {

QString typed(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return v.isNull() ? QStringLiteral("null") : QStringLiteral("t:") + v.toString();
    }
}

/// What two synced copies must agree on: the shared tables' rows and the
/// journal as a set, each sorted.
QMap<QString, QStringList> content(const QString &path)
{
    QMap<QString, QStringList> out;
    auto lines = [&](const QString &sql) {
        QStringList l;
        for (const auto &row : test::rawRows(path, sql)) {
            QStringList cells;
            for (const auto &v : row)
                cells << typed(v);
            l << cells.join(QLatin1Char('|'));
        }
        l.sort();
        return l;
    };
    for (const auto &t : schema::tables())
        if (t.merged)
            out.insert(t.name, lines(QStringLiteral("SELECT * FROM %1").arg(t.name)));
    out.insert(QStringLiteral("journal"),
               lines(QStringLiteral("SELECT change_id, entity, entity_id, field, value, hlc, author_name, author_org, "
                                    "installation FROM journal WHERE entity IN (%1)")
                         .arg([] {
                             QStringList names;
                             for (const auto &t : schema::tables())
                                 if (t.merged)
                                     names << QLatin1Char('\'') + t.name + QLatin1Char('\'');
                             return names.join(QLatin1Char(','));
                         }())));
    return out;
}

struct Manager
{
    QString role;
    Author author;
};

struct Team
{
    TestDatabase db;
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    Manager alice, bruno;
    QString fileA, fileB;
    FixtureIds ids;

    Team()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        alice = {db.addManager(QStringLiteral("alice")), {QStringLiteral("Alice"), {}, QUuid::createUuid()}};
        bruno = {db.addManager(QStringLiteral("bruno")), {QStringLiteral("Bruno"), {}, QUuid::createUuid()}};
        fileA = dir->filePath(QStringLiteral("a.alliance"));
        fileB = dir->filePath(QStringLiteral("b.alliance"));
        ids = test::makeFixture(fileA, dir->path());
        // The fixture makes every other item private; these tests choose.
        ChangeSet everyonesItems(QStringLiteral("Public"));
        for (const auto &t : schema::tables())
            if (t.hasPrivateFlag())
                for (const QUuid &id : ids.value(t.name))
                    everyonesItems.set(t.name, id, QStringLiteral("private"), 0);
        edit(fileA, alice, everyonesItems);
    }

    std::unique_ptr<Document> open(const QString &path, const Manager &who)
    {
        CheckResult check;
        auto doc = Document::open(path, who.author, test::optionsIn(dir->path()), &check);
        INFO(check.message.toStdString());
        REQUIRE(doc);
        return doc;
    }

    workspace::SyncResult sync(const QString &path, const Manager &who)
    {
        auto doc = open(path, who);
        auto connection = db.connect(who.role);
        QString error;
        const auto result = workspace::syncDocument(*doc, *connection, QStringLiteral("workspace"), &error);
        INFO(error.toStdString());
        REQUIRE(result);
        REQUIRE(doc->save(&error));
        return *result;
    }

    void edit(const QString &path, const Manager &who, const ChangeSet &changes)
    {
        auto doc = open(path, who);
        QString error;
        REQUIRE(doc->apply(changes, &error));
        REQUIRE(doc->save(&error));
    }

    int serverRows(const Manager &who, const QString &where = QStringLiteral("true"))
    {
        const auto connection = db.connect(who.role);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal WHERE ") + where));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

int sharedJournalRows(const QString &path)
{
    return content(path).value(QStringLiteral("journal")).size();
}

void publish(Team &team)
{
    auto doc = team.open(team.fileA, team.alice);
    QString error;
    INFO(error.toStdString());
    REQUIRE(workspace::publish(*doc, *team.db.connect(team.alice.role), &error));
    const auto connection = team.db.connect(team.alice.role);
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', 'editor')")
                       .arg(doc->partnershipId().toString(QUuid::WithoutBraces), team.bruno.role)));
}

} // namespace

TEST_CASE("A published partnership's whole journal reaches the workspace, every kind of value included", "[workspace]")
{
    Team team;
    publish(team);
    CHECK(team.serverRows(team.alice) == sharedJournalRows(team.fileA));
    // Bruno starts from the same file: nothing to exchange.
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const auto first = team.sync(team.fileB, team.bruno);
    CHECK(first.received == 0);
    CHECK(first.sent == 0);
    CHECK(content(team.fileA) == content(team.fileB));
}

TEST_CASE("Two managers who edit offline converge whichever syncs first", "[workspace]")
{
    const bool aliceFirst = GENERATE(true, false);
    Team team;
    publish(team);
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const QUuid organisation = team.ids.value(QStringLiteral("organisation")).constFirst();
    const QUuid action = team.ids.value(QStringLiteral("action")).constFirst();
    const QUuid indicator = team.ids.value(QStringLiteral("indicator")).constFirst();

    team.edit(team.fileA, team.alice,
              ChangeSet(QStringLiteral("Alice"))
                  .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                       QStringLiteral("Passerelles (Alice)")));
    team.edit(
        team.fileA, team.alice,
        ChangeSet(QStringLiteral("Alice"))
            .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Ateliers numériques")));
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno"))
                  .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                       QStringLiteral("Passerelles (Bruno)")));
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno")).remove(QStringLiteral("indicator"), indicator));

    const QString first = aliceFirst ? team.fileA : team.fileB, second = aliceFirst ? team.fileB : team.fileA;
    const Manager &firstManager = aliceFirst ? team.alice : team.bruno;
    const Manager &secondManager = aliceFirst ? team.bruno : team.alice;
    const auto one = team.sync(first, firstManager);
    CHECK(one.received == 0);
    CHECK(one.sent == 2);
    const auto two = team.sync(second, secondManager);
    CHECK(two.received == 2);
    CHECK(two.sent == 2);
    CHECK(two.conflicts.size() == 1); // the organisation's name, changed on both sides
    const auto three = team.sync(first, firstManager);
    CHECK(three.received == 2);
    CHECK(three.sent == 0);

    const auto a = content(team.fileA), b = content(team.fileB);
    CHECK(a == b);
    // The latest change wins on both sides: Bruno's, made after Alice's.
    CHECK(test::rawValue(team.fileA,
                         QStringLiteral("SELECT name FROM organisation WHERE id = '%1'")
                             .arg(organisation.toString(QUuid::WithoutBraces)))
              .toString()
          == QStringLiteral("Passerelles (Bruno)"));
    CHECK(test::rawValue(team.fileA,
                         QStringLiteral("SELECT deleted FROM indicator WHERE id = '%1'")
                             .arg(indicator.toString(QUuid::WithoutBraces)))
              .toInt()
          == 1);
    // A sync with nothing new changes nothing, on either side.
    const auto idle = team.sync(team.fileB, team.bruno);
    CHECK(idle.received == 0);
    CHECK(idle.sent == 0);
    CHECK(content(team.fileB) == b);
}

TEST_CASE("A private item reaches the workspace's owners only", "[workspace]")
{
    Team team;
    const QUuid organisation = team.ids.value(QStringLiteral("organisation")).constLast();
    team.edit(team.fileA, team.alice,
              ChangeSet(QStringLiteral("Private"))
                  .set(QStringLiteral("organisation"), organisation, QStringLiteral("private"), 1));
    publish(team);
    const QString itsRows = QStringLiteral("entity_id = '%1'").arg(organisation.toString(QUuid::WithoutBraces));
    CHECK(team.serverRows(team.alice, itsRows) > 0);
    CHECK(team.serverRows(team.bruno, itsRows) == 0);
    CHECK(team.serverRows(team.bruno) > 0);
    CHECK(team.serverRows(team.bruno, QStringLiteral("private")) == 0);
}

TEST_CASE("A reader takes in the workspace's changes and sends none; a stranger is told to ask an owner", "[workspace]")
{
    Team team;
    publish(team);
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    {
        const auto connection = team.db.connect(team.alice.role);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member(partnership, '%1', 'reader') FROM alliance.members")
                           .arg(team.bruno.role)));
    }
    const QUuid action = team.ids.value(QStringLiteral("action")).constFirst();
    team.edit(team.fileA, team.alice,
              ChangeSet(QStringLiteral("Alice"))
                  .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Ateliers")));
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno"))
                  .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Rédaction")));
    CHECK(team.sync(team.fileA, team.alice).sent == 1);
    const auto read = team.sync(team.fileB, team.bruno);
    CHECK(read.readOnly);
    CHECK(read.received == 1);
    CHECK(read.sent == 0);
    CHECK(team.serverRows(team.alice, QStringLiteral("v_text = 'Rédaction'")) == 0);

    const Manager stranger {team.db.addManager(QStringLiteral("claude")),
                            {QStringLiteral("Claude"), {}, QUuid::createUuid()}};
    auto doc = team.open(team.fileB, stranger);
    QString error;
    CHECK_FALSE(workspace::syncDocument(*doc, *team.db.connect(stranger.role), QStringLiteral("workspace"), &error));
    CHECK(error.contains(QStringLiteral("not a member")));
}

TEST_CASE("The workspace verbs publish, list and sync a file", "[workspace]")
{
    Team team;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const auto options = test::optionsIn(team.dir->path());
    const QString url = team.db.address(team.alice.role).toString();
    REQUIRE(
        cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("publish"), team.fileA, url}, out, err, options)
        == cli::Ok);
    CHECK(outText.contains(QStringLiteral("you are its owner")));
    CHECK(
        cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("publish"), team.fileA, url}, out, err, options)
        == cli::Refused);
    CHECK(errText.contains(QStringLiteral("already in the workspace")));
    outText.clear();
    REQUIRE(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("list"), url}, out, err, options)
            == cli::Ok);
    CHECK(outText.contains(QStringLiteral("owner")));
    INFO(outText.toStdString());
    CHECK(outText.contains(QStringLiteral(", %1 change").arg(team.serverRows(team.alice))));
    outText.clear();
    REQUIRE(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("sync"), team.fileA, url}, out, err, options)
            == cli::Ok);
    INFO(outText.toStdString());
    CHECK(outText.startsWith(QStringLiteral("0 change(s) came in, 0 change(s) sent")));
    CHECK(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("vacuum"), url}, out, err, options)
          == cli::Usage);
}
