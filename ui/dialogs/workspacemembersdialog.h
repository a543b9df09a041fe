#pragma once
// Who may read, edit or own the open partnership in its workspace. Every
// member sees the list; an owner changes a level, adds a manager of the
// workspace or removes one, each change sent at once. The server decides:
// a refusal is shown in words and the list read again.

#include "workspace/workspacemembers.h"

#include <QDialog>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace alliance {

namespace workspace {
class Connection;
}

class WorkspaceMembersDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opens a connection to the workspace, or null with the reason.
    using Connect = std::function<std::unique_ptr<workspace::Connection>(QString *error)>;

    /// `me` is the manager's own role (then the one each connection is made
    /// as): an owner may not remove themselves from here by mistake; the
    /// server keeps at least one owner anyway.
    WorkspaceMembersDialog(const QUuid &partnership, const QString &title, const QString &me, Connect connect,
                           QWidget *parent = nullptr);

    /// Reads the members again; false when the workspace refused (the
    /// dialog then says why).
    bool reload();
    /// Whether the user declined to connect (a password asked and not given).
    bool cancelled() const { return m_cancelled; }

private:
    /// Lists the members as `connection` reads them; with no connection,
    /// says `error` (nothing when empty: the user declined to connect).
    bool show(workspace::Connection *connection, QString error);
    void change(const QString &manager, std::optional<workspace::Level> level);
    void showError(const QString &error);
    QComboBox *levelBox(workspace::Level level) const;

    QUuid m_partnership;
    QString m_me;
    Connect m_connect;
    bool m_owner = false;
    bool m_cancelled = false;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_error;
    QLineEdit *m_newName;
    QComboBox *m_newLevel;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace alliance
