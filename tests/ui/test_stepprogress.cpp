// A step's status on its page: when the manager has not set one, the status
// suggested from what was entered is shown as such, with its reason, and one
// click records it (undoable); the navigator says which statuses are
// suggestions.
#include "document/document.h"
#include "document/stepstatus.h"
#include "evaluation/stepprogress.h"
#include "method/method.h"
#include "pages/modelpage.h"
#include "widgets/stepnavigator.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

template<class T> T *find(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

struct StepFixture : test::PageFixture<ModelPage>
{
    StepFixture() : PageFixture(QStringLiteral("Steps")) { }
    void setPartnership(const char *field, const QString &value)
    {
        REQUIRE(doc->apply(
            ChangeSet(QStringLiteral("Edit"))
                .set(QStringLiteral("partnership"), doc->partnershipId(), QString::fromLatin1(field), value)));
    }
    QString manager() const { return evaluation::managerStepStatus(doc->project(), QStringLiteral("model")); }
};

} // namespace

TEST_CASE("A step page shows the suggested status and accepting it records the status, undoably", "[ui][stepprogress]")
{
    StepFixture f;
    const method::Category &category = method::categories().first();
    f.setPartnership("category_id", category.id); // the relationship is described: step 3 has started
    f.open();

    auto *status = find<QComboBox>(f.page.get(), QStringLiteral("stepStatus"));
    auto *suggestion = find<QLabel>(f.page.get(), QStringLiteral("stepSuggestion"));
    auto *accept = find<QPushButton>(f.page.get(), QStringLiteral("acceptStepSuggestion"));
    CHECK(status->currentText() == QStringLiteral("Not set"));
    REQUIRE(suggestion->isVisible());
    CHECK(suggestion->textFormat() == Qt::PlainText);
    CHECK(suggestion->text().startsWith(QStringLiteral("Suggested from what was entered: In progress")));
    CHECK(suggestion->text().contains(QStringLiteral("the model is not named yet")));
    REQUIRE(accept->isVisible());
    CHECK(accept->text().contains(QStringLiteral("In progress")));

    // One click records the suggestion as the manager's own status.
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(f.manager() == QStringLiteral("in_progress"));
    CHECK(status->currentData().toString() == QStringLiteral("in_progress"));
    CHECK_FALSE(suggestion->isVisible()); // the manager and the data agree: nothing to say
    CHECK(f.doc->undoText() == QStringLiteral("Accept the suggested step status"));

    // Undone: not set again, and the suggestion is offered again.
    REQUIRE(f.doc->undo());
    CHECK(f.manager().isEmpty());
    CHECK(status->currentText() == QStringLiteral("Not set"));
    CHECK(suggestion->isVisible());
    CHECK(accept->isVisible());
    REQUIRE(f.doc->redo());
    CHECK(f.manager() == QStringLiteral("in_progress"));

    // Naming the model completes the step: the manager's "in progress" still
    // wins, and the page says what the data suggests, without a button.
    const method::Model *model = nullptr;
    for (const method::Model &m : method::models())
        if (m.categoryId == category.id)
            model = &m;
    REQUIRE(model);
    f.setPartnership("model_id", model->id);
    CHECK(f.manager() == QStringLiteral("in_progress"));
    REQUIRE(suggestion->isVisible());
    CHECK(suggestion->text().startsWith(QStringLiteral("You set “In progress”; what was entered suggests “Done”")));
    CHECK_FALSE(accept->isVisible());

    // Setting "not set" in the combo hands the step back to the suggestion.
    status->setCurrentIndex(status->findData(QStringLiteral("not_started")));
    Q_EMIT status->activated(status->currentIndex());
    CHECK(f.manager().isEmpty());
    CHECK(suggestion->text().startsWith(QStringLiteral("Suggested from what was entered: Done")));
    CHECK(accept->isVisible());
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(f.manager() == QStringLiteral("done"));
}

TEST_CASE("The navigator marks the statuses that are suggestions", "[ui][stepprogress]")
{
    StepFixture f;
    f.setPartnership("category_id", method::categories().first().id);
    StepNavigator navigator(f.doc.get());
    // Step 3 holds data: in progress, suggested; step 1 holds nothing.
    CHECK(navigator.item(2)->text().contains(QStringLiteral("In progress (suggested)")));
    CHECK(navigator.item(2)->toolTip().contains(QStringLiteral("Suggested from what was entered: ")));
    CHECK(navigator.item(0)->text().contains(QStringLiteral("Not started (suggested)")));
    CHECK(navigator.item(0)->font().bold()); // the current step: the first not done
    // The manager's status: no longer a suggestion.
    REQUIRE(f.doc->apply(
        stepstatus::set(f.doc->project(), QStringLiteral("model"), QStringLiteral("done"), QStringLiteral("Set"))));
    CHECK(navigator.item(2)->text().contains(QStringLiteral("Done")));
    CHECK_FALSE(navigator.item(2)->text().contains(QStringLiteral("suggested")));
}
