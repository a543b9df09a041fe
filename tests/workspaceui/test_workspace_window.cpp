// The workspace from the main window: publishing from the dialog, a sync
// bringing another manager's changes in as one undo step, and the status
// label when the workspace cannot be reached.
#include "../core/testsupport.h"
#include "../workspace/pgtestserver.h"
#include "dialogs/workspacedialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "storage/schema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"
#include "workspacelink.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace alliance;
using namespace alliance::testing;

namespace {

struct Workspace
{
    TestDatabase db;
    QString role;
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    QString file = dir->filePath(QStringLiteral("a.alliance"));
    test::FixtureIds ids = test::makeFixture(file, dir->path());

    Workspace()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        role = db.addManager(QStringLiteral("claire"));
    }
    /// Puts the file's partnership in the workspace, the manager its owner.
    void publish()
    {
        CheckResult check;
        auto doc = Document::open(file, test::testAuthor(), test::optionsIn(dir->path()), &check);
        REQUIRE(doc);
        QString error;
        REQUIRE(workspace::publish(*doc, *db.connect(role), &error));
    }
    qint64 serverChanges()
    {
        const auto connection = db.connect(role);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

/// The changes of a file that a workspace shares (those of merged tables).
qint64 sharedJournalRows(const QString &path)
{
    QStringList names;
    for (const auto &t : schema::tables())
        if (t.merged)
            names << QLatin1Char('\'') + t.name + QLatin1Char('\'');
    return test::rawValue(
               path,
               QStringLiteral("SELECT count(*) FROM journal WHERE entity IN (%1)").arg(names.join(QLatin1Char(','))))
        .toLongLong();
}

QAction *actionNamed(MainWindow &window, const QString &name)
{
    auto *a = window.findChild<QAction *>(name);
    REQUIRE(a);
    return a;
}

QLabel *statusLabel(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("workspaceStatus"));
    REQUIRE(label);
    return label;
}

/// Runs `start`, then the event loop until the window's sync ends (or a
/// minute passes): how it ended, nullopt when it did not.
std::optional<bool> syncAndWait(MainWindow &window, const std::function<void()> &start)
{
    std::optional<bool> result;
    QEventLoop loop;
    const auto connection = QObject::connect(window.workspaceLink(), &WorkspaceLink::syncFinished, &loop, [&](bool ok) {
        result = ok;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    start();
    if (!result)
        loop.exec();
    QObject::disconnect(connection);
    return result;
}

/// A TCP port that takes connections and never answers (the kernel accepts
/// them into its backlog; nobody reads): a server that hangs.
class SilentServer
{
public:
    SilentServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_socket >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        REQUIRE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        REQUIRE(::listen(m_socket, 16) == 0);
        socklen_t length = sizeof address;
        REQUIRE(::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_socket); }
    workspace::Address address() const
    {
        return {QStringLiteral("claire"), QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alliances")};
    }

private:
    int m_socket = -1;
    int m_port = 0;
};

QString organisationName(const Document &doc, const QUuid &id)
{
    const auto item = test::projectItem(doc.project(), QStringLiteral("organisation"), id);
    REQUIRE(item);
    return item->value(QStringLiteral("name")).toString();
}

} // namespace

TEST_CASE("Publishing from the dialog puts the partnership in the workspace and remembers where", "[workspace-ui]")
{
    Workspace ws;
    MainWindow window;
    REQUIRE(window.openFile(ws.file));
    CHECK(statusLabel(window)->isHidden()); // in no workspace: nothing shown
    REQUIRE(actionNamed(window, QStringLiteral("actionPublishWorkspace"))->isEnabled());
    const QString address = ws.db.address(ws.role).toString();
    bool seen = false, refusedFirst = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<WorkspaceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("workspaceAddress"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("workspaceAddressError"));
        field->setText(QStringLiteral("postgresql://claire:secret@host/db"));
        refusedFirst = !dialog->address() && error->text().contains(QStringLiteral("password"));
        field->setText(address);
        dialog->accept();
    });
    window.show();
    // Published on the sync thread: the window goes on meanwhile.
    const auto published
        = syncAndWait(window, [&] { actionNamed(window, QStringLiteral("actionPublishWorkspace"))->trigger(); });
    REQUIRE(seen);
    REQUIRE(published);
    CHECK(*published);
    CHECK(refusedFirst);
    CHECK(ws.serverChanges() == sharedJournalRows(ws.file));
    CHECK(Settings().workspaceAddress(window.document()->partnershipId()) == address);
    CHECK_FALSE(statusLabel(window)->isHidden());
    CHECK(statusLabel(window)->text().startsWith(QStringLiteral("Workspace: synced at")));
}

