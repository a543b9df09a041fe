#pragma once
// Preferences: who the user is (the author of their edits), the language of
// the interface, and what happens to unsaved work after a crash.

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

    /// "system", "fr" or "en".
    static QString language();
    /// Whether to offer recovery of unsaved work at start (default yes).
    static bool offerRecovery();

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_language;
    QCheckBox *m_recovery;
};

} // namespace alliance
