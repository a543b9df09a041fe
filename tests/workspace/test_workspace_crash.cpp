// A sync cut short loses and doubles nothing: the app's own `workspace sync`
// killed with SIGKILL at random moments, then synced to the end; the mark a
// sync leaves never hides a change; a server stopped before or during a sync
// leaves the local copy as it was, the message says the workspace could not
// be reached, and once the server is back the next sync completes.
//   ALLIANCE_CRASH_SEED=N changes the kills' moments (default 16).
#include "pgtestserver.h"
#include "storage/filecheck.h"
#include "workspacesupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace alliance;
using namespace alliance::testing;

namespace {

/// `alliance-pilot workspace sync FILE URL` as a manager runs it on their
/// computer: an installation of its own in `home` (its settings keep the
/// sync's mark from one run to the next).
void startSync(QProcess &process, const QString &file, const QString &url, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(xdg));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALLIANCE_APP), {QStringLiteral("workspace"), QStringLiteral("sync"), file, url});
    REQUIRE(process.waitForStarted());
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runSync(const QString &file, const QString &url, const QString &home)
{
    QProcess process;
    startSync(process, file, url, home);
    REQUIRE(process.waitForFinished(120'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// `count` changes of one organisation's name, each its own edit, saved once.
void editMany(Team &team, const QString &path, const Manager &who, const QString &tag, int count)
{
    auto doc = team.open(path, who);
    const QUuid organisation = team.ids.value(QStringLiteral("organisation")).constFirst();
    QString error;
    for (int i = 0; i < count; ++i)
        REQUIRE(doc->apply(ChangeSet(tag).set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                                              QStringLiteral("%1 %2").arg(tag).arg(i)),
                           &error));
    REQUIRE(doc->save(&error));
}

/// Change ids held more than once, on the server (its whole journal) or in the file.
QStringList doubled(const Team &team, const QString &path)
{
    QStringList ids;
    const auto connection = team.db.connect();
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT change_id, count(*) FROM alliance.journal GROUP BY change_id HAVING count(*) > 1")));
    while (q.next())
        ids << QStringLiteral("server ") + q.value(0).toString();
    for (const auto &row :
         test::rawRows(path, QStringLiteral("SELECT change_id FROM journal GROUP BY change_id HAVING count(*) > 1")))
        ids << QStringLiteral("file ") + row.value(0).toString();
    return ids;
}

/// The file opens and passes the check.
void checkOpens(const QString &path)
{
    const CheckResult check = validateProjectFile(path);
    INFO(check.message.toStdString());
    CHECK(check.ok());
}

quint32 crashSeed()
{
    return qEnvironmentVariableIsSet("ALLIANCE_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("ALLIANCE_CRASH_SEED"))
        : 16u;
}

} // namespace

TEST_CASE("A sync killed at random moments neither loses nor doubles a change", "[workspace][crash]")
{
    const quint32 seed = crashSeed();
    INFO("seed " << seed << " (rerun with ALLIANCE_CRASH_SEED=" << seed << ")");
    QRandomGenerator rng(seed);
    Team team;
    publish(team);
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    const QString url = team.db.address(team.bruno.role).toString();
    QTemporaryDir home; // Bruno's computer, the same through every kill
    REQUIRE(home.isValid());

    // One whole sync, timed: the kills are spread over as long.
    editMany(team, team.fileB, team.bruno, QStringLiteral("Bruno start"), 300);
    QElapsedTimer timer;
    timer.start();
    const Run first = runSync(team.fileB, url, home.path());
    const int span = int(timer.elapsed());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);

    constexpr int rounds = 20;
    int killed = 0;
    for (int round = 0; round < rounds; ++round) {
        // Both sides move: Alice's changes come in, Bruno's go out.
        editMany(team, team.fileA, team.alice, QStringLiteral("Alice %1").arg(round), 100);
        team.sync(team.fileA, team.alice);
        editMany(team, team.fileB, team.bruno, QStringLiteral("Bruno %1").arg(round), 100);
        const auto before = content(team.fileB);
        QProcess process;
        startSync(process, team.fileB, url, home.path());
        if (!process.waitForFinished(int(rng.bounded(span + span / 5 + 1)))) {
            process.kill();
            REQUIRE(process.waitForFinished(30'000));
            ++killed;
        }
        INFO("round " << round);
        CHECK(doubled(team, team.fileB).isEmpty());
        checkOpens(team.fileB);
        // Killed, the copy holds what it held or all it took in, nothing between.
        const auto after = content(team.fileB);
        const bool untouched = after == before;
        CHECK((untouched
               || after.value(QStringLiteral("journal")).size() > before.value(QStringLiteral("journal")).size()));
    }
    CHECK(killed > rounds / 4); // the kills did land during syncs

    // Synced to the end, both sides converge with every change once.
    Run last = runSync(team.fileB, url, home.path());
    INFO(last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    team.sync(team.fileA, team.alice);
    last = runSync(team.fileB, url, home.path());
    REQUIRE(last.exitCode == 0);
    CHECK(last.out.startsWith(QStringLiteral("0 changes came in, 0 changes sent")));
    CHECK(doubled(team, team.fileB).isEmpty());
    checkOpens(team.fileB);
    CHECK(content(team.fileA) == content(team.fileB));
    CHECK(team.serverRows(team.alice) == sharedJournalRows(team.fileB));
    // Every change Bruno made reached the workspace: his last names are there.
    CHECK(team.serverRows(team.alice, QStringLiteral("v_text = 'Bruno %1 99'").arg(rounds - 1)) == 1);
}

TEST_CASE("A sync cut short before its copy is saved leaves no mark that hides changes", "[workspace][crash]")
{
    Team team;
    publish(team);
    REQUIRE(test::copyFile(team.fileA, team.fileB));
    team.sync(team.fileB, team.bruno); // nothing to exchange: the mark is left
    editMany(team, team.fileA, team.alice, QStringLiteral("Alice"), 2);
    team.sync(team.fileA, team.alice);

    // Bruno's sync takes Alice's two changes in, and dies before his copy is saved.
    qint64 merged = 0;
    {
        auto doc = team.open(team.fileB, team.bruno);
        QString error;
        const auto result
            = workspace::syncDocument(*doc, *team.db.connect(team.bruno.role), QStringLiteral("workspace"), &error);
        REQUIRE(result);
        REQUIRE(result->received == 2);
        merged = doc->journalSize();
    }
    // Bruno then makes as many changes: his file's journal has the length the
    // unsaved copy had, and the workspace has not moved.
    editMany(team, team.fileB, team.bruno, QStringLiteral("Bruno"), 2);
    REQUIRE(team.open(team.fileB, team.bruno)->journalSize() == merged);

    const auto next = team.sync(team.fileB, team.bruno);
    CHECK(next.received == 2);
    CHECK(next.sent == 2);
    team.sync(team.fileA, team.alice);
    CHECK(content(team.fileA) == content(team.fileB));
}

namespace {

/// A cluster of the test's own, which it stops and starts again; the
/// workspace databases of the test are made on it.
class OwnCluster
{
public:
    OwnCluster()
        : m_dir(QStringLiteral("/tmp/alliance-pgstop-") + QUuid::createUuid().toString(QUuid::Id128).left(12)),
          m_previous(qgetenv("ALLIANCE_PG_SOCKET"))
    {
        REQUIRE(script(QStringLiteral("start")));
        qputenv("ALLIANCE_PG_SOCKET", m_dir.toLocal8Bit());
    }
    ~OwnCluster()
    {
        script(QStringLiteral("stop"));
        qputenv("ALLIANCE_PG_SOCKET", m_previous);
        QDir(m_dir).removeRecursively();
    }
    bool crash() const { return script(QStringLiteral("crash")); }
    bool restart() const { return script(QStringLiteral("restart")); }

private:
    bool script(const QString &action) const
    {
        return QProcess::execute(QStringLiteral("bash"),
                                 {QStringLiteral(ALLIANCE_SOURCE_DIR "/tests/tools/pgserver.sh"), action, m_dir})
            == 0;
    }
    QString m_dir;
    QByteArray m_previous;
};

qint64 serverCount(const Team &team)
{
    const auto connection = team.db.connect();
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A server stopped before or during a sync leaves the local copy intact, and the next sync completes",
          "[workspace][crash]")
{
    OwnCluster cluster;
    {
        Team team;
        publish(team);
        REQUIRE(test::copyFile(team.fileA, team.fileB));
        const QString url = team.db.address(team.bruno.role).toString();
        QTemporaryDir home;
        REQUIRE(home.isValid());

        // Stopped before the sync starts.
        editMany(team, team.fileB, team.bruno, QStringLiteral("Bruno"), 50);
        auto before = content(team.fileB);
        REQUIRE(cluster.crash());
        Run run = runSync(team.fileB, url, home.path());
        CHECK(run.exitCode != 0);
        INFO(run.err.toStdString());
        // What happened in words, then the server's (libpq's) own.
        CHECK(run.err.contains(QStringLiteral("Could not connect to the workspace")));
        CHECK(run.err.contains(QStringLiteral("The workspace server cannot be reached")));
        CHECK(run.err.contains(QStringLiteral("The server said: connection to server")));
        CHECK(content(team.fileB) == before);
        checkOpens(team.fileB);
        REQUIRE(cluster.restart());

        // Stopped while a large sync sends (several batches of changes).
        editMany(team, team.fileA, team.alice, QStringLiteral("Alice"), 500);
        team.sync(team.fileA, team.alice);
        editMany(team, team.fileB, team.bruno, QStringLiteral("Bruno large"), 7000);
        before = content(team.fileB);
        const qint64 held = serverCount(team);
        QProcess process;
        startSync(process, team.fileB, url, home.path());
        // As soon as the first batch is in, the server goes.
        const auto connection = team.db.connect();
        QSqlQuery q(connection->database());
        bool sending = false;
        while (!sending && process.state() != QProcess::NotRunning) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal")));
            REQUIRE(q.next());
            sending = q.value(0).toLongLong() > held;
            if (!sending)
                QThread::msleep(2);
        }
        REQUIRE(sending);
        REQUIRE(cluster.crash());
        REQUIRE(process.waitForFinished(60'000));
        run = {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
        INFO(run.out.toStdString());
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("The connection to the workspace server broke off")));
        CHECK(content(team.fileB) == before);
        checkOpens(team.fileB);

        // Back again: the next sync completes, and both sides converge.
        REQUIRE(cluster.restart());
        run = runSync(team.fileB, url, home.path());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        team.sync(team.fileA, team.alice);
        CHECK(doubled(team, team.fileB).isEmpty());
        CHECK(content(team.fileA) == content(team.fileB));
        CHECK(team.serverRows(team.alice) == sharedJournalRows(team.fileB));
    }
}
