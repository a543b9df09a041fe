// Importing answered questionnaire workbooks: each kind lands in the right
// rows in the respondent's name, one undo step; the same workbook twice
// changes nothing; anonymous answers are only summed up per kind.
#include <catch2/catch.hpp>

#include "answersfixture.h"
#include "document/document.h"
#include "edits/reviewanswer.h"
#include "evaluation/needsviews.h"
#include "evaluation/weights.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "model/ids.h"
#include "questionnaire/answersimport.h"
#include "questionnaire/questionnairewriter.h"
#include "storage/schema.h"
#include "testsupport.h"

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

struct Example
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<Document> doc;
    QUuid partner;
    QUuid review;

    Example()
    {
        doc = Document::createNew(QStringLiteral("Example"), test::testAuthor(), test::optionsIn(dir->path()));
        REQUIRE(doc);
        QString error;
        REQUIRE(example::fillExample(*doc, &error));
        for (const Organisation &o : doc->project().organisations)
            if (o.role == QLatin1String("partner") && partner.isNull())
                partner = o.id;
        REQUIRE_FALSE(partner.isNull());
        REQUIRE_FALSE(doc->project().reviews.isEmpty());
        review = doc->project().reviews.first().id;
    }
    QString path(const QString &name) const { return dir->filePath(name); }
    QString write(const QString &name, const Binding &b, const QList<test::FixtureCell> &cells) const
    {
        test::FixtureWorkbook w;
        w.bindingRows = b.sealedRows();
        w.answersSheet = b.answersSheet;
        w.cells = cells;
        const QString file = path(name);
        REQUIRE(test::writeFixtureWorkbook(file, w).isEmpty());
        return file;
    }
    /// Previews and applies `files`; returns how many answers changed.
    int import(const QStringList &files) const
    {
        const auto previews = previewAnswers(*doc, files);
        for (const auto &p : previews)
            INFO(test::str(p.refusal));
        const AnswersChanges made = answersChangeSet(*doc, previews);
        if (made.changes.changes.isEmpty())
            return 0;
        QString error;
        INFO(test::str(error));
        REQUIRE(doc->applyOnBehalf(made.changes, made.authorOrganisations, &error));
        return made.answers;
    }
};

const Question &firstOf(const QList<Question> &questions, AnswerType type)
{
    for (const Question &q : questions)
        if (q.answer == type)
            return q;
    FAIL("no question of that type");
    return questions.first();
}

QString organisationOfLastChange(const Document &doc, const QString &table, const QUuid &id)
{
    const auto history = doc.history(table, id);
    REQUIRE_FALSE(history.isEmpty());
    return history.last().authorOrg;
}

AnswerStatus statusOf(const WorkbookAnswers &w, const QString &key, const QString &part)
{
    for (const AnswerChange &c : w.answers)
        if (c.questionKey == key && c.part == part)
            return c.status;
    FAIL("no such answer in the preview");
    return AnswerStatus::Same;
}

} // namespace

