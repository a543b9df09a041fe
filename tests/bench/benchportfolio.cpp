// Lists a folder of 200 partnerships as the Portfolio view and the verb do
// (issue 16: under 5 s the first time, under 0.5 s the second), and prints
// each time with its ratio to the aim and to a floor: reading the 200 files'
// bytes once (page cache warm, as the scans find it). Plain output, no
// assertions.
//   benchPortfolio FOLDER --make   makes the missing files (slow: not timed)
//   benchPortfolio FOLDER [RUNS]   times the scans
//
// The folder: 196 copies of the French example, each made anew (own ids and
// clocks, so no two files share bytes and the cache cannot match one by
// another's content), and 4 of the large synthetic project (60 partners,
// ~85 MB, 200,000+ journal changes). A programme's portfolio is mostly young
// partnerships with a year of data and a few long-running large ones; the 4
// large files still hold most of the bytes (≈ 340 of ≈ 680 MB), so both the
// per-file cost and the per-byte cost are measured.
//
// Every first scan runs with no summary cache and no verdict of this
// installation: every file gets the full check of a received file.
#include "cli/verbs.h"
#include "portfolio/foldersource.h"
#include "portfolio/summarycache.h"
#include "storage/verdictstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alliance;

namespace {

constexpr int fileCount = 200;
constexpr double firstAimMs = 5000, secondAimMs = 500;

bool isLarge(int i)
{
    return i % 50 == 40; // 40, 90, 140, 190
}

QString nameOf(int i)
{
    return QStringLiteral("partenariat-%1%2.alliance")
        .arg(i, 3, 10, QLatin1Char('0'))
        .arg(isLarge(i) ? QStringLiteral("-large") : QString());
}

int make(const QString &folder)
{
    QDir().mkpath(folder);
    QTemporaryDir working;
    DocumentOptions options;
    options.workingFolder = working.path();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < fileCount; ++i) {
        const QString path = QDir(folder).filePath(nameOf(i));
        if (QFile::exists(path))
            continue;
        QStringList args {QStringLiteral("new"), QStringLiteral("--example"), path};
        if (isLarge(i))
            args << QStringLiteral("--scale") << QStringLiteral("large");
        QString out, err;
        QTextStream o(&out), e(&err);
        if (cli::runNew(args, o, e, options) != 0) {
            std::fprintf(stderr, "could not make %s: %s\n", qPrintable(path), qPrintable(err));
            return 1;
        }
    }
    std::printf("made the folder in %.1f s\n", double(timer.elapsed()) / 1000);
    return 0;
}

/// The floor: every byte of the folder's files read once, in 1 MiB blocks.
double readAllMs(const QStringList &paths, qint64 *bytes)
{
    QElapsedTimer timer;
    timer.start();
    *bytes = 0;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (const QString &p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (qint64 n; (n = f.read(block.data(), block.size())) > 0;)
            *bytes += n;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

void forgetEverything(const QString &cachePath)
{
    QFile::remove(cachePath);
    QFile::remove(verdicts::defaultStorePath());
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // never the user's cache or verdicts
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: benchPortfolio FOLDER [--make | RUNS]\n");
        return 2;
    }
    const QString folder = args.at(1);
    if (args.value(2) == QLatin1String("--make"))
        return make(folder);
    const int runs = qMax(1, args.value(2, QStringLiteral("3")).toInt());
    const QStringList paths = portfolio::FolderSource::projectFiles(folder);
    if (paths.size() != fileCount) {
        std::fprintf(stderr, "%s holds %lld project files, not %d: run with --make first\n", qPrintable(folder),
                     qlonglong(paths.size()), fileCount);
        return 1;
    }
    QTemporaryDir cacheDir;
    const QString cachePath = cacheDir.filePath(QStringLiteral("summaries.json"));
    const QString keyPath = cacheDir.filePath(QStringLiteral("key"));
    const QDate today = QDate::currentDate();

    qint64 bytes = 0;
    readAllMs(paths, &bytes); // warm the page cache as a scan finds it after the first
    std::vector<double> floor, first, firstOneCore, second, hashing;
    portfolio::ScanResult lastFirst, lastSecond;
    const auto scan = [&](int threads, portfolio::ScanResult *result) {
        portfolio::SummaryCache cache(cachePath, keyPath);
        QElapsedTimer timer;
        timer.start();
        cache.load();
        portfolio::FolderSource source(folder, &cache);
        portfolio::ScanControl control;
        control.today = today;
        control.threads = threads;
        *result = source.scan(control);
        return double(timer.nsecsElapsed()) / 1e6;
    };
    for (int r = 0; r < runs; ++r) {
        floor.push_back(readAllMs(paths, &bytes));
        QElapsedTimer timer;
        timer.start();
        for (const QString &p : paths)
            verdicts::hashFile(p);
        hashing.push_back(double(timer.nsecsElapsed()) / 1e6);
        forgetEverything(cachePath);
        first.push_back(scan(0, &lastFirst));
        second.push_back(scan(0, &lastSecond));
    }
    forgetEverything(cachePath);
    portfolio::ScanResult oneCore;
    firstOneCore.push_back(scan(1, &oneCore));

    int refused = 0;
    for (const auto &row : lastFirst.rows)
        refused += row.refused() ? 1 : 0;
    const double floorMs = median(floor);
    std::printf("Portfolio of %d partnerships (%d large), %.0f MB, %d run(s), medians\n", fileCount, 4,
                double(bytes) / 1e6, runs);
    std::printf("floor: reading every byte once            %8.1f ms\n", floorMs);
    std::printf("hashing every byte once (SHA-256)         %8.1f ms  (%.1f x the floor)\n", median(hashing),
                median(hashing) / floorMs);
    std::printf("first listing (no cache, full checks)     %8.1f ms  (%.2f x the %g ms aim, %.1f x the floor)"
                "  read %d, refused %d\n",
                median(first), median(first) / firstAimMs, firstAimMs, median(first) / floorMs, lastFirst.filesRead,
                refused);
    std::printf("first listing on one core                 %8.1f ms  (%.2f x the two-core time)\n",
                median(firstOneCore), median(firstOneCore) / median(first));
    std::printf("second listing (cache)                    %8.1f ms  (%.2f x the %g ms aim, %.2f x the floor)"
                "  from cache %d, hashed %d, read %d\n",
                median(second), median(second) / secondAimMs, secondAimMs, median(second) / floorMs,
                lastSecond.fromCache, lastSecond.filesHashed, lastSecond.filesRead);
    return 0;
}
