#pragma once
// File > Open from workspace: a manager names a workspace, sees the
// partnerships they are a member of there (title, their level, its changes),
// chooses one and where to keep its file; the file is then made from the
// workspace (workspacepull.h). The server is asked on a thread of its own,
// so the window stays alive and a busy bar moves meanwhile; what goes wrong
// is said in the dialog, in words.

#include "workspace/workspacesync.h"

#include <QDialog>
#include <QList>
#include <QUuid>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace alliance {

class WorkspaceOpenDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a new file's path, `suggested` first; empty when cancelled.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    /// Starts with the address last opened from, listing its partnerships at once.
    explicit WorkspaceOpenDialog(QWidget *parent = nullptr);
    ~WorkspaceOpenDialog() override;

    /// Replaces the Save dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    /// Once accepted: the file made, its partnership, and the workspace's address.
    QString filePath() const { return m_filePath; }
    QUuid partnership() const { return m_partnership; }
    QString address() const { return m_address; }
    /// True while the server is being asked.
    bool isBusy() const { return m_worker != nullptr; }

    /// Lists the partnerships of the workspace typed (the List button).
    void listPartnerships();
    /// Makes the file of the chosen partnership, asking where (the Open button).
    void openChosen();

private:
    /// Runs `work` on a thread of its own, then `done` here.
    void run(const QString &message, std::function<void()> work, std::function<void()> done);
    void setBusy(const QString &message);
    void showError(const QString &error);
    void updateButtons();
    /// When the server asked for a password: shows the field, with its reason.
    void askPassword(const QString &reason);

    QLineEdit *m_addressEdit;
    QPushButton *m_listButton;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QTreeWidget *m_list;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_openButton;
    FileChooser m_chooser;
    QThread *m_worker = nullptr;
    QList<workspace::Membership> m_memberships;
    QString m_listedAddress; ///< the address the list is of
    QString m_filePath;
    QUuid m_partnership;
    QString m_address;
};

} // namespace alliance
