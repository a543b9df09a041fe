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
#include "settings/settings.h"
#include "sharing.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <functional>

using namespace alliance;
using test::child;

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
                                       {QStringLiteral("Manager"), {}, QUuid::createUuid()}, options(), {}, &error);
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
        auto partner
            = Document::open(copy, {QStringLiteral("Léa Martin"), lyon, QUuid::createUuid()}, options(), &check);
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

/// The rows of `tree` as shown, depth-first: cells joined by " | ", indented two spaces a level.
QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *, int)> visit = [&](QTreeWidgetItem *item, int depth) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            if (!item->text(c).isEmpty())
                cells << item->text(c);
        out << QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | "));
        for (int i = 0; i < item->childCount(); ++i)
            visit(item->child(i), depth + 1);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        visit(tree->topLevelItem(i), 0);
    return out;
}

/// The visible top-level widget named `name`, or nullptr.
template<typename T> T *topLevel(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String(name) && w->isVisible())
            if (auto *t = qobject_cast<T *>(w))
                return t;
    return nullptr;
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
    CHECK(partners == QStringList {QStringLiteral("Ville de Lyon")}); // the private organisation is not offered
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
    // The date and the author are readable whole, and the file field shows its folder first.
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    for (int column : {1, 2})
        CHECK(past->columnWidth(column) > past->fontMetrics().horizontalAdvance(past->topLevelItem(0)->text(column)));
    CHECK(child<QLineEdit>(&again, "shareFile")->cursorPosition() == 0);

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
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, p.options(), &check);
    REQUIRE(manager);
    const QString theirs = p.partnerEdits(*manager, 25);
    p.tick();
    REQUIRE(manager->apply(
        ChangeSet(QStringLiteral("Mine")).set(indicatorTable, p.indicator, QStringLiteral("target"), 15.0)));
    const auto plan = sync::planMerge(*manager, theirs, &check);
    INFO(check.message.toStdString());
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);

    ConflictModel model(*manager, plan->conflicts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.index(0, ConflictModel::ItemColumn).data().toString().contains(QStringLiteral("Ateliers")));
    CHECK(model.index(0, ConflictModel::FieldColumn).data().toString() == QStringLiteral("Target"));
    // Each side: its value, who, when (on lines of their own).
    const QStringList mineLines = model.index(0, ConflictModel::MineColumn).data().toString().split(QLatin1Char('\n'));
    const QStringList theirLines
        = model.index(0, ConflictModel::TheirsColumn).data().toString().split(QLatin1Char('\n'));
    REQUIRE(mineLines.size() == 3);
    REQUIRE(theirLines.size() == 3);
    CHECK(mineLines.at(0) == QStringLiteral("15"));
    CHECK(mineLines.at(1) == QStringLiteral("Manager"));
    CHECK(mineLines.at(2) == QLocale().toString(plan->conflicts.first().mine.when.toLocalTime(), QLocale::ShortFormat));
    CHECK(theirLines.at(0) == QStringLiteral("25"));
    CHECK(theirLines.at(1) == QStringLiteral("Léa Martin (Ville de Lyon)"));
    CHECK(theirLines.at(2)
          == QLocale().toString(QDateTime::fromMSecsSinceEpoch(1767225660000, Qt::UTC).toLocalTime(),
                                QLocale::ShortFormat));
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
    REQUIRE(
        doc->apply(ChangeSet(QStringLiteral("Mine")).set(indicatorTable, p.indicator, QStringLiteral("target"), 15.0)));
    const int actionsBefore = int(doc->project().actions.size());
    window.show();
    child<QAction>(&window, "actionHistory")->trigger(); // the history panel, open, follows the merge

    bool seen = false;
    QStringList summary;
    QStringList conflictTexts;
    int conflicts = -1;
    whenModal(
        QStringLiteral("mergeDialog"),
        [&](QWidget *dialog) {
            summary = treeTexts(child<QTreeWidget>(dialog, "mergeChanges"));
            auto *view = child<QTableView>(dialog, "mergeConflicts");
            conflicts = view->model()->rowCount();
            for (int c = 0; c < view->model()->columnCount(); ++c)
                conflictTexts << view->model()->index(0, c).data().toString();
            // Flip the one conflict: their value (earlier) is kept instead of mine.
            view->model()->setData(view->model()->index(0, ConflictModel::DecisionColumn), Qt::Checked,
                                   Qt::CheckStateRole);
            child<QPushButton>(dialog, "mergeApply")->click();
        },
        &seen);
    REQUIRE(sharing::mergeFile(&window, *doc, theirs));
    REQUIRE(seen);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    // The new action's title at step 6, from Ville de Lyon; the target, changed on both sides, is a conflict.
    REQUIRE(summary.size() == 3);
    CHECK(summary.at(0) == QStringLiteral("Ville de Lyon — 1 change(s)"));
    CHECK(summary.at(1) == QStringLiteral("  6. Pilot — 1 change(s)"));
    CHECK(summary.at(2).startsWith(QStringLiteral("    Action “Atelier au centre social” | Title | (new item) | "
                                                  "Atelier au centre social | Léa Martin (Ville de Lyon) | ")));
    CHECK(conflicts == 1);
    // Both sides of the conflict with their author and date.
    INFO(conflictTexts.join(QLatin1Char('|')).toStdString());
    CHECK(conflictTexts.at(ConflictModel::MineColumn).contains(QStringLiteral("Manager\n")));
    CHECK(conflictTexts.at(ConflictModel::TheirsColumn).contains(QStringLiteral("Léa Martin (Ville de Lyon)\n")));

    // What the merge did is said without blocking: the status bar and a message left open.
    const QString line = window.statusBar()->currentMessage();
    CHECK(line == QStringLiteral("Merged “theirs.alliance”: 2 change(s) applied, 1 conflict(s) settled."));
    auto *outcome = topLevel<QMessageBox>("mergeOutcome");
    REQUIRE(outcome);
    CHECK(outcome->isVisible());
    CHECK_FALSE(outcome->isModal());
    const QString told = outcome->text();
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("2 change(s) applied")));
    CHECK(told.contains(QStringLiteral("6. Pilot: 2 change(s)")));
    CHECK(told.contains(QStringLiteral("From: Léa Martin (Ville de Lyon).")));
    CHECK(told.contains(QStringLiteral("1 conflict(s) settled with your partner’s value.")));
    outcome->close();

    CHECK(doc->value(indicatorTable, p.indicator, QStringLiteral("target")).toDouble() == 25.0);
    CHECK(doc->project().actions.size() == actionsBefore + 1);
    // The history shows what came in, in the partner's name, and the flip as a change of the manager.
    auto *items = child<QTableView>(&window, "historyItems");
    QStringList labels;
    for (int r = 0; r < items->model()->rowCount(); ++r)
        labels << items->model()->index(r, 0).data().toString();
    INFO(labels.join(QLatin1Char('\n')).toStdString());
    CHECK(labels.contains(QStringLiteral("Action “Atelier au centre social”")));
    CHECK(labels.first() == QStringLiteral("Indicator “Ateliers”")); // the flip is the latest change
    items->setCurrentIndex(items->model()->index(0, 0));
    auto *changes = child<QTableView>(&window, "historyChanges");
    REQUIRE(changes->model()->rowCount() >= 4);
    CHECK(changes->model()->index(0, 1).data().toString() == QStringLiteral("Manager"));
    CHECK(changes->model()->index(0, 3).data().toString() == QStringLiteral("25"));
    QStringList who;
    for (int r = 0; r < changes->model()->rowCount(); ++r)
        who << changes->model()->index(r, 1).data().toString();
    CHECK(who.contains(QStringLiteral("Léa Martin (Ville de Lyon)")));
    Settings().setHistoryVisible(false);
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
                                       p.options(), {}, &error);
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
    whenModal(
        QStringLiteral("mergeDialog"), [](QWidget *dialog) { child<QPushButton>(dialog, "mergeApply")->click(); },
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
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, p.options(), &check);
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
    REQUIRE(manager->apply(
        ChangeSet(QStringLiteral("Private")).set(QStringLiteral("note"), note, QStringLiteral("private"), true),
        &error));
    {
        auto partner
            = Document::open(copy, {QStringLiteral("Léa Martin"), p.lyon, QUuid::createUuid()}, p.options(), &check);
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
    auto *summary = child<QTreeWidget>(&dialog, "mergeChanges");
    REQUIRE(deletions->topLevelItemCount() == 1);
    CHECK(deletions->topLevelItem(0)->text(0).contains(QStringLiteral("Ateliers")));
    CHECK(deletions->topLevelItem(0)->text(2).contains(QStringLiteral("Léa Martin")));
    REQUIRE(refused->topLevelItemCount() == 2);
    QStringList reasons {refused->topLevelItem(0)->text(1), refused->topLevelItem(1)->text(1)};
    reasons.sort();
    CHECK(reasons
          == QStringList {QStringLiteral("private in your project"), QStringLiteral("would delete the lead partner")});
    // Deletions above what was left out, both above the summary.
    auto top = [&](QWidget *w) { return w->mapTo(&dialog, QPoint(0, 0)).y(); };
    CHECK(top(deletions) < top(refused));
    CHECK(top(refused) < top(summary));
    CHECK(child<QLabel>(&dialog, "mergeThrough")->text().contains(QStringLiteral("Ville de Lyon")));
    REQUIRE(manager->applyMerge(*plan, dialog.flipped(), &error));
    CHECK(manager->value(QStringLiteral("note"), note, QStringLiteral("text")).toString() == QStringLiteral("Budget"));
    CHECK(manager->value(org, lead, QStringLiteral("deleted")).toLongLong() == 0);
    CHECK(manager->value(indicatorTable, p.indicator, QStringLiteral("deleted")).toLongLong() == 1);
}

