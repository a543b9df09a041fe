// Step 6 "Pilot": actions (overdue flagged and counted, timeline), indicators,
// quick entry of measurements and CSV import, driven through real widgets.
#include "dialogs/csvimportdialog.h"
#include "document/document.h"
#include "model/clock.h"
#include "models/itemtablemodel.h"
#include "pages/pilotpage.h"
#include "storage/schema.h"
#include "widgets/actiontimeline.h"
#include "widgets/dateedit.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace alliance;
using test::child;

namespace {

struct Fixture : test::ProjectFixture
{
    Fixture() : ProjectFixture(QStringLiteral("Pilot test")) { }
};

/// Checks every model of the page's tables for the whole test.
struct ModelTesters
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    explicit ModelTesters(QWidget *page)
    {
        for (const char *name : {"actionsTable", "indicatorsTable", "measurementsTable"})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                child<QTableView>(page, name)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
};

const QDate today(2024, 6, 15);

/// The interface's locale (dates, numbers) for as long as it lives, as the
/// language preference sets it; the previous one after.
struct LocaleScope
{
    QLocale previous;
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(previous); }
};

/// Clicks OK on the next message box and keeps its text in `text`.
void acceptNextMessage(QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text() + QLatin1Char(' ') + box->informativeText();
            box->button(QMessageBox::Ok)->click();
        }
    });
    timer->start();
}

/// Opens the table's editor on `index` and returns it as a date editor.
DateLineEdit *dateEditor(QTableView *table, const QModelIndex &index)
{
    table->setCurrentIndex(index);
    table->edit(index);
    auto *editor = qobject_cast<DateLineEdit *>(table->indexWidget(index));
    REQUIRE(editor);
    return editor;
}

/// Types `text` over what the editor holds, then Enter.
void typeDate(DateLineEdit *editor, const QString &text)
{
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits and closes the editor after the key
}

} // namespace

