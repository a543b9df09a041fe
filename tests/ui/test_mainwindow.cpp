// The main window as a user meets it: the unsaved-changes prompt, refused
// files, and a new partnership walked through the seven steps.
#include "dialogs/newpartnershipwizard.h"
#include "document/document.h"
#include "document/installation.h"
#include "mainwindow.h"
#include "model/projectreader.h"
#include "pages/steppage.h"
#include "projectview.h"
#include "recentfiles.h"
#include "widgets/fieldeditors.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace alliance;

namespace {

/// Answers the next modal message box with `button`, and remembers its text.
struct BoxAnswer
{
    QString objectName;
    QString text;
    bool seen = false;
};

void answerNextBox(BoxAnswer *answer, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [answer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) { // not shown yet: try again shortly
            answerNextBox(answer, button);
            return;
        }
        answer->seen = true;
        answer->objectName = box->objectName();
        answer->text = box->text();
        box->button(button)->click();
    });
}

std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &title)
{
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    return Document::createNew(title, {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
}

template<typename T> T *find(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Closing with unsaved changes asks first, and Cancel keeps the work", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDocument(newDocument(dir, QStringLiteral("Brouillon")));
    REQUIRE(window.document()->isModified());
    REQUIRE(window.isWindowModified());

    BoxAnswer answer;
    answerNextBox(&answer, QMessageBox::Cancel);
    CHECK_FALSE(window.closeDocument());
    CHECK(answer.seen);
    CHECK(answer.objectName == QStringLiteral("unsavedChangesBox"));
    CHECK(answer.text.contains(QStringLiteral("Brouillon")));
    CHECK(window.document() != nullptr);

    answerNextBox(&answer, QMessageBox::Discard);
    CHECK(window.closeDocument());
    CHECK(window.document() == nullptr);
}

TEST_CASE("A hostile file shows why it is refused, and the app keeps running", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("<b>piège<i>.alliance"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    MainWindow window;
    window.show();
    BoxAnswer answer;
    answerNextBox(&answer, QMessageBox::Ok);
    CHECK_FALSE(window.openFile(path));
    CHECK(answer.seen);
    CHECK(answer.objectName == QStringLiteral("warningBox"));
    CHECK(answer.text.contains(QStringLiteral("<b>piège<i>.alliance"))); // the name, as plain text
    CHECK(window.document() == nullptr);
    CHECK(window.isVisible());
}

TEST_CASE("A new partnership walked through the seven steps is saved with everything entered", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    // The wizard: title, stake, own organisation and one partner.
    NewPartnershipWizard wizard;
    find<QLineEdit>(&wizard, QStringLiteral("wizardTitle"))->setText(QStringLiteral("Tiers-lieu numérique"));
    find<QPlainTextEdit>(&wizard, QStringLiteral("wizardStake"))->setPlainText(QStringLiteral("Former les seniors"));
    find<QLineEdit>(&wizard, QStringLiteral("wizardOwnName"))->setText(QStringLiteral("Asso Lien"));
    QTest::mouseClick(find<QPushButton>(&wizard, QStringLiteral("wizardAddPartner")), Qt::LeftButton);
    auto *partners = find<QTableWidget>(&wizard, QStringLiteral("wizardPartners"));
    REQUIRE(partners->rowCount() == 1);
    partners->item(0, 0)->setText(QStringLiteral("Mairie de Lavaur"));
    auto doc = newDocument(dir, wizard.title());
    REQUIRE(doc->apply(wizard.changes(doc->partnershipId())));
    REQUIRE(doc->project().organisations.size() == 2);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setDocument(std::move(doc));
    Document *d = window.document();
    ProjectView *view = window.projectView();
    REQUIRE(view);

    // 1. Diagnose: a need answered from the lead's view, and the step marked done.
    view->showStep(0);
    REQUIRE(d->project().leadOrganisation());
    const QUuid leadId = d->project().leadOrganisation()->id;
    auto *need = find<FieldTextEdit>(view->page(0),
                                     QStringLiteral("needAnswer_digital_") + leadId.toString(QUuid::WithoutBraces));
    QTest::keyClicks(need, QStringLiteral("Peu d'acces au numerique"));
    need->commit(); // as when it loses focus
    auto *status = find<QComboBox>(view->page(0), QStringLiteral("stepStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    Q_EMIT status->activated(status->currentIndex());

    // 2. Objectives: the lead weights processes at 40.
    view->showStep(1);
    const QUuid lead = d->project().organisations.first().id;
    const QString editorName = QStringLiteral("carreEditor_") + lead.toString(QUuid::WithoutBraces);
    auto *editor = find<QWidget>(view->page(1), editorName);
    auto *spin = find<QSpinBox>(editor, QStringLiteral("weightSpin_processes"));
    spin->setFocus();
    spin->setValue(40);
    Q_EMIT spin->editingFinished();

    // 3. Model: choose societal R&D.
    view->showStep(2);
    QTest::mouseClick(find<QPushButton>(view->page(2), QStringLiteral("chooseModel_societal_rnd")), Qt::LeftButton);

    // 4. Ecosystem: one more organisation.
    view->showStep(3);
    QTest::mouseClick(find<QPushButton>(view->page(3), QStringLiteral("addOrganisation")), Qt::LeftButton);

    // 5. Co-build: the governance.
    view->showStep(4);
    auto *governance = find<FieldTextEdit>(view->page(4), QStringLiteral("governanceEdit"));
    QTest::keyClicks(governance, QStringLiteral("Comite de pilotage trimestriel"));
    governance->commit();
    QTest::mouseClick(find<QPushButton>(view->page(4), QStringLiteral("addContribution")), Qt::LeftButton);

    // 6. Pilot: an action.
    view->showStep(5);
    QTest::mouseClick(find<QPushButton>(view->page(5), QStringLiteral("addAction")), Qt::LeftButton);

    // 7. Evaluate: a review and a lesson.
    view->showStep(6);
    QTest::mouseClick(find<QPushButton>(view->page(6), QStringLiteral("addReview")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(view->page(6), QStringLiteral("addLesson")), Qt::LeftButton);

    const QString path = dir.filePath(QStringLiteral("tiers-lieu.alliance"));
    QString error;
    REQUIRE(d->saveAs(path, &error));
    CHECK_FALSE(window.isWindowModified());

    CheckResult check;
    const auto saved = readProjectFile(path, &check);
    INFO(check.message.toStdString());
    REQUIRE(saved);
    CHECK(saved->partnership.title == QStringLiteral("Tiers-lieu numérique"));
    CHECK(saved->partnership.commonStake == QStringLiteral("Former les seniors"));
    REQUIRE(saved->needAnswers.size() == 1);
    CHECK(saved->needAnswers.first().answer == QStringLiteral("Peu d'acces au numerique"));
    CHECK(saved->needAnswers.first().organisationId == leadId);
    bool diagnoseDone = false;
    for (const auto &s : saved->stepStates)
        diagnoseDone |= s.stepId == QStringLiteral("diagnose") && s.status == QStringLiteral("done");
    CHECK(diagnoseDone);
    int leadProcesses = -1, leadSum = 0;
    for (const auto &w : saved->objectiveWeights)
        if (w.organisationId == lead) {
            leadSum += w.weight;
            if (w.objectiveId == QStringLiteral("processes"))
                leadProcesses = w.weight;
        }
    CHECK(leadProcesses == 40);
    CHECK(leadSum == 100);
    CHECK(saved->partnership.modelId == QStringLiteral("societal_rnd"));
    CHECK(saved->partnership.categoryId == QStringLiteral("societal_innovation"));
    CHECK(saved->organisations.size() == 3);
    CHECK(saved->partnership.governance == QStringLiteral("Comite de pilotage trimestriel"));
    CHECK(saved->contributions.size() == 1);
    CHECK(saved->actions.size() == 1);
    CHECK(saved->reviews.size() == 1);
    CHECK(saved->lessons.size() == 1);

    // Undo from the Edit menu restores the last change on screen and in the document.
    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(d->project().lessons.isEmpty());
    CHECK(window.isWindowModified());
}

TEST_CASE("A name set in the preferences signs the very next edit, with the organisation it names", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("Authors"));
    const QUuid organisation = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add"))
                           .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                                QStringLiteral("Mairie de Lavaur"))));
    MainWindow window;
    window.show();
    window.setDocument(std::move(doc));
    Document *d = window.document();
    // Opening applies the preferences' name at once.
    CHECK(d->author().name == QStringLiteral("Test Manager"));

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == QStringLiteral("preferencesDialog"));
        find<QLineEdit>(dialog, QStringLiteral("preferencesName"))->setText(QStringLiteral("Camille Martin"));
        find<QLineEdit>(dialog, QStringLiteral("preferencesOrganisation"))->setText(QStringLiteral("mairie de lavaur"));
        seen = true;
        dialog->accept();
    });
    find<QAction>(&window, QStringLiteral("actionPreferences"))->trigger();
    REQUIRE(seen);
    CHECK(d->author().name == QStringLiteral("Camille Martin"));
    CHECK(d->author().organisationId == organisation);

    // The next edit is journalled in that name, without reopening anything.
    REQUIRE(d->apply(ChangeSet(QStringLiteral("Rename"))
                         .set(QStringLiteral("partnership"), d->partnershipId(), QStringLiteral("title"),
                              QStringLiteral("Signed"))));
    const QList<JournalEntry> history = d->history(QStringLiteral("partnership"), d->partnershipId());
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().authorName == QStringLiteral("Camille Martin"));
    CHECK(QUuid::fromString(history.last().authorOrg) == organisation);
}

