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
#include "workspacesupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;
using alliance::test::FixtureIds;

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

TEST_CASE("A reader takes in the workspace's changes and sends none, and a stranger is told to ask an owner",
          "[workspace]")
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
