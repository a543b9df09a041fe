// Times the evaluation report on the large project of `new --example --scale
// large`: reading the file (all the checks), building the report, gathering
// the charts, laying the body out, drawing it to a PDF; and the peak memory.
// Each figure is set against the floor, reading the file (a report cannot be
// faster than that), and the whole against the target of issue 13 (2 s).
// Plain output, no assertions.
//   benchReport LARGE.alliance [RUNS [--sections]]
// (--sections: each section's report alone too, to see where the time goes)
// Make LARGE.alliance first with `alliance-pilot new --example F --scale large`.
//   benchReport --hostile
// Times the report of projects made by code that validate but are hostile:
// 2,000 then 32,000 notes (with the ratio: 16 means linear growth), a
// contribution of 1.7e308 €, names of 100,000 characters. Each case runs in a
// child process (its own peak memory), limited to 4 GiB and 10 minutes.
#include "../ui/hostileprojects.h"
#include "journal/itemlabel.h"
#include "model/language.h"
#include "model/projectloader.h"
#include "model/projectreader.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "report/reportwriter.h"
#include "storage/filecheck.h"
#include "storage/sqlitedb.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace alliance;

namespace {

double peakMiB()
{
    rusage usage {};
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
    rlimit memory {4ull << 30, 4ull << 30};
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
    const QList<QPair<QString, QString>> cases {
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

/// The phases of one report, in milliseconds.
struct Phases
{
    std::vector<double> reading, building, charts, layout, drawing, whole;
    int pages = 0;
};

/// The body's page as the renderer sets it (header 26 pt, footer 20 pt):
/// only for timing the layout apart, so a point off would not matter.
QSizeF bodySize(QPdfWriter &writer)
{
    const QRect full = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const qreal pt = writer.logicalDpiY() / 72.0;
    return {qreal(full.width()), full.height() - 46 * pt};
}

/// One run of the report `options` ask for, from the file at `path` to a PDF
/// in memory, phase by phase. False (with a message) when it fails.
bool runOnce(const QString &path, const report::Options &asked, Phases &phases)
{
    QElapsedTimer whole;
    whole.start();
    // As the report verb does: the file checked, loaded, and kept open for
    // the synthesis to read its journal.
    SqliteDb db;
    const CheckResult check = openCheckedProjectFile(path, db);
    if (!check.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(check.message));
        return false;
    }
    const std::optional<Project> project = loadProject(db);
    report::Options options = asked;
    options.journal = queryRowsOf(db);
    phases.reading.push_back(whole.nsecsElapsed() / 1e6);

    // What writeReportPdf does, phase by phase (the same calls).
    const WritingIn language(Language::load(options.language));
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    QPdfWriter writer(&file);
    writer.setResolution(600);
    report::preparePage(writer, options.paper);
    QElapsedTimer phase;
    phase.start();
    const report::Report built = report::buildReport(*project, options);
    phases.building.push_back(phase.nsecsElapsed() / 1e6);
    phase.restart();
    const QList<report::ReportChart> charts = report::includes(options, QStringLiteral("dashboard"))
        ? report::reportCharts(report::reportedProject(*project, options), options)
        : QList<report::ReportChart>();
    phases.charts.push_back(phase.nsecsElapsed() / 1e6);
    // The layout alone, on a document thrown away: renderReport lays out again.
    phase.restart();
    {
        const report::BodyDocument body = report::layoutBody(built, charts, &writer, bodySize(writer));
        body.document->pageCount();
    }
    const double layout = phase.nsecsElapsed() / 1e6;
    phases.layout.push_back(layout);
    phase.restart();
    QString error;
    phases.pages = report::renderReport(built, charts, writer, &error);
    if (phases.pages == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    phases.drawing.push_back(std::max(0.0, phase.nsecsElapsed() / 1e6 - layout));
    phases.whole.push_back(whole.nsecsElapsed() / 1e6 - layout);
    return true;
}

/// Times `runs` reports of `options` and prints the medians, each with its
/// share of the floor (reading the file) and the whole against `targetMs`.
int bench(const QString &path, const QString &name, const report::Options &options, int runs, double targetMs)
{
    Phases p;
    for (int run = 0; run < runs; ++run)
        if (!runOnce(path, options, p))
            return 1;
    const double floor = median(p.reading);
    auto line = [&](const char *label, const std::vector<double> &times) {
        std::printf("  %-34s %8.0f ms  %5.2f x floor\n", label, median(times), median(times) / floor);
    };
    std::printf("%s of the large project (%d pages, A4), median of %d runs\n", qPrintable(name), p.pages, runs);
    line("read and check the file (floor)", p.reading);
    line("build the report (data)", p.building);
    line("the charts' data", p.charts);
    line("lay the body out", p.layout);
    line("draw the pages into the PDF", p.drawing);
    line("read + build + draw the PDF", p.whole);
    std::printf("  %-34s %8.0f ms  %5.2f x target\n", "target", targetMs, median(p.whole) / targetMs);
    std::printf("  %-34s %8.0f MiB\n", "peak memory", peakMiB());
    std::fflush(stdout);
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
        std::fprintf(stderr, "usage: benchReport LARGE.alliance [RUNS [--sections]] | benchReport --hostile\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    // One line per preset: each is a report::Options and its target.
    report::Options full;
    if (bench(path, QStringLiteral("full report (every section)"), full, runs, 2000) != 0)
        return 1;
    report::Options committee;
    committee.preset = report::Preset::Committee;
    if (bench(path, QStringLiteral("committee pack"), committee, runs, 500) != 0)
        return 1;
    // Each section alone: where the time of the full report goes.
    if (argc > 3 && QByteArray(argv[3]) == "--sections")
        for (const QString &id : report::sectionIds()) {
            report::Options one;
            one.sections = {id};
            if (bench(path, QStringLiteral("section “%1” alone").arg(id), one, runs, 2000) != 0)
                return 1;
        }
    return 0;
}
