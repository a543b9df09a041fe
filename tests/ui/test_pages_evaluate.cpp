// Step 7 "Evaluate and share": reviews, the score grid (derived ids, undo,
// comments), results per angle and impact, and the three lists of lessons.
#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "models/reviewscoremodel.h"
#include "pages/evaluatepage.h"
#include "storage/schema.h"
#include "widgets/fieldeditors.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    Fixture()
    {
        DocumentOptions options;
        options.workingFolder = dir.path();
        doc = Document::createNew(QStringLiteral("Evaluate test"), {QStringLiteral("Tester"), {}, QUuid::createUuid()},
                                  options);
        REQUIRE(doc);
    }
    QUuid addOrganisation(const QString &name)
    {
        const QUuid id = QUuid::createUuid();
        ChangeSet c(QStringLiteral("Add partner"));
        c.set(QStringLiteral("organisation"), id, QStringLiteral("name"), name);
        REQUIRE(doc->apply(c));
        return id;
    }
    QUuid addReview(const QString &title)
    {
        const QUuid id = QUuid::createUuid();
        ChangeSet c(QStringLiteral("Add review"));
        c.set(QStringLiteral("review"), id, QStringLiteral("title"), title)
            .set(QStringLiteral("review"), id, QStringLiteral("date"), QDate(2024, 6, 1));
        REQUIRE(doc->apply(c));
        return id;
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("objectName " << name);
    REQUIRE(w);
    return w;
}

struct ModelTesters
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    explicit ModelTesters(QWidget *page)
    {
        for (const char *name : {"reviewsTable", "scoreGrid", "lessonsTable", "meaningTable", "nextStepsTable"})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                child<QTableView>(page, name)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
};

/// The first method criterion of `angle`.
QString firstCriterion(const char *angle)
{
    for (const auto &c : method::criteria())
        if (c.angle == QLatin1String(angle))
            return c.id;
    return {};
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
    auto *grid = child<QTableView>(&page, "scoreGrid");
    CHECK(static_cast<ReviewScoreModel *>(grid->model())->review() == r.id);

    QTest::keyClick(child<QTableView>(&page, "reviewsTable")->focusWidget(), Qt::Key_Escape);
    QTest::mouseClick(child<QPushButton>(&page, "removeReview"), Qt::LeftButton);
    CHECK(f.doc->project().reviews.isEmpty());
    CHECK(page.currentReview().isNull());
    REQUIRE(f.doc->undo());
    CHECK(page.currentReview() == r.id); // offered again once it is back
}

TEST_CASE("Evaluate page: a score cell stores review_score under the derived id; undo restores", "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid company = f.addOrganisation(QStringLiteral("Company"));
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.currentReview() == review);

    auto *grid = child<QTableView>(&page, "scoreGrid");
    auto *model = static_cast<ReviewScoreModel *>(grid->model());
    const QString criterion = firstCriterion("performance");
    const int row = model->rowOf(criterion);
    REQUIRE(row > 0);
    CHECK(model->isHeading(0));
    REQUIRE(model->columnCount() == 2);
    CHECK(model->organisationAt(1) == company);
    const QModelIndex cell = model->index(row, 1);
    CHECK_FALSE(cell.data().isValid()); // not scored is empty, not 0

    // Type a digit on the grid and press Enter, as a user does.
    grid->setFocus();
    grid->setCurrentIndex(cell);
    QTest::keyClicks(grid, QStringLiteral("4"));
    REQUIRE(grid->focusWidget() != grid); // the spin box editor is open
    QTest::keyClick(grid->focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call

    const QUuid id = ids::reviewScore(review, company, criterion);
    REQUIRE(f.doc->project().reviewScores.size() == 1);
    const ReviewScore s = f.doc->project().reviewScores.first();
    CHECK(s.id == id);
    CHECK(s.reviewId == review);
    CHECK(s.organisationId == company);
    CHECK(s.criterionId == criterion);
    CHECK(s.score == 4);
    CHECK(model->index(row, 1).data().toInt() == 4);
    CHECK(grid->currentIndex() == model->index(row, 1)); // the grid was not rebuilt

    // A second edit changes the same item.
    REQUIRE(model->setData(model->index(row, 1), 2));
    CHECK(f.doc->project().reviewScores.size() == 1);
    CHECK(f.doc->project().reviewScores.first().score == 2);
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().reviewScores.first().score == 4);
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().reviewScores.isEmpty());
    CHECK_FALSE(model->index(row, 1).data().isValid());
    REQUIRE(f.doc->redo());
    CHECK(f.doc->project().reviewScores.first().score == 4);

    // Delete clears; scoring again revives the same id.
    grid->setCurrentIndex(model->index(row, 1));
    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK(f.doc->project().reviewScores.isEmpty());
    REQUIRE(model->setData(model->index(row, 1), QStringLiteral("5")));
    REQUIRE(f.doc->project().reviewScores.size() == 1);
    CHECK(f.doc->project().reviewScores.first().id == id);
    CHECK(f.doc->project().reviewScores.first().score == 5);
    CHECK(asso != company);
}

