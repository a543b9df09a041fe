#include "workspacelink.h"

#include "dialogs/messages.h"
#include "dialogs/workspacedialog.h"
#include "dialogs/workspacemembersdialog.h"
#include "document/document.h"
#include "settings/settings.h"
#include "workspace/connection.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStatusBar>
#include <QTextEdit>
#include <QThread>
#include <QTime>
#include <QTimer>

namespace alliance {

namespace {

constexpr int defaultPeriod = 5 * 60 * 1000;
constexpr int retryWhenBusy = 30 * 1000;
constexpr int takeInWhenFree = 500; ///< ms between looks at whether the user finished an edit

} // namespace

/// One sync under way, shared by its halves. The connection is opened, used
/// and closed on the sync thread only; the session's document halves run here.
struct WorkspaceLink::Run
{
    QPointer<Document> document;
    workspace::Address address;
    QString password;
    bool automatic = false;
    bool publishing = false; ///< publishes instead of syncing
    int connectTimeout = workspace::defaultConnectTimeout;
    std::unique_ptr<workspace::SyncSession> session;
    std::unique_ptr<workspace::Connection> connection; ///< the sync thread's
    workspace::Failure failure = workspace::Failure::Other;
    bool reachable = false;
    QString error;
};

WorkspaceLink::WorkspaceLink(QMainWindow *window, std::function<Document *()> document)
    : QObject(window),
      m_window(window),
      m_document(std::move(document)),
      m_label(new QLabel(window)),
      m_timer(new QTimer(this)),
      m_connectTimeout(workspace::defaultConnectTimeout)
{
    m_label->setObjectName(QStringLiteral("workspaceStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    m_timer->setInterval(defaultPeriod);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceLink::syncAutomatically);
}

WorkspaceLink::~WorkspaceLink()
{
    if (m_run) { // the window's widgets may be gone already: none is touched
        if (m_run->session)
            m_run->session->cancel();
        inWorker([run = std::move(m_run)] { run->connection.reset(); });
    }
    if (m_thread) {
        // Closes what is still open, in the thread that opened it, once the
        // step under way has its answer; then the thread ends.
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void WorkspaceLink::setPeriod(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void WorkspaceLink::documentShown()
{
    Document *doc = m_document();
    if (m_run && (!m_run->document || m_run->document != doc))
        abandon(); // its document is closed: nothing of it is applied elsewhere
    const bool linked = doc && !Settings().workspaceAddress(doc->partnershipId()).isEmpty();
    m_label->clear();
    m_label->setToolTip(QString());
    m_label->setVisible(linked);
    if (linked) {
        m_label->setText(tr("Workspace: not synced yet"));
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void WorkspaceLink::publish()
{
    Document *doc = m_document();
    if (!doc || m_run)
        return;
    WorkspaceDialog dialog(tr("Publish to a workspace"),
                           tr("Puts “%1” in a shared workspace, with you as its owner. Its owners then choose "
                              "which other managers may read or edit it.")
                               .arg(doc->project().partnership.title),
                           Settings().workspaceAddress(doc->partnershipId()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto address = dialog.address();
    if (!address || m_run)
        return;
    start(*address, false, true);
}

void WorkspaceLink::syncNow()
{
    Document *doc = m_document();
    if (!doc || m_run)
        return;
    auto address = workspace::Address::parse(Settings().workspaceAddress(doc->partnershipId()), nullptr);
    if (!address) {
        WorkspaceDialog dialog(tr("Sync with a workspace"),
                               tr("Exchanges the changes of “%1” with the workspace where it was published.")
                                   .arg(doc->project().partnership.title),
                               QString(), m_window);
        if (dialog.exec() != QDialog::Accepted || !(address = dialog.address()))
            return;
    }
    sync(*address, false);
}

void WorkspaceLink::showMembers()
{
    Document *doc = m_document();
    if (!doc)
        return;
    auto address = workspace::Address::parse(Settings().workspaceAddress(doc->partnershipId()), nullptr);
    if (!address) {
        messages::inform(m_window, tr("Workspace members"),
                         tr("This partnership is in no workspace yet: publish it, or sync it with the "
                            "workspace that holds it."));
        return;
    }
    WorkspaceMembersDialog dialog(
        doc->partnershipId(), doc->project().partnership.title, address->user,
        [this, address](QString *error) mutable { return connectTo(*address, true, error); }, m_window);
    if (!dialog.cancelled())
        dialog.exec();
}

void WorkspaceLink::saved()
{
    QTimer::singleShot(0, this, &WorkspaceLink::syncAutomatically);
}

void WorkspaceLink::syncAutomatically()
{
    Document *doc = m_document();
    if (!doc)
        return;
    if (m_run) { // what was saved meanwhile goes out right after
        m_again = true;
        return;
    }
    const auto address = workspace::Address::parse(Settings().workspaceAddress(doc->partnershipId()), nullptr);
    if (!address)
        return;
    if (userIsBusy()) {
        QTimer::singleShot(qMin(retryWhenBusy, m_timer->interval()), this, &WorkspaceLink::syncAutomatically);
        return;
    }
    sync(*address, true);
}

bool WorkspaceLink::userIsBusy() const
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return true;
    QWidget *focus = QApplication::focusWidget();
    // An item view's open editor is a child of the view with the focus.
    for (QWidget *w = focus ? focus->parentWidget() : nullptr; w; w = w->parentWidget())
        if (qobject_cast<QAbstractItemView *>(w))
            return true;
    if (const auto *line = qobject_cast<QLineEdit *>(focus))
        return line->isModified();
    return qobject_cast<QTextEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus)
        || qobject_cast<QAbstractSpinBox *>(focus);
}

std::unique_ptr<workspace::Connection> WorkspaceLink::connectTo(workspace::Address &address, bool mayAsk,
                                                                QString *error)
{
    auto connection = workspace::Connection::open(address, m_passwords.value(address.toString()), error);
    while (!connection && mayAsk && workspace::asksForPassword(*error)) {
        WorkspaceDialog dialog(tr("Password for the workspace"), tr("The workspace asks for your password."),
                               address.toString(), m_window);
        dialog.askPassword(*error);
        if (dialog.exec() != QDialog::Accepted || !dialog.address()) {
            error->clear(); // cancelled: nothing to report
            return nullptr;
        }
        address = *dialog.address();
        connection = workspace::Connection::open(address, dialog.password(), error);
        if (connection)
            m_passwords.insert(address.toString(), dialog.password());
    }
    return connection;
}

void WorkspaceLink::inWorker(std::function<void()> work)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("workspaceSync"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void WorkspaceLink::showRunning(bool running)
{
    const QString syncing = tr("Syncing with the workspace…"), publishing = tr("Publishing to the workspace…");
    if (running) {
        m_label->show();
        m_label->setText(tr("Workspace: syncing…"));
        m_window->statusBar()->showMessage(m_run && m_run->publishing ? publishing : syncing);
    } else if (m_window->statusBar()->currentMessage() == syncing
               || m_window->statusBar()->currentMessage() == publishing) {
        m_window->statusBar()->clearMessage();
    }
    Q_EMIT runningChanged(running);
}

void WorkspaceLink::sync(const workspace::Address &chosen, bool automatic)
{
    start(chosen, automatic, false);
}

void WorkspaceLink::start(const workspace::Address &chosen, bool automatic, bool publishing)
{
    Document *doc = m_document();
    if (!doc || m_run)
        return;
    auto run = std::make_shared<Run>();
    run->publishing = publishing;
    run->document = doc;
    run->address = chosen;
    run->password = m_passwords.value(chosen.toString());
    run->automatic = automatic;
    run->connectTimeout = m_connectTimeout;
    m_run = run;
    m_again = false;
    showRunning(true);
    connectAndFetch(run);
}

void WorkspaceLink::connectAndFetch(const std::shared_ptr<Run> &run)
{
    if (!run->document) {
        abandon();
        return;
    }
    run->session = std::make_unique<workspace::SyncSession>(run->document->partnershipId(), run->address.toString());
    QString error;
    if (!run->session->prepare(*run->document, &error)) {
        end(run, false, error);
        return;
    }
    inWorker([this, run] {
        bool ok = false;
        if (!run->session->cancelled()) {
            run->connection = workspace::Connection::open(run->address, run->password, &run->error, run->connectTimeout,
                                                          &run->failure);
            run->reachable = bool(run->connection);
            ok = run->connection
                && (run->publishing ? run->session->publish(*run->connection, &run->error)
                                    : run->session->fetch(*run->connection, &run->error));
        }
        if (!ok || run->session->cancelled())
            run->connection.reset();
        QMetaObject::invokeMethod(
            this, [this, run, ok] { fetched(run, ok); }, Qt::QueuedConnection);
    });
}

void WorkspaceLink::fetched(const std::shared_ptr<Run> &run, bool ok)
{
    if (run != m_run)
        return; // given up meanwhile
    if (!ok && !run->reachable && !run->automatic
        && (run->failure == workspace::Failure::Password || workspace::asksForPassword(run->error))) {
        WorkspaceDialog dialog(tr("Password for the workspace"), tr("The workspace asks for your password."),
                               run->address.toString(), m_window);
        dialog.askPassword(run->error);
        const bool accepted = dialog.exec() == QDialog::Accepted && dialog.address();
        if (run != m_run || !run->document)
            return;
        if (!accepted) {
            end(run, false, QString()); // cancelled: nothing to report
            return;
        }
        run->address = *dialog.address();
        run->password = dialog.password();
        run->error.clear();
        connectAndFetch(run);
        return;
    }
    if (!ok) {
        end(run, false, run->error);
        return;
    }
    if (run->reachable && !run->password.isEmpty())
        m_passwords.insert(run->address.toString(), run->password);
    if (run->publishing) {
        end(run, true, QString());
        return;
    }
    takeIn(run);
}

void WorkspaceLink::takeIn(const std::shared_ptr<Run> &run)
{
    if (run != m_run)
        return;
    if (!run->document) {
        abandon();
        return;
    }
    // Not in the middle of the user's edit: once they are done.
    if (!run->session->upToDate() && userIsBusy()) {
        QTimer::singleShot(takeInWhenFree, this, [this, run] { takeIn(run); });
        return;
    }
    QString error;
    if (!run->session->takeIn(*run->document, &error)) {
        end(run, false, error);
        return;
    }
    inWorker([this, run] {
        const bool ok = run->connection && run->session->send(&run->error);
        run->connection.reset(); // the last use of it
        QMetaObject::invokeMethod(
            this, [this, run, ok] { sent(run, ok); }, Qt::QueuedConnection);
    });
}

void WorkspaceLink::sent(const std::shared_ptr<Run> &run, bool ok)
{
    if (run != m_run)
        return;
    if (!run->document) {
        abandon();
        return;
    }
    if (ok)
        run->session->finish(*run->document);
    end(run, ok, run->error);
}

void WorkspaceLink::abandon()
{
    if (!m_run)
        return;
    const std::shared_ptr<Run> run = std::move(m_run);
    if (run->session)
        run->session->cancel();
    // Its connection is closed in the thread that opened it, after the step under way.
    inWorker([run] { run->connection.reset(); });
    showRunning(false);
}

void WorkspaceLink::end(const std::shared_ptr<Run> &run, bool ok, const QString &error)
{
    if (run != m_run)
        return;
    if (run->connection)
        inWorker([run] { run->connection.reset(); });
    m_run.reset();
    showRunning(false);
    Document *doc = run->document;
    if (run->publishing) {
        if (!ok) {
            if (!error.isEmpty())
                messages::warn(m_window, tr("Not published"), error);
            documentShown();
            return;
        }
        if (doc)
            Settings().setWorkspaceAddress(doc->partnershipId(), run->address.toString());
        documentShown();
        m_label->setText(
            tr("Workspace: synced at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_window->statusBar()->showMessage(tr("Published to %1").arg(run->address.toString()), 10000);
        Q_EMIT syncFinished(true);
        return;
    }
    if (!ok) {
        if (error.isEmpty()) { // cancelled
            documentShown();
            return;
        }
        showNotReachable(error, run->reachable);
        if (!run->automatic) // the whole reason, too long for the status bar
            messages::warn(m_window, tr("Not synced"), error);
        Q_EMIT syncFinished(false);
    } else {
        if (doc && Settings().workspaceAddress(doc->partnershipId()) != run->address.toString()) {
            Settings().setWorkspaceAddress(doc->partnershipId(), run->address.toString());
            documentShown();
        }
        m_label->show();
        m_label->setToolTip(run->address.toString());
        m_label->setText(
            tr("Workspace: synced at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        const workspace::SyncResult &result = run->session->result();
        if (!run->automatic || result.received > 0 || !result.conflicts.isEmpty())
            m_window->statusBar()->showMessage(summary(result), 15000);
        Q_EMIT syncFinished(true);
    }
    if (m_again && !m_run) {
        m_again = false;
        QTimer::singleShot(0, this, &WorkspaceLink::syncAutomatically);
    }
}

void WorkspaceLink::showNotReachable(const QString &error, bool reachable)
{
    m_label->show();
    m_label->setToolTip(error);
    m_label->setText(reachable ? tr("Workspace: not synced — your file is intact")
                               : tr("Workspace: not reachable — your file is intact"));
}

QString WorkspaceLink::summary(const workspace::SyncResult &result)
{
    const int received = int(qMin<qint64>(result.received, INT_MAX));
    const int sent = int(qMin<qint64>(result.sent, INT_MAX));
    const int conflicts = int(result.conflicts.size());
    if (received == 0 && sent == 0 && conflicts == 0)
        return result.readOnly ? tr("Up to date with the workspace (read only: nothing sent)")
                               : tr("Up to date with the workspace");
    QStringList parts;
    parts << tr("%n change(s) came in", nullptr, received);
    parts << (result.readOnly ? tr("read only: nothing sent") : tr("%n sent", nullptr, sent));
    if (conflicts > 0)
        parts << tr("%n conflict(s) settled by the latest change", nullptr, conflicts);
    return parts.join(QStringLiteral(", "));
}

} // namespace alliance
