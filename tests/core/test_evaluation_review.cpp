// A review read as METHOD.md 8b asks: only ratings enter a figure, each
// figure with the number of partners behind it; words, results and
// step-back answers never do; each partner's effects sit beside its step-2
// weights; and an answer can start with words, in any order, one undo step each.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "edits/reviewanswer.h"
#include "evaluation/owneffects.h"
#include "evaluation/reviewquestions.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/ids.h"
#include "testsupport.h"

using namespace alliance;

namespace {

Organisation organisation(const QString &name)
{
    return {QUuid::createUuid(), name, QStringLiteral("company"), QStringLiteral("partner"), {}, {}, {}, false};
}

struct Answers
{
    Project p;
    Review review {QUuid::createUuid(), QDate(2026, 6, 30), QStringLiteral("annual"), QStringLiteral("Annual")};
    Answers() { p.reviews << review; }
    void rate(const Organisation &o, const char *criterion, int score, const QString &words = {})
    {
        p.reviewScores << ReviewScore {
            QUuid::createUuid(), review.id, o.id, QString::fromLatin1(criterion), score, words, {}, false};
    }
    void words(const Organisation &o, const char *criterion, const QString &text, int staleScore = 0)
    {
        p.reviewScores << ReviewScore {QUuid::createUuid(), review.id, o.id, QString::fromLatin1(criterion),
                                       staleScore,          text,      {},   true};
    }
    void answer(const Organisation &o, const char *criterion, const char *answerId, const QString &how = {})
    {
        p.reviewScores << ReviewScore {
            QUuid::createUuid(),           review.id, o.id, QString::fromLatin1(criterion), 5, how,
            QString::fromLatin1(answerId), true};
    }
    void weigh(const Organisation &o, std::array<int, 4> weights)
    {
        for (int i = 0; i < 4; ++i)
            p.objectiveWeights << ObjectiveWeight {
                QUuid::createUuid(), o.id, method::objectives().at(i).id, weights[size_t(i)], {}};
    }
};

const evaluation::ScoreMean &meanOf(const QList<evaluation::ScoreMean> &means, const char *id)
{
    static const evaluation::ScoreMean none;
    for (const auto &m : means)
        if (m.id == QLatin1String(id))
            return m;
    return none;
}

QString objective(int i)
{
    return QStringLiteral("“%1”").arg(method::tr(method::objectives().at(i).name));
}

} // namespace

TEST_CASE("Review questions come in the method's four parts, custom criteria where their angle belongs",
          "[evaluation][review]")
{
    Project p;
    const CustomCriterion coherence {
        QUuid::createUuid(), QStringLiteral("Shared data"), QStringLiteral("coherence"), {}};
    const CustomCriterion own {QUuid::createUuid(), QStringLiteral("Team morale"), QStringLiteral("performance"), {}};
    const CustomCriterion shared {QUuid::createUuid(), QStringLiteral("Local jobs"), QStringLiteral("pertinence"), {}};
    p.customCriteria << coherence << own << shared;
    const QList<evaluation::ReviewQuestion> questions = evaluation::reviewQuestions(p);
    REQUIRE(questions.size() == method::criteria().size() + 3);
    int part = 1;
    for (const auto &q : questions) {
        INFO(test::str(q.criterionId));
        CHECK(q.part >= part); // parts never go back
        part = q.part;
    }
    const auto position = [&](const QString &id) {
        for (int i = 0; i < questions.size(); ++i)
            if (questions.at(i).criterionId == id)
                return i;
        return -1;
    };
    const auto idOf = [](const CustomCriterion &c) { return c.id.toString(QUuid::WithoutBraces); };
    // Part 1 still ends with the results in words, after the partners' own rating.
    CHECK(questions.at(position(idOf(own))).part == 1);
    CHECK(position(idOf(own)) < position(QStringLiteral("results_achieved")));
    CHECK(position(QStringLiteral("own_economic_performance")) < position(idOf(own)));
    CHECK(questions.at(position(idOf(shared))).part == 2);
    CHECK(questions.at(position(idOf(coherence))).part == 4);
    CHECK(position(idOf(coherence)) == questions.size() - 1);
    for (const CustomCriterion &c : p.customCriteria)
        CHECK(questions.at(position(idOf(c))).kind == method::AnswerKind::Rating);
    CHECK(evaluation::findReviewQuestion(p, coherence.id.toString(QUuid::WithBraces).toUpper())->criterionId
          == idOf(coherence));
    CHECK_FALSE(evaluation::findReviewQuestion(p, QStringLiteral("no_such_question")));
}