TEST_CASE("Pilot page: the Add action button adds an action, undoably", "[ui][pilot]")
{
    Fixture f;
    PilotPage page(f.doc.get());
    ModelTesters testers(&page);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto *table = child<QTableView>(&page, "actionsTable");
    QTest::mouseClick(child<QPushButton>(&page, "addAction"), Qt::LeftButton);
    REQUIRE(f.doc->project().actions.size() == 1);
    const Action a = f.doc->project().actions.first();
    CHECK(a.title == QStringLiteral("New action"));
    CHECK(a.stepId == QStringLiteral("pilot"));
    CHECK(a.status == QStringLiteral("planned"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->currentIndex().row() == 0); // the new row is ready to be named

    QTest::keyClick(table->focusWidget(), Qt::Key_Escape);
    REQUIRE(child<QPushButton>(&page, "removeAction")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&page, "removeAction"), Qt::LeftButton);
    CHECK(f.doc->project().actions.isEmpty());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().actions.size() == 1);
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("Pilot page: overdue actions are tinted, counted and red on the timeline", "[ui][pilot]")
{
    Fixture f;
    const QUuid late
        = f.addAction(QStringLiteral("Sign the agreement"), QDate(2024, 5, 1), QStringLiteral("planned"), true);
    const QUuid done = f.addAction(QStringLiteral("Kick-off"), QDate(2024, 4, 1), QStringLiteral("done"));
    const QUuid future
        = f.addAction(QStringLiteral("<b>Annual review</b>"), QDate(2024, 9, 30), QStringLiteral("in_progress"));
    f.addAction(QStringLiteral("Someday"), QDate(), QStringLiteral("planned"));

    PilotPage page(f.doc.get());
    ModelTesters testers(&page);
    clock::Pin pinned(today);
    auto *label = child<QLabel>(&page, "overdueLabel");
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK(label->text() == QStringLiteral("1 overdue"));

    auto *table = child<QTableView>(&page, "actionsTable");
    auto *model = table->model();
    auto rowOf = [&](const QString &title) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == title)
                return r;
        return -1;
    };
    CHECK(model->index(rowOf(QStringLiteral("Sign the agreement")), 2).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->index(rowOf(QStringLiteral("Kick-off")), 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->index(rowOf(QStringLiteral("Someday")), 0).data(Qt::BackgroundRole).isValid());

    auto *timeline = child<ActionTimeline>(&page, "actionTimeline");
    CHECK(timeline->shownActions() == QList<QUuid> {done, late, future}); // by due date; undated left out
    CHECK(timeline->undatedCount() == 1);
    CHECK(timeline->isShownOverdue(late));
    CHECK_FALSE(timeline->isShownOverdue(done));
    CHECK(timeline->firstMonth() == QDate(2024, 4, 1));
    CHECK(timeline->monthCount() == ActionTimeline::minimumMonths);
    timeline->resize(800, timeline->sizeHint().height());
    const QRect marker = timeline->markerRect(late);
    REQUIRE_FALSE(marker.isEmpty());
    CHECK(timeline->actionAt(marker.center()) == late);
    CHECK(timeline->markerRect(future).left() > marker.left()); // later is further right

    // Closing the late action through the table clears the flag and the count.
    const int row = rowOf(QStringLiteral("Sign the agreement"));
    REQUIRE(model->setData(model->index(row, 4), QStringLiteral("done")));
    CHECK(label->text() == QStringLiteral("Nothing overdue."));
    CHECK_FALSE(model->index(row, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(timeline->isShownOverdue(late));
    REQUIRE(f.doc->undo());
    CHECK(label->text() == QStringLiteral("1 overdue"));
    CHECK(timeline->isShownOverdue(late));

    // Another day, another count.
    pinned.moveTo(QDate(2024, 10, 1));
    CHECK(label->text() == QStringLiteral("2 overdue"));
}

TEST_CASE("Pilot page: quick entry adds a measurement and the progress follows", "[ui][pilot]")
{
    Fixture f;
    const QUuid meals = f.addIndicator(QStringLiteral("Meals served"), 0, 200);
    const QUuid other = f.addIndicator(QStringLiteral("Volunteers"), 10, 20);
    PilotPage page(f.doc.get());
    ModelTesters testers(&page);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    CHECK(page.currentIndicator() == meals); // the first indicator is offered
    auto *progress = child<QLabel>(&page, "performanceLabel");
    CHECK(progress->textFormat() == Qt::PlainText);
    CHECK(progress->text().contains(QStringLiteral("no measurement yet")));

    auto *date = child<DateLineEdit>(&page, "quickDate");
    CHECK(date->date() == QDate::currentDate()); // today, to start with
    auto *value = child<QLineEdit>(&page, "quickValue");
    auto *source = child<QLineEdit>(&page, "quickSource");
    date->setDate(QDate(2024, 3, 1));
    QTest::keyClicks(source, QStringLiteral("Register"));
    QTest::keyClicks(value, QStringLiteral("50"));
    QTest::keyClick(value, Qt::Key_Return); // Enter adds
    REQUIRE(f.doc->project().measurements.size() == 1);
    const Measurement m = f.doc->project().measurements.first();
    CHECK(m.indicatorId == meals);
    CHECK(m.date == QDate(2024, 3, 1));
    CHECK(m.value == 50.0);
    CHECK(m.source == QStringLiteral("Register"));
    CHECK(progress->text().contains(QStringLiteral("25%")));
    CHECK(value->text().isEmpty()); // ready for the next figure

    date->setDate(QDate(2024, 4, 1));
    QTest::keyClicks(value, QStringLiteral("150,5")); // a comma decimal
    QTest::mouseClick(child<QPushButton>(&page, "addMeasurement"), Qt::LeftButton);
    REQUIRE(f.doc->project().measurements.size() == 2);
    CHECK(progress->text().contains(QStringLiteral("75%")));
    CHECK(child<QTableView>(&page, "measurementsTable")->model()->rowCount() == 2);

    QTest::keyClicks(value, QStringLiteral("lots"));
    QTest::keyClick(value, Qt::Key_Return);
    CHECK(f.doc->project().measurements.size() == 2);
    CHECK(child<QLabel>(&page, "quickError")->isVisible());

    // Another indicator shows its own measurements; undo follows.
    page.selectIndicator(other);
    CHECK(page.currentIndicator() == other);
    CHECK(child<QTableView>(&page, "measurementsTable")->model()->rowCount() == 0);
    page.selectIndicator(meals);
    REQUIRE(f.doc->undo());
    CHECK(child<QTableView>(&page, "measurementsTable")->model()->rowCount() == 1);
    CHECK(progress->text().contains(QStringLiteral("25%")));
}

TEST_CASE("Pilot page: the indicators table adds indicators and keeps the selection on edits", "[ui][pilot]")
{
    Fixture f;
    PilotPage page(f.doc.get());
    ModelTesters testers(&page);
    QTest::mouseClick(child<QPushButton>(&page, "addIndicator"), Qt::LeftButton);
    REQUIRE(f.doc->project().indicators.size() == 1);
    const QUuid id = f.doc->project().indicators.first().id;
    CHECK(page.currentIndicator() == id);
    auto *table = child<QTableView>(&page, "indicatorsTable");
    REQUIRE(table->model()->setData(table->model()->index(0, 3), 80.0));
    CHECK(f.doc->project().indicators.first().target == 80.0);
    CHECK(page.currentIndicator() == id);
    CHECK(table->selectionModel()->isRowSelected(0, {}));
    CHECK(child<QPushButton>(&page, "importCsv")->isEnabled());
}

TEST_CASE("CSV import: valid lines go in as one undo step, bad lines are shown with their line numbers",
          "[ui][pilot][csv]")
{
    Fixture f;
    const QUuid meals = f.addIndicator(QStringLiteral("Meals served"), 0, 100);
    const QUuid volunteers = f.addIndicator(QStringLiteral("Bénévoles"), 0, 10);
    const QString path = f.dir.filePath(QStringLiteral("measures.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "Indicateur;Date;Valeur;Source\r\n"
                   "Meals served;05/03/2024;12,5;Register\r\n"
                   "Nobody knows;05/03/2024;3;\r\n"
                   "Bénévoles;2024-03-06;4;Survey\r\n"
                   "Meals served;31/02/2024;7;\r\n"
                   "meals served;2024-04-01;20;\r\n");
    }
    const qint64 journal = f.doc->journalSize();
    CsvImportDialog dialog(f.doc.get());
    REQUIRE(dialog.loadFile(path));
    auto *preview = child<QTableWidget>(&dialog, "csvPreview");
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(preview->rowCount() == 5);
    CHECK(preview->item(1, 0)->text() == QStringLiteral("3"));
    CHECK(preview->item(1, 5)->text().contains(QStringLiteral("Nobody knows")));
    CHECK(preview->item(3, 0)->text() == QStringLiteral("5"));
    CHECK(preview->item(3, 5)->text().contains(QStringLiteral("31/02/2024")));
    CHECK(preview->item(0, 5)->text() == QStringLiteral("Ready"));
    CHECK(child<QLabel>(&dialog, "csvSummary")->text().contains(QStringLiteral("2 line(s) with a problem")));

    auto *import = child<QPushButton>(&dialog, "csvImport");
    REQUIRE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto measurements = f.doc->project().measurements;
    REQUIRE(measurements.size() == 3);
    CHECK(measurements.at(0).indicatorId == meals);
    CHECK(measurements.at(0).value == 12.5);
    CHECK(measurements.at(0).date == QDate(2024, 3, 5));
    CHECK(measurements.at(1).indicatorId == volunteers);
    CHECK(measurements.at(2).value == 20.0);
    CHECK(f.doc->journalSize() > journal);
    CHECK(f.doc->undoText().contains(QStringLiteral("3")));

    REQUIRE(f.doc->undo()); // one step undoes the whole import
    CHECK(f.doc->project().measurements.isEmpty());
}

TEST_CASE("CSV import: a file with no valid line cannot be imported", "[ui][pilot][csv]")
{
    Fixture f;
    f.addIndicator(QStringLiteral("Meals served"), 0, 100);
    CsvImportDialog dialog(f.doc.get());
    dialog.loadData(QByteArray("Meals served,yesterday,3\n"), QStringLiteral("bad.csv"));
    CHECK_FALSE(child<QPushButton>(&dialog, "csvImport")->isEnabled());
    CHECK(dialog.importValid() == 0);
    CHECK(f.doc->project().measurements.isEmpty());
    CHECK_FALSE(dialog.loadFile(f.dir.filePath(QStringLiteral("missing.csv"))));
    CHECK_FALSE(child<QLabel>(&dialog, "csvSummary")->text().isEmpty());
}

TEST_CASE("Pilot page: a target date is typed in French in the indicators table, kept as typed, and can be cleared",
          "[ui][pilot][time]")
{
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    Fixture f;
    f.addIndicator(QStringLiteral("Repas servis"), 0, 200);
    PilotPage page(f.doc.get());
    ModelTesters testers(&page);
    clock::Pin pinned(QDate(2026, 5, 1));
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto *table = child<QTableView>(&page, "indicatorsTable");
    auto *model = qobject_cast<ItemTableModel *>(table->model());
    REQUIRE(model);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldAt(c) == QStringLiteral("target_date"))
            column = c;
    REQUIRE(column >= 0);
    const QModelIndex cell = model->index(0, column);

    // Empty at first; the field says how a date is written.
    DateLineEdit *editor = dateEditor(table, cell);
    CHECK(editor->text().isEmpty());
    CHECK(editor->placeholderText().size() == 10); // the pattern, "jj/mm/aaaa" in French
    CHECK(table->columnWidth(column) >= DateLineEdit::widthFor(table->font()));
    // The calendar opens on today, not on 1 January 2000.
    editor->openCalendar(page.today());
    REQUIRE(editor->calendar());
    CHECK(editor->calendar()->selectedDate() == QDate(2026, 5, 1));
    editor->calendar()->parentWidget()->hide();

    // Day first, as French writes it: 15 March 2027, not 3 of a 15th month.
    typeDate(editor, QStringLiteral("15/03/2027"));
    CHECK(f.doc->project().indicators.first().targetDate == QDate(2027, 3, 15));
    CHECK(cell.data().toString() == QStringLiteral("15/03/2027"));

    // One digit for the day or month is the same date; the editor shows the stored one.
    editor = dateEditor(table, cell);
    CHECK(editor->text() == QStringLiteral("15/03/2027"));
    editor->openCalendar(page.today()); // on the current value
    CHECK(editor->calendar()->selectedDate() == QDate(2027, 3, 15));
    editor->calendar()->parentWidget()->hide();
    typeDate(editor, QStringLiteral("5/3/2027"));
    CHECK(f.doc->project().indicators.first().targetDate == QDate(2027, 3, 5));

    // Not a date: refused with the way to write it, and the stored date stays.
    QString message;
    for (const char *bad : {"31/02/2027", "15/03/27", "15/03/2027 ou plus tard", "mars 2027"}) {
        INFO(bad);
        const qint64 journal = f.doc->journalSize();
        message.clear();
        acceptNextMessage(&message);
        editor = dateEditor(table, cell);
        typeDate(editor, QString::fromUtf8(bad));
        CHECK(f.doc->project().indicators.first().targetDate == QDate(2027, 3, 5));
        CHECK(f.doc->journalSize() == journal);
        CHECK(message.contains(QString::fromUtf8(bad)));
        CHECK(message.contains(QStringLiteral("15/03/2027")));
    }

    // A date picked in the calendar is written at once.
    editor = dateEditor(table, cell);
    editor->openCalendar(page.today());
    Q_EMIT editor->calendar()->clicked(QDate(2027, 6, 30));
    QCoreApplication::processEvents();
    CHECK(f.doc->project().indicators.first().targetDate == QDate(2027, 6, 30));

    // Emptied, the indicator has no target date any more; undo brings it back.
    editor = dateEditor(table, cell);
    typeDate(editor, QString());
    CHECK_FALSE(f.doc->project().indicators.first().targetDate.isValid());
    CHECK(cell.data().toString().isEmpty());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().indicators.first().targetDate == QDate(2027, 6, 30));

    // Opening and leaving the editor without typing writes nothing.
    const qint64 journal = f.doc->journalSize();
    editor = dateEditor(table, cell);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(f.doc->journalSize() == journal);
}