TEST_CASE("A review workbook imports ratings, step-back answers and comments in the respondent's name, once",
          "[answers]")
{
    Example e;
    const Project &p = e.doc->project();
    const Binding b = test::fixtureBinding(p, Kind::Review, e.partner, e.review);
    const QList<Question> questions = questionsFor(p, Kind::Review, e.partner);
    const Question &rated = firstOf(questions, AnswerType::Rating);
    const Question &stepBack = firstOf(questions, AnswerType::StepBack);
    const reviewanswer::Cell ratedCell {e.review, e.partner, rated.key};
    const ReviewScore *before = reviewanswer::find(p, ratedCell);
    const int newRating = before && !before->noScore ? (before->score + 1) % (method::criterionScoreMax + 1) : 2;

    // The rating typed as a number, as a spreadsheet stores "3".
    test::FixtureCell number = test::answerCell(b, rated.key, QString());
    number.kind = test::FixtureCell::Number;
    number.number = newRating;
    const QString file
        = e.write(QStringLiteral("review.xlsx"), b,
                  {number, test::answerCell(b, rated.key, QStringLiteral("Une confiance qui grandit"), true),
                   test::answerCell(b, stepBack.key, b.labelOf(AnswerType::StepBack, QStringLiteral("partly")))});

    const WorkbookAnswers preview = readAnswers(*e.doc, file);
    INFO(test::str(preview.refusal));
    REQUIRE_FALSE(preview.refused());
    CHECK(preview.organisationName == p.organisation(e.partner)->name);
    CHECK(statusOf(preview, rated.key, QStringLiteral("Rating"))
          == (before && !before->noScore ? AnswerStatus::Differs : AnswerStatus::New));
    CHECK(preview.changeCount() == 3);

    const qint64 journal = e.doc->journalSize();
    CHECK(e.import({file}) == 3);
    CHECK(e.doc->journalSize() > journal);
    const ReviewScore *after = reviewanswer::find(e.doc->project(), ratedCell);
    REQUIRE(after);
    CHECK(after->score == newRating);
    CHECK_FALSE(after->noScore);
    CHECK(after->comment == QStringLiteral("Une confiance qui grandit"));
    const ReviewScore *answered = reviewanswer::find(e.doc->project(), {e.review, e.partner, stepBack.key});
    REQUIRE(answered);
    CHECK(answered->answer == QStringLiteral("partly"));
    CHECK(organisationOfLastChange(*e.doc, QStringLiteral("review_score"), after->id) == schema::idText(e.partner));
    CHECK(e.doc->author().organisationId != e.partner);

    SECTION("the same workbook again changes nothing")
    {
        const WorkbookAnswers again = readAnswers(*e.doc, file);
        for (const AnswerChange &c : again.answers)
            CHECK(c.status == AnswerStatus::Same);
        CHECK(answersChangeSet(*e.doc, {again}).changes.changes.isEmpty());
    }
    SECTION("one undo step takes the import back")
    {
        REQUIRE(e.doc->undo());
        const ReviewScore *undone = reviewanswer::find(e.doc->project(), ratedCell);
        CHECK((undone ? undone->comment : QString()) != QStringLiteral("Une confiance qui grandit"));
    }
}

TEST_CASE("Maturity, weights and needs workbooks import into their rows", "[answers]")
{
    Example e;
    const Project &p = e.doc->project();

    const Binding maturity = test::fixtureBinding(p, Kind::Maturity, e.partner);
    const QList<Question> mq = questionsFor(p, Kind::Maturity, e.partner);
    REQUIRE(mq.size() >= 2);
    const Binding weights = test::fixtureBinding(p, Kind::Weights, e.partner);
    QList<test::FixtureCell> weightCells;
    const int values[] = {40, 30, 20, 10};
    for (int i = 0; i < method::objectiveCount; ++i) {
        test::FixtureCell c = test::answerCell(weights, method::objectives().at(i).id, QString());
        c.kind = test::FixtureCell::Number;
        c.number = values[i];
        weightCells.append(c);
    }
    const Binding needs = test::fixtureBinding(p, Kind::Needs, e.partner);
    const QString needId = method::territoryNeeds().first().id;

    const QStringList files {
        e.write(QStringLiteral("maturity.xlsx"), maturity,
                {test::answerCell(maturity, mq.at(0).key, maturity.labelOf(AnswerType::Maturity, QStringLiteral("4"))),
                 test::answerCell(maturity, mq.at(0).key, QStringLiteral("Nous savons le faire"), true),
                 test::answerCell(maturity, mq.at(1).key, QStringLiteral("1"))}),
        e.write(QStringLiteral("weights.xlsx"), weights, weightCells),
        e.write(QStringLiteral("needs.xlsx"), needs,
                {test::answerCell(needs, needId, needs.labelOf(AnswerType::Priority, QStringLiteral("high"))),
                 test::answerCell(needs, needId, QStringLiteral("Des lieux pour se rencontrer"), true)}),
    };
    const qint64 undoBefore = e.doc->journalSize();
    REQUIRE(e.import(files) > 0);
    REQUIRE(e.doc->journalSize() > undoBefore);
    const Project &after = e.doc->project();

    const QUuid first = ids::maturityAnswer(e.partner, mq.at(0).key);
    bool found = false;
    for (const MaturityAnswer &m : after.maturityAnswers)
        if (m.organisationId == e.partner && m.questionId == mq.at(0).key) {
            found = true;
            CHECK(m.score == 4);
            CHECK(m.comment == QStringLiteral("Nous savons le faire"));
        } else if (m.organisationId == e.partner && m.questionId == mq.at(1).key) {
            CHECK(m.score == 1);
        }
    CHECK(found);
    CHECK(organisationOfLastChange(*e.doc, QStringLiteral("maturity_answer"), first) == schema::idText(e.partner));
    CHECK(evaluation::storedWeights(after, e.partner) == evaluation::Weights {40, 30, 20, 10});
    const NeedAnswer *need = evaluation::needAnswerOf(after, e.partner, needId);
    REQUIRE(need);
    CHECK(need->priority == QStringLiteral("high"));
    CHECK(need->answer == QStringLiteral("Des lieux pour se rencontrer"));
    CHECK(organisationOfLastChange(*e.doc, QStringLiteral("need_answer"), need->id) == schema::idText(e.partner));

    // The three workbooks were one undo step.
    REQUIRE(e.doc->undo());
    CHECK(evaluation::storedWeights(e.doc->project(), e.partner) != evaluation::Weights {40, 30, 20, 10});
    REQUIRE(e.doc->redo());
    CHECK(answersChangeSet(*e.doc, previewAnswers(*e.doc, files)).changes.changes.isEmpty());
}

