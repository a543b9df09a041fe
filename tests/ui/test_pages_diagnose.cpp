// Step 1 page: the territory's needs and the maturity self-diagnostic, driven
// through real widgets found by objectName.
#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "pages/diagnosepage.h"
#include "widgets/fieldeditors.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

struct DiagnoseFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    std::unique_ptr<DiagnosePage> page;

    DiagnoseFixture()
    {
        DocumentOptions options;
        options.workingFolder = dir.path();
        doc = Document::createNew(QStringLiteral("Diagnose"), {QStringLiteral("Tester"), {}, QUuid::createUuid()},
                                  options);
        REQUIRE(doc);
    }
    void open()
    {
        page = std::make_unique<DiagnosePage>(doc.get());
        page->resize(1280, 800);
        page->show();
        QApplication::setActiveWindow(page.get());
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = page->findChild<T *>(name);
        INFO("objectName " << name.toStdString());
        REQUIRE(w);
        return w;
    }
    QUuid addOrganisation(const QString &name, const QString &profile)
    {
        const QUuid id = QUuid::createUuid();
        const QString t = QStringLiteral("organisation");
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add")).set(t, id, QStringLiteral("name"), name)
                               .set(t, id, QStringLiteral("profile"), profile)
                               .set(t, id, QStringLiteral("role"), QStringLiteral("partner"))));
        return id;
    }
    const MaturityAnswer *answer(const QUuid &organisation, const QString &question) const
    {
        for (const MaturityAnswer &a : doc->project().maturityAnswers)
            if (a.organisationId == organisation && a.questionId == question)
                return &a;
        return nullptr;
    }
};

} // namespace

TEST_CASE("Diagnose: a need answer typed and committed is stored for its need", "[ui][diagnose]")
{
    DiagnoseFixture f;
    f.open();
    // Not the first need: its id must be written, not left at the default.
    const QString needId = method::territoryNeeds().at(2).id;
    auto *answer = f.child<FieldTextEdit>(QStringLiteral("needAnswer_") + needId);
    CHECK_FALSE(answer->accessibleName().isEmpty());
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("Few actors work on it"));
    f.child<FieldTextEdit>(QStringLiteral("needAnswer_") + method::territoryNeeds().at(3).id)->setFocus();

    const QList<NeedAnswer> &answers = f.doc->project().needAnswers;
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().id == ids::needAnswer(f.doc->partnershipId(), needId));
    CHECK(answers.first().needId == needId);
    CHECK(answers.first().answer == QStringLiteral("Few actors work on it"));
    CHECK(f.doc->canUndo());
}

TEST_CASE("Diagnose: a need priority is optional and stored for its need", "[ui][diagnose]")
{
    DiagnoseFixture f;
    f.open();
    const QString needId = method::territoryNeeds().last().id;
    auto *priority = f.child<QComboBox>(QStringLiteral("needPriority_") + needId);
    CHECK(priority->currentData().toString().isEmpty()); // "—": no priority yet
    priority->setFocus();
    QTest::keyClick(priority, Qt::Key_End);
    const QList<NeedAnswer> &answers = f.doc->project().needAnswers;
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().needId == needId);
    CHECK(answers.first().priority == method::needPriorities().last().id);
}

TEST_CASE("Diagnose: maturity scores show per axis and overall", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid company = f.addOrganisation(QStringLiteral("Entreprise"), QStringLiteral("company"));
    f.open();
    auto *organisation = f.child<QComboBox>(QStringLiteral("maturityOrganisation"));
    REQUIRE(organisation->count() == 1);
    CHECK(organisation->currentData().toUuid() == company);

    auto *vision = f.child<QProgressBar>(QStringLiteral("maturityAxis_vision"));
    auto *action = f.child<QProgressBar>(QStringLiteral("maturityAxis_action"));
    auto *overall = f.child<QProgressBar>(QStringLiteral("maturityOverall"));
    CHECK(vision->text() == QStringLiteral("Not scored"));

    auto *strategy = f.child<QSpinBox>(QStringLiteral("maturityScore_vision_strategy"));
    CHECK(strategy->value() == -1);
    CHECK(strategy->text() == QStringLiteral("Not answered"));
    auto *comment = f.child<QLineEdit>(QStringLiteral("maturityComment_vision_strategy"));
    CHECK_FALSE(comment->isEnabled()); // a comment alone would make a score of 0

    strategy->setFocus();
    strategy->selectAll();
    QTest::keyClicks(strategy, QStringLiteral("4"));
    QTest::keyClick(strategy, Qt::Key_Enter);
    const MaturityAnswer *a = f.answer(company, QStringLiteral("vision_strategy"));
    REQUIRE(a);
    CHECK(a->id == ids::maturityAnswer(company, QStringLiteral("vision_strategy")));
    CHECK(a->score == 4);
    CHECK(vision->value() == 100);
    CHECK(overall->value() == 100);
    CHECK(comment->isEnabled());

    f.child<QSpinBox>(QStringLiteral("maturityScore_action_experience"))->setValue(2);
    CHECK(action->value() == 50);
    CHECK(overall->value() == 75);
    CHECK(f.child<QLabel>(QStringLiteral("maturityAnswered"))->text().startsWith(QStringLiteral("2 of ")));

    // Undo removes the answer: "not answered" again, not a zero.
    REQUIRE(f.doc->undo());
    CHECK(f.answer(company, QStringLiteral("action_experience")) == nullptr);
    CHECK(f.child<QSpinBox>(QStringLiteral("maturityScore_action_experience"))->value() == -1);
    CHECK(action->text() == QStringLiteral("Not scored"));
    CHECK(overall->value() == 100);

    // Scoring again revives the undone item.
    f.child<QSpinBox>(QStringLiteral("maturityScore_action_experience"))->setValue(3);
    REQUIRE(f.answer(company, QStringLiteral("action_experience")));
    CHECK(f.answer(company, QStringLiteral("action_experience"))->score == 3);
    CHECK(action->value() == 75);

    // Back to "not answered" clears the answer, in one undoable step.
    f.child<QSpinBox>(QStringLiteral("maturityScore_action_experience"))->setValue(-1);
    CHECK(f.answer(company, QStringLiteral("action_experience")) == nullptr);
    REQUIRE(f.doc->undo());
    CHECK(f.child<QSpinBox>(QStringLiteral("maturityScore_action_experience"))->value() == 3);
}