TEST_CASE("Review means count ratings only, each with the partners who gave them", "[evaluation][review]")
{
    Answers r;
    const Organisation a = organisation(QStringLiteral("A")), b = organisation(QStringLiteral("B")),
                       c = organisation(QStringLiteral("C")), d = organisation(QStringLiteral("D"));
    r.p.organisations << a << b << c << d;
    r.rate(a, "own_organisation", 4);
    r.rate(b, "own_organisation", 2);
    // Words only on a rating question: a comment, not a zero.
    r.words(c, "own_organisation", QStringLiteral("Too early to say"));
    // Results in words, even with a number left from an older format, and
    // step-back answers never count.
    r.words(a, "results_achieved", QStringLiteral("All there"), 1);
    r.rate(b, "unexpected_results", 0, QStringLiteral("None"));
    r.answer(b, "reduced_fragilities", "yes", QStringLiteral("Through the drop-in centres"));
    r.answer(c, "reduced_fragilities", "partly");
    r.answer(d, "reduced_fragilities", "dont_know");
    r.words(a, "reduced_fragilities", QStringLiteral("We cannot tell yet")); // how, without yes / partly / no
    // A reflection counts only when rated.
    r.rate(c, "mode_coherence", 3);
    r.words(a, "needs_pertinence", QStringLiteral("The needs of step 1 were the right ones"));
    // D only wrote words: it answered, but gave no figure.
    r.words(d, "trust_people", QStringLiteral("People know each other now"));

    const evaluation::ReviewScores s = evaluation::scoreReview(r.p, r.review.id);
    const auto &performance = meanOf(s.angles, "performance");
    REQUIRE(performance.percent);
    CHECK(*performance.percent == Approx(60)); // (4 + 2) / 2 of 5
    CHECK(performance.respondents == 2);
    CHECK(performance.count == 1);
    CHECK_FALSE(meanOf(s.angles, "pertinence").percent);
    CHECK(meanOf(s.angles, "pertinence").respondents == 0);
    CHECK(*meanOf(s.angles, "coherence").percent == Approx(60));
    CHECK(meanOf(s.angles, "coherence").respondents == 1);
    CHECK(*meanOf(s.impacts, "performance").percent == Approx(60));
    CHECK(meanOf(s.impacts, "performance").respondents == 2);
    CHECK(s.respondents == 3); // A, B and C rated something; D did not
    CHECK(s.scoreCount == 3);
    REQUIRE(s.question(QStringLiteral("own_organisation")));
    CHECK(s.question(QStringLiteral("own_organisation"))->mean == Approx(3));
    CHECK(s.question(QStringLiteral("own_organisation"))->respondents == 2);
    CHECK_FALSE(s.question(QStringLiteral("results_achieved")));
    CHECK_FALSE(s.question(QStringLiteral("needs_pertinence")));

    // The step-back questions are counted, never scored.
    REQUIRE(s.stepBack.size() == 2);
    const evaluation::StepBackCount &fragilities = s.stepBack.at(0);
    CHECK(fragilities.criterionId == QStringLiteral("reduced_fragilities"));
    CHECK(fragilities.yes == 1);
    CHECK(fragilities.partly == 1);
    CHECK(fragilities.no == 0);
    CHECK(fragilities.dontKnow == 1);
    CHECK(fragilities.respondents == 3); // A wrote how but chose no answer
    CHECK(fragilities.count(QStringLiteral("dont_know")) == 1);
    CHECK(s.stepBack.at(1).respondents == 0);

    // Per organisation: B's figures are its own ratings only.
    REQUIRE(s.organisations.size() == 3);
    CHECK(s.organisations.at(1).organisationId == b.id);
    CHECK(*evaluation::percentOf(s.organisations.at(1).angles, QStringLiteral("performance")) == Approx(40));
}

TEST_CASE("A partnership with no unexpected results does not score lower", "[evaluation][review]")
{
    Answers quiet, surprised;
    const Organisation a = organisation(QStringLiteral("A")), b = organisation(QStringLiteral("B"));
    for (Answers *r : {&quiet, &surprised}) {
        r->p.organisations << a << b;
        r->rate(a, "own_innovation", 4);
        r->rate(b, "own_innovation", 3);
        r->rate(a, "collective_innovation", 5);
        r->rate(b, "trust_people", 2);
        r->rate(a, "stake_coherence", 4);
    }
    surprised.words(a, "unexpected_results", QStringLiteral("Volunteers came from the company"));
    // Even a number stored by an older format beside the words changes nothing.
    surprised.rate(b, "unexpected_results", 5, QStringLiteral("A second site opened"));
    const evaluation::ReviewScores q = evaluation::scoreReview(quiet.p, quiet.review.id);
    const evaluation::ReviewScores s = evaluation::scoreReview(surprised.p, surprised.review.id);
    for (const auto &angle : method::evaluationAngles()) {
        INFO(test::str(angle.id));
        CHECK(evaluation::percentOf(q.angles, angle.id) == evaluation::percentOf(s.angles, angle.id));
    }
    for (const auto &impact : method::impacts()) {
        INFO(test::str(impact.id));
        CHECK(evaluation::percentOf(q.impacts, impact.id) == evaluation::percentOf(s.impacts, impact.id));
    }
    CHECK(q.respondents == s.respondents);
    CHECK(*evaluation::percentOf(q.angles, QStringLiteral("performance")) == Approx(70));
}

