// Times the core on the large project of `new --example --scale large`:
// generation, open (checks + working copy + load), edit + save, the `info`
// verb (and with --history), validation alone, the history panel's reads,
// and peak memory. Plain output, no assertions.
// First it times SQLite's own floor on the same file, what
// `sqlite3 -readonly FILE 'PRAGMA quick_check; VACUUM INTO "copy"'` does,
// and prints every later time with its ratio to that floor. A file this
// installation saved is opened on its verdict (verdictstore.h); the same
// project with other bytes, as received from a partner, gets every check:
// both are timed.
//   benchCore [RUNS]
// The project is generated in a child process (this program with
// --generate), so that the peak memory of the timed operations is not the
// generator's. Then two copies of it each get 20,000 changes of their own
// (--diverge, in children) and are merged (--merge, in a child of its own,
// so that the peak memory printed is the merge's).
#include "cli/verbs.h"
#include "document/document.h"
#include "example/examplegenerator.h"
#include "journal/itemhistory.h"
#include "storage/filecheck.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "sync/receivedcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

using namespace alliance;

namespace {

const Author benchAuthor {QStringLiteral("Bench"), {}, QUuid::createUuid()};

DocumentOptions optionsIn(const QString &folder)
{
    DocumentOptions o;
    o.workingFolder = folder;
    return o;
}

// SQLite's floor once measured (ms): every other time is compared with it.
// Children read it from the environment.
double floorMs = qEnvironmentVariable("ALLIANCE_BENCH_FLOOR_MS").toDouble();

// Peak memory (MiB). For this process, the high-water mark of its own
// memory (VmHWM): getrusage's ru_maxrss carries over through fork and exec,
// so a child started by a large parent would report the parent's peak.
double peakMiB(int who)
{
    if (who == RUSAGE_SELF) {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// The child: makes the large project at `path` and says how long it took.
int generate(const QString &path, const QString &working)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto doc = Document::createNew(QString(), benchAuthor, optionsIn(working), {}, &error);
    if (!doc || !example::fillLarge(*doc, &error)) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 filled = timer.elapsed();
    if (!doc->saveAs(path, &error)) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generation: %.2f s (fill %.2f s, first save %.2f s), journal %lld changes, peak %.0f MiB\n",
                timer.elapsed() / 1000.0, filled / 1000.0, (timer.elapsed() - filled) / 1000.0,
                static_cast<long long>(doc->journalSize()), peakMiB(RUSAGE_SELF));
    return 0;
}

// A child: opens `path`, applies `changes` changes of its own (review
// comments and measurement values from item `offset` on, in change sets of
// 2,000) and saves the result to `out`.
int diverge(const QString &path, const QString &out, int offset, int changes, const QString &working)
{
    CheckResult check;
    const Author author {QStringLiteral("Diverge %1").arg(offset), {}, QUuid::createUuid()};
    auto doc = Document::open(path, author, optionsIn(working), &check);
    if (!doc) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(check.message));
        return 1;
    }
    const auto scores = doc->rows(QStringLiteral("review_score"), {});
    const auto measurements = doc->rows(QStringLiteral("measurement"), {});
    const int onScores = changes * 3 / 4;
    ChangeSet batch(QStringLiteral("Diverge"));
    QString error;
    for (int i = 0; i < changes; ++i) {
        if (i < onScores)
            batch.set(QStringLiteral("review_score"),
                      QUuid::fromString(scores.at((offset + i) % scores.size()).value(0).toString()),
                      QStringLiteral("comment"), QStringLiteral("Commentaire %1 de %2").arg(i).arg(offset));
        else
            batch.set(QStringLiteral("measurement"),
                      QUuid::fromString(measurements.at((offset + i) % measurements.size()).value(0).toString()),
                      QStringLiteral("value"), 1000.0 + offset + i);
        if (batch.changes.size() == 2000 || i == changes - 1) {
            if (!doc->apply(batch, &error)) {
                std::fprintf(stderr, "edit failed: %s\n", qPrintable(error));
                return 1;
            }
            batch.changes.clear();
        }
    }
    if (!doc->saveAs(out, &error)) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

