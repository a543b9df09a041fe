#pragma once
// Preferences: who the user is (the author of their edits), the language of
// the interface, and what happens to unsaved work after a crash. Shows and
// writes them; the rest of the application reads them from Settings.

#include <QDialog>

class QComboBox;
class QCheckBox;
class QLineEdit;

namespace alliance {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_language;
    QCheckBox *m_recovery;
};

} // namespace alliance