TEST_CASE("Each partner's effects sit beside its step-2 weights, with a sentence on what moved", "[evaluation][review]")
{
    Answers r;
    const Organisation x = organisation(QStringLiteral("Company X")), y = organisation(QStringLiteral("Association Y")),
                       z = organisation(QStringLiteral("Town Z")), w = organisation(QStringLiteral("Fund W")),
                       silent = organisation(QStringLiteral("Silent"));
    r.p.organisations << x << y << z << w << silent;
    // Objectives in method order: processes, business model, value proposition, positioning.
    r.weigh(x, {10, 10, 10, 70});
    r.rate(x, "own_stakeholder_dialogue", 4); // positioning
    r.rate(x, "own_organisation", 2);         // processes
    r.rate(x, "own_economic_performance", 3); // business model
    r.words(x, "own_innovation", QStringLiteral("Too early"));
    r.weigh(y, {70, 10, 10, 10});
    r.rate(y, "own_organisation", 1);
    r.rate(y, "own_innovation", 4);
    r.rate(y, "own_stakeholder_dialogue", 3);
    r.rate(z, "own_organisation", 5); // rated, never weighted
    r.weigh(w, {40, 40, 10, 10});
    r.rate(w, "own_innovation", 5);
    r.words(w, "own_organisation", QStringLiteral("Not yet visible"));
    r.weigh(silent, {25, 25, 25, 25});
    r.rate(silent, "others_performance", 3); // part 2 only: no own effects

    const QList<evaluation::OwnEffects> effects = evaluation::ownEffects(r.p, r.review.id);
    REQUIRE(effects.size() == 4);
    const evaluation::OwnEffects &ex = effects.at(0);
    CHECK(ex.organisationId == x.id);
    CHECK(ex.weighted);
    CHECK(ex.objectives[3].objectiveId == QStringLiteral("positioning"));
    CHECK(ex.objectives[3].weight == 70);
    CHECK(ex.objectives[3].rating == 4);
    CHECK(ex.objectives[3].criterionId == QStringLiteral("own_stakeholder_dialogue"));
    CHECK_FALSE(ex.objectives[2].rating); // words only: no rating
    CHECK(ex.objectives[2].comment == QStringLiteral("Too early"));
    CHECK(ex.objectives[2].weight == 10);

    CHECK(evaluation::ownEffectsSentence(ex, x.name)
          == QStringLiteral("%1 weighed most for Company X (70%) and moved most (4/5).").arg(objective(3)));
    CHECK(evaluation::ownEffectsSentence(effects.at(1), y.name)
          == QStringLiteral("%1 weighed most for Association Y (70%) but moved least (1/5, against 4/5 for %2).")
                 .arg(objective(0), objective(2)));
    CHECK_FALSE(effects.at(2).weighted);
    CHECK(evaluation::ownEffectsSentence(effects.at(2), z.name).contains(QStringLiteral("did not weight")));
    // A tie in weight names both; the heavy objective without a rating is said, not guessed.
    CHECK(evaluation::ownEffectsSentence(effects.at(3), w.name)
          == QStringLiteral("%1 and %2 weighed most for Fund W (40% each), but none of them was rated; the strongest "
                            "effect: %3 (5/5).")
                 .arg(objective(0), objective(1), objective(2)));
    // Nothing rated: no sentence.
    evaluation::OwnEffects wordsOnly = ex;
    for (auto &o : wordsOnly.objectives)
        o.rating.reset();
    CHECK(evaluation::ownEffectsSentence(wordsOnly, x.name).isEmpty());
    // The middle case: rated, neither most nor least.
    evaluation::OwnEffects middle = ex;
    middle.objectives[3].rating = 3;
    middle.objectives[0].rating = 1;
    middle.objectives[1].rating = 5;
    CHECK(evaluation::ownEffectsSentence(middle, x.name)
          == QStringLiteral("%1 weighed most for Company X (70%); its effect was rated 3/5, below %2 (5/5).")
                 .arg(objective(3), objective(1)));
}

