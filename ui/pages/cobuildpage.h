#pragma once
// Step 5, "Co-build the agreement": governance and the steering committee,
// what each partner brings (with totals and shares), the agreement's dates
// and terms, and its key documents.

#include "pages/steppage.h"

#include <QUrl>

class QLabel;
class QPushButton;
class QTableView;

namespace alliance {

class ContributionTotalsModel;
class FieldDateEdit;
class FieldLineEdit;
class FieldTextEdit;
class ItemTableModel;

class CoBuildPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "governanceEdit", "meetingCadenceEdit", "steeringCommittee" (a plain
    /// label), "contributionsTable", "addContribution", "removeContribution",
    /// "contributionTotals" (ContributionTotalsModel), "startDateEdit",
    /// "endDateEdit", "agreementSignedEdit" (FieldDateEdit),
    /// "agreementTermsEdit", "keyDocumentsTable", "addKeyDocument",
    /// "removeKeyDocument", "openKeyDocument".
    explicit CoBuildPage(Document *document, QWidget *parent = nullptr);

    /// Updates the steering committee and the totals in place; the editors
    /// and tables follow the document by themselves.
    void refresh() override;

    /// Where a key document's `location` points: a local path (absolute, or
    /// relative to `baseFolder`) as a file URL, anything else as the user
    /// typed it. An empty URL when the location is empty or not a web
    /// address (http, https) or a file: such locations are never opened.
    static QUrl keyDocumentUrl(const QString &location, const QString &baseFolder);

private:
    void makeGovernance();
    void makeContributions();
    void makeAgreement();
    void makeKeyDocuments();
    void openKeyDocument();
    void updateButtons();
    void fitTotalsHeight();
    QString steeringCommitteeText() const;

    FieldTextEdit *m_governance = nullptr;
    FieldLineEdit *m_cadence = nullptr;
    QLabel *m_committee = nullptr;
    ItemTableModel *m_contributions = nullptr;
    QTableView *m_contributionsView = nullptr;
    QPushButton *m_removeContribution = nullptr;
    ContributionTotalsModel *m_totals = nullptr;
    QTableView *m_totalsView = nullptr;
    FieldDateEdit *m_start = nullptr;
    FieldDateEdit *m_end = nullptr;
    FieldDateEdit *m_signed = nullptr;
    FieldTextEdit *m_terms = nullptr;
    ItemTableModel *m_documents = nullptr;
    QTableView *m_documentsView = nullptr;
    QPushButton *m_removeDocument = nullptr;
    QPushButton *m_openDocument = nullptr;
};

} // namespace alliance
