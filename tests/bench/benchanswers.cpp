// Times the import of 60 answered review workbooks into the large project
// (`new --example --scale large`; aim: under 5 s, issue 15): reading and
// checking them, the preview, the change set and its one apply. The floor
// named is readXlsx of the same 60 files alone (the safe reader's share).
// Prints best and median of RUNS with their ratios. Plain output, no assertions.
//   benchAnswers [RUNS]
#include "answersfixture.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "model/project.h"
#include "questionnaire/answersimport.h"
#include "spreadsheet/xlsxreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

constexpr double aimMs = 5000;

double median(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
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
    const Author author {QStringLiteral("Bench"), {}, QUuid::createUuid()};
    CheckResult check;
    auto doc = Document::open(project, author, options, &check);
    if (!doc) {
        std::fprintf(stderr, "could not open it: %s\n", qPrintable(check.message));
        return 1;
    }
    // One answered review workbook per organisation (60), every question answered.
    const Project &p = doc->project();
    const QUuid review = p.reviews.last().id;
    QStringList files;
    int answers = 0;
    for (int i = 0; i < p.organisations.size() && files.size() < 60; ++i) {
        const Binding b = test::fixtureBinding(p, Kind::Review, p.organisations.at(i).id, review);
        test::FixtureWorkbook w;
        w.bindingRows = b.sealedRows();
        w.answersSheet = b.answersSheet;
        for (int q = 0; q < b.questions.size(); ++q) {
            const BoundQuestion &bound = b.questions.at(q);
            if (bound.answer == AnswerType::Rating)
                w.cells.append(
                    {bound.row, layout::answerColumn, test::FixtureCell::Text, QString::number((i + q) % 6), 0});
            else if (bound.answer == AnswerType::StepBack)
                w.cells.append(
                    {bound.row, layout::answerColumn, test::FixtureCell::Text,
                     b.choices.isEmpty() ? QString() : b.labelOf(AnswerType::StepBack, QStringLiteral("yes")), 0});
            if (bound.words)
                w.cells.append({bound.row, layout::wordsColumn, test::FixtureCell::Text,
                                QStringLiteral("Réponse %1 de l’organisation %2").arg(q).arg(i), 0});
        }
        files.append(dir.filePath(QStringLiteral("answers-%1.xlsx").arg(i)));
        const QString error = test::writeFixtureWorkbook(files.last(), w);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "could not write a workbook: %s\n", qPrintable(error));
            return 1;
        }
    }
    doc.reset();
    std::printf("Importing %lld answered workbooks into the large example, %d run(s)\n",
                static_cast<long long>(files.size()), runs);
    std::vector<double> floor, import;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &f : files)
            if (!readXlsx(f).ok())
                return 1;
        floor.push_back(double(timer.nsecsElapsed()) / 1e6);

        doc = Document::open(project, author, options, &check); // a fresh copy: every answer is new again
        if (!doc)
            return 1;
        timer.restart();
        const auto previews = previewAnswers(*doc, files);
        const AnswersChanges made = answersChangeSet(*doc, previews);
        QString error;
        if (!doc->applyOnBehalf(made.changes, made.authorOrganisations, &error)) {
            std::fprintf(stderr, "the import was refused: %s\n", qPrintable(error));
            return 1;
        }
        import.push_back(double(timer.nsecsElapsed()) / 1e6);
        answers = made.answers;
        doc.reset();
    }
    const double floorMs = median(floor), importMs = median(import);
    std::printf("readXlsx of the %lld files (floor)   median %8.1f ms\n", static_cast<long long>(files.size()),
                floorMs);
    std::printf("import (preview, change set, apply)  best %8.1f ms  median %8.1f ms  (%.2f x the %g ms aim, %.1f x "
                "the floor)\n",
                *std::min_element(import.begin(), import.end()), importMs, importMs / aimMs, aimMs, importMs / floorMs);
    std::printf("answers changed: %d\n", answers);
    return 0;
}
