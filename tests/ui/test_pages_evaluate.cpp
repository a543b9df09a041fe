// Step 7 "Evaluate and share": reviews, the answers of a review in the
// method's four parts (words before any rating, step-back answers, weights
// beside the own effects, undo), results with the partners who answered, and
// the three lists of lessons.
#include "document/document.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/ids.h"
#include "models/reviewscoremodel.h"
#include "pages/evaluatepage.h"
#include "storage/schema.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    Fixture() : ProjectFixture(QStringLiteral("Evaluate test")) { }
    void weigh(const QUuid &organisation, std::array<int, 4> weights)
    {
        ChangeSet c(QStringLiteral("Weigh"));
        for (int i = 0; i < 4; ++i) {
            const QString objective = method::objectives().at(i).id;
            const QUuid id = ids::objectiveWeight(organisation, objective);
            c.set(QStringLiteral("objective_weight"), id, QStringLiteral("organisation_id"), organisation)
                .set(QStringLiteral("objective_weight"), id, QStringLiteral("objective_id"), objective)
                .set(QStringLiteral("objective_weight"), id, QStringLiteral("weight"), weights[size_t(i)]);
        }
        REQUIRE(doc->apply(c));
    }
};

struct ModelTesters
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    explicit ModelTesters(QWidget *page)
    {
        for (const char *name : {"reviewsTable", "lessonsTable", "meaningTable", "nextStepsTable"})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                child<QTableView>(page, name)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            static_cast<EvaluatePage *>(page)->answers(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
};

/// The live answer of `organisation` to `criterion` in `review`, or nullptr.
const ReviewScore *answerOf(Document &doc, const QUuid &review, const QUuid &organisation, const char *criterion)
{
    for (const ReviewScore &s : doc.project().reviewScores)
        if (s.reviewId == review && s.organisationId == organisation && s.criterionId == QLatin1String(criterion))
            return &s;
    return nullptr;
}

/// Picks the item of `box` whose data is `data` in its list, as a user does: one edit.
void choose(QComboBox *box, const QVariant &data)
{
    const int wanted = box->findData(data);
    REQUIRE(wanted >= 0);
    box->setFocus();
    box->showPopup();
    QAbstractItemView *list = box->view();
    REQUIRE(list->isVisible());
    const QRect item = list->visualRect(list->model()->index(wanted, box->modelColumn()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    REQUIRE(box->currentIndex() == wanted);
}

/// Types `text` into a words editor and leaves it, which commits the words.
void type(QWidget *page, FieldTextEdit *words, const QString &text)
{
    words->setFocus();
    QTest::keyClicks(words, text);
    child<QPushButton>(page, "addReview")->setFocus(); // leaving the editor commits
}

} // namespace

TEST_CASE("Evaluate page: reviews are added with the button and selected", "[ui][evaluate]")
{
    Fixture f;
    f.addOrganisation(QStringLiteral("Asso"));
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.currentReview().isNull());
    CHECK_FALSE(child<QPushButton>(&page, "removeReview")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&page, "addReview"), Qt::LeftButton);
    REQUIRE(f.doc->project().reviews.size() == 1);
    const Review r = f.doc->project().reviews.first();
    CHECK(r.title == QStringLiteral("New review"));
    CHECK(r.date == QDate::currentDate());
    CHECK(page.currentReview() == r.id);
    CHECK(page.answers()->review() == r.id);
    CHECK(child<QComboBox>(&page, "reviewPartner")->isEnabled());

    QTest::keyClick(child<QTableView>(&page, "reviewsTable")->focusWidget(), Qt::Key_Escape);
    QTest::mouseClick(child<QPushButton>(&page, "removeReview"), Qt::LeftButton);
    CHECK(f.doc->project().reviews.isEmpty());
    CHECK(page.currentReview().isNull());
    REQUIRE(f.doc->undo());
    CHECK(page.currentReview() == r.id); // offered again once it is back
}

