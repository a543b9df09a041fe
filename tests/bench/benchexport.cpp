// Times the exports of the large project (`new --example --scale large`):
// the workbook (aim: under 3 s, issue 15), the CSV folder and the calendar.
// Prints each time (best and median of RUNS) with its ratio to the aim.
// Plain output, no assertions.
//   benchExport [RUNS]
#include "cli/verbs.h"
#include "document/document.h"
#include "exports/csvexport.h"
#include "exports/icsexport.h"
#include "exports/xlsxexport.h"
#include "model/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace alliance;

namespace {

constexpr double aimMs = 3000; // exporting the large example to xlsx

void report(const char *what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    std::printf("%-34s best %8.1f ms  median %8.1f ms  (%.2f x the %g ms aim)\n", what, ms.front(), median,
                median / aimMs, aimMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString project = dir.filePath(QStringLiteral("large.alliance"));
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    if (cli::runNew({QStringLiteral("new"), QStringLiteral("--example"), project, QStringLiteral("--scale"),
                     QStringLiteral("large")},
                    outStream, errStream, options)
        != 0) {
        std::fprintf(stderr, "could not make the large example: %s\n", qPrintable(err));
        return 1;
    }
    CheckResult check;
    const auto doc = Document::open(project, {QStringLiteral("Bench"), {}, QUuid::createUuid()}, options, &check);
    if (!doc) {
        std::fprintf(stderr, "could not open it: %s\n", qPrintable(check.message));
        return 1;
    }
    exports::Options exportOptions;
    exportOptions.language = Language::load(QStringLiteral("fr"));
    exportOptions.includePrivate = true;
    std::printf("Exports of the large example (%s), %d run(s)\n", qPrintable(QFileInfo(project).fileName()), runs);
    int n = 0;
    auto time = [&](const char *what, const std::function<bool(const QString &)> &write) {
        std::vector<double> ms;
        for (int r = 0; r < runs; ++r) {
            const QString target = dir.filePath(QStringLiteral("out-%1").arg(++n));
            QElapsedTimer timer;
            timer.start();
            if (!write(target)) {
                std::fprintf(stderr, "%s failed\n", what);
                return;
            }
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        report(what, ms);
    };
    QString error;
    qint64 rows = 0;
    time("workbook (xlsx)", [&](const QString &target) {
        const auto written = exports::writeXlsx(*doc, target + QStringLiteral(".xlsx"), exportOptions, &error);
        rows = written ? written->rows : 0;
        return written.has_value();
    });
    time("CSV folder", [&](const QString &target) {
        return exports::writeCsvFolder(*doc, target, exportOptions, &error).has_value();
    });
    time("calendar (ics)", [&](const QString &target) {
        return exports::writeIcs(*doc, target + QStringLiteral(".ics"), exportOptions, &error).has_value();
    });
    std::printf("rows in the workbook: %lld\n", static_cast<long long>(rows));
    if (!error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return 0;
}