TEST_CASE("Evaluate page: comments per score cell, shown as escaped tooltips", "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid review = f.addReview(QStringLiteral("Final"));
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    auto *grid = child<QTableView>(&page, "scoreGrid");
    auto *model = static_cast<ReviewScoreModel *>(grid->model());
    auto *comment = child<FieldTextEdit>(&page, "scoreComment");
    const int row = model->rowOf(firstCriterion("pertinence"));

    grid->setCurrentIndex(model->index(row, 0));
    CHECK_FALSE(comment->isEnabled()); // a cell is scored before it is commented
    REQUIRE(model->setData(model->index(row, 0), 3));
    CHECK(comment->isEnabled());
    CHECK(child<QLabel>(&page, "commentLabel")->textFormat() == Qt::PlainText);

    comment->setPlainText(QStringLiteral("<b>Good</b> dialogue"));
    comment->document()->setModified(true);
    comment->commit();
    const QUuid id = ids::reviewScore(review, asso, firstCriterion("pertinence"));
    CHECK(f.doc->value(QStringLiteral("review_score"), id, QStringLiteral("comment")).toString()
          == QStringLiteral("<b>Good</b> dialogue"));
    const QString tip = model->index(row, 0).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;Good&lt;/b&gt; dialogue")));
    CHECK(model->index(row, 0).data(ReviewScoreModel::CommentRole).toString() == QStringLiteral("<b>Good</b> dialogue"));
    REQUIRE(f.doc->undo());
    CHECK(model->index(row, 0).data(ReviewScoreModel::CommentRole).toString().isEmpty());
    CHECK(comment->toPlainText().isEmpty());
}

TEST_CASE("Evaluate page: results per angle and impact in percent", "[ui][evaluate]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    f.addOrganisation(QStringLiteral("Company"));
    f.addReview(QStringLiteral("Annual"));
    EvaluatePage page(f.doc.get());
    auto *model = static_cast<ReviewScoreModel *>(child<QTableView>(&page, "scoreGrid")->model());
    auto *results = child<QTableWidget>(&page, "resultsTable");
    REQUIRE(results->rowCount() == 6); // 3 angles, 3 impacts
    CHECK(results->item(0, 0)->text() == QStringLiteral("—"));

    // One performance criterion scored 4 of 5 by one partner: 80 % for that angle.
    const QString criterion = firstCriterion("performance");
    REQUIRE(model->setData(model->index(model->rowOf(criterion), 0), 4));
    CHECK(results->item(0, 0)->text() == QStringLiteral("80%"));
    CHECK(results->item(1, 0)->text() == QStringLiteral("—"));
    REQUIRE(results->columnCount() == 2); // all partners, then the one that scored
    CHECK(results->horizontalHeaderItem(1)->text() == QStringLiteral("Asso"));
    const method::Criterion *c = method::findCriterion(criterion);
    if (!c->impact.isEmpty()) {
        int impactRow = 3;
        for (const auto &i : method::impacts()) {
            if (i.id == c->impact)
                break;
            ++impactRow;
        }
        CHECK(results->item(impactRow, 0)->text() == QStringLiteral("80%"));
    }
    CHECK(asso == model->organisationAt(0));
}

TEST_CASE("Evaluate page: lessons of each kind go to their own list", "[ui][evaluate]")
{
    Fixture f;
    EvaluatePage page(f.doc.get());
    ModelTesters testers(&page);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QList<std::pair<const char *, const char *>> lists{
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

TEST_CASE("Review score model: custom criteria, headings, renames without reset", "[ui][evaluate][models]")
{
    Fixture f;
    const QUuid asso = f.addOrganisation(QStringLiteral("Asso"));
    const QUuid review = f.addReview(QStringLiteral("Interim"));
    ReviewScoreModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int methodRows = int(method::criteria().size() + method::evaluationAngles().size());
    CHECK(model.rowCount() == methodRows);
    CHECK_FALSE(model.flags(model.index(1, 0)) & Qt::ItemIsEditable); // no review yet
    model.setReview(review);
    CHECK(model.flags(model.index(1, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable); // a heading
    CHECK(model.headerData(0, Qt::Vertical).toString() == method::tr(method::evaluationAngles().first().label));

    // A custom criterion of the coherence angle is listed under that angle.
    const QUuid custom = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add criterion"));
    add.set(QStringLiteral("custom_criterion"), custom, QStringLiteral("label"), QStringLiteral("Shared data"))
        .set(QStringLiteral("custom_criterion"), custom, QStringLiteral("angle"), QStringLiteral("coherence"));
    REQUIRE(f.doc->apply(add));
    REQUIRE(model.rowCount() == methodRows + 1);
    const int row = model.rowOf(schema::idText(custom));
    REQUIRE(row == model.rowCount() - 1);
    CHECK(model.headerData(row, Qt::Vertical).toString() == QStringLiteral("Shared data"));
    REQUIRE(model.setData(model.index(row, 0), 1));
    QSignalSpy refused(&model, &ReviewScoreModel::editRefused);
    CHECK_FALSE(model.setData(model.index(row, 0), 9)); // out of range: refused, says why
    CHECK_FALSE(model.setData(model.index(row, 0), QStringLiteral("four")));
    CHECK(refused.count() == 2);
    CHECK(f.doc->project().reviewScores.first().score == 1);
    CHECK(f.doc->project().reviewScores.first().id == ids::reviewScore(review, asso, schema::idText(custom)));

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

TEST_CASE("Evaluate page: closing the page while a score is edited commits it safely", "[ui][evaluate]")
{
    Fixture f;
    f.addOrganisation(QStringLiteral("Asso"));
    f.addReview(QStringLiteral("Interim"));
    {
        EvaluatePage page(f.doc.get());
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto *grid = child<QTableView>(&page, "scoreGrid");
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(1, 0));
        QTest::keyClicks(grid, QStringLiteral("3"));
        REQUIRE(grid->focusWidget() != grid);
    } // the open editor commits while the page is destroyed
    REQUIRE(f.doc->project().reviewScores.size() == 1);
    CHECK(f.doc->project().reviewScores.first().score == 3);
}