TEST_CASE("Evaluate page: lessons of each kind go to their own list", "[ui][evaluate]")
{
    Fixture f;
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QList<std::pair<const char *, const char *>> lists {
        {"addLesson", "lesson"}, {"addMeaning", "meaning"}, {"addNextStep", "next_step"}};
    for (const auto &[buttonName, kind] : lists) {
        QTest::mouseClick(child<QPushButton>(&page, buttonName), Qt::LeftButton);
        const auto all = f.doc->project().lessons;
        const auto ofKind = std::count_if(all.begin(), all.end(), [&](const Lesson &l) {
            return l.kind == QString::fromLatin1(kind) && l.date == QDate::currentDate();
        });
        CHECK(ofKind == 1);
        if (QWidget *editor = QApplication::focusWidget())
            QTest::keyClick(editor, Qt::Key_Escape);
    }
    CHECK(f.doc->project().lessons.size() == 3);
    for (const char *table : {"lessonsTable", "meaningTable", "nextStepsTable"})
        CHECK(child<QTableView>(&page, table)->model()->rowCount() == 1);

    auto *lessons = child<QTableView>(&page, "lessonsTable");
    REQUIRE(lessons->model()->setData(lessons->model()->index(0, 0), QStringLiteral("Meet more often")));
    const auto it = std::find_if(f.doc->project().lessons.begin(), f.doc->project().lessons.end(),
                                 [](const Lesson &l) { return l.kind == QStringLiteral("lesson"); });
    CHECK(it->text == QStringLiteral("Meet more often"));
    lessons->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "removeLesson"), Qt::LeftButton);
    CHECK(lessons->model()->rowCount() == 0);
    CHECK(child<QTableView>(&page, "meaningTable")->model()->rowCount() == 1);
}

