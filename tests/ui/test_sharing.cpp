// Sharing with partners as a manager meets it: the share dialog (private
// organisations never offered, a default file name, what is left out, past
// shares), a partner's copy opening in their organisation's name, and the
// merge review (summary per partner and step, conflicts to accept or flip,
// one undo step), refusals shown with their reason.
#include "dialogs/mergedialog.h"
#include "dialogs/sharedialog.h"
#include "document/document.h"
#include "document/installation.h"
#include "mainwindow.h"
#include "models/conflictmodel.h"
#include "sharing.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace alliance;

namespace {

const QString org = QStringLiteral("organisation");
const QString indicatorTable = QStringLiteral("indicator");

/// A manager's saved project with a partner, a private organisation and an
/// indicator; clocks that the test moves, so who edited last is known.
struct SharedProject
{
    QTemporaryDir dir;
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1767225600000); // 2026-01-01
    QUuid lyon = QUuid::createUuid(), internal = QUuid::createUuid(), indicator = QUuid::createUuid();
    QString mine = dir.filePath(QStringLiteral("Alliance numérique.alliance"));

    DocumentOptions options() const
    {
        DocumentOptions o;
        o.workingFolder = dir.filePath(QStringLiteral("working"));
        auto clock = now;
        o.clock = [clock] { return *clock; };
        return o;
    }
    SharedProject()
    {
        QString error;
        auto doc = Document::createNew(QStringLiteral("Alliance numérique"),
                                       {QStringLiteral("Manager"), {}, QUuid::createUuid()}, options(), &error);
        REQUIRE(doc);
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Setup"))
                               .set(org, lyon, QStringLiteral("name"), QStringLiteral("Ville de Lyon"))
                               .set(org, internal, QStringLiteral("name"), QStringLiteral("Notes internes"))
                               .set(org, internal, QStringLiteral("private"), true)
                               .set(indicatorTable, indicator, QStringLiteral("name"), QStringLiteral("Ateliers"))
                               .set(indicatorTable, indicator, QStringLiteral("target"), 10.0),
                           &error));
        REQUIRE(doc->saveAs(mine, &error));
    }
    void tick() { *now += 60000; }

    /// The partner's copy, edited by the partner (target, and a new action) and saved as `theirs`.
    QString partnerEdits(Document &manager, double target)
    {
        const QString copy = dir.filePath(QStringLiteral("copy.alliance"));
        QString error;
        REQUIRE(sync::sharePartnerCopy(manager, lyon, copy, &error));
        CheckResult check;
        auto partner = Document::open(copy, {QStringLiteral("Léa Martin"), lyon, QUuid::createUuid()}, &check, options());
        REQUIRE(partner);
        tick();
        REQUIRE(partner->apply(ChangeSet(QStringLiteral("Partner"))
                                   .set(indicatorTable, indicator, QStringLiteral("target"), target)
                                   .set(QStringLiteral("action"), QUuid::createUuid(), QStringLiteral("title"),
                                        QStringLiteral("Atelier au centre social"))));
        const QString theirs = dir.filePath(QStringLiteral("theirs.alliance"));
        REQUIRE(partner->saveAs(theirs, &error));
        return theirs;
    }
};

/// Runs `act` on the next modal widget named `name` once it shows.
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

