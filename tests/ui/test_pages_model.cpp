// Step 3 page: the typology grid, the recommended model, choosing a model and
// justifying it, driven through real widgets found by objectName.
#include "document/document.h"
#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/ids.h"
#include "pages/modelpage.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

struct ModelFixture : test::PageFixture<ModelPage>
{
    ModelFixture() : PageFixture(QStringLiteral("Model")) { }
    QUuid addPartner(const QString &name, std::array<int, 4> weights)
    {
        const QUuid id = QUuid::createUuid();
        const QString t = QStringLiteral("organisation");
        const QString w = QStringLiteral("objective_weight");
        ChangeSet c(QStringLiteral("Add"));
        c.set(t, id, QStringLiteral("name"), name)
            .set(t, id, QStringLiteral("profile"), QStringLiteral("company"))
            .set(t, id, QStringLiteral("role"), QStringLiteral("partner"));
        for (int i = 0; i < 4; ++i) {
            const QString objective = method::objectives().at(i).id;
            const QUuid wid = ids::objectiveWeight(id, objective);
            c.set(w, wid, QStringLiteral("organisation_id"), id)
                .set(w, wid, QStringLiteral("objective_id"), objective)
                .set(w, wid, QStringLiteral("weight"), weights[i]);
        }
        REQUIRE(doc->apply(c));
        return id;
    }
    QFrame *card(const QString &modelId) const
    {
        auto *frame = page->findChild<QFrame *>(QStringLiteral("modelCard_") + modelId);
        INFO("model " << modelId.toStdString());
        REQUIRE(frame);
        return frame;
    }
    QString badge(const QString &modelId) const
    {
        auto *label = card(modelId)->findChild<QLabel *>(QStringLiteral("modelBadge"));
        REQUIRE(label);
        return label->isVisibleTo(card(modelId)) ? label->text() : QString(); // hidden, it keeps its place
    }
};

} // namespace

TEST_CASE("Model: the grid shows the four categories and nine models", "[ui][model]")
{
    ModelFixture f;
    f.open();
    for (const method::Category &c : method::categories())
        CHECK(f.page->findChild<QFrame *>(QStringLiteral("category_") + c.id));
    for (const method::Model &m : method::models()) {
        QFrame *card = f.card(m.id);
        auto *choose = card->findChild<QPushButton *>(QStringLiteral("chooseModel_") + m.id);
        REQUIRE(choose);
        CHECK(choose->isEnabled());
        CHECK_FALSE(choose->accessibleName().isEmpty());
        CHECK_FALSE(card->property("chosen").toBool());
    }
    for (const method::Category &c : method::categories())
        CHECK_FALSE(f.page->findChild<QFrame *>(QStringLiteral("category_") + c.id)->property("suggested").toBool());
    // Nobody weighted: nothing suggested, and the page says what to do.
    auto *explanation = f.page->findChild<QLabel *>(QStringLiteral("recommendationExplanation"));
    REQUIRE(explanation);
    CHECK(explanation->text() == evaluation::recommend(f.doc->project()).explanation.join(QLatin1Char('\n')));
    CHECK(explanation->text().contains(QStringLiteral("No partner has weighted")));
}

TEST_CASE("Model: the readings mark the categories they point to, with the partners behind each", "[ui][model]")
{
    ModelFixture f;
    f.addPartner(QStringLiteral("<b>x</b>"), {10, 10, 10, 70});
    f.open();
    f.addPartner(QStringLiteral("Association"), {10, 60, 20, 10});
    const evaluation::Recommendation rec = evaluation::recommend(f.doc->project());
    REQUIRE(rec.suggestions.size() == 2);
    for (const method::Category &c : method::categories()) {
        INFO("category " << c.id.toStdString());
        auto *header = f.page->findChild<QFrame *>(QStringLiteral("category_") + c.id);
        const bool pointed = c.id == QLatin1String("patronage") || c.id == QLatin1String("economic_cooperation");
        CHECK(header->property("suggested").toBool() == pointed);
    }
    auto *patronage = f.page->findChild<QFrame *>(QStringLiteral("category_patronage"));
    CHECK(patronage->findChild<QLabel *>(QStringLiteral("pointedBy"))->text().contains(QStringLiteral("<b>x</b>")));
    // No model is named from numbers: nothing is chosen until the partners answer.
    for (const method::Model &m : method::models())
        CHECK_FALSE(f.card(m.id)->property("chosen").toBool());

    // The explanation names the partners literally, one sentence a line.
    auto *explanation = f.page->findChild<QLabel *>(QStringLiteral("recommendationExplanation"));
    CHECK(explanation->textFormat() == Qt::PlainText);
    CHECK(explanation->text() == rec.explanation.join(QLatin1Char('\n')));
    CHECK(explanation->text().contains(QStringLiteral("<b>x</b>")));
}