TEST_CASE("Evaluate page: a review is filled in the method's order, words first, without a single forced score",
          "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid company = f.addOrganisation(QStringLiteral("Company"));
    f.weigh(company, {10, 10, 10, 70}); // positioning weighs most
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    page.resize(1280, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.currentReview() == review);
    page.selectOrganisation(company);
    REQUIRE(page.currentOrganisation() == company);

    // The four parts, in the method's order, down the page.
    int previous = -1;
    for (int part = 1; part <= method::reviewPartCount; ++part) {
        auto *widget = child<QWidget>(&page, QStringLiteral("reviewPart%1").arg(part).toLatin1().constData());
        const int y = widget->mapTo(&page, QPoint(0, 0)).y();
        CHECK(y > previous);
        previous = y;
    }
    // Part 1: each objective's effect beside the weight the partner gave it in step 2.
    CHECK(child<QLabel>(&page, "weight:own_stakeholder_dialogue")->text()
          == QStringLiteral("Weighed most in step 2: 70%"));
    CHECK(child<QLabel>(&page, "weight:own_organisation")->text() == QStringLiteral("Weight in step 2: 10%"));
    // Results, expected or not, are words: no rating box at all.
    for (const char *words : {"rating:results_achieved", "rating:unexpected_results", "rating:reduced_fragilities"})
        CHECK_FALSE(page.findChild<QComboBox *>(QString::fromLatin1(words)));
    child<FieldTextEdit>(&page, "words:unexpected_results");

    // Words on a rating question, with no rating: saved, answered in words only.
    auto *rating = child<QComboBox>(&page, "rating:own_organisation");
    CHECK(rating->currentData().toInt() == -1); // "No rating"
    type(&page, child<FieldTextEdit>(&page, "words:own_organisation"), QStringLiteral("Shared files now"));
    const ReviewScore *a = answerOf(*f.doc, review, company, "own_organisation");
    REQUIRE(a);
    CHECK(a->id == ids::reviewScore(review, company, QStringLiteral("own_organisation")));
    CHECK(a->noScore);
    CHECK(a->comment == QStringLiteral("Shared files now"));
    CHECK(rating->currentData().toInt() == -1);
    CHECK(child<QLabel>(&page, "answeredLabel")->text().startsWith(QStringLiteral("1 of ")));

    // A rating later, then "No rating" again: the words stay.
    choose(rating, 4);
    a = answerOf(*f.doc, review, company, "own_organisation");
    CHECK_FALSE(a->noScore);
    CHECK(a->score == 4);
    CHECK(a->comment == QStringLiteral("Shared files now"));
    choose(rating, -1);
    a = answerOf(*f.doc, review, company, "own_organisation");
    CHECK(a->noScore);
    CHECK(a->comment == QStringLiteral("Shared files now"));

    // Unexpected results in words: information, never a figure.
    type(&page, child<FieldTextEdit>(&page, "words:unexpected_results"), QStringLiteral("Volunteers came"));
    CHECK(answerOf(*f.doc, review, company, "unexpected_results")->noScore);
    CHECK(evaluation::scoreReview(f.doc->project(), review).scoreCount == 0);

    // A step-back question: yes / partly / no / don't know, then how.
    auto *answer = child<QComboBox>(&page, "answer:reduced_fragilities");
    choose(answer, QStringLiteral("partly"));
    const ReviewScore *stepBack = answerOf(*f.doc, review, company, "reduced_fragilities");
    REQUIRE(stepBack);
    CHECK(stepBack->answer == QStringLiteral("partly"));
    CHECK(stepBack->noScore);
    type(&page, child<FieldTextEdit>(&page, "words:reduced_fragilities"), QStringLiteral("Fewer people alone"));
    CHECK(answerOf(*f.doc, review, company, "reduced_fragilities")->comment == QStringLiteral("Fewer people alone"));
    CHECK(child<QLabel>(&page, "stepBackSummary")->text().contains(QStringLiteral("Partly 1")));

    // A reflection: words alone are an answer; a rating is optional.
    type(&page, child<FieldTextEdit>(&page, "words:mode_coherence"), QStringLiteral("Still the right model"));
    CHECK(answerOf(*f.doc, review, company, "mode_coherence")->noScore);
    CHECK_FALSE(
        evaluation::percentOf(evaluation::scoreReview(f.doc->project(), review).angles, QStringLiteral("coherence")));

    // Undo, one step each: the how, then the answer.
    REQUIRE(f.doc->undo()); // the reflection
    REQUIRE(f.doc->undo()); // the how
    CHECK(answerOf(*f.doc, review, company, "reduced_fragilities")->comment.isEmpty());
    REQUIRE(f.doc->undo()); // the answer (and the row it created)
    CHECK_FALSE(answerOf(*f.doc, review, company, "reduced_fragilities"));
    CHECK(answer->currentData().toString().isEmpty());

    // The other partner's form is its own: nothing was written in its name.
    page.selectOrganisation(asso);
    CHECK(child<FieldTextEdit>(&page, "words:own_organisation")->toPlainText().isEmpty());
    CHECK(child<QLabel>(&page, "weight:own_organisation")->text() == QStringLiteral("Not weighted in step 2"));
    CHECK_FALSE(answerOf(*f.doc, review, asso, "own_organisation"));
}