// A child: opens `mine` (untimed), then times planning and applying the merge
// of `theirs`, and prints the peak memory of the whole process.
int mergeCopies(const QString &mine, const QString &theirs, const QString &working)
{
    CheckResult check;
    auto doc = Document::open(mine, benchAuthor, optionsIn(working), &check);
    if (!doc)
        return 1;
    doc->project(); // a project open in the app is loaded already
    const double beforeMiB = peakMiB(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    // For reference: the checks of the received file as the merge runs them
    // (part of planning: its journal's rows that mine lacks, what it reads).
    {
        SqliteDb received;
        if (!sync::openReceivedCopy(theirs, doc->workingCopyPath(), received).ok())
            return 1;
    }
    const qint64 checked = timer.nsecsElapsed();
    timer.restart();
    const auto plan = sync::planMerge(*doc, theirs, &check);
    if (!plan) {
        std::fprintf(stderr, "merge refused: %s\n", qPrintable(check.message));
        return 1;
    }
    const qint64 planned = timer.nsecsElapsed();
    QString error;
    if (!doc->applyMerge(*plan, {}, &error)) {
        std::fprintf(stderr, "merge failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 applied = timer.nsecsElapsed();
    doc->project();
    const qint64 reloaded = timer.nsecsElapsed();
    std::printf(
        "merge     %9.1f ms = %.2f× floor  (check and plan %.1f, of which the file checks alone take about %.1f; apply "
        "%.1f; then reload %.1f) — %lld changes in, %lld fields taken, %lld conflicts\n",
        applied / 1e6, floorMs > 0 ? applied / 1e6 / floorMs : 0.0, planned / 1e6, checked / 1e6,
        (applied - planned) / 1e6, (reloaded - applied) / 1e6, static_cast<long long>(plan->incoming.size()),
        static_cast<long long>(plan->winners.size()), static_cast<long long>(plan->conflicts.size()));
    std::printf("merge peak memory: %.0f MiB (%.0f MiB once the project was open)\n", peakMiB(RUSAGE_SELF), beforeMiB);
    return 0;
}

// SQLite's floor, through its C API as the sqlite3 shell does it: a
// read-only open, quick_check, VACUUM INTO `copy` (removed after, untimed).
bool sqliteFloor(const QString &path, const QString &copy)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    bool sound = false;
    auto checkRow = [](void *verdict, int, char **values, char **) {
        *static_cast<bool *>(verdict) = values[0] && qstrcmp(values[0], "ok") == 0;
        return 0;
    };
    ok = ok && sqlite3_exec(db, "PRAGMA quick_check", checkRow, &sound, nullptr) == SQLITE_OK && sound;
    QString literal = copy;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    ok = ok
        && sqlite3_exec(db, QStringLiteral("VACUUM INTO '%1'").arg(literal).toUtf8().constData(), nullptr, nullptr,
                        nullptr)
            == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// The same project as received from elsewhere: other bytes (its change
// counter), so no verdict of this installation applies to it.
bool writeReceivedCopy(const QString &path, const QString &received)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    if (bytes.size() < 100)
        return false;
    for (int offset : {24, 92}) // the change counter and the "valid-for" stamp that must match it
        bytes[offset + 3] = char(bytes.at(offset + 3) ^ 0x5a);
    in.close();
    QFile out(received);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

// A child: opens `path` and loads its project as the app does, printing the
// peak memory of this process after each step (the aim is for the last).
int openAlone(const QString &path, const QString &working)
{
    const double start = peakMiB(RUSAGE_SELF);
    CheckResult check;
    auto doc = Document::open(path, benchAuthor, optionsIn(working), &check);
    if (!doc)
        return 1;
    const double opened = peakMiB(RUSAGE_SELF);
    const bool loaded = !doc->project().reviewScores.isEmpty();
    std::printf("peak memory, project open alone (%s): %.0f MiB (at start %.0f, once checked and copied %.0f; aim: "
                "under 150 MiB)\n",
                check.knownSound ? "saved here" : "received", peakMiB(RUSAGE_SELF), start, opened);
    return loaded ? 0 : 1;
}

// Median of `runs` timings of `step` in milliseconds; `step` returns false on
// failure. `after` runs after each timing, untimed.
double medianMs(int runs, const std::function<bool()> &step, const char *what, const std::function<void()> &after = {})
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!step()) {
            std::fprintf(stderr, "%s failed\n", what);
            return -1;
        }
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (after)
            after();
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("%-28s median %9.1f ms   (min %.1f, max %.1f, %d runs)", what, median, times.front(), times.back(),
                runs);
    if (floorMs > 0)
        std::printf("   %5.2f× floor", median / floorMs);
    std::printf("\n");
    return median;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--generate"))
        return generate(args.at(2), args.at(3));
    if (args.size() == 7 && args.at(1) == QLatin1String("--diverge"))
        return diverge(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toInt(), args.at(6));
    if (args.size() == 4 && args.at(1) == QLatin1String("--open"))
        return openAlone(args.at(2), args.at(3));
    if (args.size() == 5 && args.at(1) == QLatin1String("--merge"))
        return mergeCopies(args.at(2), args.at(3), args.at(4));
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("large.alliance"));
    const QString working = dir.filePath(QStringLiteral("working"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--generate"), path, dir.filePath(QStringLiteral("generator"))});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return 1;
    std::fflush(stdout);
    std::printf("file: %.1f MiB\n", QFileInfo(path).size() / (1024.0 * 1024.0));

    const QString floorCopy = dir.filePath(QStringLiteral("floor-copy.alliance"));
    floorMs = medianMs(
        runs, [&] { return sqliteFloor(path, floorCopy); }, "SQLite floor", [&] { QFile::remove(floorCopy); });
    qputenv("ALLIANCE_BENCH_FLOOR_MS", QByteArray::number(floorMs));
    const QString received = dir.filePath(QStringLiteral("received.alliance"));
    if (!writeReceivedCopy(path, received))
        return 1;
    medianMs(
        runs, [&] { return validateProjectFile(path).knownSound; }, "validate (saved here)");
    medianMs(
        runs,
        [&] {
            const CheckResult r = validateProjectFile(received);
            return r.ok() && !r.knownSound;
        },
        "validate (received)");
    medianMs(
        runs,
        [&] {
            QString out, err;
            QTextStream o(&out), e(&err);
            return cli::runInfo({QStringLiteral("info"), path}, o, e) == 0;
        },
        "info");
    medianMs(
        runs,
        [&] {
            QString out, err;
            QTextStream o(&out), e(&err);
            return cli::runInfo({QStringLiteral("info"), path, QStringLiteral("--history")}, o, e) == 0
                && !out.isEmpty();
        },
        "info --history");
    std::unique_ptr<Document> opened;
    medianMs(
        runs,
        [&] {
            CheckResult check;
            opened = Document::open(path, benchAuthor, optionsIn(working), &check);
            return opened && check.knownSound && !opened->project().reviewScores.isEmpty();
        },
        "open (saved here)", [&] { opened.reset(); }); // closing removes the working copy: not part of "open"
    medianMs(
        runs,
        [&] {
            CheckResult check;
            opened = Document::open(received, benchAuthor, optionsIn(working), &check);
            return opened && !check.knownSound && !opened->project().reviewScores.isEmpty();
        },
        "open (received)", [&] { opened.reset(); });
    {
        CheckResult check;
        auto doc = Document::open(path, benchAuthor, optionsIn(working), &check);
        if (!doc)
            return 1;
        int edit = 0;
        medianMs(
            runs,
            [&] {
                ChangeSet change(QStringLiteral("Rename"));
                change.set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                           QStringLiteral("Réseau, révision %1").arg(++edit));
                return doc->apply(change) && doc->save();
            },
            "edit+save");
        // What the history panel reads: every item with changes once, then after
        // each edit only the journal's new rows, the names of a screenful of
        // items, and one item's changes.
        const QueryRows query = queryRowsOf(*doc);
        qint64 end = 0;
        medianMs(
            runs,
            [&] {
                end = history::journalEnd(query);
                const auto items = history::changedItems(query);
                // ... and the table and date of the rows a panel shows first.
                int named = 0;
                for (int i = 0; i < 40 && i < items.size(); ++i)
                    named += !history::detailsOf(query, items.at(i)).table.isEmpty();
                return named == qMin(40, int(items.size())) && named > 0;
            },
            "history: items");
        medianMs(
            runs,
            [&] {
                ChangeSet change(QStringLiteral("Rename"));
                change.set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                           QStringLiteral("Réseau, révision %1").arg(++edit));
                if (!doc->apply(change))
                    return false;
                const bool read = !history::changedItems(query, end).isEmpty();
                end = history::journalEnd(query);
                return read;
            },
            "history: edit+update");
        const auto items = history::changedItems(query);
        medianMs(
            runs,
            [&] {
                ItemLabels labels(query, ItemLabels::Reading::ItemByItem);
                QString all;
                for (int i = 0; i < 40 && i < items.size(); ++i) {
                    const auto &item = items.at(items.size() - 1 - i);
                    all += labels.label(history::detailsOf(query, item).table, item.id);
                }
                const auto changes
                    = history::changesOf(query, history::detailsOf(query, items.last()).table, items.last().id);
                for (const auto &c : changes)
                    all += history::readable(c, labels).value;
                return !all.isEmpty();
            },
            "history: 40 names + 1 item");
    }
    std::printf("peak memory of these operations: %.0f MiB (generator child: %.0f MiB)\n", peakMiB(RUSAGE_SELF),
                peakMiB(RUSAGE_CHILDREN));

    // Two copies, 20,000 changes each, 1,000 of them on the same fields.
    auto runChild = [&](const QStringList &arguments) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), arguments);
        std::fflush(stdout);
        return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (!runChild({QStringLiteral("--open"), path, working})
        || !runChild({QStringLiteral("--open"), received, working}))
        return 1;
    const QString mine = dir.filePath(QStringLiteral("mine.alliance"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.alliance"));
    const QString count = QString::number(20000);
    if (!runChild({QStringLiteral("--diverge"), path, mine, QStringLiteral("0"), count, working})
        || !runChild({QStringLiteral("--diverge"), path, theirs, QStringLiteral("14000"), count, working}))
        return 1;
    // Theirs comes from a partner: no verdict of this installation may apply to it.
    if (!writeReceivedCopy(theirs, theirs))
        return 1;
    for (int i = 0; i < std::min(runs, 3); ++i)
        if (!runChild({QStringLiteral("--merge"), mine, theirs, working}))
            return 1;
    return 0;
}
