// Writes answered questionnaire workbooks for a project, sealed with this
// installation's key, to look at the import by hand (screenshots) or try
// `import-answers`: a review and a needs workbook of the first partner, its
// weights not summing to 100, two anonymous reviews and a workbook that is
// not a questionnaire.
//   answersWorkbooks PROJECT OUTDIR
#include "answersfixture.h"
#include "document/document.h"
#include "method/method.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

bool write(const QString &path, const Binding &b, const QList<test::FixtureCell> &cells)
{
    test::FixtureWorkbook w;
    w.bindingRows = b.sealedRows();
    w.answersSheet = b.answersSheet;
    w.cells = cells;
    const QString error = test::writeFixtureWorkbook(path, w);
    if (!error.isEmpty())
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
    return error.isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The app's own settings: the workbooks are sealed with its installation's key.
    QCoreApplication::setOrganizationName(QStringLiteral("AlliancePilot"));
    QCoreApplication::setApplicationName(QStringLiteral("alliance-pilot"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: answersWorkbooks PROJECT OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    DocumentOptions options;
    options.workingFolder = out.filePath(QStringLiteral(".working"));
    CheckResult check;
    auto doc = Document::open(QString::fromLocal8Bit(argv[1]), {QStringLiteral("Tool"), {}, QUuid::createUuid()},
                              options, &check);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(check.message));
        return 1;
    }
    const Project &p = doc->project();
    QUuid partner;
    for (const Organisation &o : p.organisations)
        if (o.role == QLatin1String("partner") && partner.isNull())
            partner = o.id;
    const QUuid review = p.reviews.last().id;
    const Binding r = test::fixtureBinding(p, Kind::Review, partner, review);
    QList<test::FixtureCell> cells;
    int i = 0;
    for (const BoundQuestion &q : r.questions) {
        if (++i > 8)
            break;
        if (q.answer == AnswerType::Rating)
            cells.append(test::answerCell(r, q.key, QString::number(i % 6)));
        else if (q.answer == AnswerType::StepBack)
            cells.append(test::answerCell(r, q.key, r.labelOf(q.answer, QStringLiteral("partly"))));
        if (q.words && i % 2 == 0)
            cells.append(test::answerCell(r, q.key, QStringLiteral("Réponse du partenaire n° %1").arg(i), true));
    }
    cells.append(test::answerCell(r, r.questions.at(9).key, QStringLiteral("9")));
    bool ok = write(out.filePath(QStringLiteral("revue-partenaire.xlsx")), r, cells);

    const Binding n = test::fixtureBinding(p, Kind::Needs, partner);
    ok = ok
        && write(out.filePath(QStringLiteral("besoins-partenaire.xlsx")), n,
                 {test::answerCell(n, n.questions.at(0).key, n.labelOf(AnswerType::Priority, QStringLiteral("high"))),
                  test::answerCell(n, n.questions.at(0).key, QStringLiteral("Des lieux où se retrouver"), true)});
    const Binding w = test::fixtureBinding(p, Kind::Weights, partner);
    QList<test::FixtureCell> weights;
    for (const BoundQuestion &q : w.questions)
        weights.append(test::answerCell(w, q.key, QStringLiteral("30")));
    ok = ok && write(out.filePath(QStringLiteral("poids-partenaire.xlsx")), w, weights);
    for (int a = 0; a < 2; ++a) {
        const Binding anon = test::fixtureBinding(p, Kind::Review, {}, review, QStringLiteral("association"));
        QList<test::FixtureCell> answers;
        for (const BoundQuestion &q : anon.questions)
            if (q.answer == AnswerType::Rating)
                answers.append(test::answerCell(anon, q.key, QString::number((a + 3) % 6)));
        ok = ok && write(out.filePath(QStringLiteral("anonyme-%1.xlsx").arg(a + 1)), anon, answers);
    }
    test::FixtureWorkbook plain;
    plain.withBindingSheet = false;
    ok = ok && test::writeFixtureWorkbook(out.filePath(QStringLiteral("budget.xlsx")), plain).isEmpty();
    return ok ? 0 : 1;
}
