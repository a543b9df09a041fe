// Times the questionnaires of the large project (`new --example --scale
// large`, 60 partners): one workbook per partner for each kind (aim: under
// 3 s for 60, issue 15). The floor is libxlsxwriter writing the same cells
// (numbers, questions, answers known) into one sheet per workbook, without
// instructions, drop-down lists, protection, binding or the very hidden
// rewrite. Prints best and median of RUNS, with the ratios to the aim and to
// the floor. Plain output, no assertions.
//   benchQuestionnaire [RUNS]
#include "cli/verbs.h"
#include "document/document.h"
#include "model/language.h"
#include "model/project.h"
#include "questionnaire/prefilledanswers.h"
#include "questionnaire/questionnairebatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>
#include <xlsxwriter.h>

using namespace alliance;
using questionnaire::Kind;

namespace {

constexpr double aimMs = 3000; // 60 questionnaires

double median(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

/// The floor: the same cells, plainly, one workbook per partner.
bool writePlain(const Project &project, Kind kind, const QUuid &review, const QString &folder)
{
    int n = 0;
    for (const QUuid &id : questionnaire::questionnairePartners(project)) {
        const auto questions = questionnaire::questionsFor(project, kind, id);
        const auto known = questionnaire::prefilledAnswers(project, kind, id, review, questions);
        const QByteArray path = QFile::encodeName(QDir(folder).filePath(QStringLiteral("%1.xlsx").arg(++n)));
        lxw_workbook *book = workbook_new(path.constData());
        if (!book)
            return false;
        lxw_worksheet *ws = workbook_add_worksheet(book, nullptr);
        lxw_row_t row = 4;
        for (const auto &q : questions) {
            worksheet_write_number(ws, row, 0, row - 3, nullptr);
            worksheet_write_string(ws, row, 1, (q.label + QLatin1Char('\n') + q.text).toUtf8().constData(), nullptr);
            const auto answer = known.value(q.key);
            if (!answer.value.isEmpty())
                worksheet_write_string(ws, row, 2, answer.value.toUtf8().constData(), nullptr);
            if (!answer.words.isEmpty())
                worksheet_write_string(ws, row, 3, answer.words.toUtf8().constData(), nullptr);
            ++row;
        }
        if (workbook_close(book) != LXW_NO_ERROR)
            return false;
    }
    return true;
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
    const Project &p = doc->project();
    const QList<QUuid> partners = questionnaire::questionnairePartners(p);
    const QUuid review = p.reviews.isEmpty() ? QUuid() : p.reviews.last().id;
    const auto french = Language::load(QStringLiteral("fr"));
    std::printf("Questionnaires of the large example: %lld partners, %d run(s)\n",
                static_cast<long long>(partners.size()), runs);
    int n = 0;
    for (const Kind kind : {Kind::Review, Kind::Maturity, Kind::Weights, Kind::Needs}) {
        if (kind == Kind::Review && review.isNull())
            continue;
        std::vector<double> full, plain;
        int questions = 0, prefilled = 0;
        for (int r = 0; r < runs; ++r) {
            const QString folder = dir.filePath(QStringLiteral("q-%1").arg(++n));
            QString error;
            QElapsedTimer timer;
            timer.start();
            auto planned = questionnaire::planQuestionnaires(p, kind, partners, folder, french, &error);
            questionnaire::WriteOptions writeOptions;
            writeOptions.kind = kind;
            writeOptions.review = kind == Kind::Review ? review : QUuid();
            writeOptions.language = french;
            if (!planned
                || questionnaire::writeQuestionnaires(*doc, writeOptions, *planned, {}, &error) != planned->size()) {
                std::fprintf(stderr, "%s failed: %s\n", qPrintable(questionnaire::kindId(kind)), qPrintable(error));
                return 1;
            }
            full.push_back(double(timer.nsecsElapsed()) / 1e6);
            questions = prefilled = 0;
            for (const auto &w : *planned)
                questions += w.written.questions, prefilled += w.written.prefilled;

            const QString floorFolder = dir.filePath(QStringLiteral("plain-%1").arg(n));
            QDir().mkpath(floorFolder);
            timer.restart();
            {
                WritingIn writing(french);
                if (!writePlain(p, kind, review, floorFolder))
                    return 1;
            }
            plain.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const double m = median(full), f = median(plain);
        std::printf("%-9s %lld workbooks (%d questions, %d pre-filled): best %7.1f ms  median %7.1f ms  "
                    "(%.2f x the %g ms aim; %.2f x the floor, plain libxlsxwriter %.1f ms)\n",
                    qPrintable(questionnaire::kindId(kind)), static_cast<long long>(partners.size()), questions,
                    prefilled, *std::min_element(full.begin(), full.end()), m, m / aimMs, aimMs, m / f, f);
    }
    return 0;
}