TEST_CASE("Evaluate page: words typed for one partner stay with that partner when another is chosen", "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid company = f.addOrganisation(QStringLiteral("Company"));
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    EvaluatePage page(f.doc.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.selectOrganisation(asso);
    auto *words = child<FieldTextEdit>(&page, "words:trust_people");
    words->setFocus();
    QTest::keyClicks(words, QStringLiteral("<b>Trust</b> grew"));
    page.selectOrganisation(company); // while the words are being typed
    const ReviewScore *a = answerOf(*f.doc, review, asso, "trust_people");
    REQUIRE(a);
    CHECK(a->comment == QStringLiteral("<b>Trust</b> grew"));
    CHECK(a->noScore);
    CHECK_FALSE(answerOf(*f.doc, review, company, "trust_people"));
    CHECK(words->toPlainText().isEmpty());
    // The model's tooltip shows partners' words escaped.
    ReviewScoreModel *model = page.answers();
    const QModelIndex cell = model->index(model->rowOf(QStringLiteral("trust_people")), model->columnOf(asso));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;Trust&lt;/b&gt; grew")));
    CHECK(cell.data(ReviewScoreModel::NoScoreRole).toBool());
    CHECK_FALSE(cell.data(ReviewScoreModel::RatingRole).isValid());
}

TEST_CASE("Evaluate page: the wheel scrolls past an unfocused rating instead of changing it", "[ui][evaluate]")
{
    Fixture f;
    f.addOrganisation(QStringLiteral("Asso"));
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    EvaluatePage page(f.doc.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    for (const char *name : {"rating:own_innovation", "answer:sustainable_drivers", "reviewPartner"}) {
        INFO(name);
        auto *box = child<QComboBox>(&page, name);
        CHECK(box->focusPolicy() == Qt::StrongFocus);
        const int before = box->currentIndex();
        child<QPushButton>(&page, "addReview")->setFocus();
        REQUIRE_FALSE(box->hasFocus());
        const QPointF at(box->width() / 2.0, box->height() / 2.0);
        QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        CHECK(box->currentIndex() == before);
        CHECK_FALSE(wheel.isAccepted()); // left to the page's scroll area
    }
    CHECK(f.doc->project().reviewScores.isEmpty());
    CHECK(page.currentReview() == review);
}

TEST_CASE("Evaluate page: results say how many partners answered, words never count", "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid company = f.addOrganisation(QStringLiteral("Company"));
    f.weigh(company, {10, 10, 10, 70});
    f.addReview(QStringLiteral("Annual"));
    EvaluatePage page(f.doc.get());
    ReviewScoreModel *model = page.answers();
    auto *results = child<QTableWidget>(&page, "resultsTable");
    REQUIRE(results->rowCount() == 6); // 3 angles, 3 impacts
    CHECK(results->item(0, 0)->text() == QStringLiteral("—"));
    CHECK(results->horizontalHeaderItem(1)->toolTip().contains(QStringLiteral("Partners who answered")));
    CHECK(results->item(0, 1)->text() == QStringLiteral("0"));

    const auto cell = [&](const char *criterion, const QUuid &organisation) {
        return model->index(model->rowOf(QString::fromLatin1(criterion)), model->columnOf(organisation));
    };
    REQUIRE(model->setData(cell("own_stakeholder_dialogue", company), 4));
    REQUIRE(model->setData(cell("own_organisation", asso), 2));
    // Words only, and results in words: answers, not figures.
    REQUIRE(model->setData(cell("own_innovation", asso), QStringLiteral("Too early"), ReviewScoreModel::CommentRole));
    REQUIRE(model->setData(cell("unexpected_results", company), QStringLiteral("A new volunteer")));

    // Performance: (4 + 2) / 2 of 5 = 60 %, by two partners.
    CHECK(results->item(0, 0)->text() == QStringLiteral("60%"));
    CHECK(results->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(results->item(1, 1)->text() == QStringLiteral("0"));
    REQUIRE(results->columnCount() == 4); // all partners, who answered, then the two that rated
    CHECK(results->horizontalHeaderItem(2)->toolTip().contains(QStringLiteral("Asso")));
    CHECK(results->item(0, 2)->text() == QStringLiteral("40%"));
    // Each partner's effects beside its weights, in a sentence.
    const QString sentences = child<QLabel>(&page, "ownEffectsSummary")->text();
    CHECK(sentences.contains(QStringLiteral("weighed most for Company (70%)")));
    CHECK(child<QLabel>(&page, "ownEffectsSummary")->textFormat() == Qt::PlainText);
}

TEST_CASE("Review answer model: the four parts, custom criteria where their angle belongs, renames without reset",
          "[ui][evaluate][models]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    ReviewScoreModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int methodRows = int(method::criteria().size()) + method::reviewPartCount;
    CHECK(model.rowCount() == methodRows);
    CHECK_FALSE(model.flags(model.index(1, 0)) & Qt::ItemIsEditable); // no review yet
    model.setReview(review);
    CHECK(model.flags(model.index(1, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable); // a heading
    CHECK(model.headerData(0, Qt::Vertical).toString() == method::tr(method::reviewPartTitle(1)));
    int part = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.isHeading(r)) {
            ++part;
            CHECK(model.headerData(r, Qt::Vertical).toString() == method::tr(method::reviewPartTitle(part)));
        } else {
            CHECK(model.questionAt(r)->part == part);
            CHECK(model.index(r, 0).data(ReviewScoreModel::PartRole).toInt() == part);
        }
    }
    CHECK(part == method::reviewPartCount);

    // A custom criterion of the coherence angle is rated in part 4, the last row.
    const QUuid custom = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add criterion"));
    add.set(QStringLiteral("custom_criterion"), custom, QStringLiteral("label"), QStringLiteral("Shared data"))
        .set(QStringLiteral("custom_criterion"), custom, QStringLiteral("angle"), QStringLiteral("coherence"));
    REQUIRE(f.doc->apply(add));
    REQUIRE(model.rowCount() == methodRows + 1);
    const int row = model.rowOf(schema::idText(custom));
    REQUIRE(row == model.rowCount() - 1);
    CHECK(model.questionAt(row)->part == 4);
    CHECK(model.index(row, 0).data(ReviewScoreModel::KindRole).toInt() == int(method::AnswerKind::Rating));
    CHECK(model.headerData(row, Qt::Vertical).toString() == QStringLiteral("Shared data"));
    REQUIRE(model.setData(model.index(row, 0), 1));
    QSignalSpy refused(&model, &ReviewScoreModel::editRefused);
    CHECK_FALSE(model.setData(model.index(row, 0), 9)); // out of range: refused, says why
    CHECK_FALSE(model.setData(model.index(row, 0), QStringLiteral("four")));
    // Results in words and step-back answers take no rating, and no unknown answer.
    CHECK_FALSE(model.setData(model.index(model.rowOf(QStringLiteral("unexpected_results")), 0), 0,
                              ReviewScoreModel::RatingRole));
    CHECK_FALSE(
        model.setData(model.index(model.rowOf(QStringLiteral("reduced_fragilities")), 0), QStringLiteral("maybe")));
    CHECK(refused.count() == 4);
    CHECK(f.doc->project().reviewScores.first().score == 1);
    CHECK(f.doc->project().reviewScores.first().id == ids::reviewScore(review, asso, schema::idText(custom)));
    // Clearing the rating keeps the answer, words only.
    REQUIRE(model.setData(model.index(row, 0), QVariant()));
    CHECK(f.doc->project().reviewScores.first().noScore);
    CHECK(model.index(row, 0).data(ReviewScoreModel::NoScoreRole).toBool());
    CHECK_FALSE(model.isScored(model.index(row, 0)));

    // Renaming a partner updates the header without a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    ChangeSet rename(QStringLiteral("Rename"));
    rename.set(QStringLiteral("organisation"), asso, QStringLiteral("name"), QStringLiteral("Asso du quartier"));
    REQUIRE(f.doc->apply(rename));
    CHECK(resets.isEmpty());
    CHECK_FALSE(headers.isEmpty());
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Asso du quartier"));

    // A new partner is a new column.
    f.addOrganisation(QStringLiteral("Mairie"));
    CHECK(model.columnCount() == 2);
    CHECK_FALSE(model.index(row, 1).data().isValid());
}
