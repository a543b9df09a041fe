// Small traps of issue 12, point 9, driven through real widgets: the wizard
// refuses blank names, the step's owner is picked from the same list as an
// action's owner, a score out of range is refused with its range, choosing a
// model keeps the focus on its card, and a yes/no cell toggles anywhere.
#include "dialogs/newpartnershipwizard.h"
#include "document/document.h"
#include "method/method.h"
#include "models/itemtablemodel.h"
#include "models/reviewscoremodel.h"
#include "pages/modelpage.h"
#include "pages/pilotpage.h"
#include "widgets/rangespinbox.h"
#include "widgets/stepfollowup.h"
#include "widgets/stepownerbox.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alliance;
using test::child;

namespace {

QString ownerOf(const Document &doc, const QString &stepId)
{
    for (const StepState &s : doc.project().stepStates)
        if (s.stepId == stepId)
            return s.owner;
    return QStringLiteral("(none)");
}

struct Fixture : test::ProjectFixture
{
    Fixture() : ProjectFixture(QStringLiteral("Traps")) { }
    QUuid addOrganisation(const QString &name, const QString &role = QStringLiteral("partner"))
    {
        return ProjectFixture::addOrganisation(name, QStringLiteral("association"), role);
    }
};

void showActive(QWidget *w)
{
    w->resize(1280, 800);
    w->show();
    QApplication::setActiveWindow(w);
    REQUIRE(QTest::qWaitForWindowActive(w));
}

} // namespace

TEST_CASE("Wizard: no going on with a blank title or organisation name, and it says why", "[ui][wizard]")
{
    NewPartnershipWizard wizard;
    wizard.show();
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    auto *title = child<QLineEdit>(&wizard, QStringLiteral("wizardTitle"));
    auto *titleProblem = child<QLabel>(&wizard, QStringLiteral("wizardTitleProblem"));
    title->setText(QStringLiteral("   "));
    CHECK_FALSE(next->isEnabled());
    CHECK_FALSE(titleProblem->text().isEmpty());
    title->setText(QStringLiteral("Tiers-lieu"));
    CHECK(next->isEnabled());
    CHECK(titleProblem->text().isEmpty());
    wizard.next();

    auto *name = child<QLineEdit>(&wizard, QStringLiteral("wizardOwnName"));
    auto *nameProblem = child<QLabel>(&wizard, QStringLiteral("wizardOwnNameProblem"));
    name->setText(QString());
    QTest::keyClicks(name, QStringLiteral("  "));
    CHECK_FALSE(next->isEnabled());
    CHECK(nameProblem->isVisible());
    CHECK(nameProblem->text().contains(QStringLiteral("name")));
    QTest::keyClicks(name, QStringLiteral("Asso Lien "));
    CHECK(next->isEnabled());
    CHECK(nameProblem->text().isEmpty());
    wizard.next();

    // A partner row left without a name holds Finish back.
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    CHECK(finish->isEnabled()); // no partner yet is fine
    QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("wizardAddPartner")), Qt::LeftButton);
    auto *partners = child<QTableWidget>(&wizard, QStringLiteral("wizardPartners"));
    REQUIRE(partners->rowCount() == 1);
    partners->item(0, 0)->setText(QStringLiteral(" "));
    CHECK_FALSE(finish->isEnabled());
    CHECK(child<QLabel>(&wizard, QStringLiteral("wizardPartnersProblem"))->text().contains(QStringLiteral("1")));
    partners->item(0, 0)->setText(QStringLiteral("Mairie de Lavaur"));
    CHECK(finish->isEnabled());

    // The names are written trimmed.
    const QUuid partnership = QUuid::createUuid();
    const ChangeSet changes = wizard.changes(partnership);
    QStringList names;
    for (const FieldChange &c : changes.changes)
        if (c.table == QStringLiteral("organisation") && c.field == QStringLiteral("name"))
            names << c.value.toString();
    CHECK(names == QStringList {QStringLiteral("Asso Lien"), QStringLiteral("Mairie de Lavaur")});
    CHECK(wizard.title() == QStringLiteral("Tiers-lieu"));
}

