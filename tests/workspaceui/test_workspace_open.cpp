// File > Open from workspace: the dialog lists the manager's partnerships
// without freezing the window, makes the chosen one's file, and the window
// opens it linked to the workspace; what goes wrong is said in the dialog.
#include "../core/testsupport.h"
#include "../workspace/pgtestserver.h"
#include "dialogs/workspaceopendialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"
#include "workspacelink.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;

namespace {

/// Claire publishes a partnership; Bruno is made its editor.
struct Team
{
    TestDatabase db;
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    QString file = dir->filePath(QStringLiteral("claire.alliance"));
    test::FixtureIds ids = test::makeFixture(file, dir->path());
    QString claire, bruno;
    QUuid partnership;
    QString title;

    Team()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        claire = db.addManager(QStringLiteral("claire"));
        bruno = db.addManager(QStringLiteral("bruno"));
        CheckResult check;
        auto doc = Document::open(file, test::testAuthor(), test::optionsIn(dir->path()), &check);
        REQUIRE(doc);
        partnership = doc->partnershipId();
        title = doc->project().partnership.title;
        REQUIRE(workspace::publish(*doc, *db.connect(claire), &error));
        const auto connection = db.connect(claire);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', 'editor')")
                           .arg(partnership.toString(QUuid::WithoutBraces), bruno)));
    }
};

template<typename W> W *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

/// Lets the dialog's thread answer; false after 20 s.
bool waitIdle(WorkspaceOpenDialog &dialog)
{
    QElapsedTimer timer;
    timer.start();
    while (dialog.isBusy() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return !dialog.isBusy();
}

void list(WorkspaceOpenDialog &dialog, const QString &address)
{
    child<QLineEdit>(dialog, "workspaceAddress")->setText(address);
    child<QPushButton>(dialog, "workspaceListButton")->click();
    CHECK(dialog.isBusy());
    CHECK(child<QProgressBar>(dialog, "workspaceBusy")->isVisibleTo(&dialog));
    REQUIRE(waitIdle(dialog));
    CHECK_FALSE(child<QProgressBar>(dialog, "workspaceBusy")->isVisibleTo(&dialog));
}

} // namespace

TEST_CASE("Open from workspace lists the manager's partnerships and opens the chosen one, linked", "[workspace-ui]")
{
    Team team;
    const QString address = team.db.address(team.bruno).toString();
    const QString target = team.dir->filePath(QStringLiteral("bruno"));
    MainWindow window;
    window.show();
    bool seen = false;
    QString listed, role, suggested;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<WorkspaceOpenDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->setFileChooser([&](QWidget *, const QString &s) {
            suggested = s;
            return target; // without its suffix: the dialog adds it
        });
        list(*dialog, address);
        auto *tree = child<QTreeWidget>(*dialog, "workspaceMemberships");
        REQUIRE(tree->topLevelItemCount() == 1);
        listed = tree->topLevelItem(0)->text(0);
        role = tree->topLevelItem(0)->text(1);
        child<QPushButton>(*dialog, "workspaceOpenButton")->click();
        if (!waitIdle(*dialog) || dialog->result() != QDialog::Accepted)
            dialog->reject(); // never leave the test blocked
    });
    child<QAction>(window, "actionOpenFromWorkspace")->trigger();
    REQUIRE(seen);
    CHECK(listed == team.title);
    CHECK(role == QStringLiteral("Editor"));
    CHECK(QFileInfo(suggested).fileName().endsWith(QStringLiteral(".alliance")));
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == QFileInfo(target + QStringLiteral(".alliance")).absoluteFilePath());
    CHECK(window.document()->partnershipId() == team.partnership);
    CHECK(window.document()->project().partnership.title == team.title);
    CHECK(Settings().lastWorkspaceAddress() == address);
    CHECK(Settings().workspaceAddress(team.partnership) == address);
    // Linked at once: Sync exchanges nothing, the file being what the workspace holds.
    auto *label = child<QLabel>(window, "workspaceStatus");
    CHECK_FALSE(label->isHidden());
    // The sync runs on a thread of its own: the loop turns until it ends.
    std::optional<bool> ok;
    QEventLoop loop;
    QObject::connect(window.workspaceLink(), &WorkspaceLink::syncFinished, &loop, [&](bool b) {
        ok = b;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    child<QAction>(window, "actionSyncWorkspace")->trigger();
    if (!ok)
        loop.exec();
    CHECK(ok == std::optional<bool>(true));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Up to date with the workspace"));
}

TEST_CASE("Open from workspace says in the dialog what went wrong", "[workspace-ui]")
{
    Team team;
    Settings().setLastWorkspaceAddress(QString());
    WorkspaceOpenDialog dialog;
    auto *error = child<QLabel>(dialog, "workspaceOpenError");
    auto *tree = child<QTreeWidget>(dialog, "workspaceMemberships");

    SECTION("A manager of no partnership")
    {
        list(dialog, team.db.address(team.db.addManager(QStringLiteral("claude"))).toString());
        CHECK(tree->topLevelItemCount() == 0);
        CHECK(error->text().contains(QStringLiteral("member of no partnership")));
        CHECK_FALSE(child<QPushButton>(dialog, "workspaceOpenButton")->isEnabled());
    }
    SECTION("No server there")
    {
        auto empty = test::makeTempDir();
        const workspace::Address nowhere {QStringLiteral("bruno"), empty->path(), 5432, QStringLiteral("alliances")};
        list(dialog, nowhere.toString());
        CHECK(tree->topLevelItemCount() == 0);
        CHECK_FALSE(error->text().isEmpty());
        CHECK(error->textFormat() == Qt::PlainText);
    }
    SECTION("A file that exists already")
    {
        list(dialog, team.db.address(team.bruno).toString());
        REQUIRE(tree->topLevelItemCount() == 1);
        dialog.setFileChooser([&](QWidget *, const QString &) { return team.file; });
        child<QPushButton>(dialog, "workspaceOpenButton")->click();
        REQUIRE(waitIdle(dialog));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(error->text().contains(QStringLiteral("already exists")));
    }
}
