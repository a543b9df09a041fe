// Step 1 page: the territory's needs and the maturity self-diagnostic, driven
// through real widgets found by objectName.
#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "pages/diagnosepage.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

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
#include <QWheelEvent>

using namespace alliance;

namespace {

struct DiagnoseFixture : test::PageFixture<DiagnosePage>
{
    DiagnoseFixture() : PageFixture(QStringLiteral("Diagnose")) { }
    QUuid addOrganisation(const QString &name, const QString &profile, const QString &role = QStringLiteral("partner"))
    {
        const QUuid id = QUuid::createUuid();
        const QString t = QStringLiteral("organisation");
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add"))
                               .set(t, id, QStringLiteral("name"), name)
                               .set(t, id, QStringLiteral("profile"), profile)
                               .set(t, id, QStringLiteral("role"), role)));
        return id;
    }
    static QString editorName(const char *prefix, const QString &needId, const QUuid &organisation)
    {
        return QStringLiteral("%1_%2_%3")
            .arg(QLatin1String(prefix), needId, organisation.toString(QUuid::WithoutBraces));
    }
    FieldTextEdit *needAnswer(const QString &needId, const QUuid &organisation) const
    {
        return child<FieldTextEdit>(editorName("needAnswer", needId, organisation));
    }
    QComboBox *needPriority(const QString &needId, const QUuid &organisation) const
    {
        return child<QComboBox>(editorName("needPriority", needId, organisation));
    }
    /// Picks `priorityId` in the combo as a user does in its list: one choice, one edit.
    void choosePriority(const QString &needId, const QUuid &organisation, const QString &priorityId) const
    {
        QComboBox *combo = needPriority(needId, organisation);
        combo->setFocus();
        const int target = combo->findData(priorityId);
        REQUIRE(target >= 0);
        combo->setCurrentIndex(target);
        Q_EMIT combo->activated(target); // what choosing an item of the popup list sends
        REQUIRE(combo->currentData().toString() == priorityId);
    }
    const NeedAnswer *need(const QUuid &organisation, const QString &needId) const
    {
        const NeedAnswer *found = nullptr;
        for (const NeedAnswer &a : doc->project().needAnswers)
            if (a.organisationId == organisation && a.needId == needId)
                found = &a;
        return found;
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

TEST_CASE("Diagnose: each organisation answers a need from its own view", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid company = f.addOrganisation(QStringLiteral("Company B"), QStringLiteral("company"));
    const QUuid association
        = f.addOrganisation(QStringLiteral("Association A"), QStringLiteral("association"), QStringLiteral("lead"));
    const QUuid catalyst
        = f.addOrganisation(QStringLiteral("Fabrique"), QStringLiteral("other"), QStringLiteral("catalyst"));
    f.open();
    CHECK_FALSE(f.child<QLabel>(QStringLiteral("needsEmpty"))->isVisible());
    // Not the first need: its id must be written, not left at the default.
    const QString needId = method::territoryNeeds().at(2).id;
    // Every organisation has its own editors for every need, the catalyst's included.
    for (const method::TerritoryNeed &n : method::territoryNeeds())
        for (const QUuid &o : {association, company, catalyst}) {
            CHECK_FALSE(f.needAnswer(n.id, o)->accessibleName().isEmpty());
            CHECK(f.needPriority(n.id, o)->currentData().toString().isEmpty()); // "—": no priority yet
        }
    // Side by side in the need's card: the lead's row first.
    auto *card = f.child<QWidget>(QStringLiteral("need_") + needId);
    CHECK(f.needAnswer(needId, association)->mapTo(card, QPoint()).y()
          < f.needAnswer(needId, company)->mapTo(card, QPoint()).y());

    auto *answer = f.needAnswer(needId, company);
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("Few actors work on it"));
    f.needAnswer(needId, association)->setFocus();

    const QList<NeedAnswer> &answers = f.doc->project().needAnswers;
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().id == ids::organisationNeedAnswer(company, needId));
    CHECK(answers.first().organisationId == company);
    CHECK(answers.first().needId == needId);
    CHECK(answers.first().answer == QStringLiteral("Few actors work on it"));
    CHECK(f.needAnswer(needId, association)->toPlainText().isEmpty()); // the others' views are their own
    REQUIRE(f.doc->canUndo());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().needAnswers.isEmpty());
    CHECK(answer->toPlainText().isEmpty());
}