TEST_CASE("Pilot page: the progress says what was expected by the latest measurement", "[ui][pilot][time]")
{
    const LocaleScope english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Fixture f;
    const QUuid meals = f.addIndicator(QStringLiteral("Meals served"), 0, 200);
    // From 1 January 2026 to 200 meals on 20 July (200 days); 96 on day 100.
    ChangeSet c(QStringLiteral("Schedule"));
    c.set(QStringLiteral("partnership"), f.doc->partnershipId(), QStringLiteral("start_date"), QDate(2026, 1, 1))
        .set(QStringLiteral("indicator"), meals, QStringLiteral("target_date"), QDate(2026, 7, 20))
        .set(QStringLiteral("measurement"), QUuid::createUuid(), QStringLiteral("indicator_id"), meals);
    REQUIRE(f.doc->apply(c));
    const QUuid reading = f.doc->project().measurements.first().id;
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Measure"))
                             .set(QStringLiteral("measurement"), reading, QStringLiteral("date"), QDate(2026, 4, 11))
                             .set(QStringLiteral("measurement"), reading, QStringLiteral("value"), 96.0)));
    PilotPage page(f.doc.get());
    clock::Pin pinned(QDate(2026, 5, 1));
    auto *progress = child<QLabel>(&page, "performanceLabel");
    INFO(progress->text().toStdString());
    CHECK(progress->text().contains(QStringLiteral("48% achieved, 50% expected by 11/04/2026, on track")));
    CHECK(progress->text().contains(QStringLiteral("target 200 by 20/07/2026")));
    auto *summary = child<QLabel>(&page, "indicatorSummaryLabel");
    CHECK(summary->text().contains(QStringLiteral("On 01/05/2026: 1 on track, 0 at risk (in amber), 0 off track")));
    auto *table = child<QTableView>(&page, "indicatorsTable");
    CHECK_FALSE(table->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    // The day after the target date, the same reading is a miss, and its row is red.
    pinned.moveTo(QDate(2026, 7, 21));
    CHECK(progress->text().contains(QStringLiteral("48% achieved, 100% expected by 20/07/2026, off track")));
    CHECK(summary->text().contains(QStringLiteral("On 21/07/2026: 0 on track, 0 at risk (in amber), 1 off track")));
    const QVariant tint = table->model()->index(0, 0).data(Qt::BackgroundRole);
    REQUIRE(tint.isValid());
    CHECK(tint.value<QColor>().red() > tint.value<QColor>().green());
}