TEST_CASE("The step's owner is picked from the project's organisations, like an action's", "[ui][traps]")
{
    Fixture f;
    f.addOrganisation(QStringLiteral("Passerelles"), QStringLiteral("lead"));
    f.addOrganisation(QStringLiteral("Mairie de Lavaur"));
    StepFollowUp followUp(f.doc.get(), QStringLiteral("pilot"));
    showActive(&followUp);
    auto *owner = child<StepOwnerBox>(&followUp, QStringLiteral("stepOwner"));
    CHECK(owner->isEditable());
    // The organisations in the project's order, as the actions' owner list shows them.
    QStringList organisations;
    for (const Organisation &o : f.doc->project().organisations)
        organisations << o.name;
    CHECK(owner->offered() == organisations);
    CHECK(organisations.size() == 2);

    // Chosen from the list: written at once, as text (the file format is unchanged).
    const int mairie = owner->findText(QStringLiteral("Mairie de Lavaur"));
    REQUIRE(mairie >= 0);
    owner->setCurrentIndex(mairie);
    Q_EMIT owner->activated(mairie);
    CHECK(ownerOf(*f.doc, QStringLiteral("pilot")) == QStringLiteral("Mairie de Lavaur"));
    CHECK(f.doc->undoText() == QStringLiteral("Change the step's owner"));

    // A person may be named too.
    owner->setFocus();
    owner->lineEdit()->selectAll();
    QTest::keyClicks(owner->lineEdit(), QStringLiteral("Claire (Passerelles)"));
    QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
    CHECK(ownerOf(*f.doc, QStringLiteral("pilot")) == QStringLiteral("Claire (Passerelles)"));

    // A new organisation joins the list; undo shows the previous owner.
    f.addOrganisation(QStringLiteral("Fondation"));
    CHECK(owner->offered().contains(QStringLiteral("Fondation")));
    CHECK(owner->currentText() == QStringLiteral("Claire (Passerelles)"));
    REQUIRE(f.doc->undo()); // the organisation
    REQUIRE(f.doc->undo()); // the typed owner
    CHECK(owner->currentText() == QStringLiteral("Mairie de Lavaur"));
}

TEST_CASE("A rating out of range is refused with the declared range and not stored", "[ui][traps]")
{
    Fixture f;
    const QUuid org = f.addOrganisation(QStringLiteral("Passerelles"), QStringLiteral("lead"));
    const QUuid review = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Review"))
                             .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("R"))
                             .set(QStringLiteral("review"), review, QStringLiteral("kind"), QStringLiteral("annual"))));
    ReviewScoreModel model(f.doc.get());
    model.setReview(review);
    QString refused;
    QObject::connect(&model, &ReviewScoreModel::editRefused, [&](const QString &why) { refused = why; });
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r)
        if (const auto *q = model.questionAt(r); q && q->kind == method::AnswerKind::Rating)
            row = r;
    REQUIRE(row >= 0);
    const QModelIndex cell = model.index(row, model.columnOf(org));
    const qint64 journal = f.doc->journalSize();
    CHECK_FALSE(model.setData(cell, QStringLiteral("7"), ReviewScoreModel::RatingRole));
    CHECK(refused.contains(QStringLiteral("from 0 to %1").arg(method::criterionScoreMax)));
    CHECK(refused.contains(QStringLiteral("7")));
    CHECK(f.doc->journalSize() == journal);
    CHECK(f.doc->project().reviewScores.isEmpty());
    CHECK(model.setData(cell, QStringLiteral("4"), ReviewScoreModel::RatingRole));
    REQUIRE(f.doc->project().reviewScores.size() == 1);
    CHECK(f.doc->project().reviewScores.first().score == 4);
}

TEST_CASE("A number typed out of range stays on screen, refused with its range", "[ui][traps]")
{
    RangeSpinBox spin;
    spin.useLimit(QStringLiteral("maturity_answer"), QStringLiteral("score"), true);
    CHECK(spin.minimum() == -1);
    CHECK(spin.maximum() == method::maturityScoreMax);
    QString message;
    int changes = 0;
    QObject::connect(&spin, &RangeSpinBox::refused, [&](const QString &m) { message = m; });
    QObject::connect(&spin, &QSpinBox::valueChanged, [&] { ++changes; });
    showActive(&spin);
    spin.setKeyboardTracking(false);
    spin.setValue(2);
    changes = 0;
    spin.setFocus();
    spin.selectAll();
    QTest::keyClicks(&spin, QStringLiteral("9"));
    QTest::keyClick(&spin, Qt::Key_Enter);
    CHECK(message.contains(QStringLiteral("from 0 to %1").arg(method::maturityScoreMax)));
    CHECK(spin.text() == QStringLiteral("9"));
    CHECK(spin.isOutOfRange());
    CHECK(spin.value() == 2);
    CHECK(changes == 0);
    // Escape puts the value back.
    QTest::keyClick(&spin, Qt::Key_Escape);
    CHECK(spin.text() == QStringLiteral("2"));
    CHECK_FALSE(spin.isOutOfRange());
}