TEST_CASE("Without a name, the window asks who is editing before the first edit, never a placeholder",
          "[ui][mainwindow]")
{
    installation::setUser(QString(), QString());
    REQUIRE_FALSE(installation::hasChosenName());
    // Even unasked, the author is a person's account, never "?".
    CHECK_FALSE(installation::userName().isEmpty());
    CHECK(installation::userName() != QStringLiteral("?"));

    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("Who"));
    const QUuid organisation = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add"))
                           .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                                QStringLiteral("Fondation Lien Commun"))));
    MainWindow window;
    window.show();
    bool asked = false;
    bool okWhileEmpty = true;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == QStringLiteral("identityDialog"));
        asked = true;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        find<QLineEdit>(dialog, QStringLiteral("identityName"))->setText(QStringLiteral("   "));
        okWhileEmpty = ok->isEnabled();
        find<QLineEdit>(dialog, QStringLiteral("identityName"))->setText(QStringLiteral("Lucie Moreau"));
        find<QComboBox>(dialog, QStringLiteral("identityOrganisation"))
            ->setCurrentText(QStringLiteral("Fondation Lien Commun"));
        ok->click();
    });
    window.setDocument(std::move(doc));
    REQUIRE(asked);
    CHECK_FALSE(okWhileEmpty);
    Document *d = window.document();
    REQUIRE(d->apply(ChangeSet(QStringLiteral("Rename"))
                         .set(QStringLiteral("partnership"), d->partnershipId(), QStringLiteral("title"),
                              QStringLiteral("Signed"))));
    const QList<JournalEntry> history = d->history(QStringLiteral("partnership"), d->partnershipId());
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().authorName == QStringLiteral("Lucie Moreau"));
    CHECK(QUuid::fromString(history.last().authorOrg) == organisation);
    // The status bar says in whose name changes are recorded.
    CHECK(find<QLabel>(&window, QStringLiteral("authorStatus"))
              ->text()
              .contains(QStringLiteral("Lucie Moreau (Fondation Lien Commun)")));
    installation::setUser(QStringLiteral("Test Manager"), QString());
}