TEST_CASE("Pilot page: a measurement date is kept exactly as typed, and a wrong one is refused aloud", "[ui][pilot]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Fixture f;
    f.addIndicator(QStringLiteral("Meals served"), 0, 200);
    PilotPage page(f.doc.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *date = child<DateLineEdit>(&page, "quickDate");
    auto *value = child<QLineEdit>(&page, "quickValue");
    REQUIRE(date->isEnabled());
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("31/03/2026"));
    QTest::keyClicks(value, QStringLiteral("12"));
    QTest::keyClick(value, Qt::Key_Return);
    REQUIRE(f.doc->project().measurements.size() == 1);
    CHECK(f.doc->project().measurements.first().date == QDate(2026, 3, 31));
    CHECK(date->text() == QStringLiteral("31/03/2026"));

    // Not a date: the entry says how to type one, and nothing is added.
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("32/03/2026"));
    QTest::keyClicks(value, QStringLiteral("13"));
    QTest::keyClick(date, Qt::Key_Return); // Enter in the date adds too
    CHECK(f.doc->project().measurements.size() == 1);
    auto *error = child<QLabel>(&page, "quickError");
    CHECK(error->isVisibleTo(&page));
    CHECK(error->text().contains(QStringLiteral("15/03/2027")));
    CHECK(date->text() == QStringLiteral("32/03/2026"));
    QLocale::setDefault(before);
}