TEST_CASE("A sync brings another manager's changes into the open window as one undo step", "[workspace-ui]")
{
    Workspace ws;
    ws.publish();
    // The other manager works on a copy and syncs it through core.
    const QString other = ws.dir->filePath(QStringLiteral("b.alliance"));
    REQUIRE(test::copyFile(ws.file, other));
    const QUuid first = ws.ids.value(QStringLiteral("organisation")).at(0);
    const QUuid second = ws.ids.value(QStringLiteral("organisation")).at(1);
    QString before1, before2;
    {
        CheckResult check;
        auto doc = Document::open(other, Author {QStringLiteral("Bruno"), {}, QUuid::createUuid()},
                                  test::optionsIn(ws.dir->path()), &check);
        REQUIRE(doc);
        before1 = organisationName(*doc, first);
        before2 = organisationName(*doc, second);
        QString error;
        REQUIRE(doc->apply(
            ChangeSet(QStringLiteral("Bruno"))
                .set(QStringLiteral("organisation"), first, QStringLiteral("name"),
                     QStringLiteral("Passerelles (Bruno)"))
                .set(QStringLiteral("organisation"), second, QStringLiteral("name"), QStringLiteral("Relais (Bruno)")),
            &error));
        const auto sent = workspace::syncDocument(*doc, *ws.db.connect(ws.role), QStringLiteral("ws"), &error);
        INFO(error.toStdString());
        REQUIRE(sent);
        REQUIRE(sent->sent == 2);
    }

    MainWindow window;
    REQUIRE(window.openFile(ws.file));
    Settings().setWorkspaceAddress(window.document()->partnershipId(), ws.db.address(ws.role).toString());
    window.setDocument(nullptr);
    REQUIRE(window.openFile(ws.file)); // linked: the label shows
    CHECK_FALSE(statusLabel(window)->isHidden());
    Document &doc = *window.document();
    const bool couldUndo = doc.canUndo();
    const auto ok = syncAndWait(window, [&] { actionNamed(window, QStringLiteral("actionSyncWorkspace"))->trigger(); });
    REQUIRE(ok);
    REQUIRE(*ok);
    CHECK(organisationName(doc, first) == QStringLiteral("Passerelles (Bruno)"));
    CHECK(organisationName(doc, second) == QStringLiteral("Relais (Bruno)"));
    CHECK_THAT(window.statusBar()->currentMessage().toStdString(), Catch::StartsWith("2 changes came in, 0 sent"));
    CHECK(statusLabel(window)->text().startsWith(QStringLiteral("Workspace: synced at")));
    // Both fields come back with one undo, and that was the only step.
    REQUIRE(doc.canUndo());
    QString error;
    REQUIRE(doc.undo(&error));
    CHECK(organisationName(doc, first) == before1);
    CHECK(organisationName(doc, second) == before2);
    CHECK(doc.canUndo() == couldUndo);
}

TEST_CASE("When the workspace cannot be reached the label says the file is intact", "[workspace-ui]")
{
    auto dir = test::makeTempDir();
    const QString file = dir->filePath(QStringLiteral("a.alliance"));
    test::makeFixture(file, dir->path());
    const QByteArray before = test::sha256(file);
    auto empty = test::makeTempDir(); // a socket folder with no server in it
    MainWindow window;
    REQUIRE(window.openFile(file));
    const workspace::Address nowhere {QStringLiteral("claire"), empty->path(), 5432, QStringLiteral("alliances")};
    Settings().setWorkspaceAddress(window.document()->partnershipId(), nowhere.toString());
    window.workspaceLink()->documentShown();
    const auto ok = syncAndWait(window, [&] { window.workspaceLink()->syncAutomatically(); });
    REQUIRE(ok);
    CHECK_FALSE(*ok);
    CHECK(statusLabel(window)->text() == QStringLiteral("Workspace: not reachable — your file is intact"));
    // The reason, on demand: what happened in words, then libpq's own.
    CHECK(statusLabel(window)->toolTip().contains(QStringLiteral("The workspace server cannot be reached")));
    CHECK(statusLabel(window)->toolTip().contains(QStringLiteral("No such file or directory")));
    CHECK_FALSE(window.document()->isModified());
    window.closeDocumentWithoutSaving();
    CHECK(test::sha256(file) == before);
}

