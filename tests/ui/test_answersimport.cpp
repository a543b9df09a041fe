// Importing answers from the window: workbooks dropped on it open the
// preview (a tab per respondent, both values side by side, refused workbooks
// with their reason), Import applies them as one undo step and the status bar
// says how many answers changed.
#include "answersactions.h"
#include "dialogs/answersimportdialog.h"
#include "document/document.h"
#include "edits/reviewanswer.h"
#include "example/examplegenerator.h"
#include "mainwindow.h"

#include "../core/answersfixture.h"
#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <functional>

using namespace alliance;
using namespace alliance::questionnaire;
using test::child;

namespace {

/// Runs `act` on the next modal dialog named `name`, once it is shown.
void whenModal(const QString &name, std::function<void(QWidget *)> act, bool *seen)
{
    QTimer::singleShot(0, [name, act, seen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != name) {
            whenModal(name, act, seen);
            return;
        }
        *seen = true;
        act(modal);
    });
}

/// Processes events until `done` (at most 10 s); the modal dialog runs inside.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

TEST_CASE("Workbooks dropped on the window are previewed and imported as one undo step", "[ui][answers]")
{
    QTemporaryDir dir;
    auto doc = Document::createNew(QStringLiteral("Exemple"), {QStringLiteral("Manager"), {}, QUuid::createUuid()},
                                   DocumentOptions {dir.filePath(QStringLiteral("working"))});
    REQUIRE(doc);
    REQUIRE(example::fillExample(*doc));
    QUuid partner;
    for (const Organisation &o : doc->project().organisations)
        if (o.role == QLatin1String("partner") && partner.isNull())
            partner = o.id;
    const QUuid review = doc->project().reviews.first().id;
    const Binding b = test::fixtureBinding(doc->project(), Kind::Review, partner, review);
    QString key;
    for (const BoundQuestion &q : b.questions)
        if (q.words && key.isEmpty())
            key = q.key;
    test::FixtureWorkbook w;
    w.bindingRows = b.sealedRows();
    w.answersSheet = b.answersSheet;
    w.cells = {test::answerCell(b, key, QStringLiteral("<b>Réponse</b> du partenaire"), true)};
    const QString answers = dir.filePath(QStringLiteral("réponses.xlsx"));
    REQUIRE(test::writeFixtureWorkbook(answers, w).isEmpty());
    const QString bogus = dir.filePath(QStringLiteral("autre.xlsx"));
    test::FixtureWorkbook plain;
    plain.withBindingSheet = false;
    REQUIRE(test::writeFixtureWorkbook(bogus, plain).isEmpty());

    MainWindow window;
    window.setDocument(std::move(doc));
    window.show();
    REQUIRE(child<QAction>(&window, "actionImportAnswers")->isEnabled());
    Document &document = *window.document();

    bool seen = false;
    QStringList tabs;
    QString refusedReason, inWorkbook;
    whenModal(
        QStringLiteral("answersImportDialog"),
        [&](QWidget *dialog) {
            auto *tabWidget = child<QTabWidget>(dialog, "answersTabs");
            for (int i = 0; i < tabWidget->count(); ++i)
                tabs << tabWidget->tabText(i);
            auto *refused = child<QTreeWidget>(dialog, "answersRefused");
            REQUIRE(refused->topLevelItemCount() == 1);
            refusedReason = refused->topLevelItem(0)->text(1);
            auto *list = child<QTreeWidget>(dialog, "answersList");
            REQUIRE(list->topLevelItemCount() == 1);
            inWorkbook = list->topLevelItem(0)->text(3);
            CHECK(child<QCheckBox>(dialog, "answersWorkbook_0")->isChecked());
            child<QPushButton>(dialog, "answersImportButton")->click();
        },
        &seen);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(answers), QUrl::fromLocalFile(bogus)});
    // As a drag does: the window takes the drag in, then the drop.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(waitFor([&] { return seen && !QApplication::activeModalWidget(); }));

    CHECK(tabs.size() == 2);
    CHECK(tabs.first() == document.project().organisation(partner)->name);
    CHECK(refusedReason.contains(QStringLiteral("autre.xlsx")));
    CHECK(inWorkbook == QStringLiteral("<b>Réponse</b> du partenaire")); // shown as typed, never as HTML
    const ReviewScore *s = reviewanswer::find(document.project(), {review, partner, key});
    REQUIRE(s);
    CHECK(s->comment == QStringLiteral("<b>Réponse</b> du partenaire"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1")));
    REQUIRE(document.undo());
    const ReviewScore *undone = reviewanswer::find(document.project(), {review, partner, key});
    CHECK((undone ? undone->comment : QString()) != QStringLiteral("<b>Réponse</b> du partenaire"));
}

TEST_CASE("The preview of a workbook already imported offers nothing to import", "[ui][answers]")
{
    QTemporaryDir dir;
    auto doc = Document::createNew(QStringLiteral("Exemple"), {QStringLiteral("Manager"), {}, QUuid::createUuid()},
                                   DocumentOptions {dir.filePath(QStringLiteral("working"))});
    REQUIRE(doc);
    REQUIRE(example::fillExample(*doc));
    QUuid partner;
    for (const Organisation &o : doc->project().organisations)
        if (o.role == QLatin1String("partner") && partner.isNull())
            partner = o.id;
    const Binding b = test::fixtureBinding(doc->project(), Kind::Weights, partner);
    test::FixtureWorkbook w;
    w.bindingRows = b.sealedRows();
    w.answersSheet = b.answersSheet;
    for (const BoundQuestion &q : b.questions)
        w.cells.append(test::answerCell(b, q.key, QStringLiteral("25")));
    const QString file = dir.filePath(QStringLiteral("poids.xlsx"));
    REQUIRE(test::writeFixtureWorkbook(file, w).isEmpty());
    REQUIRE(answersChangeSet(*doc, previewAnswers(*doc, {file})).answers > 0);
    REQUIRE(doc->applyOnBehalf(answersChangeSet(*doc, previewAnswers(*doc, {file})).changes,
                               answersChangeSet(*doc, previewAnswers(*doc, {file})).authorOrganisations));

    AnswersImportDialog dialog(*doc, previewAnswers(*doc, {file}));
    auto *check = child<QCheckBox>(&dialog, "answersWorkbook_0");
    CHECK_FALSE(check->isChecked());
    CHECK_FALSE(child<QPushButton>(&dialog, "answersImportButton")->isEnabled());
    auto *list = child<QTreeWidget>(&dialog, "answersList");
    REQUIRE(list->topLevelItemCount() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(list->topLevelItem(i)->text(4) == statusName(AnswerStatus::Same));
}