TEST_CASE("The merge review shows each field that comes in, whole, with who and when", "[ui][sharing]")
{
    SharedProject p;
    CheckResult check;
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, p.options(), &check);
    REQUIRE(manager);
    const QString copy = p.dir.filePath(QStringLiteral("copy.alliance"));
    QString error;
    REQUIRE(sync::sharePartnerCopy(*manager, p.lyon, copy, &error));
    QString stake;
    for (int i = 0; i < 15; ++i)
        stake += QStringLiteral("Un enjeu partagé par les acteurs du quartier, phrase %1 ; ").arg(i);
    stake += QStringLiteral("la fin.");
    {
        auto partner
            = Document::open(copy, {QStringLiteral("Léa Martin"), p.lyon, QUuid::createUuid()}, p.options(), &check);
        REQUIRE(partner);
        p.tick();
        REQUIRE(partner->apply(
            ChangeSet(QStringLiteral("Partner"))
                .set(indicatorTable, p.indicator, QStringLiteral("target"), 40.0)
                .set(QStringLiteral("partnership"), manager->partnershipId(), QStringLiteral("common_stake"), stake)));
        REQUIRE(partner->save(&error));
    }
    const auto plan = sync::planMerge(*manager, copy, &check);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.isEmpty());
    MergeDialog dialog(*manager, *plan);
    dialog.resize(1000, 700);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(100); // the rows are measured once the columns have their widths
    auto *tree = child<QTreeWidget>(&dialog, "mergeChanges");
    CHECK(tree->isVisible());
    const QStringList rows = treeTexts(tree);
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(1767225660000, Qt::UTC).toLocalTime(),
                                            QLocale::ShortFormat);
    const QString target
        = QStringLiteral("    Indicator “Ateliers” | Target | 10 | 40 | Léa Martin (Ville de Lyon) | ") + when;
    CHECK(rows.contains(target));
    CHECK(rows.contains(QStringLiteral("  2. Set objectives — 1 change(s)")));
    CHECK(rows.contains(QStringLiteral("  6. Pilot — 1 change(s)")));

    // The long text is in its row whole, wrapped: the row is several lines tall, every column shown.
    QTreeWidgetItem *stakeRow = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(1) == QStringLiteral("Common stake"))
            stakeRow = *it;
    REQUIRE(stakeRow);
    CHECK(stakeRow->text(2) == QStringLiteral("(empty)"));
    CHECK(stakeRow->text(3) == stake);
    tree->scrollToItem(stakeRow);
    const QRect rect = tree->visualItemRect(stakeRow);
    CHECK(rect.height() > 3 * tree->fontMetrics().lineSpacing());
    for (int c = 0; c < tree->columnCount(); ++c) {
        INFO("column " << c);
        CHECK_FALSE(tree->isColumnHidden(c));
        CHECK(tree->columnWidth(c) >= tree->fontMetrics().horizontalAdvance(tree->headerItem()->text(c)));
    }
    // Selected, the change reads whole below, who and when included.
    tree->setCurrentItem(stakeRow);
    const QString detail = child<QPlainTextEdit>(&dialog, "mergeChangeDetail")->toPlainText();
    CHECK(detail.contains(stake));
    CHECK(detail.contains(QStringLiteral("Field: Common stake")));
    CHECK(detail.contains(QStringLiteral("Léa Martin (Ville de Lyon)")));
    CHECK(detail.contains(when));
    // Groups open and close on their content.
    QTreeWidgetItem *partner = tree->topLevelItem(0);
    CHECK(partner->isExpanded());
    partner->setExpanded(false);
    CHECK(tree->visualItemRect(stakeRow).isEmpty());
}

