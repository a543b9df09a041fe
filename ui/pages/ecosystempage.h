#pragma once
// Step 4, "Map the ecosystem": the partners and other stakeholders, the
// selected organisation's contacts, who holds which catalyst function, and a
// map of the actors with their links.

#include "pages/steppage.h"

#include <QUuid>

class QLabel;
class QPushButton;
class QTableView;

namespace alliance {

class ActorMap;
class CatalystGrid;
class ItemTableModel;
class LogoEditor;

class EcosystemPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "organisationsTable", "addOrganisation", "removeOrganisation",
    /// "contactsHeading", "contactsTable", "addContact", "removeContact",
    /// "catalystGrid" with "catalyst_<functionId>_<row>" boxes (CatalystGrid),
    /// "actorMap" (ActorMap), "linkActors", "deleteLink", "resetLayout".
    /// Removing an organisation asks first, in a QMessageBox named
    /// "confirmRemoveOrganisation".
    explicit EcosystemPage(Document *document, QWidget *parent = nullptr);

    /// Updates the catalyst grid and the map in place (they rebuild only what
    /// was added or removed); the tables follow the document by themselves.
    void refresh() override;

    /// The organisation selected in the table, or a null id.
    QUuid selectedOrganisation() const;

private:
    QWidget *makeOrganisationsPanel();
    QWidget *makeContactsPanel();
    QWidget *makeMapPanel();
    void addOrganisation();
    void removeOrganisation();
    void addContact();
    void removeContact();
    void organisationSelected();
    void mapSelectionChanged();
    void linkActors();
    void updateButtons();

    ItemTableModel *m_organisations = nullptr;
    ItemTableModel *m_contacts = nullptr;
    QTableView *m_organisationsView = nullptr;
    QTableView *m_contactsView = nullptr;
    QLabel *m_contactsHeading = nullptr;
    QPushButton *m_removeOrganisation = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_removeContact = nullptr;
    QPushButton *m_linkActors = nullptr;
    QPushButton *m_deleteLink = nullptr;
    CatalystGrid *m_catalysts = nullptr;
    ActorMap *m_map = nullptr;
    LogoEditor *m_logo = nullptr;
};

} // namespace alliance
