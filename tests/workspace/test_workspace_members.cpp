// Who may read or edit a partnership of a workspace: owners give levels,
// the server refuses everyone else, and what it sends back is checked.
#include "cli/cli.h"
#include "cli/verbs.h"
#include "workspace/workspacemembers.h"
#include "workspacesupport.h"

#include <QTextStream>

using namespace alliance;
using namespace alliance::testing;
using workspace::Level;

namespace {

QUuid partnershipOf(Team &team)
{
    return team.open(team.fileA, team.alice)->partnershipId();
}

/// The members as "name=level", as one manager sees them; empty when refused.
QStringList membersSeenBy(Team &team, const Manager &who, QString *error = nullptr)
{
    QString refusal;
    const auto members = workspace::membersOf(*team.db.connect(who.role), partnershipOf(team), &refusal);
    if (error)
        *error = refusal;
    QStringList seen;
    for (const auto &m : members.value_or(QList<workspace::Member>()))
        seen << m.manager + QLatin1Char('=') + workspace::levelName(m.level);
    return seen;
}

} // namespace

TEST_CASE("An owner gives levels, an editor cannot, and the partnership keeps an owner", "[workspace]")
{
    Team team;
    publish(team);
    const QUuid p = partnershipOf(team);
    const QStringList atFirst {team.alice.role + QStringLiteral("=owner"), team.bruno.role + QStringLiteral("=editor")};
    CHECK(membersSeenBy(team, team.bruno) == atFirst);

    QString error;
    CHECK_FALSE(workspace::setMember(*team.db.connect(team.bruno.role), p, team.bruno.role, Level::Owner, &error));
    CHECK(error.contains(QStringLiteral("ask one of its owners")));
    CHECK(membersSeenBy(team, team.alice) == atFirst);

    CHECK_FALSE(workspace::setMember(*team.db.connect(team.alice.role), p, team.alice.role, std::nullopt, &error));
    CHECK(error.contains(QStringLiteral("keeps at least one owner")));

    // A login role outside the workspace's group is no manager of it.
    const QString outsider = QStringLiteral("outsider_") + QUuid::createUuid().toString(QUuid::Id128);
    team.db.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(outsider));
    for (const QString &name : {outsider, QStringLiteral("nobody_here")}) {
        CHECK_FALSE(workspace::setMember(*team.db.connect(team.alice.role), p, name, Level::Reader, &error));
        CHECK(error.contains(QStringLiteral("not a manager of the workspace")));
    }
    team.db.run(QStringLiteral("DROP ROLE %1").arg(outsider));
    CHECK(membersSeenBy(team, team.alice) == atFirst);

    // Made a reader, Bruno's edits no longer reach the workspace.
    REQUIRE(workspace::setMember(*team.db.connect(team.alice.role), p, team.bruno.role, Level::Reader, &error));
    CHECK(membersSeenBy(team, team.bruno)
          == QStringList {team.alice.role + QStringLiteral("=owner"), team.bruno.role + QStringLiteral("=reader")});
    REQUIRE(test::copyFile(team.fileA, team.fileB)); // Bruno’s copy, from Alice
    team.edit(team.fileB, team.bruno,
              ChangeSet(QStringLiteral("Title"))
                  .set(QStringLiteral("partnership"), p, QStringLiteral("title"), QStringLiteral("Bruno’s title")));
    const auto readerSync = team.sync(team.fileB, team.bruno);
    CHECK(readerSync.readOnly);
    CHECK(readerSync.sent == 0);

    // Removed, Bruno sees neither the members nor the partnership.
    REQUIRE(workspace::setMember(*team.db.connect(team.alice.role), p, team.bruno.role, std::nullopt, &error));
    CHECK(membersSeenBy(team, team.bruno, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("not a member")));
}

TEST_CASE("A name that cannot be a manager's is refused before the server, and a hostile member row after",
          "[workspace]")
{
    Team team;
    publish(team);
    const QUuid p = partnershipOf(team);
    QString error;
    for (const QString &bad :
         {QString(), QStringLiteral(" bruno"), QStringLiteral("a\nb"), QString(64, QLatin1Char('x'))}) {
        CHECK_FALSE(workspace::setMember(*team.db.connect(team.alice.role), p, bad, Level::Reader, &error));
        CHECK(error.contains(QStringLiteral("cannot be a manager")));
    }
    CHECK(workspace::isManagerName(QString(63, QLatin1Char('x'))));

    // Written behind the functions' back by the server's administrator: a
    // name that would drive a terminal is refused whole, never shown raw.
    team.db.run(QStringLiteral("INSERT INTO alliance.members VALUES ('%1', E'evil\\x1b[2J', 'reader')")
                    .arg(p.toString(QUuid::WithoutBraces)));
    CHECK(membersSeenBy(team, team.alice, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("cannot be one")));
    CHECK_FALSE(error.contains(QChar(0x1b)));
}

TEST_CASE("workspace members and workspace member, from the command line", "[workspace]")
{
    Team team;
    publish(team);
    const QString url = team.db.address(team.alice.role).toString();
    const DocumentOptions options = test::optionsIn(team.dir->path());
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    auto run = [&](const QStringList &arguments) {
        outText.clear();
        errText.clear();
        return cli::runWorkspace(QStringList {QStringLiteral("workspace")} + arguments, out, err, options);
    };

    CHECK(run({QStringLiteral("members"), team.fileA, url}) == cli::Ok);
    CHECK(outText.contains(team.alice.role + QStringLiteral(" (owner)")));
    CHECK(outText.contains(team.bruno.role + QStringLiteral(" (editor)")));

    CHECK(run({QStringLiteral("member"), team.fileA, url, team.bruno.role, QStringLiteral("admin")}) == cli::Usage);
    CHECK(errText.contains(QStringLiteral("Unknown level: admin")));

    CHECK(run({QStringLiteral("member"), team.fileA, url, team.bruno.role, QStringLiteral("owner")}) == cli::Ok);
    CHECK(outText.contains(QStringLiteral("is now owner of")));
    CHECK(run({QStringLiteral("member"), team.fileA, url, team.bruno.role, QStringLiteral("none")}) == cli::Ok);
    CHECK(outText.contains(QStringLiteral("is no longer a member")));
    CHECK(run({QStringLiteral("members"), team.fileA, url}) == cli::Ok);
    CHECK_FALSE(outText.contains(team.bruno.role));

    const QString brunoUrl = team.db.address(team.bruno.role).toString();
    CHECK(run({QStringLiteral("members"), team.fileA, brunoUrl}) == cli::Refused);
    CHECK(errText.contains(QStringLiteral("not a member")));
}