TEST_CASE("Indicators at a review count the measurements made by its date", "[evaluation][review]")
{
    Answers r;
    Indicator jobs {QUuid::createUuid(),
                    QStringLiteral("Jobs"),
                    QStringLiteral("jobs"),
                    0,
                    100,
                    QStringLiteral("increase"),
                    {},
                    QStringLiteral("performance"),
                    {},
                    {}};
    r.p.indicators << jobs;
    r.p.measurements << Measurement {QUuid::createUuid(), jobs.id, QDate(2026, 3, 1), 40, {}}
                     << Measurement {QUuid::createUuid(), jobs.id, QDate(2026, 9, 1), 90, {}};
    const evaluation::PerformanceSummary atReview
        = evaluation::indicatorsAtReview(r.p, r.review.id, QDate(2026, 11, 23));
    REQUIRE(atReview.overall);
    CHECK(*atReview.overall == Approx(40)); // the September measurement came after the review of June
    CHECK(*evaluation::indicatorsAtReview(r.p, QUuid::createUuid(), QDate(2026, 11, 23)).overall
          == Approx(90)); // unknown review: all
}

TEST_CASE("An answer starts with words, takes a rating later and keeps its words when the rating is cleared",
          "[evaluation][review][document]")
{
    auto dir = test::makeTempDir();
    auto doc = Document::createNew(QStringLiteral("Review"), test::testAuthor(),
                                   test::optionsIn(dir->filePath(QStringLiteral("w"))));
    REQUIRE(doc);
    const QUuid org = QUuid::createUuid(), review = QUuid::createUuid();
    ChangeSet setup(QStringLiteral("Set up"));
    setup.set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Asso"))
        .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("Interim"));
    REQUIRE(doc->apply(setup));
    const reviewanswer::Cell cell {review, org, QStringLiteral("own_organisation")};
    const QUuid id = ids::reviewScore(review, org, cell.criterionId);
    const auto row = [&]() -> const ReviewScore * { return reviewanswer::find(doc->project(), cell); };

    // Clearing a rating nobody gave, or writing nothing, changes nothing.
    CHECK(reviewanswer::rating(*doc, cell, std::nullopt, QStringLiteral("Clear")).changes.isEmpty());
    CHECK(reviewanswer::words(*doc, cell, QString(), QStringLiteral("Nothing")).changes.isEmpty());
    CHECK(reviewanswer::rating(*doc, cell, 6, QStringLiteral("Too high")).changes.isEmpty());

    // Words first: the answer exists, without a rating.
    const qint64 journal = doc->journalSize();
    REQUIRE(doc->apply(reviewanswer::words(*doc, cell, QStringLiteral("Shared files now"), QStringLiteral("Write"))));
    CHECK(doc->journalSize() > journal);
    REQUIRE(row());
    CHECK(row()->id == id);
    CHECK(row()->noScore);
    CHECK(row()->comment == QStringLiteral("Shared files now"));
    CHECK_FALSE(evaluation::scoreReview(doc->project(), review).angles.first().percent);

    // A rating later: counted, words kept.
    REQUIRE(doc->apply(reviewanswer::rating(*doc, cell, 3, QStringLiteral("Rate 3"))));
    CHECK_FALSE(row()->noScore);
    CHECK(row()->score == 3);
    CHECK(row()->comment == QStringLiteral("Shared files now"));
    CHECK(*evaluation::scoreReview(doc->project(), review).angles.first().percent == Approx(60));

    // "No rating": back to words only.
    REQUIRE(doc->apply(reviewanswer::rating(*doc, cell, std::nullopt, QStringLiteral("Clear"))));
    CHECK(row()->noScore);
    CHECK(row()->comment == QStringLiteral("Shared files now"));
    CHECK_FALSE(evaluation::scoreReview(doc->project(), review).angles.first().percent);

    // One undo step each.
    REQUIRE(doc->undo());
    CHECK_FALSE(row()->noScore);
    REQUIRE(doc->undo());
    CHECK(row()->noScore);
    REQUIRE(doc->undo());
    CHECK_FALSE(row());

    // A rating first, on an answer whose creation was undone: it comes back whole, without the old words.
    REQUIRE(doc->apply(reviewanswer::rating(*doc, cell, 5, QStringLiteral("Rate 5"))));
    REQUIRE(row());
    CHECK(row()->id == id);
    CHECK(row()->score == 5);
    CHECK(row()->comment.isEmpty());

    // A step-back answer creates its answer without a rating; an unknown answer is refused.
    const reviewanswer::Cell stepBack {review, org, QStringLiteral("sustainable_drivers")};
    CHECK(reviewanswer::stepBack(*doc, stepBack, QStringLiteral("maybe"), QStringLiteral("Bad")).changes.isEmpty());
    REQUIRE(doc->apply(reviewanswer::stepBack(*doc, stepBack, QStringLiteral("partly"), QStringLiteral("Answer"))));
    const ReviewScore *answer = reviewanswer::find(doc->project(), stepBack);
    REQUIRE(answer);
    CHECK(answer->answer == QStringLiteral("partly"));
    CHECK(answer->noScore);
    const evaluation::ReviewScores s = evaluation::scoreReview(doc->project(), review);
    CHECK(s.stepBack.at(1).partly == 1);
    CHECK(s.stepBack.at(1).respondents == 1);
}
