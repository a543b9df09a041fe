// Times the evaluation report on the large project of `new --example --scale
// large`: reading the file (all the checks), building the report, drawing it
// to a PDF; and the peak memory. Plain output, no assertions.
//   benchReport LARGE.alliance [RUNS]
// Make LARGE.alliance first with `alliance-pilot new --example F --scale large`.
//   benchReport --hostile
// Times the report of projects made by code that validate but are hostile:
// 2,000 then 32,000 notes (with the ratio: 16 means linear growth), a
// contribution of 1.7e308 €, names of 100,000 characters. Each case runs in a
// child process (its own peak memory), limited to 4 GiB and 10 minutes.
#include "../ui/hostileprojects.h"
#include "model/projectreader.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace alliance;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

/// Child: builds one hostile project, writes its report, prints
/// "<ms> <peak MiB> <pages>".
int runCase(const QString &name)
{
    rlimit memory{4ull << 30, 4ull << 30};
    setrlimit(RLIMIT_AS, &memory);
    QTemporaryDir dir;
    DocumentOptions documentOptions;
    documentOptions.workingFolder = dir.path();
    auto doc = Document::createNew(QStringLiteral("Hostile"), {QStringLiteral("Bench"), {}, QUuid::createUuid()},
                                   documentOptions);
    ChangeSet changes;
    if (name.startsWith(QLatin1String("notes:")))
        changes = test::manyNotes(name.mid(6).toInt());
    else if (name == QLatin1String("huge"))
        changes = test::hugeNumbers();
    else if (name == QLatin1String("long"))
        changes = test::longNames();
    QString error;
    if (!doc || !doc->apply(changes, &error)) {
        std::fprintf(stderr, "cannot build %s: %s\n", qPrintable(name), qPrintable(error));
        return 1;
    }
    report::Options options;
    QElapsedTimer timer;
    timer.start();
    const int pages = report::writeReportPdf(doc->project(), options, dir.filePath(QStringLiteral("r.pdf")), &error);
    std::printf("%.0f %.0f %d\n", timer.nsecsElapsed() / 1e6, peakMiB(), pages);
    return pages > 0 ? 0 : 1;
}

struct Outcome
{
    bool ok = false;
    double ms = 0, mib = 0;
    int pages = 0;
};

Outcome runChild(const QString &name)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--case"), name});
    Outcome o;
    if (!child.waitForFinished(600000)) {
        child.kill();
        child.waitForFinished();
        return o;
    }
    const QStringList parts = QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char(' '));
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || parts.size() != 3)
        return o;
    return {true, parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).toInt()};
}

int hostile()
{
    std::printf("report of hostile projects (A4, every section), one process each\n");
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("notes:2000"), QStringLiteral("2,000 notes")},
        {QStringLiteral("notes:32000"), QStringLiteral("32,000 notes")},
        {QStringLiteral("huge"), QStringLiteral("1.7e308 EUR contributions")},
        {QStringLiteral("long"), QStringLiteral("100,000-character names")},
    };
    QList<Outcome> outcomes;
    for (const auto &[id, label] : cases) {
        const Outcome o = runChild(id);
        outcomes.append(o);
        if (o.ok)
            std::printf("  %-28s %8.0f ms %6.0f MiB peak %5d pages\n", qPrintable(label), o.ms, o.mib, o.pages);
        else
            std::printf("  %-28s failed (killed, out of memory or over 10 minutes)\n", qPrintable(label));
        std::fflush(stdout);
    }
    if (outcomes.at(0).ok && outcomes.at(1).ok && outcomes.at(0).ms > 0)
        std::printf("  32,000 / 2,000 notes: time x %.1f (16 = linear, 256 = quadratic)\n",
                    outcomes.at(1).ms / outcomes.at(0).ms);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--case")
        return runCase(QString::fromLatin1(argv[2]));
    if (argc > 1 && QByteArray(argv[1]) == "--hostile")
        return hostile();
    if (argc < 2) {
        std::fprintf(stderr, "usage: benchReport LARGE.alliance [RUNS] | benchReport --hostile\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QTemporaryDir dir;
    std::vector<double> reading, building, whole;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        CheckResult check;
        const auto project = readProjectFile(path, &check);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(check.message));
            return 1;
        }
        reading.push_back(timer.nsecsElapsed() / 1e6);
        report::Options options;
        QElapsedTimer build;
        build.start();
        const report::Report built = report::buildReport(*project, options);
        building.push_back(build.nsecsElapsed() / 1e6);
        QString error;
        pages = report::writeReportPdf(*project, options, dir.filePath(QStringLiteral("large.pdf")), &error);
        if (pages == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        whole.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("report of the large project (%d pages, A4, every section), median of %d runs\n", pages, runs);
    std::printf("  read and check the file      %8.0f ms\n", median(reading));
    std::printf("  build the report (data)      %8.0f ms\n", median(building));
    std::printf("  read + build + draw the PDF  %8.0f ms\n", median(whole));
    std::printf("  peak memory                  %8.0f MiB\n", peakMiB());
    return 0;
}