TEST_CASE("Pilot page: what is late, in the table and on the timeline, follows the application's clock at once",
          "[ui][pilot][clock]")
{
    Fixture f;
    const QDate due(2026, 3, 10);
    const QUuid action = f.addAction(QStringLiteral("Send the partners' survey"), due, QStringLiteral("planned"));
    clock::Pin pinned(due.addDays(1)); // the action was due yesterday
    PilotPage page(f.doc.get());
    auto *label = child<QLabel>(&page, "overdueLabel");
    auto *timeline = child<ActionTimeline>(&page, "actionTimeline");
    auto *actions = child<QTableView>(&page, "actionsTable")->model();
    CHECK(page.today() == due.addDays(1));
    CHECK(timeline->today() == due.addDays(1));
    CHECK(label->text() == QStringLiteral("1 overdue"));
    CHECK(timeline->isShownOverdue(action));
    CHECK(actions->index(0, 2).data(Qt::BackgroundRole).isValid());

    // The day it is due, it is not late yet: the page follows the clock at once.
    pinned.moveTo(due);
    CHECK(page.today() == due);
    CHECK(label->text() == QStringLiteral("Nothing overdue."));
    CHECK_FALSE(timeline->isShownOverdue(action));
    CHECK_FALSE(actions->index(0, 2).data(Qt::BackgroundRole).isValid());

    // And late again a week later.
    pinned.moveTo(due.addDays(7));
    CHECK(label->text() == QStringLiteral("1 overdue"));
    CHECK(timeline->isShownOverdue(action));
}