TEST_CASE("What a sync did reads as a sentence, and a password request is recognised", "[workspace-ui]")
{
    workspace::SyncResult r;
    r.received = 12;
    r.sent = 3;
    r.conflicts.append(sync::Conflict {});
    CHECK(WorkspaceLink::summary(r)
          == QStringLiteral("12 changes came in, 3 sent, 1 conflict settled by the latest change"));
    r.readOnly = true;
    r.conflicts.clear();
    CHECK(WorkspaceLink::summary(r).toStdString() == std::string("12 changes came in, read only: nothing sent"));
    CHECK(workspace::asksForPassword(QStringLiteral("fe_sendauth: no password supplied")));
    CHECK(workspace::asksForPassword(QStringLiteral("FATAL:  password authentication failed for user \"claire\"")));
    CHECK_FALSE(workspace::asksForPassword(QStringLiteral("could not connect to server: No such file or directory")));
}

TEST_CASE("A sync with a server that never answers leaves the window working, and edits made meanwhile stay",
          "[workspace-ui]")
{
    auto dir = test::makeTempDir();
    const QString file = dir->filePath(QStringLiteral("a.alliance"));
    const auto ids = test::makeFixture(file, dir->path());
    SilentServer silent;
    MainWindow window;
    REQUIRE(window.openFile(file));
    Settings().setWorkspaceAddress(window.document()->partnershipId(), silent.address().toString());
    window.workspaceLink()->setConnectTimeout(2);
    window.workspaceLink()->documentShown();
    QAction *syncAction = actionNamed(window, QStringLiteral("actionSyncWorkspace"));
    REQUIRE(syncAction->isEnabled());
    const QUuid organisation = ids.value(QStringLiteral("organisation")).at(0);

    // A timer of the window's thread ticks while the sync waits for the server.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);
    bool sawSyncing = false, disabledMeanwhile = false, stayedDisabled = false, edited = false;
    QTimer::singleShot(300, [&] {
        sawSyncing = window.workspaceLink()->isSyncing()
            && statusLabel(window)->text() == QStringLiteral("Workspace: syncing…")
            && window.statusBar()->currentMessage() == QStringLiteral("Syncing with the workspace…");
        disabledMeanwhile = !syncAction->isEnabled();
        // The user keeps editing; the window refreshes its actions, Sync stays off.
        QString error;
        edited = window.document()->apply(ChangeSet(QStringLiteral("Claire"))
                                              .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                                                   QStringLiteral("Passerelles 2027")),
                                          &error);
        stayedDisabled = !syncAction->isEnabled();
        window.workspaceLink()->syncNow(); // asked again meanwhile: ignored, no second sync
    });
    QElapsedTimer clock;
    clock.start();
    const auto ok = syncAndWait(window, [&] { window.workspaceLink()->syncAutomatically(); });
    const qint64 took = clock.elapsed();
    REQUIRE(ok);
    CHECK_FALSE(*ok);
    CHECK(took >= 1500);                // it did wait for the server...
    CHECK(ticks >= int(took / 20 / 3)); // ...and the event loop ran all along
    CHECK(sawSyncing);
    CHECK(disabledMeanwhile);
    CHECK(edited);
    CHECK(stayedDisabled);
    CHECK(syncAction->isEnabled());
    CHECK_FALSE(window.workspaceLink()->isSyncing());
    CHECK(statusLabel(window)->text() == QStringLiteral("Workspace: not reachable — your file is intact"));
    CHECK(statusLabel(window)->toolTip().contains(QStringLiteral("cannot be reached")));
    CHECK(organisationName(*window.document(), organisation) == QStringLiteral("Passerelles 2027"));
    CHECK(window.document()->isModified());
    window.closeDocumentWithoutSaving();
}