TEST_CASE("A conflict row shows both authors and dates, and the detail shows both values whole", "[ui][sharing]")
{
    SharedProject p;
    CheckResult check;
    auto manager = Document::open(p.mine, {QStringLiteral("Manager"), {}, QUuid::createUuid()}, p.options(), &check);
    REQUIRE(manager);
    const QString theirs = p.partnerEdits(*manager, 25);
    p.tick();
    REQUIRE(manager->apply(
        ChangeSet(QStringLiteral("Mine")).set(indicatorTable, p.indicator, QStringLiteral("target"), 15.0)));
    const auto plan = sync::planMerge(*manager, theirs, &check);
    INFO(check.message.toStdString());
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    MergeDialog dialog(*manager, *plan);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(100);
    auto *view = child<QTableView>(&dialog, "mergeConflicts");
    const QString mineWhen = QLocale().toString(QDateTime::fromMSecsSinceEpoch(1767225720000, Qt::UTC).toLocalTime(),
                                                QLocale::ShortFormat);
    const QString theirsWhen = QLocale().toString(QDateTime::fromMSecsSinceEpoch(1767225660000, Qt::UTC).toLocalTime(),
                                                  QLocale::ShortFormat);
    const QString mine = view->model()->index(0, ConflictModel::MineColumn).data().toString();
    const QString their = view->model()->index(0, ConflictModel::TheirsColumn).data().toString();
    CHECK(mine == QStringLiteral("15\nManager\n") + mineWhen);
    CHECK(their == QStringLiteral("25\nLéa Martin (Ville de Lyon)\n") + theirsWhen);
    // The row is tall enough for its three lines.
    CHECK(view->rowHeight(0) >= 3 * view->fontMetrics().lineSpacing());
    // The choice stays on one line: its column is wider than its text and its box.
    const QString choice = view->model()->index(0, ConflictModel::DecisionColumn).data().toString();
    CHECK(view->columnWidth(ConflictModel::DecisionColumn)
          > view->fontMetrics().horizontalAdvance(choice) + view->style()->pixelMetric(QStyle::PM_IndicatorWidth));
    // The headline counts the listed changes and the conflict apart.
    CHECK(child<QLabel>(&dialog, "mergeHeadline")->text().contains(QStringLiteral("1 conflict")));
    view->selectRow(0);
    view->setCurrentIndex(view->model()->index(0, ConflictModel::ItemColumn));
    const QString detail = child<QPlainTextEdit>(&dialog, "mergeChangeDetail")->toPlainText();
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("Your value, by Manager on ") + mineWhen));
    CHECK(detail.contains(QStringLiteral("Their value, by Léa Martin (Ville de Lyon) on ") + theirsWhen));
    CHECK(detail.contains(QStringLiteral("Applying keeps your value.")));
    view->model()->setData(view->model()->index(0, ConflictModel::DecisionColumn), Qt::Checked, Qt::CheckStateRole);
    CHECK(child<QPlainTextEdit>(&dialog, "mergeChangeDetail")
              ->toPlainText()
              .contains(QStringLiteral("Applying keeps their value.")));
}

