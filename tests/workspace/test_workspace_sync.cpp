// Syncing projects through a workspace: what one manager publishes and
// edits reaches the others, offline edits on both sides converge whatever
// the order of the syncs, and a private item never reaches a reader.
#include "../core/testsupport.h"
#include "cli/cli.h"
#include "cli/verbs.h"
#include "pgtestserver.h"
#include "storage/schema.h"
#include "workspace/serverschema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacejournal.h"
#include "workspace/workspacesync.h"
#include "workspacesupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

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

namespace {

/// Carol, a reader of the team's partnership, with a copy of her own.
Manager addReader(Team &team, const QString &partnership)
{
    const Manager carol {team.db.addManager(QStringLiteral("carol")),
                         {QStringLiteral("Carol"), {}, QUuid::createUuid()}};
    const auto connection = team.db.connect(team.alice.role);
    QSqlQuery q(connection->database());
    REQUIRE(
        q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', 'reader')").arg(partnership, carol.role)));
    return carol;
}

QString partnershipOf(Team &team)
{
    return team.open(team.fileA, team.alice)->partnershipId().toString(QUuid::WithoutBraces);
}

/// One change to an organisation's name, as append_changes takes it.
QString nameChange(const QUuid &organisation, const QString &name, qint64 millis)
{
    const QString installation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject change {{QStringLiteral("change_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("entity"), QStringLiteral("organisation")},
                              {QStringLiteral("entity_id"), organisation.toString(QUuid::WithoutBraces)},
                              {QStringLiteral("field"), QStringLiteral("name")},
                              {QStringLiteral("value"), name},
                              {QStringLiteral("hlc"),
                               QStringLiteral("%1-%2-%3")
                                   .arg(QDateTime::currentMSecsSinceEpoch() + millis, 16, 10, QLatin1Char('0'))
                                   .arg(0, 8, 10, QLatin1Char('0'))
                                   .arg(installation)},
                              {QStringLiteral("author_name"), QStringLiteral("Script")},
                              {QStringLiteral("installation"), installation}};
    return QString::fromUtf8(QJsonDocument(QJsonArray {change}).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_CASE("An editor never sends again the private changes the server hides from them, and cannot leak one",
          "[workspace]")
{
    Team team;
    const QUuid secret = team.ids.value(QStringLiteral("organisation")).constLast();
    const QUuid shared = team.ids.value(QStringLiteral("organisation")).constFirst();
    team.edit(
        team.fileA, team.alice,
        ChangeSet(QStringLiteral("Alice")).set(QStringLiteral("organisation"), secret, QStringLiteral("private"), 1));
    publish(team); // Alice owns it, Bruno edits it
    const Manager carol = addReader(team, partnershipOf(team));
    // Bruno's copy is Alice's file, her private organisation in it (it was emailed).
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const QString fileC = team.dir->filePath(QStringLiteral("c.alliance"));
    REQUIRE(test::copyFile(team.fileA, fileC));
    const int held = team.serverRows(team.alice);
    REQUIRE(team.serverRows(team.bruno, QStringLiteral("true")) < held); // some are hidden from him

    // What Bruno's sync would send: nothing, though he cannot see what the
    // server holds of the private organisation.
    {
        auto doc = team.open(team.fileB, team.bruno);
        const auto connection = team.db.connect(team.bruno.role);
        QString error;
        qint64 offered = 0, offeredBlindly = 0;
        workspace::WorkspaceJournal asked(*connection, doc->partnershipId(), QStringLiteral("ws"));
        asked.setSeesPrivate(false);
        REQUIRE(asked.changeIds(&error));
        CHECK(asked.send(*doc, &error, [&](qint64, qint64 total) { offered = total; }) == 0);
        CHECK(offered == 0);
        // As before: sent again at every sync (the server ignored them).
        workspace::WorkspaceJournal blind(*connection, doc->partnershipId(), QStringLiteral("ws"));
        REQUIRE(blind.changeIds(&error));
        CHECK(blind.send(*doc, &error, [&](qint64, qint64 total) { offeredBlindly = total; }) == 0);
        CHECK(offeredBlindly == held - team.serverRows(team.bruno));
    }
    const auto first = team.sync(team.fileB, team.bruno);
    CHECK(first.sent == 0);
    CHECK(first.received == 0);
    CHECK(team.serverRows(team.alice) == held); // nothing doubled

    // Alice makes the shared organisation private: that change is private
    // too, so Bruno's copy never learns it. His rename must not reach Carol.
    team.edit(
        team.fileA, team.alice,
        ChangeSet(QStringLiteral("Alice")).set(QStringLiteral("organisation"), shared, QStringLiteral("private"), 1));
    CHECK(team.sync(team.fileA, team.alice).sent > 0);
    CHECK(team.sync(team.fileB, team.bruno).received == 0);
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno"))
                  .set(QStringLiteral("organisation"), shared, QStringLiteral("name"), QStringLiteral("Nouveau nom")));
    CHECK(team.sync(team.fileB, team.bruno).sent == 1);
    const QString renamed = QStringLiteral("v_text = 'Nouveau nom'");
    CHECK(team.serverRows(team.alice, renamed + QStringLiteral(" AND private")) == 1);
    CHECK(team.serverRows(team.bruno, renamed) == 0);
    CHECK(team.serverRows(carol, renamed) == 0);
    const auto read = team.sync(fileC, carol);
    CHECK(read.sent == 0);
    CHECK(test::rawValue(fileC, QStringLiteral("SELECT count(*) FROM journal WHERE value = 'Nouveau nom'")).toInt()
          == 0);
    // The owner takes it in; the journal holds each change once.
    CHECK(team.sync(team.fileA, team.alice).received == 1);
    CHECK(team.serverRows(team.alice) == sharedJournalRows(team.fileA));
    CHECK(team.sync(team.fileB, team.bruno).sent == 0);
}

TEST_CASE("Changes appended at once are numbered in commit order, so a synced copy misses none", "[workspace]")
{
    Team team;
    publish(team);
    const QString partnership = partnershipOf(team);
    const Manager carol = addReader(team, partnership);
    const QString fileC = team.dir->filePath(QStringLiteral("c.alliance"));
    REQUIRE(test::copyFile(team.fileA, fileC));
    const QUuid organisation = team.ids.value(QStringLiteral("organisation")).constFirst();
    team.sync(fileC, carol);

    // Alice's append is under way (not committed) when Bruno's starts.
    const auto alice = team.db.connect(team.alice.role);
    REQUIRE(alice->database().transaction());
    QSqlQuery q(alice->database());
    q.prepare(QStringLiteral("SELECT alliance.append_changes(?::uuid, ?::jsonb)"));
    q.addBindValue(partnership);
    q.addBindValue(nameChange(organisation, QStringLiteral("Alice's name"), 1));
    REQUIRE(q.exec());
    std::atomic<bool> brunoDone {false};
    QString brunoError;
    const workspace::Address brunoAddress = team.db.address(team.bruno.role);
    const QString brunosChange = nameChange(organisation, QStringLiteral("Bruno's name"), 2);
    std::thread bruno([&] {
        QString error;
        {
            auto connection = workspace::Connection::open(brunoAddress, {}, &error);
            if (connection) {
                QSqlQuery b(connection->database());
                b.prepare(QStringLiteral("SELECT alliance.append_changes(?::uuid, ?::jsonb)"));
                b.addBindValue(partnership);
                b.addBindValue(brunosChange);
                if (!b.exec())
                    error = b.lastError().text();
            }
        }
        brunoError = error;
        brunoDone = true;
    });
    QThread::msleep(300);
    // Bruno waits for Alice's numbers: his cannot commit below hers.
    CHECK_FALSE(brunoDone.load());
    // Carol syncs meanwhile and her copy, saved, leaves its mark.
    team.sync(fileC, carol);
    team.sync(fileC, carol);
    REQUIRE(alice->database().commit());
    bruno.join();
    INFO(brunoError.toStdString());
    REQUIRE(brunoError.isEmpty());
    // Both changes reach her: the mark does not hide Alice's.
    CHECK(team.sync(fileC, carol).received == 2);
    const auto admin = team.db.connect();
    QSqlQuery order(admin->database());
    REQUIRE(
        order.exec(QStringLiteral("SELECT v_text FROM alliance.journal WHERE v_text LIKE '%''s name' ORDER BY pseq")));
    QStringList names;
    while (order.next())
        names << order.value(0).toString();
    CHECK(names == QStringList {QStringLiteral("Alice's name"), QStringLiteral("Bruno's name")});
}

TEST_CASE("A workspace of the previous version is refused by a sync, and upgraded by init with its data", "[workspace]")
{
    Team team;
    publish(team);
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const int held = team.serverRows(team.alice);
    // As the previous version made it: no per-partnership numbers.
    for (const char *sql :
         {"DROP FUNCTION alliance.held_changes(uuid, uuid[])", "DROP INDEX alliance.journal_private_items",
          "ALTER TABLE alliance.journal DROP COLUMN pseq", "ALTER TABLE alliance.partnerships DROP COLUMN last_pseq",
          "CREATE INDEX journal_by_partnership ON alliance.journal (partnership, seq)",
          "UPDATE alliance.workspace_info SET version = 1"})
        team.db.run(QString::fromLatin1(sql));
    {
        auto doc = team.open(team.fileB, team.bruno);
        QString error;
        CHECK_FALSE(
            workspace::syncDocument(*doc, *team.db.connect(team.bruno.role), QStringLiteral("workspace"), &error));
        CHECK(error.contains(QStringLiteral("made by another version of Alliance Pilot (its version 1")));
        CHECK(error.contains(QStringLiteral("workspace init")));
        CHECK_FALSE(doc->isModified());
    }
    QString error;
    INFO(error.toStdString());
    REQUIRE(workspace::initWorkspace(*team.db.connect(), &error));
    CHECK(workspace::workspaceVersion(*team.db.connect()) == workspace::serverSchemaVersion);
    CHECK(team.serverRows(team.alice) == held);
    CHECK(team.serverRows(team.alice, QStringLiteral("pseq BETWEEN 1 AND %1").arg(held)) == held);
    const QUuid action = team.ids.value(QStringLiteral("action")).constFirst();
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno"))
                  .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Après")));
    CHECK(team.sync(team.fileB, team.bruno).sent == 1);
    CHECK(team.serverRows(team.alice, QStringLiteral("pseq = %1").arg(held + 1)) == 1);
    CHECK(team.sync(team.fileA, team.alice).received == 1);
}