TEST_CASE("Closing the window during a sync stops it cleanly, the file as it was", "[workspace-ui]")
{
    auto dir = test::makeTempDir();
    const QString file = dir->filePath(QStringLiteral("a.alliance"));
    test::makeFixture(file, dir->path());
    const QByteArray before = test::sha256(file);
    SilentServer silent;
    auto *window = new MainWindow;
    REQUIRE(window->openFile(file));
    Settings().setWorkspaceAddress(window->document()->partnershipId(), silent.address().toString());
    window->workspaceLink()->setConnectTimeout(3);
    window->workspaceLink()->documentShown();
    bool finished = false;
    QObject::connect(window->workspaceLink(), &WorkspaceLink::syncFinished, [&] { finished = true; });
    window->show();
    window->workspaceLink()->syncAutomatically();
    REQUIRE(window->workspaceLink()->isSyncing());
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(window->workspaceLink()->isSyncing());
    QElapsedTimer clock;
    clock.start();
    CHECK(window->close());
    CHECK_FALSE(window->workspaceLink()->isSyncing()); // given up with its document
    delete window; // waits for the server's answer it was waiting for, at most the connect timeout
    CHECK(clock.elapsed() < 10'000);
    QCoreApplication::processEvents();
    CHECK_FALSE(finished);
    CHECK(test::sha256(file) == before);
}

TEST_CASE("Edits made while a sync runs reach the workspace with the next sync", "[workspace-ui]")
{
    Workspace ws;
    ws.publish();
    MainWindow window;
    REQUIRE(window.openFile(ws.file));
    Settings().setWorkspaceAddress(window.document()->partnershipId(), ws.db.address(ws.role).toString());
    window.workspaceLink()->documentShown();
    const QUuid organisation = ws.ids.value(QStringLiteral("organisation")).at(0);
    int edits = 0;
    // Edits at once and through the sync: whichever half they land in, none is lost.
    const auto editOnce = [&] {
        QString error;
        if (window.document()->apply(ChangeSet(QStringLiteral("Claire"))
                                         .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"),
                                              QStringLiteral("Passerelles %1").arg(edits)),
                                     &error))
            ++edits;
    };
    QTimer editing;
    QObject::connect(&editing, &QTimer::timeout, editOnce);
    const auto first = syncAndWait(window, [&] {
        window.workspaceLink()->syncAutomatically();
        editOnce();
        editing.start(1);
    });
    editing.stop();
    REQUIRE(first);
    CHECK(*first);
    CHECK(edits > 0);
    QString error;
    REQUIRE(window.document()->save(&error));
    const auto second = syncAndWait(window, [&] { window.workspaceLink()->syncAutomatically(); });
    REQUIRE(second);
    CHECK(*second);
    CHECK(ws.serverChanges() == sharedJournalRows(ws.file));
    CHECK(organisationName(*window.document(), organisation) == QStringLiteral("Passerelles %1").arg(edits - 1));
    window.closeDocumentWithoutSaving();
}

TEST_CASE("A connection cut in the middle of a sync leaves the file intact, the status saying why", "[workspace-ui]")
{
    Workspace ws;
    ws.publish();
    MainWindow window;
    REQUIRE(window.openFile(ws.file));
    Document &doc = *window.document();
    Settings().setWorkspaceAddress(doc.partnershipId(), ws.db.address(ws.role).toString());
    window.workspaceLink()->documentShown();
    // Enough changes for several batches: the cut falls between two.
    ChangeSet many(QStringLiteral("Claire"));
    for (int i = 0; i < 7000; ++i) {
        const QUuid action = QUuid::createUuid();
        many.set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Action %1").arg(i));
        many.set(QStringLiteral("action"), action, QStringLiteral("notes"), QStringLiteral("Notes %1").arg(i));
    }
    QString error;
    REQUIRE(doc.apply(many, &error));
    REQUIRE(doc.save(&error));
    const QByteArray saved = test::sha256(ws.file);
    const auto admin = ws.db.connect();
    QSqlQuery q(admin->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal")));
    REQUIRE(q.next());
    const qint64 held = q.value(0).toLongLong();
    // Once the first batch is in, the server ends the sync's connection.
    bool cut = false;
    QTimer cutter;
    QObject::connect(&cutter, &QTimer::timeout, [&] {
        QSqlQuery poll(admin->database());
        if (cut || !poll.exec(QStringLiteral("SELECT count(*) FROM alliance.journal")) || !poll.next()
            || poll.value(0).toLongLong() <= held)
            return;
        cut = poll.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(ws.role));
    });
    const auto ok = syncAndWait(window, [&] {
        window.workspaceLink()->syncAutomatically();
        cutter.start(1);
    });
    cutter.stop();
    REQUIRE(cut);
    REQUIRE(ok);
    CHECK_FALSE(*ok);
    CHECK(statusLabel(window)->text() == QStringLiteral("Workspace: not synced — your file is intact"));
    CHECK(statusLabel(window)->toolTip().contains(QStringLiteral("The connection to the workspace server broke off")));
    CHECK_FALSE(doc.isModified());
    CHECK(test::sha256(ws.file) == saved);
    // Back: the next sync sends the rest, each change once.
    const auto again = syncAndWait(window, [&] { window.workspaceLink()->syncAutomatically(); });
    REQUIRE(again);
    CHECK(*again);
    CHECK(ws.serverChanges() == sharedJournalRows(ws.file));
    window.closeDocumentWithoutSaving();
}