/// Answers the next message box with `button`, keeping its text.
void answerBox(QString *text, QMessageBox::StandardButton button, bool *seen)
{
    QTimer::singleShot(0, [text, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerBox(text, button, seen);
            return;
        }
        *seen = true;
        *text = box->text();
        box->button(button)->click();
    });
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("objectName " << name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Sharing offers only non-private partners, names the copy and records the share", "[ui][sharing]")
{
    installation::setUser(QStringLiteral("Manager"), QString());
    SharedProject p;
    MainWindow window;
    REQUIRE(window.openFile(p.mine));

    bool dialogSeen = false, infoSeen = false;
    QString info;
    QStringList partners;
    QString path, leftOut;
    whenModal(
        QStringLiteral("shareDialog"),
        [&](QWidget *dialog) {
            auto *combo = child<QComboBox>(dialog, "sharePartner");
            for (int i = 0; i < combo->count(); ++i)
                partners << combo->itemText(i);
            path = child<QLineEdit>(dialog, "shareFile")->text();
            leftOut = child<QLabel>(dialog, "shareLeftOut")->text();
            CHECK(child<QTreeWidget>(dialog, "sharePastShares")->topLevelItemCount() == 0);
            answerBox(&info, QMessageBox::Ok, &infoSeen);
            child<QPushButton>(dialog, "shareWrite")->click();
        },
        &dialogSeen);
    child<QAction>(&window, "actionShare")->trigger();
    REQUIRE(dialogSeen);
    CHECK(partners == QStringList{QStringLiteral("Ville de Lyon")}); // the private organisation is not offered
    CHECK(QFileInfo(path).fileName() == QStringLiteral("Alliance numérique – Ville de Lyon.alliance"));
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(p.mine).absolutePath());
    CHECK(leftOut.contains(QStringLiteral("1 private organisation")));
    REQUIRE(infoSeen);
    CHECK(info.contains(QStringLiteral("Ville de Lyon")));
    REQUIRE(QFileInfo::exists(path));

    // The share is recorded in the manager's file, with who and when; the dialog lists it next time.
    const auto records = sync::shareRecords(*window.document());
    REQUIRE(records.size() == 1);
    CHECK(records.first().organisationId == p.lyon);
    CHECK(records.first().sharedBy == QStringLiteral("Manager"));
    ShareDialog again(*window.document());
    auto *past = child<QTreeWidget>(&again, "sharePastShares");
    REQUIRE(past->topLevelItemCount() == 1);
    CHECK(past->topLevelItem(0)->text(0) == QStringLiteral("Ville de Lyon"));
    CHECK(past->topLevelItem(0)->text(2) == QStringLiteral("Manager"));

    // The partner opens their copy: their organisation is the author, and the status bar says so.
    window.closeDocumentWithoutSaving();
    REQUIRE(window.openFile(path));
    CHECK(window.document()->author().organisationId == p.lyon);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("made for Ville de Lyon")));
    CHECK(window.document()->project().organisation(p.internal) == nullptr);
}

