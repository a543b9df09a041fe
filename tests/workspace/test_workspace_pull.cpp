// Open from workspace: a member who holds no file of a partnership gets one,
// made from the workspace's journal alone, which opens like any file, syncs
// at once with nothing to exchange, and holds only what their level reads.
#include "../core/testsupport.h"
#include "cli/cli.h"
#include "cli/verbs.h"
#include "pgtestserver.h"
#include "portfolio/summary.h"
#include "storage/schema.h"
#include "workspace/workspacepull.h"
#include "workspace/workspacesync.h"
#include "workspacesupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;

namespace {

const QString workspaceName = QStringLiteral("workspace"); // as Team::sync names it

QUuid partnershipOf(Team &team, const QString &path)
{
    return team.open(path, team.alice)->partnershipId();
}

void pull(Team &team, const Manager &who, const QUuid &partnership, const QString &path)
{
    QString error;
    const bool pulled = workspace::pullToFile(*team.db.connect(who.role), partnership, workspaceName, path, who.author,
                                              test::optionsIn(team.dir->path()), &error);
    INFO(error.toStdString());
    REQUIRE(pulled);
}

void setLevel(Team &team, const QUuid &partnership, const Manager &who, const QString &level)
{
    const auto connection = team.db.connect(team.alice.role);
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', '%3')")
                       .arg(partnership.toString(QUuid::WithoutBraces), who.role, level)));
}

int rowsOf(const QString &path, const QString &sql)
{
    return test::rawValue(path, sql).toInt();
}

} // namespace

TEST_CASE("A pulled partnership holds the publisher's content and history, and nothing of its own", "[workspace]")
{
    Team team;
    publish(team);
    const QUuid partnership = partnershipOf(team, team.fileA);
    pull(team, team.bruno, partnership, team.fileB);

    // It opens as any file does, and reads as the publisher's.
    auto mine = team.open(team.fileA, team.alice);
    auto pulled = team.open(team.fileB, team.bruno);
    CHECK(pulled->partnershipId() == partnership);
    CHECK(pulled->project().partnership.title == mine->project().partnership.title);
    CHECK(pulled->project().organisations.size() == mine->project().organisations.size());
    const QDate today(2027, 3, 15);
    CHECK(portfolio::summarise(pulled->project(), today) == portfolio::summarise(mine->project(), today));
    CHECK(content(team.fileB) == content(team.fileA));
    // Every journal row came from the workspace: none journalled here, none
    // with Bruno's clock (a "New partnership" title would win over Alice's).
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM journal")) == team.serverRows(team.bruno));
    CHECK(rowsOf(team.fileB,
                 QStringLiteral("SELECT count(*) FROM journal WHERE installation = '%1'")
                     .arg(schema::idText(team.bruno.author.installationId)))
          == 0);
    CHECK_FALSE(pulled->isModified());
    pulled.reset();

    // A sync right after exchanges nothing.
    const auto first = team.sync(team.fileB, team.bruno);
    CHECK(first.received == 0);
    CHECK(first.sent == 0);
    CHECK(first.conflicts.isEmpty());
}

TEST_CASE("A pulled copy edited and synced reaches the other manager", "[workspace]")
{
    Team team;
    publish(team);
    pull(team, team.bruno, partnershipOf(team, team.fileA), team.fileB);
    const QUuid action = team.ids.value(QStringLiteral("action")).constFirst();
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Bruno"))
                  .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Ateliers (Bruno)")));
    const auto sent = team.sync(team.fileB, team.bruno);
    CHECK(sent.received == 0);
    CHECK(sent.sent == 1);
    const auto taken = team.sync(team.fileA, team.alice);
    CHECK(taken.received == 1);
    CHECK(taken.sent == 0);
    CHECK(test::rawValue(team.fileA,
                         QStringLiteral("SELECT title FROM action WHERE id = '%1'").arg(schema::idText(action)))
              .toString()
          == QStringLiteral("Ateliers (Bruno)"));
    CHECK(content(team.fileA) == content(team.fileB));
}