TEST_CASE("Diagnose: the questions follow the organisation's profile", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid association = f.addOrganisation(QStringLiteral("<b>x</b>"), QStringLiteral("association"));
    const QUuid company = f.addOrganisation(QStringLiteral("Entreprise"), QStringLiteral("company"));
    f.open();
    auto *organisation = f.child<QComboBox>(QStringLiteral("maturityOrganisation"));
    REQUIRE(organisation->count() == 2);
    CHECK(organisation->itemText(0) == QStringLiteral("<b>x</b>")); // literally: combo items are plain
    const QString companyOnly = QStringLiteral("maturityScore_company_csr_link");
    CHECK(f.page->findChild<QSpinBox *>(companyOnly) == nullptr);

    organisation->setCurrentIndex(organisation->findData(company));
    QApplication::processEvents(QEventLoop::AllEvents); // old rows are deleted later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    int expected = 0;
    for (const auto &q : method::maturityQuestionsFor(QStringLiteral("company"))) {
        CHECK(f.page->findChild<QSpinBox *>(QStringLiteral("maturityScore_") + q.id));
        ++expected;
    }
    CHECK(f.page->findChildren<QSpinBox *>(QRegularExpression(QStringLiteral("^maturityScore_"))).size() == expected);

    // Scores belong to the organisation picked.
    f.child<QSpinBox>(companyOnly)->setValue(1);
    CHECK(f.answer(company, QStringLiteral("company_csr_link")));
    CHECK_FALSE(f.answer(association, QStringLiteral("company_csr_link")));
}

TEST_CASE("Diagnose: without organisations the maturity part says what to do", "[ui][diagnose]")
{
    DiagnoseFixture f;
    f.open();
    CHECK(f.child<QLabel>(QStringLiteral("maturityEmpty"))->isVisible());
    CHECK_FALSE(f.child<QComboBox>(QStringLiteral("maturityOrganisation"))->isVisible());
    f.addOrganisation(QStringLiteral("Asso"), QStringLiteral("association"));
    CHECK_FALSE(f.child<QLabel>(QStringLiteral("maturityEmpty"))->isVisible());
    CHECK(f.child<QComboBox>(QStringLiteral("maturityOrganisation"))->count() == 1);
}

// Known gap in FieldTextEdit (ui/widgets/fieldeditors.cpp, reported to the
// lead): undoing the edit that created a derived-id item leaves a tombstone,
// and the next commit writes onto it without reviving it. Passes once fixed.
TEST_CASE("Diagnose: a need answer typed again after an undo is stored", "[ui][diagnose]")
{
    DiagnoseFixture f;
    f.open();
    const QString needId = method::territoryNeeds().at(1).id;
    auto *answer = f.child<FieldTextEdit>(QStringLiteral("needAnswer_") + needId);
    auto *other = f.child<FieldTextEdit>(QStringLiteral("needAnswer_") + method::territoryNeeds().at(0).id);
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("First"));
    other->setFocus();
    REQUIRE(f.doc->project().needAnswers.size() == 1);
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().needAnswers.isEmpty());
    CHECK(answer->toPlainText().isEmpty());

    answer->setFocus();
    answer->selectAll();
    QTest::keyClicks(answer, QStringLiteral("Second"));
    other->setFocus();
    REQUIRE(f.doc->project().needAnswers.size() == 1);
    CHECK(f.doc->project().needAnswers.first().answer == QStringLiteral("Second"));
}