TEST_CASE("The conflicts model shows both sides and turns flips into the plan's choice", "[ui][sharing]")
{
    SharedProject p;
    CheckResult check;
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, &check, p.options());
    REQUIRE(manager);
    const QString theirs = p.partnerEdits(*manager, 25);
    p.tick();
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Mine")).set(indicatorTable, p.indicator, QStringLiteral("target"), 15.0)));
    const auto plan = sync::planMerge(*manager, theirs, &check);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);

    ConflictModel model(*manager, plan->conflicts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.index(0, ConflictModel::ItemColumn).data().toString().contains(QStringLiteral("Ateliers")));
    CHECK(model.index(0, ConflictModel::FieldColumn).data().toString() == QStringLiteral("Target"));
    CHECK(model.index(0, ConflictModel::MineColumn).data().toString().startsWith(QStringLiteral("15\nManager, ")));
    CHECK(model.index(0, ConflictModel::TheirsColumn).data().toString().startsWith(
        QStringLiteral("25\nLéa Martin (Ville de Lyon), ")));
    CHECK(model.index(0, ConflictModel::WinnerColumn).data().toString() == QStringLiteral("Mine (later)"));
    CHECK_FALSE(model.keepsTheirs(0));
    CHECK(model.flipped().isEmpty());
    REQUIRE(model.setData(model.index(0, ConflictModel::DecisionColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.keepsTheirs(0));
    REQUIRE(model.flipped().size() == 1);
    CHECK(model.flipped().first().field == QStringLiteral("target"));
    CHECK_FALSE(model.setData(model.index(0, ConflictModel::MineColumn), Qt::Checked, Qt::CheckStateRole));
}

TEST_CASE("Merging shows what came in, a flipped conflict keeps the other value, and Undo restores", "[ui][sharing]")
{
    installation::setUser(QStringLiteral("Manager"), QString());
    SharedProject p;
    MainWindow window;
    REQUIRE(window.openFile(p.mine));
    Document *doc = window.document();
    const QString theirs = p.partnerEdits(*doc, 25);
    p.tick();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Mine")).set(indicatorTable, p.indicator, QStringLiteral("target"), 15.0)));
    const int actionsBefore = int(doc->project().actions.size());
    window.show();
    child<QAction>(&window, "actionHistory")->trigger(); // the history panel, open, follows the merge

    bool seen = false;
    QStringList summary;
    int conflicts = -1;
    whenModal(
        QStringLiteral("mergeDialog"),
        [&](QWidget *dialog) {
            auto *tree = child<QTreeWidget>(dialog, "mergeSummary");
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *partner = tree->topLevelItem(i);
                summary << partner->text(0) + QLatin1Char('=') + partner->text(1);
                for (int j = 0; j < partner->childCount(); ++j)
                    summary << QStringLiteral("  ") + partner->child(j)->text(0) + QLatin1Char('=')
                            + partner->child(j)->text(1);
            }
            auto *view = child<QTableView>(dialog, "mergeConflicts");
            conflicts = view->model()->rowCount();
            // Flip the one conflict: their value (earlier) is kept instead of mine.
            view->model()->setData(view->model()->index(0, ConflictModel::DecisionColumn), Qt::Checked,
                                   Qt::CheckStateRole);
            child<QPushButton>(dialog, "mergeApply")->click();
        },
        &seen);
    REQUIRE(sharing::mergeFile(&window, *doc, theirs));
    REQUIRE(seen);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(summary.isEmpty());
    // The target and the new action title, both at step 6.
    CHECK(summary.first() == QStringLiteral("Ville de Lyon=2"));
    CHECK(summary.contains(QStringLiteral("  6. Pilot=2")));
    CHECK(conflicts == 1);

    CHECK(doc->value(indicatorTable, p.indicator, QStringLiteral("target")).toDouble() == 25.0);
    CHECK(doc->project().actions.size() == actionsBefore + 1);
    // The history shows what came in, in the partner's name, and the flip as a change of the manager.
    auto *items = child<QTableView>(&window, "historyItems");
    QStringList labels;
    for (int r = 0; r < items->model()->rowCount(); ++r)
        labels << items->model()->index(r, 0).data().toString();
    INFO(labels.join(QLatin1Char('\n')).toStdString());
    CHECK(labels.contains(QStringLiteral("Action: Atelier au centre social")));
    CHECK(labels.first() == QStringLiteral("Indicator: Ateliers")); // the flip is the latest change
    items->setCurrentIndex(items->model()->index(0, 0));
    auto *changes = child<QTableView>(&window, "historyChanges");
    REQUIRE(changes->model()->rowCount() >= 4);
    CHECK(changes->model()->index(0, 1).data().toString() == QStringLiteral("Manager"));
    CHECK(changes->model()->index(0, 3).data().toString() == QStringLiteral("25"));
    QStringList who;
    for (int r = 0; r < changes->model()->rowCount(); ++r)
        who << changes->model()->index(r, 1).data().toString();
    CHECK(who.contains(QStringLiteral("Léa Martin (Ville de Lyon)")));
    QSettings().remove(QStringLiteral("window/historyVisible"));
    // One undo step, named after the file.
    CHECK(doc->undoText() == QStringLiteral("Merge “theirs.alliance”"));
    child<QAction>(&window, "actionUndo")->trigger();
    CHECK(doc->value(indicatorTable, p.indicator, QStringLiteral("target")).toDouble() == 15.0);
    CHECK(doc->project().actions.size() == actionsBefore);
}

TEST_CASE("A file of another partnership is refused with its reason, and nothing changes", "[ui][sharing]")
{
    SharedProject p;
    MainWindow window;
    REQUIRE(window.openFile(p.mine));
    const QString other = p.dir.filePath(QStringLiteral("autre.alliance"));
    {
        QString error;
        auto doc = Document::createNew(QStringLiteral("Autre projet"), {QStringLiteral("X"), {}, QUuid::createUuid()},
                                       p.options(), &error);
        REQUIRE(doc);
        REQUIRE(doc->saveAs(other, &error));
    }
    const qint64 journal = window.document()->journalSize();
    bool seen = false;
    QString text;
    answerBox(&text, QMessageBox::Ok, &seen);
    CHECK_FALSE(sharing::mergeFile(&window, *window.document(), other));
    REQUIRE(seen);
    CHECK(text.contains(QStringLiteral("another partnership")));
    CHECK(text.contains(QStringLiteral("Autre projet")));
    CHECK(window.document()->journalSize() == journal);
    CHECK_FALSE(window.document()->canUndo());
}