TEST_CASE("A stranger cannot pull a partnership, and nothing is written", "[workspace]")
{
    Team team;
    publish(team);
    const QUuid partnership = partnershipOf(team, team.fileA);
    const Manager stranger {team.db.addManager(QStringLiteral("claude")),
                            {QStringLiteral("Claude"), {}, QUuid::createUuid()}};
    QString error;
    CHECK_FALSE(workspace::pullToFile(*team.db.connect(stranger.role), partnership, workspaceName, team.fileB,
                                      stranger.author, test::optionsIn(team.dir->path()), &error));
    CHECK(error.contains(QStringLiteral("not a member")));
    CHECK_FALSE(QFileInfo::exists(team.fileB));
    // Nor may a member write over an existing file.
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const QByteArray before = [&] {
        QFile f(team.fileB);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    CHECK_FALSE(workspace::pullToFile(*team.db.connect(team.bruno.role), partnership, workspaceName, team.fileB,
                                      team.bruno.author, test::optionsIn(team.dir->path()), &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    QFile after(team.fileB);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("A reader's pulled copy holds no private item", "[workspace]")
{
    // The first organisation is the one the fixture's other items refer to.
    const bool referredTo = GENERATE(false, true);
    Team team;
    const auto organisations = team.ids.value(QStringLiteral("organisation"));
    const QUuid organisation = referredTo ? organisations.constFirst() : organisations.constLast();
    team.edit(team.fileA, team.alice,
              ChangeSet(QStringLiteral("Private"))
                  .set(QStringLiteral("organisation"), organisation, QStringLiteral("private"), 1));
    publish(team);
    const QUuid partnership = partnershipOf(team, team.fileA);
    setLevel(team, partnership, team.bruno, QStringLiteral("reader"));
    pull(team, team.bruno, partnership, team.fileB);

    const QString itsId = schema::idText(organisation);
    CHECK(rowsOf(team.fileA, QStringLiteral("SELECT count(*) FROM organisation WHERE id = '%1'").arg(itsId)) == 1);
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM organisation WHERE id = '%1'").arg(itsId)) == 0);
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM journal WHERE entity_id = '%1'").arg(itsId)) == 0);
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM organisation")) > 0);
    // An action it owns stays shared, without its owner, as in a partner's copy.
    const int owned
        = rowsOf(team.fileA, QStringLiteral("SELECT count(*) FROM action WHERE owner_id = '%1'").arg(itsId));
    CHECK(owned == (referredTo ? 1 : 0));
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM action"))
          == rowsOf(team.fileA, QStringLiteral("SELECT count(*) FROM action")));
    CHECK(rowsOf(team.fileB, QStringLiteral("SELECT count(*) FROM action WHERE owner_id IS NULL")) == owned);
    auto pulled = team.open(team.fileB, team.bruno);
    CHECK(pulled->project().organisations.size() + 1
          == team.open(team.fileA, team.alice)->project().organisations.size());
    pulled.reset();
    const auto read = team.sync(team.fileB, team.bruno);
    CHECK(read.readOnly);
    CHECK(read.received == 0);
    CHECK(read.sent == 0);
}

TEST_CASE("The pull verb names a partnership by id or exact title, and refuses what it cannot write", "[workspace]")
{
    Team team;
    publish(team);
    const QUuid partnership = partnershipOf(team, team.fileA);
    const QString title = team.open(team.fileA, team.alice)->project().partnership.title;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const auto options = test::optionsIn(team.dir->path());
    const QString url = team.db.address(team.bruno.role).toString();
    auto run = [&](const QStringList &arguments) {
        outText.clear();
        errText.clear();
        const int code = cli::runWorkspace(
            QStringList {QStringLiteral("workspace"), QStringLiteral("pull")} + arguments, out, err, options);
        out.flush();
        err.flush();
        return code;
    };

    CHECK(run({url, title, QStringLiteral("-o"), team.fileB}) == cli::Ok);
    INFO(errText.toStdString());
    CHECK(content(team.fileB) == content(team.fileA));
    CHECK(outText.contains(QStringLiteral("editor")));
    // The file exists now: refused before anything is read.
    CHECK(run({url, title, QStringLiteral("-o"), team.fileB}) == cli::Refused);
    CHECK(errText.contains(QStringLiteral("exists")));
    const QString fileC = team.dir->filePath(QStringLiteral("c.alliance"));
    CHECK(run({url, QStringLiteral("Nulle part"), QStringLiteral("-o"), fileC}) == cli::Refused);
    CHECK(errText.contains(QStringLiteral("Nulle part")));
    CHECK(run({url, title}) == cli::Usage);
    CHECK_FALSE(QFileInfo::exists(fileC));

    // A second partnership of the same title: the title is ambiguous, the ids are not.
    const QString other = team.dir->filePath(QStringLiteral("other.alliance"));
    QUuid otherId;
    {
        QString error;
        auto doc = Document::createNew(title, team.alice.author, options, {}, &error);
        REQUIRE(doc);
        REQUIRE(doc->saveAs(other, &error));
        otherId = doc->partnershipId();
        REQUIRE(workspace::publish(*doc, *team.db.connect(team.alice.role), &error));
    }
    setLevel(team, otherId, team.bruno, QStringLiteral("reader"));
    CHECK(run({url, title, QStringLiteral("-o"), fileC}) == cli::Refused);
    CHECK(errText.contains(partnership.toString(QUuid::WithoutBraces)));
    CHECK(errText.contains(otherId.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(QFileInfo::exists(fileC));
    CHECK(run({url, otherId.toString(QUuid::WithoutBraces), QStringLiteral("-o"), fileC}) == cli::Ok);
    CHECK(content(fileC) == content(other));
    CHECK(outText.contains(QStringLiteral("reader")));
}