TEST_CASE("Sharing preselects a partner, never the lead organisation", "[ui][sharing]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    QString error;
    const QUuid lead = QUuid::createUuid(), partner = QUuid::createUuid();
    auto doc = Document::createNew(QStringLiteral("Alliance"), {QStringLiteral("Manager"), lead, QUuid::createUuid()},
                                   options, {}, &error);
    REQUIRE(doc);
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Lead"))
                           .set(org, lead, QStringLiteral("name"), QStringLiteral("Association pilote"))
                           .set(org, lead, QStringLiteral("role"), QStringLiteral("lead")),
                       &error));
    {
        ShareDialog dialog(*doc);
        auto *combo = child<QComboBox>(&dialog, "sharePartner");
        REQUIRE(combo->count() == 1);
        CHECK(combo->currentIndex() == -1); // the lead alone: nobody is chosen for the user
        CHECK_FALSE(child<QPushButton>(&dialog, "shareWrite")->isEnabled());
    }
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Partner")).set(org, partner, QStringLiteral("name"), QStringLiteral("Ville de Lyon")),
        &error));
    ShareDialog dialog(*doc);
    auto *combo = child<QComboBox>(&dialog, "sharePartner");
    REQUIRE(combo->count() == 2);
    REQUIRE(combo->itemData(0).toUuid() == lead); // listed first, yet not chosen
    CHECK(combo->currentData().toUuid() == partner);
    CHECK(child<QLineEdit>(&dialog, "shareFile")->text().endsWith(QStringLiteral("Alliance – Ville de Lyon.alliance")));
    CHECK(child<QPushButton>(&dialog, "shareWrite")->isEnabled());
}
