// `alliance-pilot import-answers FILE ANSWERS.xlsx... -o OUT`: what it prints,
// what it writes, and its exit code when a workbook is refused.
#include <catch2/catch.hpp>

#include "answersfixture.h"
#include "cli/cli.h"
#include "document/document.h"
#include "edits/reviewanswer.h"
#include "questionnaire/answersimport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTextStream>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run runCli(const QStringList &arguments, const QString &working)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot")} + arguments, out, err, test::optionsIn(working));
    out.flush();
    err.flush();
    return r;
}

} // namespace

TEST_CASE("import-answers prints each workbook's changes, writes OUT, and says when a workbook was refused",
          "[answers][cli]")
{
    const auto dir = test::makeTempDir();
    const auto working = test::makeTempDir();
    const QString project = dir->filePath(QStringLiteral("example.alliance"));
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--example"), project}, working->path()).code == cli::Ok);

    CheckResult check;
    auto doc = Document::open(project, test::testAuthor(), test::optionsIn(working->path()), &check);
    REQUIRE(doc);
    QUuid partner;
    for (const Organisation &o : doc->project().organisations)
        if (o.role == QLatin1String("partner") && partner.isNull())
            partner = o.id;
    const QUuid review = doc->project().reviews.first().id;
    const Binding b = test::fixtureBinding(doc->project(), Kind::Review, partner, review);
    QString key;
    for (const BoundQuestion &q : b.questions)
        if (q.words && key.isEmpty())
            key = q.key;
    doc.reset();
    test::FixtureWorkbook w;
    w.bindingRows = b.sealedRows();
    w.answersSheet = b.answersSheet;
    w.cells = {test::answerCell(b, key, QStringLiteral("Dit par le tableur\u001b[31m"), true)};
    const QString answers = dir->filePath(QStringLiteral("réponses.xlsx"));
    REQUIRE(test::writeFixtureWorkbook(answers, w).isEmpty());
    const QString bogus = dir->filePath(QStringLiteral("bogus.xlsx"));
    test::FixtureWorkbook plain;
    plain.withBindingSheet = false;
    REQUIRE(test::writeFixtureWorkbook(bogus, plain).isEmpty());

    const QString out = dir->filePath(QStringLiteral("out.alliance"));
    const Run first = runCli({QStringLiteral("import-answers"), project, answers, bogus, QStringLiteral("-o"), out},
                             working->path());
    INFO(test::str(first.out + first.err));
    CHECK(first.code == cli::Refused); // bogus.xlsx was refused...
    CHECK(QFileInfo::exists(out));     // ...and the other one imported all the same
    CHECK(first.out.contains(QStringLiteral("réponses.xlsx")));
    CHECK(first.out.contains(QStringLiteral("bogus.xlsx")));
    CHECK_FALSE(first.out.contains(QChar(0x1b))); // no terminal escape from a workbook reaches the terminal
    CHECK(first.err.contains(QStringLiteral("1")));

    auto imported = Document::open(out, test::testAuthor(), test::optionsIn(working->path()), &check);
    REQUIRE(imported);
    const ReviewScore *s = reviewanswer::find(imported->project(), {review, partner, key});
    REQUIRE(s);
    CHECK(s->comment.startsWith(QStringLiteral("Dit par le tableur")));
    imported.reset();

    const QString again = dir->filePath(QStringLiteral("again.alliance"));
    const Run second
        = runCli({QStringLiteral("import-answers"), out, answers, QStringLiteral("-o"), again}, working->path());
    INFO(test::str(second.out + second.err));
    CHECK(second.code == cli::Ok);
    CHECK_FALSE(QFileInfo::exists(again));
    CHECK(second.out.contains(QStringLiteral("not written")));

    const Run exists
        = runCli({QStringLiteral("import-answers"), project, answers, QStringLiteral("-o"), out}, working->path());
    CHECK(exists.code == cli::Refused);
    CHECK(runCli({QStringLiteral("import-answers"), project, QStringLiteral("-o"), again}, working->path()).code
          == cli::Usage);
}
