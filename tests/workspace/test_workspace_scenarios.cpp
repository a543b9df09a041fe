// The random merge scenarios (tests/core/test_sync_properties.cpp) replayed
// through a workspace: copies of one project edited apart (fields set, items
// made, deleted, undone, copies merged into each other, conflicting edits),
// each syncing with the workspace now and then, then all syncing in random
// orders until nothing moves. Every copy ends with the same content, and
// with the content of merging all the copies' files directly.
//   ALLIANCE_WORKSPACE_SCENARIOS=N runs N scenarios (default 100, at most 1000);
//   ALLIANCE_WORKSPACE_SEED=N runs the one scenario of seed N.
#include "../core/syncscenario.h"
#include "pgtestserver.h"
#include "storage/filecheck.h"
#include "workspacesupport.h"

#include <QSqlQuery>
#include <algorithm>

using namespace alliance;
using namespace alliance::testing;

namespace {

constexpr int defaultScenarios = 100;

/// One workspace and three managers, shared by the scenarios of a test case:
/// each scenario publishes a partnership of its own.
struct Workspace
{
    TestDatabase db;
    QStringList roles;
    std::vector<std::unique_ptr<workspace::Connection>> connections;

    Workspace()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        for (int i = 0; i < 3; ++i) {
            roles << db.addManager(QStringLiteral("partner%1").arg(i));
            connections.push_back(db.connect(roles.last()));
        }
    }
};

/// The first table where two contents differ, for the test's message.
std::string firstDifference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (it.value() != b.value(it.key()))
            return it.key().toStdString();
    return a.size() == b.size() ? std::string() : std::string("tables");
}

workspace::SyncResult sync(Document &doc, workspace::Connection &connection)
{
    QString error;
    const auto result = workspace::syncDocument(doc, connection, QStringLiteral("workspace"), &error);
    INFO(error.toStdString());
    REQUIRE(result);
    return *result;
}

void runWorkspaceScenario(Workspace &ws, quint32 seed)
{
    INFO("seed " << seed << " (rerun with ALLIANCE_WORKSPACE_SEED=" << seed << ")");
    test::Scenario s(seed);
    const QString base = s.path(QStringLiteral("base.alliance"));
    s.makeBase(base);
    const int copies = 2 + s.rng().bounded(2);
    QStringList files;
    std::vector<std::unique_ptr<Document>> docs;
    QString error;
    for (int i = 0; i < copies; ++i) {
        files << s.path(QStringLiteral("copy%1.alliance").arg(i));
        CheckResult opened;
        docs.push_back(Document::open(base, s.newAuthor(QStringLiteral("Partner %1").arg(i)), s.options(), &opened));
        REQUIRE(docs.back());
        REQUIRE(docs[i]->saveAs(files.at(i), &error));
    }
    // The first partner publishes the base; the others edit it with them.
    INFO(error.toStdString());
    REQUIRE(workspace::publish(*docs[0], *ws.connections[0], &error));
    for (int i = 1; i < copies; ++i) {
        QSqlQuery q(ws.connections[0]->database());
        REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', 'editor')")
                           .arg(docs[0]->partnershipId().toString(QUuid::WithoutBraces), ws.roles.at(i))));
    }

    // Edits, and now and then a copy syncing with the workspace.
    const int edits = 6 + s.rng().bounded(10);
    for (int e = 0; e < edits * copies; ++e) {
        const int i = s.rng().bounded(copies);
        if (s.rng().bounded(4) == 0) {
            sync(*docs[i], *ws.connections[i]);
            continue;
        }
        std::vector<Document *> others;
        for (int j = 0; j < copies; ++j)
            if (j != i)
                others.push_back(docs[j].get());
        s.edit(*docs[i], others);
    }
    for (int i = 0; i < copies; ++i)
        if (docs[i]->isModified())
            REQUIRE(docs[i]->save(&error));

    // What merging the copies' files directly gives.
    QString direct = s.merge(files[0], files[1], s.path(QStringLiteral("direct.alliance")));
    if (copies == 3)
        direct = s.merge(direct, files[2], s.path(QStringLiteral("direct3.alliance")));
    const auto expected = content(direct);

    // All sync, in random orders, until a whole round exchanges nothing.
    bool quiet = false;
    for (int round = 0; round < 2 * copies + 2 && !quiet; ++round) {
        std::vector<int> order(copies);
        for (int i = 0; i < copies; ++i)
            order[i] = i;
        for (int i = copies - 1; i > 0; --i)
            std::swap(order[i], order[s.rng().bounded(i + 1)]);
        quiet = true;
        for (const int i : order) {
            const auto result = sync(*docs[i], *ws.connections[i]);
            quiet = quiet && result.received == 0 && result.sent == 0;
        }
    }
    CHECK(quiet);
    for (int i = 0; i < copies; ++i) {
        REQUIRE(docs[i]->save(&error));
        INFO("copy " << i);
        const auto c = content(files[i]);
        INFO("differs in " << firstDifference(c, expected));
        CHECK(c == expected);
        CHECK(validateProjectFile(files[i]).ok());
    }
}

void runWorkspaceScenarios(int first, int count)
{
    const QByteArray only = qgetenv("ALLIANCE_WORKSPACE_SEED");
    if (!only.isEmpty()) {
        if (first == 0) {
            Workspace ws;
            runWorkspaceScenario(ws, only.toUInt());
        }
        return;
    }
    const int total = qEnvironmentVariableIsSet("ALLIANCE_WORKSPACE_SCENARIOS")
        ? qEnvironmentVariableIntValue("ALLIANCE_WORKSPACE_SCENARIOS")
        : defaultScenarios;
    count = qMax(0, qMin(count, total - first));
    if (count == 0)
        return;
    Workspace ws;
    for (int i = first; i < first + count; ++i)
        runWorkspaceScenario(ws, quint32(20261123 + i));
}

} // namespace

TEST_CASE("Random copies synced through a workspace converge to their direct merge (scenarios 1-50)",
          "[workspace][scenario]")
{
    runWorkspaceScenarios(0, 50);
}

TEST_CASE("Random copies synced through a workspace (scenarios 51-250)", "[workspace][scenario]")
{
    runWorkspaceScenarios(50, 200);
}

TEST_CASE("Random copies synced through a workspace (scenarios 251-500)", "[workspace][scenario]")
{
    runWorkspaceScenarios(250, 250);
}

TEST_CASE("Random copies synced through a workspace (scenarios 501-750)", "[workspace][scenario]")
{
    runWorkspaceScenarios(500, 250);
}

TEST_CASE("Random copies synced through a workspace (scenarios 751-1000)", "[workspace][scenario]")
{
    runWorkspaceScenarios(750, 250);
}
