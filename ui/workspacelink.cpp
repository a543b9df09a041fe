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
#include <QStatusBar>
#include <QTextEdit>
#include <QTime>
#include <QTimer>

namespace alliance {

namespace {

constexpr int defaultPeriod = 5 * 60 * 1000;
constexpr int retryWhenBusy = 30 * 1000;

/// The busy cursor and a status message while a sync holds the window
/// (the connection is made in this thread, with libpq's connect_timeout).
class BusyIndicator
{
public:
    BusyIndicator(QMainWindow *window, const QString &message)
    {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        window->statusBar()->showMessage(message);
        window->statusBar()->repaint(); // painted now: no events are processed until the sync ends
    }
    ~BusyIndicator() { QApplication::restoreOverrideCursor(); }
};

} // namespace

WorkspaceLink::WorkspaceLink(QMainWindow *window, std::function<Document *()> document)
    : QObject(window),
      m_window(window),
      m_document(std::move(document)),
      m_label(new QLabel(window)),
      m_timer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("workspaceStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    m_timer->setInterval(defaultPeriod);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceLink::syncAutomatically);
}

void WorkspaceLink::setPeriod(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void WorkspaceLink::documentShown()
{
    Document *doc = m_document();
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
    if (!doc)
        return;
    WorkspaceDialog dialog(tr("Publish to a workspace"),
                           tr("Puts “%1” in a shared workspace, with you as its owner. Its owners then choose "
                              "which other managers may read or edit it.")
                               .arg(doc->project().partnership.title),
                           Settings().workspaceAddress(doc->partnershipId()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto address = dialog.address();
    if (!address)
        return;
    QString error;
    std::unique_ptr<workspace::Connection> connection;
    {
        BusyIndicator busy(m_window, tr("Publishing to the workspace…"));
        connection = connectTo(*address, true, &error);
        if (connection && !workspace::publish(*doc, *connection, &error))
            connection.reset();
    }
    if (!connection) {
        if (!error.isEmpty())
            messages::warn(m_window, tr("Not published"), error);
        return;
    }
    Settings().setWorkspaceAddress(doc->partnershipId(), address->toString());
    documentShown();
    m_label->setText(tr("Workspace: synced at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_window->statusBar()->showMessage(tr("Published to %1").arg(address->toString()), 10000);
    Q_EMIT syncFinished(true);
}

void WorkspaceLink::syncNow()
{
    Document *doc = m_document();
    if (!doc || m_syncing)
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
    dialog.exec();
}

void WorkspaceLink::saved()
{
    QTimer::singleShot(0, this, &WorkspaceLink::syncAutomatically);
}

void WorkspaceLink::syncAutomatically()
{
    Document *doc = m_document();
    if (!doc || m_syncing)
        return;
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
        QApplication::restoreOverrideCursor(); // not busy while the user types
        const bool accepted = dialog.exec() == QDialog::Accepted && dialog.address();
        QApplication::setOverrideCursor(Qt::BusyCursor);
        if (!accepted) {
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

void WorkspaceLink::sync(const workspace::Address &chosen, bool automatic)
{
    Document *doc = m_document();
    workspace::Address address = chosen;
    m_syncing = true;
    QString error;
    std::optional<workspace::SyncResult> result;
    bool reachable = false;
    {
        BusyIndicator busy(m_window, tr("Syncing with the workspace…"));
        if (auto connection = connectTo(address, !automatic, &error)) {
            reachable = true;
            result = workspace::syncDocument(*doc, *connection, address.toString(), &error);
        }
    }
    m_syncing = false;
    m_window->statusBar()->clearMessage();
    if (!result) {
        if (error.isEmpty()) // cancelled
            return;
        showNotReachable(error, reachable);
        if (!automatic) // the whole reason, too long for the status bar
            messages::warn(m_window, tr("Not synced"), error);
        Q_EMIT syncFinished(false);
        return;
    }
    if (Settings().workspaceAddress(doc->partnershipId()) != address.toString()) {
        Settings().setWorkspaceAddress(doc->partnershipId(), address.toString());
        documentShown();
    }
    m_label->show();
    m_label->setToolTip(address.toString());
    m_label->setText(tr("Workspace: synced at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (!automatic || result->received > 0 || !result->conflicts.isEmpty())
        m_window->statusBar()->showMessage(summary(*result), 15000);
    Q_EMIT syncFinished(true);
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