TEST_CASE("Anonymous review workbooks are summed up per kind of organisation, never stored", "[answers]")
{
    Example e;
    const Project &p = e.doc->project();
    const QList<Question> questions = anonymousReviewQuestions(p);
    const Question &rated = firstOf(questions, AnswerType::Rating);
    const Question &stepBack = firstOf(questions, AnswerType::StepBack);
    QStringList files;
    const QList<std::pair<QString, QString>> respondents {{QStringLiteral("association"), QStringLiteral("4")},
                                                          {QStringLiteral("association"), QStringLiteral("2")},
                                                          {QStringLiteral("company"), QStringLiteral("5")}};
    for (int i = 0; i < respondents.size(); ++i) {
        const Binding b = test::fixtureBinding(p, Kind::Review, {}, e.review, respondents.at(i).first);
        files.append(
            e.write(QStringLiteral("anonymous%1.xlsx").arg(i), b,
                    {test::answerCell(b, rated.key, respondents.at(i).second),
                     test::answerCell(b, rated.key, QStringLiteral("mots qui trahiraient"), true),
                     test::answerCell(b, stepBack.key, b.labelOf(AnswerType::StepBack, QStringLiteral("yes")))}));
    }
    const auto previews = previewAnswers(*e.doc, files);
    for (const auto &w : previews) {
        INFO(test::str(w.refusal));
        CHECK_FALSE(w.refused());
    }
    CHECK(answersChangeSet(*e.doc, previews).changes.changes.isEmpty());
    const QList<KindAggregate> aggregates = aggregateAnonymous(*e.doc, previews);
    REQUIRE(aggregates.size() == 2);
    CHECK(aggregates.at(0).kind == QStringLiteral("association"));
    CHECK(aggregates.at(0).respondents == 2);
    REQUIRE_FALSE(aggregates.at(0).questions.isEmpty());
    const QuestionSpread &spread = aggregates.at(0).questions.first();
    CHECK(spread.key == rated.key);
    CHECK(spread.mean == Approx(3.0));
    CHECK(spread.counts.at(4) == 1);
    CHECK(spread.counts.at(2) == 1);
    CHECK(aggregates.at(1).respondents == 1);
    bool stepBackCounted = false;
    for (const QuestionSpread &s : aggregates.at(0).questions)
        if (s.key == stepBack.key)
            stepBackCounted = s.counts.value(0) == 2; // "yes" is the first answer
    CHECK(stepBackCounted);
    CHECK_FALSE(aggregateLines(aggregates).join(QLatin1Char('\n')).contains(QStringLiteral("trahiraient")));
}

TEST_CASE("A questionnaire from the writer, sent back untouched, changes nothing", "[answers]")
{
    Example e;
    for (const Kind kind : {Kind::Review, Kind::Maturity, Kind::Weights, Kind::Needs}) {
        WriteOptions options;
        options.kind = kind;
        options.organisation = e.partner;
        options.review = e.review;
        const QString file = e.path(kindId(kind) + QStringLiteral(".xlsx"));
        QString error;
        REQUIRE(writeQuestionnaire(*e.doc, options, file, &error));
        const WorkbookAnswers w = readAnswers(*e.doc, file);
        INFO(test::str(kindId(kind) + QStringLiteral(": ") + w.refusal));
        REQUIRE_FALSE(w.refused());
        CHECK(w.organisationName == e.doc->project().organisation(e.partner)->name);
        CHECK(w.changeCount() == 0); // the answers it was written with are the project's
        CHECK(answersChangeSet(*e.doc, {w}).changes.changes.isEmpty());
    }
}
