#include "dialogs/preferencesdialog.h"

#include "document/installation.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace alliance {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_organisation(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_recovery(new QCheckBox(tr("Offer to recover unsaved work at start"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_name->setObjectName(QStringLiteral("preferencesName"));
    m_name->setText(installation::userName());
    m_organisation->setObjectName(QStringLiteral("preferencesOrganisation"));
    m_organisation->setText(installation::organisationName());
    m_organisation->setPlaceholderText(tr("As it is named in your partnerships"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings().language())));
    m_recovery->setObjectName(QStringLiteral("preferencesRecovery"));
    m_recovery->setChecked(Settings().offerRecovery());

    auto *form = new QFormLayout(this);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Your organisation:"), m_organisation);
    auto *note = new QLabel(tr("Your name and organisation are recorded with each of your changes, so that "
                               "partners see who changed what when files are merged."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies at the next start."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    form->addRow(tr("Recovery:"), m_recovery);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    installation::setUser(m_name->text(), m_organisation->text());
    Settings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setOfferRecovery(m_recovery->isChecked());
    QDialog::accept();
}

} // namespace alliance