TEST_CASE("The changed-on-disk banner offers to merge the file's new content", "[ui][sharing]")
{
    installation::setUser(QStringLiteral("Manager"), QString());
    SharedProject p;
    MainWindow window;
    REQUIRE(window.openFile(p.mine));
    auto *banner = child<QLabel>(&window, "changedOnDiskBanner");
    auto *merge = child<QPushButton>(&window, "mergeChangesButton");
    CHECK_FALSE(merge->isVisibleTo(&window));
    banner->show(); // as when the file is replaced on disk
    CHECK(merge->isVisibleTo(&window));

    // Someone saved their version over the file: merging brings their action in.
    Document *doc = window.document();
    const QString theirs = p.partnerEdits(*doc, 30);
    REQUIRE(QFile::remove(p.mine));
    REQUIRE(QFile::copy(theirs, p.mine));
    bool seen = false;
    whenModal(QStringLiteral("mergeDialog"), [](QWidget *dialog) { child<QPushButton>(dialog, "mergeApply")->click(); },
              &seen);
    merge->click();
    REQUIRE(seen);
    CHECK(doc->value(indicatorTable, p.indicator, QStringLiteral("target")).toDouble() == 30.0);
    CHECK_FALSE(banner->isVisibleTo(&window));
    CHECK_FALSE(merge->isVisibleTo(&window));
}

TEST_CASE("The merge review shows deletions first, then what was left out and why", "[ui][sharing]")
{
    SharedProject p;
    CheckResult check;
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, &check, p.options());
    REQUIRE(manager);
    // A note the partner's copy knows, made private by the manager after the share.
    const QUuid note = QUuid::createUuid(), lead = QUuid::createUuid();
    QString error;
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Setup"))
                               .set(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("Budget"))
                               .set(org, lead, QStringLiteral("name"), QStringLiteral("Association pilote"))
                               .set(org, lead, QStringLiteral("role"), QStringLiteral("lead")),
                           &error));
    const QString copy = p.dir.filePath(QStringLiteral("copy.alliance"));
    REQUIRE(sync::sharePartnerCopy(*manager, p.lyon, copy, &error));
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Private")).set(QStringLiteral("note"), note,
                                                                    QStringLiteral("private"), true),
                           &error));
    {
        auto partner = Document::open(copy, {QStringLiteral("Léa Martin"), p.lyon, QUuid::createUuid()}, &check,
                                      p.options());
        REQUIRE(partner);
        p.tick();
        REQUIRE(partner->apply(ChangeSet(QStringLiteral("Partner"))
                                   .set(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("Leaked"))
                                   .remove(indicatorTable, p.indicator)
                                   .remove(org, lead)));
        REQUIRE(partner->save(&error));
    }
    CheckResult refusal;
    const auto plan = sync::planMerge(*manager, copy, &refusal);
    REQUIRE(plan);
    MergeDialog dialog(*manager, *plan);
    dialog.show();
    auto *deletions = child<QTreeWidget>(&dialog, "mergeDeletions");
    auto *refused = child<QTreeWidget>(&dialog, "mergeRefused");
    auto *summary = child<QTreeWidget>(&dialog, "mergeSummary");
    REQUIRE(deletions->topLevelItemCount() == 1);
    CHECK(deletions->topLevelItem(0)->text(0).contains(QStringLiteral("Ateliers")));
    CHECK(deletions->topLevelItem(0)->text(2).contains(QStringLiteral("Léa Martin")));
    REQUIRE(refused->topLevelItemCount() == 2);
    QStringList reasons{refused->topLevelItem(0)->text(1), refused->topLevelItem(1)->text(1)};
    reasons.sort();
    CHECK(reasons == QStringList{QStringLiteral("private in your project"), QStringLiteral("would delete the lead partner")});
    // Deletions above what was left out, both above the summary.
    CHECK(deletions->geometry().top() < refused->geometry().top());
    CHECK(refused->geometry().top() < summary->geometry().top());
    CHECK(child<QLabel>(&dialog, "mergeThrough")->text().contains(QStringLiteral("Ville de Lyon")));
    REQUIRE(manager->applyMerge(*plan, dialog.flipped(), &error));
    CHECK(manager->value(QStringLiteral("note"), note, QStringLiteral("text")).toString() == QStringLiteral("Budget"));
    CHECK(manager->value(org, lead, QStringLiteral("deleted")).toLongLong() == 0);
    CHECK(manager->value(indicatorTable, p.indicator, QStringLiteral("deleted")).toLongLong() == 1);
}