TEST_CASE("Choosing a model keeps the focus on its card", "[ui][traps]")
{
    Fixture f;
    ModelPage page(f.doc.get());
    showActive(&page);
    const QString modelId = method::models().at(1).id;
    auto *choose = child<QPushButton>(&page, QStringLiteral("chooseModel_") + modelId);
    choose->setFocus();
    REQUIRE(choose->hasFocus());
    // The cards keep their shape: the badge of the chosen one takes a place
    // every card keeps (the answers above the grid may still grow).
    auto places = [&] {
        QList<QPoint> out;
        QWidget *first = child<QPushButton>(&page, QStringLiteral("chooseModel_") + method::models().first().id);
        for (const method::Model &m : method::models())
            out << child<QPushButton>(&page, QStringLiteral("chooseModel_") + m.id)->mapTo(&page, QPoint())
                    - first->mapTo(&page, QPoint());
        return out;
    };
    QApplication::processEvents();
    const QList<QPoint> before = places();
    QTest::keyClick(choose, Qt::Key_Space);
    QApplication::processEvents();
    CHECK(places() == before);
    CHECK(f.doc->project().partnership.modelId == modelId);
    CHECK(QApplication::focusWidget() == choose);
    CHECK(choose->isEnabled());
    CHECK(choose->text() == QStringLiteral("Chosen"));
    // Choosing it again adds no empty undo step.
    const qint64 journal = f.doc->journalSize();
    QTest::keyClick(choose, Qt::Key_Space);
    CHECK(f.doc->journalSize() == journal);
}

TEST_CASE("A milestone toggles on a click in the middle of its cell, and with Space", "[ui][traps]")
{
    Fixture f;
    const QUuid id = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Add action"))
                             .set(QStringLiteral("action"), id, QStringLiteral("title"), QStringLiteral("Atelier"))
                             .set(QStringLiteral("action"), id, QStringLiteral("status"), QStringLiteral("planned"))
                             .set(QStringLiteral("action"), id, QStringLiteral("milestone"), false)));
    PilotPage page(f.doc.get());
    showActive(&page);
    auto *table = child<QTableView>(&page, QStringLiteral("actionsTable"));
    auto *model = qobject_cast<ItemTableModel *>(table->model());
    REQUIRE(model);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldAt(c) == QStringLiteral("milestone"))
            column = c;
    REQUIRE(column >= 0);
    table->scrollTo(model->index(0, column));
    const QModelIndex cell = model->index(0, column);
    const QRect rect = table->visualRect(cell);
    REQUIRE(rect.width() > 40); // far from the box's own size: the middle is not the box's corner
    auto milestone = [&] { return f.doc->project().actions.first().milestone; };

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(milestone());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(rect.width() / 3, 0));
    CHECK_FALSE(milestone());
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Space);
    CHECK(milestone());
    CHECK(f.doc->undoText().size() > 0);
}

TEST_CASE("A number cell keeps every decimal typed, and refuses what is not a number without losing it", "[ui][traps]")
{
    Fixture f;
    const QUuid id = QUuid::createUuid();
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Add indicator"))
            .set(QStringLiteral("indicator"), id, QStringLiteral("name"), QStringLiteral("Heures"))
            .set(QStringLiteral("indicator"), id, QStringLiteral("baseline"), 0.0)
            .set(QStringLiteral("indicator"), id, QStringLiteral("target"), 100.0)
            .set(QStringLiteral("indicator"), id, QStringLiteral("direction"), QStringLiteral("increase"))));
    PilotPage page(f.doc.get());
    showActive(&page);
    auto *table = child<QTableView>(&page, QStringLiteral("indicatorsTable"));
    auto *model = qobject_cast<ItemTableModel *>(table->model());
    REQUIRE(model);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldAt(c) == QStringLiteral("target"))
            column = c;
    REQUIRE(column >= 0);
    const QModelIndex cell = model->index(0, column);
    auto editor = [&] {
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *edit = qobject_cast<QLineEdit *>(table->indexWidget(cell));
        REQUIRE(edit);
        return edit;
    };
    QLineEdit *edit = editor();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1234,567"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(f.doc->project().indicators.first().target == Approx(1234.567));

    // Not a number: refused beside the cell, the editor stays open with the text.
    edit = editor();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("12 heures"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(edit->toolTip().contains(QStringLiteral("12 heures")));
    CHECK(f.doc->project().indicators.first().target == Approx(1234.567));
    auto *still = qobject_cast<QLineEdit *>(table->indexWidget(cell));
    REQUIRE(still);
    CHECK(still->text() == QStringLiteral("12 heures"));
    // Escape gives up: nothing written.
    QTest::keyClick(still, Qt::Key_Escape);
    QCoreApplication::processEvents();
    CHECK(table->indexWidget(cell) == nullptr);
    CHECK(f.doc->project().indicators.first().target == Approx(1234.567));
}
