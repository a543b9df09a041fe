// Writes the portfolio report of 200 partnerships as a PDF (issue 16: the
// board's report of a programme), and prints the time with its ratio to an
// aim (2 s: a click on "Report (PDF)…" should not feel stuck) and to a
// floor: the same titles and figures printed as plain lines, one per
// partnership, with no table, chart, cover nor contents. Plain output, no
// assertions. The summaries are made in memory: reading the files is
// benchPortfolio's part.
//   benchPortfolioPdf [RUNS]
#include "portfolio/portfoliopdf.h"
#include "portfolio/portfoliotable.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alliance;
using namespace alliance::portfolio;

namespace {

constexpr int partnershipCount = 200;
constexpr double aimMs = 2000;

QList<PartnershipSummary> summaries(const QDate &today)
{
    QList<PartnershipSummary> rows;
    for (int i = 0; i < partnershipCount; ++i) {
        PartnershipSummary s;
        s.path = QStringLiteral("/p/partenariat-%1.alliance").arg(i, 3, 10, QLatin1Char('0'));
        s.computedOn = today;
        s.title = QStringLiteral("Alliance pour l’insertion numérique n° %1").arg(i);
        s.lead = QStringLiteral("Passerelles Numériques %1").arg(i % 31);
        s.modelId = i % 3 ? QStringLiteral("practice_audit") : QStringLiteral("hybrid_model");
        s.currentStepId = QStringLiteral("pilot");
        s.onTrack = 4;
        s.atRisk = i % 3;
        s.offTrack = i % 2;
        s.hasReview = true;
        s.angles = {{QStringLiteral("performance"), 70.0, 4},
                    {QStringLiteral("pertinence"), 78.0, 4},
                    {QStringLiteral("coherence"), 77.0, 4}};
        s.lateActions = i % 5;
        s.nextMilestone = {QStringLiteral("Évaluation finale et rapport"), today.addDays(40 + i % 50)};
        s.nextCommittee = {QStringLiteral("Comité de pilotage"), today.addDays(20 + i % 60)};
        s.upcoming = {{DueCount::Kind::Action, today.addDays(i % 30), 2},
                      {DueCount::Kind::Committee, today.addDays(20 + i % 60), 1}};
        rows << s;
    }
    return rows;
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
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    const QDate today(2026, 12, 1);
    const QList<PartnershipSummary> rows = summaries(today);
    PortfolioReportOptions options;
    options.date = today;
    options.source = QStringLiteral("/srv/partenariats");
    QTemporaryDir dir;
    std::vector<double> report, floor;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        pages = writePortfolioPdf(rows, options, dir.filePath(QStringLiteral("report.pdf")), &error);
        report.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (pages == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        timer.restart();
        QStringList lines;
        for (const PartnershipSummary &row : rows) {
            QStringList cells;
            for (Column c : reportColumns())
                cells << text(row, c);
            lines << cells.join(QStringLiteral(" · "));
        }
        QTextDocument plain;
        plain.setPlainText(lines.join(QLatin1Char('\n')));
        QPdfWriter writer(dir.filePath(QStringLiteral("floor.pdf")));
        writer.setResolution(600);
        plain.print(&writer);
        floor.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("Portfolio report of %d partnerships, %d pages, %d run(s), medians\n", partnershipCount, pages, runs);
    std::printf("floor: the figures as plain lines        %8.1f ms\n", median(floor));
    std::printf("portfolio report (PDF)                   %8.1f ms  (%.2f x the %g ms aim, %.1f x the floor)\n",
                median(report), median(report) / aimMs, aimMs, median(report) / median(floor));
    return 0;
}