TEST_CASE("A partnership reopens on the page where the user left it", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reprise.alliance"));
    {
        auto doc = newDocument(dir, QStringLiteral("Reprise"));
        QString error;
        REQUIRE(doc->saveAs(path, &error));
    }
    {
        MainWindow window;
        REQUIRE(window.openFile(path));
        CHECK(window.projectView()->currentStep() == 0);
        window.projectView()->showStep(4);
        // Remembered at once: a crash now would still reopen there.
        CHECK(recentfiles::lastPage(path) == 4);
        window.closeDocumentWithoutSaving();
    }
    MainWindow window;
    REQUIRE(window.openFile(path));
    CHECK(window.projectView()->currentStep() == 4);
}

TEST_CASE("Scrolling over any unfocused combo box or spin box of the app changes nothing", "[ui][mainwindow]")
{
    MainWindow window; // installs the application's wheel guard
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *combo = new QComboBox(&page);
    combo->addItems({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")});
    auto *spin = new QSpinBox(&page);
    auto *other = new QLineEdit(&page);
    layout->addWidget(combo);
    layout->addWidget(spin);
    layout->addWidget(other);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(combo->focusPolicy() == Qt::StrongFocus); // the wheel cannot take the focus either
    auto wheel = [](QWidget *w) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    };
    other->setFocus();
    wheel(combo);
    wheel(spin);
    CHECK(combo->currentIndex() == 0);
    CHECK(spin->value() == 0);
    // Focused, the wheel works as usual: the guard only holds back unfocused boxes.
    combo->setFocus();
    REQUIRE(combo->hasFocus());
    wheel(combo);
    CHECK(combo->currentIndex() == 1);
}
