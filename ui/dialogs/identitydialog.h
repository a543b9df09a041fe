#pragma once
// Asks who is about to make changes, before the first one: every change is
// recorded with its author's name, and a partner reading the history or a
// merge must see a person there, never a placeholder.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace alliance {

struct Project;

class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    /// `project` offers its organisations to choose from; may be null.
    explicit IdentityDialog(const Project *project, QWidget *parent = nullptr);
    /// Stores the name and organisation in the preferences.
    void accept() override;

private:
    void updateOkButton();

    QLineEdit *m_name;
    QComboBox *m_organisation;
    QDialogButtonBox *m_buttons;
};

} // namespace alliance
