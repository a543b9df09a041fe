// Times the evaluation report on the large project of `new --example --scale
// large`: reading the file (all the checks), building the report, drawing it
// to a PDF; and the peak memory. Plain output, no assertions.
//   benchReport LARGE.alliance [RUNS]
// Make LARGE.alliance first with `alliance-pilot new --example F --scale large`.
#include "model/projectreader.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: benchReport LARGE.alliance [RUNS]\n");
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