TEST_CASE("Diagnose: one organisation's priority changes alone, the page says where the views differ, undo",
          "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid a
        = f.addOrganisation(QStringLiteral("Association A"), QStringLiteral("association"), QStringLiteral("lead"));
    const QUuid b = f.addOrganisation(QStringLiteral("Company B"), QStringLiteral("company"));
    f.open();
    const QString needId = QStringLiteral("alliance");
    auto *difference = f.child<QLabel>(QStringLiteral("needDifference_") + needId);
    auto *summary = f.child<QLabel>(QStringLiteral("needsDifferences"));
    CHECK_FALSE(difference->isVisible());
    CHECK(summary->text().startsWith(QStringLiteral("Nothing to compare yet")));

    f.choosePriority(needId, a, QStringLiteral("high"));
    f.choosePriority(needId, b, QStringLiteral("low"));
    REQUIRE(f.need(a, needId));
    REQUIRE(f.need(b, needId));
    CHECK(f.need(a, needId)->priority == QStringLiteral("high"));
    CHECK(f.need(b, needId)->priority == QStringLiteral("low"));
    CHECK(difference->isVisible());
    CHECK(difference->text()
          == QString::fromUtf8("Priorities differ on “Learn to ally”: high for Association A, low for Company B."));
    CHECK(summary->text().contains(difference->text())); // high against low: named in full at the top

    // Changing A's priority leaves B's as it was.
    f.choosePriority(needId, a, QStringLiteral("medium"));
    CHECK(f.need(a, needId)->priority == QStringLiteral("medium"));
    CHECK(f.need(b, needId)->priority == QStringLiteral("low"));
    CHECK(f.needPriority(needId, b)->currentData().toString() == QStringLiteral("low"));
    CHECK(summary->text().contains(QString::fromUtf8("Smaller differences (one step apart) on “Learn to ally”")));
    CHECK(f.doc->project().needAnswers.size() == 2);

    // Undo restores A's priority alone.
    REQUIRE(f.doc->undo());
    CHECK(f.need(a, needId)->priority == QStringLiteral("high"));
    CHECK(f.need(b, needId)->priority == QStringLiteral("low"));
    CHECK(f.needPriority(needId, a)->currentData().toString() == QStringLiteral("high"));
    // Undo B's first choice: its row goes, and so does the difference.
    REQUIRE(f.doc->undo());
    CHECK(f.need(b, needId) == nullptr);
    CHECK(f.needPriority(needId, b)->currentData().toString().isEmpty());
    CHECK_FALSE(difference->isVisible());
}

TEST_CASE("Diagnose: a view upgraded from format 4 is edited in place, not duplicated", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("association"), QStringLiteral("lead"));
    const QString needId = QStringLiteral("ecosystem");
    // What the upgrade of a format-4 file leaves: the partnership's row, now the lead's view.
    const QUuid upgraded = ids::needAnswer(f.doc->partnershipId(), needId);
    const QString t = QStringLiteral("need_answer");
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Upgraded"))
                             .set(t, upgraded, QStringLiteral("need_id"), needId)
                             .set(t, upgraded, QStringLiteral("organisation_id"), lead)
                             .set(t, upgraded, QStringLiteral("priority"), QStringLiteral("high"))
                             .set(t, upgraded, QStringLiteral("answer"), QStringLiteral("Old words"))));
    f.open();
    CHECK(f.needPriority(needId, lead)->currentData().toString() == QStringLiteral("high"));
    CHECK(f.needAnswer(needId, lead)->toPlainText() == QStringLiteral("Old words"));
    f.choosePriority(needId, lead, QStringLiteral("low"));
    REQUIRE(f.doc->project().needAnswers.size() == 1);
    CHECK(f.doc->project().needAnswers.first().id == upgraded);
    CHECK(f.doc->project().needAnswers.first().priority == QStringLiteral("low"));
    CHECK(f.doc->project().needAnswers.first().answer == QStringLiteral("Old words"));
}

TEST_CASE("Diagnose: the shared view of an earlier format is shown, not dropped", "[ui][diagnose]")
{
    DiagnoseFixture f;
    f.addOrganisation(QStringLiteral("Partner"), QStringLiteral("company"));
    const QUuid shared = QUuid::createUuid();
    const QString t = QStringLiteral("need_answer");
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Earlier"))
                             .set(t, shared, QStringLiteral("need_id"), QStringLiteral("digital"))
                             .set(t, shared, QStringLiteral("priority"), QStringLiteral("medium"))
                             .set(t, shared, QStringLiteral("answer"), QStringLiteral("<b>Answered before</b>"))));
    f.open();
    auto *label = f.child<QLabel>(QStringLiteral("needShared_digital"));
    CHECK(label->isVisible());
    CHECK(label->text() == QStringLiteral("<b>Answered before</b>"));
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK(f.page->findChild<QLabel *>(QStringLiteral("needShared_alliance")) == nullptr);
}

