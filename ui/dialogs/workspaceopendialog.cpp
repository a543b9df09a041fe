#include "dialogs/workspaceopendialog.h"

#include "document/installation.h"
#include "settings/settings.h"
#include "workspace/connection.h"
#include "workspace/workspacepull.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alliance {

namespace {

QString levelLabel(const QString &level)
{
    if (level == QLatin1String("owner"))
        return WorkspaceOpenDialog::tr("Owner");
    if (level == QLatin1String("editor"))
        return WorkspaceOpenDialog::tr("Editor");
    return WorkspaceOpenDialog::tr("Reader");
}

/// A file name made of the title's letters, digits, spaces and dashes.
QString suggestedName(const QString &title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    name = name.simplified().left(60).trimmed();
    return (name.isEmpty() ? WorkspaceOpenDialog::tr("partnership") : name) + QStringLiteral(".alliance");
}

QString chooseFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, WorkspaceOpenDialog::tr("Where to keep the partnership"), suggested,
                                        WorkspaceOpenDialog::tr("Alliance Pilot partnerships (*.alliance)"));
}

} // namespace

WorkspaceOpenDialog::WorkspaceOpenDialog(QWidget *parent) : QDialog(parent), m_chooser(chooseFile)
{
    setObjectName(QStringLiteral("workspaceOpenDialog"));
    setWindowTitle(tr("Open from a workspace"));
    const int em = fontMetrics().averageCharWidth();
    setMinimumWidth(em * 84);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Lists the partnerships you are a member of in a shared workspace. The one you "
                                "choose is kept in a file of yours, linked to the workspace: Sync then exchanges "
                                "the changes."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *addressRow = new QHBoxLayout;
    m_addressEdit = new QLineEdit(Settings().lastWorkspaceAddress(), this);
    m_addressEdit->setObjectName(QStringLiteral("workspaceAddress"));
    m_addressEdit->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    m_addressEdit->setMinimumWidth(em * 48);
    m_addressEdit->setCursorPosition(0); // the user and host first, rather than the socket folder's end
    addressRow->addWidget(m_addressEdit, 1);
    m_listButton = new QPushButton(tr("&List my partnerships"), this);
    m_listButton->setObjectName(QStringLiteral("workspaceListButton"));
    m_listButton->setAutoDefault(false);
    addressRow->addWidget(m_listButton);
    form->addRow(tr("Workspace address:"), addressRow);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("workspacePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Password:"), this);
    form->addRow(m_passwordLabel, m_password);
    m_passwordLabel->hide();
    m_password->hide();
    layout->addLayout(form);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("workspaceMemberships"));
    m_list->setHeaderLabels({tr("Partnership"), tr("Your role"), tr("Changes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_list, 1);

    auto *busyRow = new QHBoxLayout;
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("workspaceBusy"));
    m_busyBar->setRange(0, 0); // moves without a known end
    m_busyBar->setMaximumWidth(em * 16);
    m_busyBar->setTextVisible(false);
    busyRow->addWidget(m_busyBar);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setTextFormat(Qt::PlainText);
    busyRow->addWidget(m_busyLabel, 1);
    layout->addLayout(busyRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("workspaceOpenError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_openButton = m_buttons->addButton(tr("&Open…"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("workspaceOpenButton"));
    layout->addWidget(m_buttons);

    connect(m_listButton, &QPushButton::clicked, this, &WorkspaceOpenDialog::listPartnerships);
    connect(m_addressEdit, &QLineEdit::returnPressed, this, &WorkspaceOpenDialog::listPartnerships);
    connect(m_password, &QLineEdit::returnPressed, this, &WorkspaceOpenDialog::listPartnerships);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &WorkspaceOpenDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WorkspaceOpenDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &WorkspaceOpenDialog::openChosen);
    connect(m_openButton, &QPushButton::clicked, this, &WorkspaceOpenDialog::openChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A list is of the address it was asked of: another address, another list.
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this] {
        const auto address = workspace::Address::parse(m_addressEdit->text(), nullptr);
        if (!address || address->toString() != m_listedAddress) {
            m_list->clear();
            m_memberships.clear();
        }
    });
    setBusy(QString());
    updateButtons();
    if (workspace::Address::parse(m_addressEdit->text(), nullptr))
        QTimer::singleShot(0, this, &WorkspaceOpenDialog::listPartnerships);
}

WorkspaceOpenDialog::~WorkspaceOpenDialog()
{
    // The server's answer is waited for: the thread writes into this dialog's data.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void WorkspaceOpenDialog::run(const QString &message, std::function<void()> work, std::function<void()> done)
{
    setBusy(message);
    showError(QString());
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        setBusy(QString());
        done();
        updateButtons();
    });
    m_worker->start();
    updateButtons();
}

