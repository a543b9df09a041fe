// Times syncing through a workspace on a private local PostgreSQL cluster
// (tests/tools/pgserver.sh): 20,000 changes each way (aim: under 2 s), and a
// sync with nothing new (aim: under 50 ms). Floor: reading the same 20,000
// rows from the server once as its superuser (no policies, no checks) and
// appending them with one INSERT … SELECT. Plain output, no assertions.
//   benchWorkspace [RUNS]
#include "document/document.h"
#include "workspace/connection.h"
#include "workspace/serverschema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alliance;

namespace {

constexpr int changesEachWay = 20000;
constexpr int actions = 10000; // two texts each: 20,000 changes

double median(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

QString run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : sql;
}

/// Every action's title and notes set from `salt`: 20,000 changes in one step.
ChangeSet edits(const QList<QUuid> &ids, const QString &salt)
{
    ChangeSet c(salt);
    for (int i = 0; i < ids.size(); ++i) {
        const QUuid &id = ids.at(i);
        c.set(QStringLiteral("action"), id, QStringLiteral("title"), QStringLiteral("%1 %2").arg(salt).arg(i));
        c.set(QStringLiteral("action"), id, QStringLiteral("notes"), salt + QStringLiteral(" notes"));
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    QTemporaryDir dir;
    const QString cluster = QStringLiteral("/tmp/alliance-bench-pg-%1").arg(QCoreApplication::applicationPid());
    const QString script = QStringLiteral(ALLIANCE_SOURCE_DIR "/tests/tools/pgserver.sh");
    if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), cluster}) != 0) {
        std::fprintf(stderr, "could not start PostgreSQL\n");
        return 1;
    }
    auto stop = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), cluster});
    });
    const QString superuser = qEnvironmentVariable("ALLIANCE_PG_SUPERUSER", QStringLiteral("nobody"));
    QString error;
    {
        auto admin = workspace::Connection::open({superuser, cluster, 5432, QStringLiteral("postgres")}, {}, &error);
        if (!admin || !run(admin->database(), QStringLiteral("CREATE DATABASE bench")).isEmpty())
            return 1;
    }
    auto admin = workspace::Connection::open({superuser, cluster, 5432, QStringLiteral("bench")}, {}, &error);
    if (!admin || !workspace::initWorkspace(*admin, &error)
        || !run(admin->database(), QStringLiteral("CREATE ROLE alice LOGIN IN ROLE alliance_manager")).isEmpty()
        || !run(admin->database(), QStringLiteral("CREATE ROLE bruno LOGIN IN ROLE alliance_manager")).isEmpty()) {
        std::fprintf(stderr, "could not make the workspace: %s\n", qPrintable(error));
        return 1;
    }
    auto asAlice
        = workspace::Connection::open({QStringLiteral("alice"), cluster, 5432, QStringLiteral("bench")}, {}, &error);
    auto asBruno
        = workspace::Connection::open({QStringLiteral("bruno"), cluster, 5432, QStringLiteral("bench")}, {}, &error);
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    const Author alice {QStringLiteral("Alice"), {}, QUuid::createUuid()};
    const Author bruno {QStringLiteral("Bruno"), {}, QUuid::createUuid()};
    auto a = Document::createNew(QStringLiteral("Bench"), alice, options);
    QList<QUuid> ids;
    for (int i = 0; i < actions; ++i)
        ids.append(QUuid::createUuid());
    if (!a || !a->apply(edits(ids, QStringLiteral("base")), &error)) {
        std::fprintf(stderr, "could not make the project: %s\n", qPrintable(error));
        return 1;
    }
    const QString fileA = dir.filePath(QStringLiteral("a.alliance")),
                  fileB = dir.filePath(QStringLiteral("b.alliance"));
    if (!a->saveAs(fileA, &error) || !QFile::copy(fileA, fileB))
        return 1;
    QElapsedTimer t;
    t.start();
    if (!workspace::publish(*a, *asAlice, &error)) {
        std::fprintf(stderr, "could not publish: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("publish (%d changes)                  %8.1f ms\n", int(a->journalSize()), double(t.elapsed()));
    run(asAlice->database(),
        QStringLiteral("SELECT alliance.set_member(id, 'bruno', 'editor') FROM alliance.partnerships"));
    CheckResult check;
    auto b = Document::open(fileB, bruno, options, &check);

    std::vector<double> eachWay, idle, floor;
    for (int r = 0; r < runs; ++r) {
        if (!a->apply(edits(ids, QStringLiteral("alice%1").arg(r)), &error)
            || !b->apply(edits(ids, QStringLiteral("bruno%1").arg(r)), &error))
            return 1;
        // Alice sends hers; Bruno's sync then goes both ways: the figure.
        if (!workspace::syncDocument(*a, *asAlice, QStringLiteral("bench"), &error))
            return 1;
        t.restart();
        const auto both = workspace::syncDocument(*b, *asBruno, QStringLiteral("bench"), &error);
        eachWay.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!both || both->received != changesEachWay || both->sent != changesEachWay) {
            std::fprintf(stderr, "unexpected sync: %lld in, %lld out %s\n", both ? both->received : -1LL,
                         both ? both->sent : -1LL, qPrintable(error));
            return 1;
        }
        if (!workspace::syncDocument(*a, *asAlice, QStringLiteral("bench"), &error))
            return 1;
        t.restart();
        const auto none = workspace::syncDocument(*b, *asBruno, QStringLiteral("bench"), &error);
        idle.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!none || none->received != 0 || none->sent != 0)
            return 1;
        // The floor: the same number of rows read and appended by the server alone.
        t.restart();
        QSqlQuery q(admin->database());
        q.exec(QStringLiteral("SELECT * FROM alliance.journal ORDER BY seq DESC LIMIT %1").arg(changesEachWay));
        while (q.next()) { }
        run(admin->database(),
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS copy AS SELECT * FROM alliance.journal "
                           "WITH NO DATA"));
        run(admin->database(),
            QStringLiteral("INSERT INTO copy SELECT * FROM alliance.journal ORDER BY seq DESC "
                           "LIMIT %1")
                .arg(changesEachWay));
        floor.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double f = median(floor);
    std::printf("floor: read + append %d rows, server alone %8.1f ms\n", changesEachWay, f);
    std::printf("sync, %d changes each way           %8.1f ms  (%.2f x the 2000 ms aim, %.1f x the floor)\n",
                changesEachWay, median(eachWay), median(eachWay) / 2000, median(eachWay) / f);
    std::printf("sync with nothing new                 %8.1f ms  (%.2f x the 50 ms aim)\n", median(idle),
                median(idle) / 50);
    return 0;
}
