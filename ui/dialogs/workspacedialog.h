#pragma once
// Asks for the workspace to publish to or sync with: its address, checked as
// it is typed, and a password only when the server asked for one (kept by the
// caller for the session, never saved).

#include "workspace/connection.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace alliance {

class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    /// `intro` says what will happen; `address` is the one remembered, if any.
    WorkspaceDialog(const QString &title, const QString &intro, const QString &address, QWidget *parent = nullptr);

    /// Shows the password field with the server's reason.
    void askPassword(const QString &reason);
    /// The address typed, when valid.
    std::optional<workspace::Address> address() const;
    QString password() const;

private:
    void check();

    QLineEdit *m_address;
    QLabel *m_addressError;
    QLabel *m_passwordReason;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace alliance
