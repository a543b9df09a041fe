#include "dialogs/identitydialog.h"

#include "document/installation.h"
#include "model/project.h"
#include "storage/schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace alliance {

IdentityDialog::IdentityDialog(const Project *project, QWidget *parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_organisation(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Who is making changes?"));
    auto *intro = new QLabel(tr("Each change you make is recorded with your name and organisation, so that your "
                                "partners see who changed what when copies are merged. You can change them later "
                                "in Preferences."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setMaxLength(schema::maxTextLength);
    m_name->setPlaceholderText(tr("First name and last name"));
    m_organisation->setObjectName(QStringLiteral("identityOrganisation"));
    m_organisation->setEditable(true);
    m_organisation->lineEdit()->setMaxLength(schema::maxTextLength);
    m_organisation->lineEdit()->setPlaceholderText(tr("As named in the partnership"));
    if (project)
        for (const Organisation &o : project->organisations)
            m_organisation->addItem(o.name);
    // The preferences' organisation; in a partner's copy, the partner it was made for.
    QString organisation = installation::organisationName();
    if (project && organisation.isEmpty())
        if (const Organisation *o = project->organisation(installation::author(project).organisationId))
            organisation = o->name;
    m_organisation->setCurrentText(organisation);

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Your organisation:"), m_organisation);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::updateOkButton);
    updateOkButton();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void IdentityDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

void IdentityDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    installation::setUser(m_name->text(), m_organisation->currentText());
    QDialog::accept();
}

} // namespace alliance