TEST_CASE("Diagnose: the wheel scrolls past a priority or a score without changing it", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid company = f.addOrganisation(QStringLiteral("Company"), QStringLiteral("company"));
    f.open();
    auto wheel = [](QWidget *w) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    };
    auto *priority = f.needPriority(QStringLiteral("digital"), company);
    auto *score = f.child<QSpinBox>(QStringLiteral("maturityScore_vision_strategy"));
    f.child<QComboBox>(QStringLiteral("maturityOrganisation"))->setFocus();
    REQUIRE_FALSE(priority->hasFocus());
    wheel(priority);
    wheel(score);
    CHECK(priority->currentData().toString().isEmpty());
    CHECK(score->value() == -1);
    CHECK(f.doc->project().needAnswers.isEmpty());
    CHECK(f.doc->project().maturityAnswers.isEmpty());
    CHECK(priority->focusPolicy() == Qt::StrongFocus); // a click or Tab gives the focus, the wheel does not
    // Once focused, the wheel does change it.
    priority->setFocus();
    wheel(priority);
    CHECK_FALSE(priority->currentData().toString().isEmpty());
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

// Undoing the edit that created a derived-id item leaves a tombstone: the next
// commit revives it rather than writing onto a deleted row.
TEST_CASE("Diagnose: a need answer typed again after an undo is stored", "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid organisation = f.addOrganisation(QStringLiteral("Asso"), QStringLiteral("association"));
    f.open();
    const QString needId = method::territoryNeeds().at(1).id;
    auto *answer = f.needAnswer(needId, organisation);
    auto *other = f.needAnswer(method::territoryNeeds().at(0).id, organisation);
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

TEST_CASE("Diagnose: the 360° has four axes, the variant of the organisation, and ends with the next tools",
          "[ui][diagnose]")
{
    DiagnoseFixture f;
    const QUuid company = f.addOrganisation(QStringLiteral("Entreprise"), QStringLiteral("company"));
    const QUuid catalyst
        = f.addOrganisation(QStringLiteral("Fabrique"), QStringLiteral("other"), QStringLiteral("catalyst"));
    f.open();
    auto *organisation = f.child<QComboBox>(QStringLiteral("maturityOrganisation"));
    organisation->setCurrentIndex(organisation->findData(company));
    CHECK(f.child<QLabel>(QStringLiteral("maturityVariant"))->text().contains(QStringLiteral("CSR & partnerships")));
    auto *ecosystem = f.child<QProgressBar>(QStringLiteral("maturityAxis_ecosystem"));
    CHECK(ecosystem->text() == QStringLiteral("Not scored"));
    auto *nextTools = f.child<QLabel>(QStringLiteral("maturityNextTools"));
    CHECK(nextTools->text().startsWith(QStringLiteral("Answer the questions below")));

    f.child<QSpinBox>(QStringLiteral("maturityScore_company_local_anchoring"))->setValue(1);
    f.child<QSpinBox>(QStringLiteral("maturityScore_vision_strategy"))->setValue(4);
    CHECK(ecosystem->value() == 25);
    CHECK(ecosystem->text().contains(QStringLiteral("getting started")));
    const QString advice = nextTools->text();
    INFO(advice.toStdString());
    CHECK(advice.startsWith(QStringLiteral("Overall maturity: established (63%).")));
    // The weakest axis first, with the step that builds it.
    CHECK(advice.indexOf(QStringLiteral("Place in the ecosystem: getting started (25%). Next:"))
          < advice.indexOf(QStringLiteral("Vision: mastered (100%). Keep it up:")));
    CHECK(advice.contains(QString::fromUtf8("step 4, “Map the ecosystem”")));

    // A catalyst answers the catalyst variant, whatever its profile.
    organisation->setCurrentIndex(organisation->findData(catalyst));
    QApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.child<QLabel>(QStringLiteral("maturityVariant"))->text().contains(QStringLiteral("Territorial catalysis")));
    CHECK(f.page->findChild<QSpinBox *>(QStringLiteral("maturityScore_catalyst_trust")));
    CHECK(f.page->findChild<QSpinBox *>(QStringLiteral("maturityScore_company_local_anchoring")) == nullptr);
}
