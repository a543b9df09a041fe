#include "dialogs/workspacemembersdialog.h"

#include "workspace/connection.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alliance {

using workspace::Level;

namespace {

constexpr Level allLevels[] = {Level::Reader, Level::Editor, Level::Owner};

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WorkspaceMembersDialog::WorkspaceMembersDialog(const QUuid &partnership, const QString &title, const QString &me,
                                               Connect connect, QWidget *parent)
    : QDialog(parent), m_partnership(partnership), m_me(me), m_connect(std::move(connect))
{
    setObjectName(QStringLiteral("workspaceMembersDialog"));
    setWindowTitle(tr("Members of “%1”").arg(title));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    m_intro = plainLabel(QString(), this);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Manager"), tr("Level")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);

    auto *addRow = new QHBoxLayout;
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newMemberName"));
    m_newName->setPlaceholderText(tr("Manager’s login name"));
    m_newName->setMinimumWidth(fontMetrics().horizontalAdvance(m_newName->placeholderText())
                               + fontMetrics().averageCharWidth() * 4);
    m_newLevel = levelBox(Level::Editor);
    m_newLevel->setObjectName(QStringLiteral("newMemberLevel"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newLevel);
    addRow->addWidget(m_add);
    addRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    m_error = plainLabel(QString(), this);
    m_error->setObjectName(QStringLiteral("membersError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto canAdd = [this] { m_add->setEnabled(m_owner && workspace::isManagerName(m_newName->text())); };
    QObject::connect(m_newName, &QLineEdit::textChanged, this, canAdd);
    QObject::connect(m_add, &QPushButton::clicked, this, [this] {
        change(m_newName->text(), Level(m_newLevel->currentData().toInt()));
        m_newName->clear();
    });
    auto canRemove = [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(m_owner && row >= 0 && m_table->item(row, 0)->text() != m_me);
    };
    QObject::connect(m_table, &QTableWidget::itemSelectionChanged, this, canRemove);
    QObject::connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            change(m_table->item(row, 0)->text(), std::nullopt);
    });
    reload();
    canAdd();
    canRemove();
}

QComboBox *WorkspaceMembersDialog::levelBox(Level level) const
{
    auto *box = new QComboBox;
    for (const Level l : allLevels) {
        box->addItem(workspace::levelLabel(l), int(l));
        if (l == level)
            box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

bool WorkspaceMembersDialog::reload()
{
    QString error;
    std::unique_ptr<workspace::Connection> connection = m_connect(&error);
    return show(connection.get(), error);
}

bool WorkspaceMembersDialog::show(workspace::Connection *connection, QString error)
{
    std::optional<QList<workspace::Member>> members;
    if (connection) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_me = connection->database().userName(); // the role connected, whatever was asked
        members = workspace::membersOf(*connection, m_partnership, &error);
        QApplication::restoreOverrideCursor();
    }
    m_table->setRowCount(0);
    m_owner = false;
    if (!members) {
        m_cancelled = error.isEmpty(); // the password was not given: nothing to say
        if (!m_cancelled)
            showError(error);
        return false;
    }
    for (const workspace::Member &m : *members)
        if (m.manager == m_me && m.level == Level::Owner)
            m_owner = true;
    m_intro->setText(m_owner ? tr("As an owner, you choose who reads, edits or owns this partnership. Each change "
                                  "reaches the workspace at once; a manager must first be added to the workspace "
                                  "by its administrator.")
                             : tr("Only the partnership’s owners change its members."));
    m_table->setRowCount(members->size());
    for (int row = 0; row < members->size(); ++row) {
        const workspace::Member &m = members->at(row);
        auto *name = new QTableWidgetItem(m.manager);
        if (m.manager == m_me)
            name->setToolTip(tr("You"));
        m_table->setItem(row, 0, name);
        if (m_owner && m.manager != m_me) {
            QComboBox *box = levelBox(m.level);
            box->setObjectName(QStringLiteral("memberLevel_") + m.manager);
            const QString manager = m.manager;
            QObject::connect(box, &QComboBox::activated, this,
                             [this, box, manager] { change(manager, Level(box->currentData().toInt())); });
            m_table->setCellWidget(row, 1, box);
        } else {
            m_table->setItem(row, 1, new QTableWidgetItem(workspace::levelLabel(m.level)));
        }
    }
    m_newName->setEnabled(m_owner);
    m_newLevel->setEnabled(m_owner);
    m_add->setEnabled(m_owner && workspace::isManagerName(m_newName->text()));
    m_remove->setEnabled(false);
    return true;
}

void WorkspaceMembersDialog::change(const QString &manager, std::optional<Level> level)
{
    QString error;
    bool done = false;
    std::unique_ptr<workspace::Connection> connection = m_connect(&error);
    if (connection) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        done = workspace::setMember(*connection, m_partnership, manager, level, &error);
        QApplication::restoreOverrideCursor();
    }
    // What the server holds now, changed or not; a refusal is said below.
    const bool listed = show(connection.get(), QString());
    if (!done)
        showError(error);
    else if (listed)
        m_error->hide();
}

void WorkspaceMembersDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

} // namespace alliance
