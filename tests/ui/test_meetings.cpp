// The pilot page's committees and meetings, driven through real widgets
// found by objectName: a meeting added and named, an attendee ticked, a
// decision added and made an action in one click (the actions table has
// it), one undo taking both back; removing a meeting with what hangs on it
// in one undo step; typing kept after a pause; the section in French; and
// the minutes as a PDF (file and command line) in French words.
#include "document/document.h"
#include "frenchui.h"
#include "model/clock.h"
#include "models/itemtablemodel.h"
#include "pages/pilotpage.h"
#include "report/minuteswriter.h"
#include "reportsupport.h"
#include "widgets/dateedit.h"
#include "widgets/fieldeditors.h"
#include "widgets/meetingspanel.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    QUuid association = QUuid::createUuid(), company = QUuid::createUuid();
    QUuid claire = QUuid::createUuid(), sophie = QUuid::createUuid();
    Fixture() : ProjectFixture(QStringLiteral("Meetings test"))
    {
        ChangeSet setup(QStringLiteral("Setup"));
        setup.set(QStringLiteral("organisation"), association, QStringLiteral("name"), QStringLiteral("Passerelles"))
            .set(QStringLiteral("organisation"), company, QStringLiteral("name"), QStringLiteral("Cap Réseau"))
            .set(QStringLiteral("contact"), claire, QStringLiteral("organisation_id"), association)
            .set(QStringLiteral("contact"), claire, QStringLiteral("name"), QStringLiteral("Claire Dufresne"))
            .set(QStringLiteral("contact"), sophie, QStringLiteral("organisation_id"), company)
            .set(QStringLiteral("contact"), sophie, QStringLiteral("name"), QStringLiteral("Sophie Lacombe"));
        REQUIRE(doc->apply(setup));
    }
};

const QDate today(2026, 11, 30);

} // namespace

