#include "pages/ecosystempage.h"
#include "dialogs/messages.h"
#include "edits/removal.h"
#include "widgets/headerfit.h"
#include "widgets/itemhistoryrequest.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "widgets/actormap.h"
#include "widgets/catalystgrid.h"
#include "widgets/logoeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::button;
using pagewidgets::plainLabel;

namespace {

QTableView *tableView(ItemTableModel *model, Document *document, const QString &name, const QString &accessible,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setItemDelegate(new FieldDelegate(document, view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setDefaultSectionSize(120);
    fitHeaderText(view->horizontalHeader());
    view->setMinimumHeight(140);
    offerItemHistory(view);
    return view;
}

} // namespace

EcosystemPage::EcosystemPage(Document *document, QWidget *parent)
    : StepPage(document, QStringLiteral("ecosystem"), parent)
{
    addSection(tr("Partners and stakeholders"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(makeOrganisationsPanel());
    split->addWidget(makeContactsPanel());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    contentLayout()->addWidget(split, 2);

    addSection(tr("Who holds the catalyst functions"));
    contentLayout()->addWidget(
        plainLabel(tr("Tick the functions each organisation takes on. Hover a function to see its activities."), this));
    m_catalysts = new CatalystGrid(document, this);
    m_catalysts->setApplier([this](const ChangeSet &c) { return apply(c); });
    contentLayout()->addWidget(m_catalysts);

    addSection(tr("Map of the actors"));
    contentLayout()->addWidget(makeMapPanel(), 3);

    connect(document, &Document::changed, this, &EcosystemPage::refresh);
    refresh();
    if (m_organisations->rowCount() > 0)
        m_organisationsView->selectRow(0); // show someone's contacts from the start
}

QWidget *EcosystemPage::makeOrganisationsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_organisations = new ItemTableModel(document(), QStringLiteral("organisation"),
                                         {{QStringLiteral("name"), tr("Name")},
                                          {QStringLiteral("profile"), tr("Profile")},
                                          {QStringLiteral("role"), tr("Role")},
                                          {QStringLiteral("region"), tr("Region")},
                                          {QStringLiteral("departement"), tr("Département")},
                                          {QStringLiteral("private"), tr("Private")}},
                                         this);
    m_organisations->setEditText(tr("Edit an organisation"));
    m_organisations->setNewItemDefaults(
        {{QStringLiteral("name"), tr("New organisation")}, {QStringLiteral("role"), QStringLiteral("partner")}});
    m_organisationsView
        = tableView(m_organisations, document(), QStringLiteral("organisationsTable"), tr("Organisations"), panel);
    m_organisationsView->setToolTip(tr("Private organisations are left out of the copies shared with partners."));
    layout->addWidget(m_organisationsView, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add organisation"), QStringLiteral("addOrganisation"), tr("Add an organisation"), panel);
    m_removeOrganisation = button(tr("Remove organisation"), QStringLiteral("removeOrganisation"),
                                  tr("Remove the selected organisation"), panel);
    buttons->addWidget(add);
    buttons->addWidget(m_removeOrganisation);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_logo = new LogoEditor(document(), panel);
    layout->addWidget(m_logo);

    connect(add, &QPushButton::clicked, this, &EcosystemPage::addOrganisation);
    connect(m_removeOrganisation, &QPushButton::clicked, this, &EcosystemPage::removeOrganisation);
    connect(m_organisations, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
    connect(m_organisationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EcosystemPage::organisationSelected);
    return panel;
}

QWidget *EcosystemPage::makeContactsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_contactsHeading = plainLabel(QString(), panel);
    m_contactsHeading->setObjectName(QStringLiteral("contactsHeading"));
    layout->addWidget(m_contactsHeading);
    m_contacts = new ItemTableModel(document(), QStringLiteral("contact"),
                                    {{QStringLiteral("name"), tr("Name")},
                                     {QStringLiteral("function"), tr("Function")},
                                     {QStringLiteral("email"), tr("Email")},
                                     {QStringLiteral("phone"), tr("Phone")},
                                     {QStringLiteral("steering_committee"), tr("Steering committee")},
                                     {QStringLiteral("private"), tr("Private")}},
                                    this);
    m_contacts->setEditText(tr("Edit a contact"));
    m_contacts->setNewItemDefaults({{QStringLiteral("name"), tr("New contact")}});
    m_contacts->setFilter(QStringLiteral("organisation_id"), QVariant()); // none until an organisation is selected
    m_contactsView = tableView(m_contacts, document(), QStringLiteral("contactsTable"), tr("Contacts"), panel);
    layout->addWidget(m_contactsView, 1);

    auto *buttons = new QHBoxLayout;
    m_addContact = button(tr("Add contact"), QStringLiteral("addContact"),
                          tr("Add a contact to the selected organisation"), panel);
    m_removeContact
        = button(tr("Remove contact"), QStringLiteral("removeContact"), tr("Remove the selected contact"), panel);
    buttons->addWidget(m_addContact);
    buttons->addWidget(m_removeContact);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_addContact, &QPushButton::clicked, this, &EcosystemPage::addContact);
    connect(m_removeContact, &QPushButton::clicked, this, &EcosystemPage::removeContact);
    connect(m_contacts, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EcosystemPage::updateButtons);
    return panel;
}

QWidget *EcosystemPage::makeMapPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(tr("Drag the organisations to arrange them; the map keeps their places. "
                                    "Select one or two organisations to link them, or right-click for more."),
                                 panel));
    auto *buttons = new QHBoxLayout;
    m_linkActors = button(tr("Link to…"), QStringLiteral("linkActors"), tr("Link the selected organisations"), panel);
    m_deleteLink = button(tr("Delete link"), QStringLiteral("deleteLink"), tr("Delete the selected links"), panel);
    auto *reset = button(tr("Reset layout"), QStringLiteral("resetLayout"),
                         tr("Place every organisation back in its profile's column"), panel);
    buttons->addWidget(m_linkActors);
    buttons->addWidget(m_deleteLink);
    buttons->addWidget(reset);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_map = new ActorMap(document(), panel);
    m_map->setApplier([this](const ChangeSet &c) { return apply(c); });
    m_map->setMinimumHeight(360);
    layout->addWidget(m_map, 1);

    connect(m_linkActors, &QPushButton::clicked, this, &EcosystemPage::linkActors);
    connect(m_deleteLink, &QPushButton::clicked, m_map, &ActorMap::deleteSelectedLinks);
    connect(reset, &QPushButton::clicked, m_map, &ActorMap::resetLayout);
    connect(m_map, &ActorMap::selectionChanged, this, &EcosystemPage::mapSelectionChanged);
    return panel;
}

void EcosystemPage::refresh()
{
    m_catalysts->refresh();
    m_map->refresh();
    organisationSelected(); // the selected organisation's name may have changed
    m_logo->refresh();
}

QUuid EcosystemPage::selectedOrganisation() const
{
    const QModelIndexList rows = m_organisationsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : m_organisations->idAt(rows.first().row());
}

void EcosystemPage::organisationSelected()
{
    const QUuid id = selectedOrganisation();
    m_contacts->setFilter(QStringLiteral("organisation_id"), id.isNull() ? QVariant() : QVariant(id));
    m_logo->setOrganisation(id);
    const Organisation *o = id.isNull() ? nullptr : document()->project().organisation(id);
    const QString heading = o ? tr("Contacts of %1").arg(o->name) : tr("Select an organisation to see its contacts.");
    if (m_contactsHeading->text() != heading)
        m_contactsHeading->setText(heading);
    updateButtons();
}

void EcosystemPage::updateButtons()
{
    const bool organisation = !selectedOrganisation().isNull();
    m_removeOrganisation->setEnabled(organisation);
    m_addContact->setEnabled(organisation);
    m_removeContact->setEnabled(m_contactsView->selectionModel()->hasSelection());
    const auto nodes = m_map->selectedOrganisations().size();
    m_linkActors->setEnabled(nodes == 1 || nodes == 2);
    m_deleteLink->setEnabled(!m_map->selectedLinks().isEmpty());
}

void EcosystemPage::addOrganisation()
{
    const QUuid id = m_organisations->addItem();
    const int row = m_organisations->rowOf(id);
    if (row < 0)
        return;
    // Ready to type the name at once.
    const QModelIndex name = m_organisations->index(row, 0);
    m_organisationsView->setCurrentIndex(name);
    m_organisationsView->selectRow(row);
    m_organisationsView->edit(name);
}

void EcosystemPage::removeOrganisation()
{
    const QUuid id = selectedOrganisation();
    const Organisation *o = id.isNull() ? nullptr : document()->project().organisation(id);
    if (!o)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove an organisation"), QString(),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRemoveOrganisation"));
    box.setTextFormat(Qt::PlainText); // the name is the user's text
    const QString name = o->name;     // the dialog's event loop may reload the project
    box.setText(tr("Remove “%1” from the partnership?").arg(name));
    box.setInformativeText(tr("You can undo this with Edit > Undo."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    apply(organisationRemoval(*document(), id, tr("Remove “%1”").arg(name)));
}

void EcosystemPage::addContact()
{
    if (selectedOrganisation().isNull())
        return;
    const QUuid id = m_contacts->addItem();
    const int row = m_contacts->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex name = m_contacts->index(row, 0);
    m_contactsView->setCurrentIndex(name);
    m_contactsView->selectRow(row);
    m_contactsView->edit(name);
}

void EcosystemPage::removeContact()
{
    const QModelIndexList rows = m_contactsView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_contacts->removeRows(rows.first().row(), 1); // undoable: no question asked
}

void EcosystemPage::mapSelectionChanged()
{
    // One node chosen on the map shows that organisation's row (and contacts) in the table.
    const QList<QUuid> nodes = m_map->selectedOrganisations();
    if (nodes.size() == 1 && nodes.first() != selectedOrganisation()) {
        const int row = m_organisations->rowOf(nodes.first());
        if (row >= 0)
            m_organisationsView->selectRow(row);
    }
    updateButtons();
}

void EcosystemPage::linkActors()
{
    const QList<QUuid> nodes = m_map->selectedOrganisations();
    if (nodes.size() == 2)
        m_map->linkSelected();
    else if (nodes.size() == 1)
        m_map->showLinkMenu(nodes.first(), m_linkActors->mapToGlobal(QPoint(0, m_linkActors->height())));
}

} // namespace alliance
