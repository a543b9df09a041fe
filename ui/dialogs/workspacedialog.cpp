#include "dialogs/workspacedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alliance {

WorkspaceDialog::WorkspaceDialog(const QString &title, const QString &intro, const QString &address, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    // Grows when the password field appears; never cuts a wrapped line.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("workspaceAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    form->addRow(tr("Workspace address:"), m_address);
    m_addressError = new QLabel(this);
    m_addressError->setObjectName(QStringLiteral("workspaceAddressError"));
    m_addressError->setTextFormat(Qt::PlainText);
    m_addressError->setWordWrap(true);
    m_addressError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    // Room kept for the message, so that the dialog does not jump as one types.
    m_addressError->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_addressError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_addressError);

    m_passwordReason = new QLabel(this);
    m_passwordReason->setObjectName(QStringLiteral("workspacePasswordReason"));
    m_passwordReason->setTextFormat(Qt::PlainText);
    m_passwordReason->setWordWrap(true);
    form->addRow(m_passwordReason);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("workspacePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Password:"), this);
    form->addRow(m_passwordLabel, m_password);
    m_passwordReason->hide();
    m_passwordLabel->hide();
    m_password->hide();
    layout->addLayout(form);

    auto *note = new QLabel(tr("The password is kept in memory until you quit, never in a file. You may keep it in "
                               "your password file (~/.pgpass) instead."),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &WorkspaceDialog::check);
    check();
}

void WorkspaceDialog::askPassword(const QString &reason)
{
    m_passwordReason->setText(reason);
    m_passwordReason->show();
    m_passwordLabel->show();
    m_password->show();
    m_password->clear();
    m_password->setFocus();
}

std::optional<workspace::Address> WorkspaceDialog::address() const
{
    return workspace::Address::parse(m_address->text(), nullptr);
}

QString WorkspaceDialog::password() const
{
    return m_password->text();
}

void WorkspaceDialog::check()
{
    QString error;
    const bool valid = workspace::Address::parse(m_address->text(), &error).has_value();
    // Nothing typed yet is not an error to show.
    m_addressError->setText(valid || m_address->text().trimmed().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace alliance