TEST_CASE("meetings: add a meeting, tick an attendee, make a decision an action in one click, undo both",
          "[meetings][ui]")
{
    Fixture f;
    PilotPage page(f.doc.get());
    clock::Pin pinned(today);
    page.resize(1000, 2400);
    auto *meetingsView = child<QTableView>(&page, "meetingsTable");
    auto *attendeesView = child<QTableView>(&page, "attendeesTable");
    auto *decisionsView = child<QTableView>(&page, "decisionsTable");
    auto *actionsView = child<QTableView>(&page, "actionsTable");
    QAbstractItemModelTester testMeetings(meetingsView->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester testAttendees(attendeesView->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester testDecisions(decisionsView->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *details = child<QWidget>(&page, "meetingDetails");
    auto *hint = child<QLabel>(&page, "meetingHint");
    CHECK(details->isHidden());
    CHECK_FALSE(hint->isHidden());
    CHECK_FALSE(child<QPushButton>(&page, "removeMeeting")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "printMinutes")->isEnabled());

    // Added: dated today, a steering committee, selected, its title ready to type.
    QTest::mouseClick(child<QPushButton>(&page, "addMeeting"), Qt::LeftButton);
    REQUIRE(meetingsView->model()->rowCount() == 1);
    REQUIRE(f.doc->project().meetings.size() == 1);
    const Meeting added = f.doc->project().meetings.first();
    CHECK(added.date == today);
    CHECK(added.kind == QStringLiteral("steering_committee"));
    CHECK_FALSE(details->isHidden());
    CHECK(hint->isHidden());
    CHECK(child<QPushButton>(&page, "removeMeeting")->isEnabled());
    auto *title = child<FieldLineEdit>(&page, "meetingTitle");
    CHECK(title->text() == added.title);
    title->selectAll();
    title->insert(QStringLiteral("Comité de pilotage annuel")); // QTest types ASCII only
    Q_EMIT title->editingFinished();
    CHECK(f.doc->project().meetings.first().title == QStringLiteral("Comité de pilotage annuel"));
    CHECK(meetingsView->model()->index(0, 2).data().toString() == QStringLiteral("Comité de pilotage annuel"));
    auto *date = child<FieldDateEdit>(&page, "meetingDate");
    date->setText(QStringLiteral("2026-10-20"));
    Q_EMIT date->editingFinished();
    CHECK(f.doc->project().meetings.first().date == QDate(2026, 10, 20));
    auto *kind = child<QComboBox>(&page, "meetingKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("partners_meeting")));
    Q_EMIT kind->activated(kind->currentIndex());
    CHECK(f.doc->project().meetings.first().kind == QStringLiteral("partners_meeting"));

    // Every contact, with their organisation; Claire ticked with Space attends.
    QAbstractItemModel *attendees = attendeesView->model();
    REQUIRE(attendees->rowCount() == 2);
    const int claire = attendees->index(0, 0).data().toString() == QStringLiteral("Claire Dufresne") ? 0 : 1;
    const int sophie = 1 - claire;
    CHECK(attendees->index(claire, 0).data().toString() == QStringLiteral("Claire Dufresne"));
    CHECK(attendees->index(claire, 1).data().toString() == QStringLiteral("Passerelles"));
    CHECK(attendees->index(sophie, 0).data().toString() == QStringLiteral("Sophie Lacombe"));
    CHECK(attendees->index(sophie, 1).data().toString() == QStringLiteral("Cap Réseau"));
    attendeesView->setCurrentIndex(attendees->index(claire, 0));
    QTest::keyClick(attendeesView, Qt::Key_Space);
    REQUIRE(f.doc->project().meetingAttendees.size() == 1);
    CHECK(f.doc->project().meetingAttendees.first().contactId == f.claire);
    CHECK(attendees->index(claire, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(attendeesView->parentWidget()->property("title").toString() == QStringLiteral("Attendees (1)"));
    CHECK(attendees->index(sophie, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    // A note is for attendees only.
    CHECK(attendees->flags(attendees->index(claire, 2)) & Qt::ItemIsEditable);
    CHECK_FALSE(attendees->flags(attendees->index(sophie, 2)) & Qt::ItemIsEditable);
    REQUIRE(attendees->setData(attendees->index(claire, 2), QStringLiteral("présidente")));
    CHECK(f.doc->project().meetingAttendees.first().note == QStringLiteral("présidente"));

    // A decision typed in its new row, owned by the company.
    auto *toAction = child<QPushButton>(&page, "decisionToAction");
    QTest::mouseClick(child<QPushButton>(&page, "addDecision"), Qt::LeftButton);
    REQUIRE(decisionsView->model()->rowCount() == 1);
    const QModelIndex text = decisionsView->model()->index(0, 0);
    auto *editor = qobject_cast<QLineEdit *>(decisionsView->indexWidget(text));
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Ouvrir une permanence"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(
        decisionsView->model()->setData(decisionsView->model()->index(0, 1), f.company.toString(QUuid::WithoutBraces)));
    REQUIRE(f.doc->project().decisions.size() == 1);
    const Decision decision = f.doc->project().decisions.first();
    CHECK(decision.text == QStringLiteral("Ouvrir une permanence"));
    CHECK(decision.status == QStringLiteral("to_decide"));
    CHECK(decision.meetingId == added.id);
    CHECK(meetingsView->model()->index(0, 3).data().toInt() == 1); // open decisions
    decisionsView->selectRow(0);
    REQUIRE(toAction->isEnabled());

    // One click: the action is in the actions table, the decision decided and naming it.
    REQUIRE(actionsView->model()->rowCount() == 0);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    toAction->setFocus();
    QTest::mouseClick(toAction, Qt::LeftButton);
    REQUIRE(actionsView->model()->rowCount() == 1);
    // The button is disabled now; the keyboard stays on the decisions (not in
    // a text field, whose own Ctrl+Z would hide the document's undo).
    CHECK(QApplication::focusWidget() == decisionsView);
    CHECK(actionsView->model()->index(0, 0).data().toString() == QStringLiteral("Ouvrir une permanence"));
    CHECK(actionsView->model()->index(0, 2).data().toString() == QStringLiteral("Cap Réseau"));
    CHECK(f.doc->project().decisions.first().status == QStringLiteral("decided"));
    CHECK(decisionsView->model()->index(0, 4).data().toString() == QStringLiteral("Ouvrir une permanence"));
    CHECK_FALSE(toAction->isEnabled());                            // once is enough
    CHECK(meetingsView->model()->index(0, 3).data().toInt() == 1); // decided, its action not done yet

    // One undo takes back both the action and the decision's status.
    REQUIRE(f.doc->undo());
    CHECK(actionsView->model()->rowCount() == 0);
    CHECK(f.doc->project().actions.isEmpty());
    CHECK(f.doc->project().decisions.first().status == QStringLiteral("to_decide"));
    CHECK(decisionsView->model()->index(0, 4).data().toString().isEmpty());
    decisionsView->selectRow(0);
    CHECK(toAction->isEnabled());
}

TEST_CASE("meetings: removing a meeting takes its attendees and decisions in one undo step", "[meetings][ui]")
{
    Fixture f;
    PilotPage page(f.doc.get());
    clock::Pin pinned(today);
    QTest::mouseClick(child<QPushButton>(&page, "addMeeting"), Qt::LeftButton);
    auto *attendeesView = child<QTableView>(&page, "attendeesTable");
    REQUIRE(attendeesView->model()->setData(attendeesView->model()->index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QTest::mouseClick(child<QPushButton>(&page, "addDecision"), Qt::LeftButton);
    auto *decisionsView = child<QTableView>(&page, "decisionsTable");
    decisionsView->closePersistentEditor(decisionsView->model()->index(0, 0));
    REQUIRE(f.doc->project().decisions.size() == 1);
    REQUIRE(f.doc->project().meetingAttendees.size() == 1);

    QTest::mouseClick(child<QPushButton>(&page, "removeMeeting"), Qt::LeftButton);
    CHECK(f.doc->project().meetings.isEmpty());
    CHECK(f.doc->project().meetingAttendees.isEmpty());
    CHECK(f.doc->project().decisions.isEmpty());
    CHECK(child<QTableView>(&page, "meetingsTable")->model()->rowCount() == 0);
    CHECK(child<QWidget>(&page, "meetingDetails")->isHidden());
    CHECK_FALSE(child<QLabel>(&page, "meetingHint")->isHidden());

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().meetings.size() == 1);
    CHECK(f.doc->project().meetingAttendees.size() == 1);
    CHECK(f.doc->project().decisions.size() == 1);
    // Shown again, with its attendee and decision.
    CHECK_FALSE(child<QWidget>(&page, "meetingDetails")->isHidden());
    CHECK(attendeesView->model()->index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(decisionsView->model()->rowCount() == 1);
}

TEST_CASE("meetings: the agenda typed is written after a pause, for the meeting selected", "[meetings][ui]")
{
    Fixture f;
    PilotPage page(f.doc.get());
    clock::Pin pinned(today);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "addMeeting"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&page, "addMeeting"), Qt::LeftButton);
    REQUIRE(f.doc->project().meetings.size() == 2);
    auto *panel = child<MeetingsPanel>(&page, "meetingsPanel");
    const QUuid second = panel->currentMeeting();
    auto *agenda = child<FieldTextEdit>(&page, "meetingAgenda");
    agenda->setFocus();
    QTest::keyClicks(agenda, QStringLiteral("Bilan"));
    QTest::keyClick(agenda, Qt::Key_Return);
    QTest::keyClicks(agenda, QStringLiteral("Budget"));
    // Nothing clicked away: the words are in the working copy once the typing pauses.
    QTRY_COMPARE_WITH_TIMEOUT(f.doc->value(QStringLiteral("meeting"), second, QStringLiteral("agenda")).toString(),
                              QStringLiteral("Bilan\nBudget"), typingPauseMs * 4);
    // The other meeting shows its own, empty agenda.
    for (const Meeting &m : f.doc->project().meetings)
        if (m.id != second)
            panel->selectMeeting(m.id);
    CHECK(agenda->toPlainText().isEmpty());
    panel->selectMeeting(second);
    CHECK(agenda->toPlainText() == QStringLiteral("Bilan\nBudget"));
}

TEST_CASE("meetings: the section reads in French", "[meetings][ui][french]")
{
    test::FrenchUi french;
    Fixture f;
    PilotPage page(f.doc.get());
    bool heading = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        heading = heading || label->text() == QStringLiteral("Comités et réunions");
    CHECK(heading);
    CHECK(child<QPushButton>(&page, "printMinutes")->text() == QStringLiteral("Imprimer le compte rendu…"));
    CHECK(child<QPushButton>(&page, "decisionToAction")->text() == QStringLiteral("En faire une action"));
    CHECK(child<QTableView>(&page, "meetingsTable")->model()->headerData(3, Qt::Horizontal).toString()
          == QStringLiteral("Décisions ouvertes"));
}

TEST_CASE("minutes: the PDF names the attendees, the agenda and the decisions, with dates in French words",
          "[meetings][report]")
{
    QTemporaryDir dir;
    auto doc = test::exampleDocument(dir.path());
    std::optional<test::FrenchUi> french(std::in_place); // the tests do not embed the translations
    const Meeting *annual = nullptr;
    for (const Meeting &m : doc->project().meetings)
        if (m.date == QDate(2026, 10, 20))
            annual = &m;
    REQUIRE(annual);
    report::Options options;
    options.language = QStringLiteral("fr");
    options.date = today;
    const QString pdf = dir.filePath(QStringLiteral("minutes.pdf"));
    QString error;
    const int pages = report::writeMinutesPdf(doc->project(), annual->id, options, pdf, &error);
    INFO(error.toStdString());
    REQUIRE(pages >= 1);
    CHECK(test::pdfPages(pdf) == pages); // no cover, no contents
    const QString text = test::flattened(test::pdfText(pdf));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Compte rendu : Comité de pilotage annuel")));
    CHECK(text.contains(QStringLiteral("20 octobre 2026")));
    CHECK(text.contains(QStringLiteral("Comité de pilotage")));
    for (const char *name : {"Claire Dufresne", "Sophie Lacombe", "Hélène Vasseur", "Nathalie Fourcade",
                             "Aurélie Sentenac", "Passerelles Numériques 31", "Cap Réseau Occitanie"})
        CHECK(text.contains(QString::fromUtf8(name)));
    for (const char *item : {"Revue annuelle", "Volet entreprise", "Poursuite de la convention"})
        CHECK(text.contains(QString::fromUtf8(item)));
    CHECK(text.contains(QStringLiteral("Relancer le volet entreprise"))); // the cells' lines interleave
    CHECK(text.contains(QStringLiteral("Écartée")));
    CHECK(text.contains(QStringLiteral("29/01/2027")));
    CHECK(text.contains(QStringLiteral("La poursuite de la convention est"))); // "fi" is a ligature in the PDF
    CHECK(text.contains(QStringLiteral("Prochaine réunion : 16 mars 2027")));
    CHECK_FALSE(text.contains(QStringLiteral("Sommaire"))); // nor the contents of a long report

    // A partner's text is printed as text, never read as markup.
    const QString hostile = QStringLiteral("<b>Comité</b> <img src=/etc/passwd>");
    const QUuid annualId = annual->id; // the project is read again after the change
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Hostile"))
            .set(QStringLiteral("meeting"), annualId, QStringLiteral("title"), hostile)
            .set(QStringLiteral("meeting"), annualId, QStringLiteral("agenda"), QStringLiteral("<h1>Point</h1>"))));
    const QString marked = dir.filePath(QStringLiteral("hostile.pdf"));
    REQUIRE(report::writeMinutesPdf(doc->project(), annualId, options, marked, &error) >= 1);
    const QString markedText = test::flattened(test::pdfText(marked));
    INFO(markedText.toStdString());
    CHECK(markedText.contains(QStringLiteral("Compte rendu : <b>Comité</b> <img src=/etc/"))); // a break may follow "/"
    CHECK(markedText.contains(QStringLiteral("passwd>")));
    CHECK(markedText.contains(QStringLiteral("<h1>Point</h1>")));
    REQUIRE(doc->undo());
    french.reset();

    // The same from the command line, the meeting named by its date or its title.
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const QString byDate = dir.filePath(QStringLiteral("by-date.pdf"));
    REQUIRE(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), byDate, QStringLiteral("--preset"),
                          QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("2026-10-20")})
            == 0);
    CHECK(test::flattened(test::pdfText(byDate)).contains(QStringLiteral("Compte rendu : Comité de pilotage annuel")));
    const QString byTitle = dir.filePath(QStringLiteral("by-title.pdf"));
    REQUIRE(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), byTitle, QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("--preset"), QStringLiteral("minutes"),
                          QStringLiteral("--meeting"), QStringLiteral("comité de pilotage de printemps")})
            == 0);
    const QString english = test::flattened(test::pdfText(byTitle));
    CHECK(english.contains(QStringLiteral("Minutes: Comité de pilotage de printemps")));
    CHECK(english.contains(QStringLiteral("16 March 2027")));
    CHECK(english.contains(QStringLiteral("To decide")));
    // A meeting that is not there is refused and named; --meeting needs the minutes preset.
    QString err;
    CHECK(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")),
                        QStringLiteral("--meeting"), QStringLiteral("2020-01-01")},
                       nullptr, &err)
          == 1);
    CHECK(err.contains(QStringLiteral("2026-10-20, Comité de pilotage annuel")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    CHECK(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("y.pdf")),
                        QStringLiteral("--preset"), QStringLiteral("full"), QStringLiteral("--meeting"),
                        QStringLiteral("2026-10-20")})
          == 2);
    CHECK(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("z.pdf")),
                        QStringLiteral("--preset"), QStringLiteral("minutes")})
          == 2);
}

TEST_CASE("report: the pilot section lists the meetings held and to come", "[meetings][report]")
{
    QTemporaryDir dir;
    auto doc = test::exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const QString pdf = dir.filePath(QStringLiteral("pilot.pdf"));
    REQUIRE(test::runApp({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--sections"),
                          QStringLiteral("pilot")})
            == 0);
    const QString text = test::flattened(test::pdfText(pdf));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Comités et réunions")));
    CHECK(text.contains(QStringLiteral("Réunions tenues")));
    CHECK(text.contains(QStringLiteral("Réunions à venir")));
    CHECK(text.contains(QStringLiteral("Comité de pilotage de lancement")));
    CHECK(text.contains(QStringLiteral("Comité de pilotage de printemps")));
    CHECK(text.contains(QStringLiteral("Recruter un second médiateur à mi-temps")));
    CHECK(text.contains(QStringLiteral("Décidée ; action : Terminé")));
}
