#pragma once
// The new-partnership wizard: title and common stake, the user's own
// organisation (from the preferences), then the partners.

#include "journal/change.h"

#include <QWizard>

class QLineEdit;
class QPlainTextEdit;
class QComboBox;
class QTableWidget;

namespace alliance {

class NewPartnershipWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewPartnershipWizard(QWidget *parent = nullptr);

    QString title() const;
    /// The user's name and organisation as typed: they become the author of
    /// the partnership's changes (and the preferences).
    QString authorName() const;
    QString ownOrganisationName() const;
    /// The changes that fill a new partnership whose id is `partnershipId`:
    /// the common stake, the user's organisation and each partner.
    ChangeSet changes(const QUuid &partnershipId) const;

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_stake;
    QLineEdit *m_yourName;
    QLineEdit *m_ownName;
    QComboBox *m_ownProfile;
    QComboBox *m_ownRole;
    QTableWidget *m_partners;
};

} // namespace alliance