void WorkspaceOpenDialog::listPartnerships()
{
    if (m_worker)
        return;
    QString error;
    const auto address = workspace::Address::parse(m_addressEdit->text(), &error);
    if (!address) {
        showError(error);
        return;
    }
    struct Answer
    {
        std::optional<QList<workspace::Membership>> list;
        QString error;
    };
    auto answer = std::make_shared<Answer>();
    const QString password = m_password->text();
    m_list->clear();
    m_memberships.clear();
    run(
        tr("Asking the workspace…"),
        [answer, address = *address, password] {
            if (auto connection = workspace::Connection::open(address, password, &answer->error))
                answer->list = workspace::memberships(*connection, &answer->error);
        },
        [this, answer, shown = address->toString()] {
            if (!answer->list) {
                if (workspace::asksForPassword(answer->error))
                    askPassword(answer->error);
                else
                    showError(answer->error);
                return;
            }
            Settings().setLastWorkspaceAddress(shown);
            m_listedAddress = shown;
            m_memberships = *answer->list;
            for (const auto &m : std::as_const(m_memberships)) {
                const QString title = workspace::shownTitle(m);
                auto *item = new QTreeWidgetItem(
                    m_list,
                    {title.isEmpty() ? tr("(untitled)") : title, levelLabel(m.level), QLocale().toString(m.changes)});
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(0, m.partnership.toString(QUuid::WithoutBraces));
            }
            if (m_memberships.isEmpty())
                showError(tr("You are a member of no partnership of this workspace yet: ask one of its owners to "
                             "add you."));
            else
                m_list->setCurrentItem(m_list->topLevelItem(0));
        });
}

void WorkspaceOpenDialog::openChosen()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (m_worker || row < 0 || row >= m_memberships.size())
        return;
    const workspace::Membership chosen = m_memberships.at(row);
    const auto address = workspace::Address::parse(m_listedAddress, nullptr);
    if (!address)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_chooser(this, QDir(folder).filePath(suggestedName(chosen.title)));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".alliance");
    struct Answer
    {
        bool ok = false;
        QString error;
    };
    auto answer = std::make_shared<Answer>();
    const QString password = m_password->text();
    const Author author = installation::author();
    run(
        tr("Making “%1” from the workspace…").arg(QFileInfo(path).fileName()),
        [answer, address = *address, password, chosen, path, author] {
            if (auto connection = workspace::Connection::open(address, password, &answer->error))
                answer->ok = workspace::pullToFile(*connection, chosen.partnership, address.toString(), path, author,
                                                   {}, &answer->error);
        },
        [this, answer, chosen, path, shown = address->toString()] {
            if (!answer->ok) {
                showError(answer->error);
                return;
            }
            m_filePath = path;
            m_partnership = chosen.partnership;
            m_address = shown;
            accept();
        });
}

void WorkspaceOpenDialog::setBusy(const QString &message)
{
    m_busyBar->setVisible(!message.isEmpty());
    m_busyLabel->setText(message);
}

void WorkspaceOpenDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void WorkspaceOpenDialog::askPassword(const QString &reason)
{
    const bool first = m_password->isHidden();
    m_passwordLabel->show();
    m_password->show();
    m_password->setFocus();
    // The first time, the server's refusal of no password says it all.
    showError(first ? tr("The workspace asks for your password.") : reason);
}

void WorkspaceOpenDialog::updateButtons()
{
    const bool idle = !m_worker;
    m_listButton->setEnabled(idle && workspace::Address::parse(m_addressEdit->text(), nullptr).has_value());
    m_addressEdit->setEnabled(idle);
    m_list->setEnabled(idle);
    m_openButton->setEnabled(idle && m_list->currentItem() != nullptr);
}

} // namespace alliance