TEST_CASE("Model: two answers on the relationship name the model, each one an undoable edit", "[ui][model]")
{
    ModelFixture f;
    f.addPartner(QStringLiteral("Entreprise"), {10, 10, 10, 70});
    f.open();
    auto *second = f.page->findChild<QLabel *>(QStringLiteral("modelQuestion"));
    REQUIRE(second);
    auto *classic = f.page->findChild<QRadioButton *>(QStringLiteral("answer_classic_patronage"));
    REQUIRE(classic);
    CHECK_FALSE(classic->isVisible()); // the second question waits for the first

    auto *gift = f.page->findChild<QRadioButton *>(QStringLiteral("relationship_patronage"));
    REQUIRE(gift);
    QTest::mouseClick(gift, Qt::LeftButton, {}, QPoint(8, gift->height() / 2));
    CHECK(f.doc->project().partnership.categoryId == QLatin1String("patronage"));
    CHECK(f.doc->project().partnership.modelId.isEmpty());
    CHECK(classic->isVisible());
    CHECK_FALSE(f.page->findChild<QRadioButton *>(QStringLiteral("answer_societal_rnd"))->isVisible());
    CHECK(second->text().contains(method::tr(method::findCategory(QStringLiteral("patronage"))->modelQuestion)));

    QTest::mouseClick(classic, Qt::LeftButton, {}, QPoint(8, classic->height() / 2));
    CHECK(f.doc->project().partnership.modelId == QLatin1String("classic_patronage"));
    CHECK(f.card(QStringLiteral("classic_patronage"))->property("chosen").toBool());
    auto *explanation = f.page->findChild<QLabel *>(QStringLiteral("recommendationExplanation"));
    CHECK(explanation->text().contains(QStringLiteral("For Entreprise, the model serves what it weights most")));

    // Another relationship clears a model that no longer answers it.
    auto *service = f.page->findChild<QRadioButton *>(QStringLiteral("relationship_responsible_practices"));
    QTest::mouseClick(service, Qt::LeftButton, {}, QPoint(8, service->height() / 2));
    CHECK(f.doc->project().partnership.categoryId == QLatin1String("responsible_practices"));
    CHECK(f.doc->project().partnership.modelId.isEmpty());
    CHECK_FALSE(classic->isVisible());

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.modelId == QLatin1String("classic_patronage"));
    CHECK(classic->isChecked());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.modelId.isEmpty());
    CHECK(gift->isChecked());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.categoryId.isEmpty());
    CHECK_FALSE(gift->isChecked());
}

TEST_CASE("Model: choosing a model sets its category and the model in one step", "[ui][model]")
{
    ModelFixture f;
    f.open();
    const method::Model &model = method::models().at(4);
    auto *choose = f.card(model.id)->findChild<QPushButton *>(QStringLiteral("chooseModel_") + model.id);
    REQUIRE(choose);
    QTest::mouseClick(choose, Qt::LeftButton);
    CHECK(f.doc->project().partnership.modelId == model.id);
    CHECK(f.doc->project().partnership.categoryId == model.categoryId);
    CHECK(f.card(model.id)->property("chosen").toBool());
    CHECK(f.badge(model.id).contains(QStringLiteral("Named by your answers")));
    // Still enabled, so that the focus stays on it; it says it is chosen.
    CHECK(choose->isEnabled());
    CHECK(choose->text() == QStringLiteral("Chosen"));

    // Choosing another model moves the mark.
    const method::Model &other = method::models().at(0);
    f.card(other.id)->findChild<QPushButton *>(QStringLiteral("chooseModel_") + other.id)->click();
    CHECK(f.doc->project().partnership.modelId == other.id);
    CHECK(f.doc->project().partnership.categoryId == other.categoryId);
    CHECK_FALSE(f.card(model.id)->property("chosen").toBool());
    CHECK(choose->text() == QStringLiteral("Choose this model"));

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.modelId == model.id);
    CHECK(f.doc->project().partnership.categoryId == model.categoryId);
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.modelId.isEmpty());
    CHECK(f.doc->project().partnership.categoryId.isEmpty());
    CHECK_FALSE(f.card(model.id)->property("chosen").toBool());
}

TEST_CASE("Model: the justification is stored", "[ui][model]")
{
    ModelFixture f;
    f.open();
    auto *justification = f.page->findChild<FieldTextEdit *>(QStringLiteral("modelJustification"));
    REQUIRE(justification);
    justification->setFocus();
    QTest::keyClicks(justification, QStringLiteral("Closest to our shared stake"));
    f.card(method::models().first().id)
        ->findChild<QPushButton *>(QStringLiteral("chooseModel_") + method::models().first().id)
        ->setFocus();
    CHECK(f.doc->project().partnership.modelJustification == QStringLiteral("Closest to our shared stake"));
}
