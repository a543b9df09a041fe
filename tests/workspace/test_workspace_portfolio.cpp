// The workspace as a portfolio's source: one row per partnership the
// manager is a member of, with the figures of the publisher's file, and the
// portfolio verb given a workspace's address.
#include "../core/testsupport.h"
#include "cli/cli.h"
#include "cli/verbs.h"
#include "portfolio/summary.h"
#include "portfolio/workspacesource.h"
#include "workspacesupport.h"

#include <QTextStream>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;

TEST_CASE("A workspace lists its member's partnerships as a portfolio, with the publisher's figures", "[workspace]")
{
    Team team;
    publish(team);
    const QDate today(2027, 3, 15);
    portfolio::WorkspaceSource source(team.db.address(team.bruno.role), QString(), test::optionsIn(team.dir->path()));
    portfolio::ScanControl control;
    control.today = today;
    int progressCalls = 0;
    control.progress = [&](int, int) { ++progressCalls; };
    const portfolio::ScanResult scan = source.scan(control);
    INFO(scan.error.toStdString());
    REQUIRE(scan.error.isEmpty());
    REQUIRE(scan.rows.size() == 1);
    CHECK(progressCalls == 1);
    portfolio::PartnershipSummary fromFile = portfolio::summariseFile(team.fileA, today);
    REQUIRE_FALSE(fromFile.refused());
    portfolio::PartnershipSummary fromWorkspace = scan.rows.constFirst();
    CHECK_FALSE(fromWorkspace.refused());
    CHECK(fromWorkspace.path.startsWith(source.description()));
    fromWorkspace.path = fromFile.path;
    CHECK(fromWorkspace == fromFile);

    // A stranger's portfolio of this workspace is empty; no server there is an error.
    const QString stranger = team.db.addManager(QStringLiteral("claude"));
    CHECK(portfolio::WorkspaceSource(team.db.address(stranger), QString(), test::optionsIn(team.dir->path()))
              .scan(control)
              .rows.isEmpty());
    auto empty = test::makeTempDir();
    const workspace::Address nowhere {team.bruno.role, empty->path(), 5432, QStringLiteral("alliances")};
    const auto lost = portfolio::WorkspaceSource(nowhere, QString(), test::optionsIn(team.dir->path())).scan(control);
    CHECK(lost.rows.isEmpty());
    CHECK_FALSE(lost.error.isEmpty());

    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = cli::runPortfolio({QStringLiteral("portfolio"), team.db.address(team.bruno.role).toString()}, out,
                                       err, test::optionsIn(team.dir->path()));
    out.flush();
    err.flush();
    INFO(errText.toStdString());
    CHECK(code == cli::Ok);
    CHECK(outText.contains(fromFile.title));
    CHECK(outText.contains(QStringLiteral("1 partnership")));
}
