#include "pages/cobuildpage.h"
#include "dialogs/messages.h"
#include "widgets/pagewidgets.h"
#include "widgets/periodwarning.h"

#include "document/document.h"
#include "models/contributiontotalsmodel.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "widgets/fieldeditors.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::button;
using pagewidgets::editNew;
using pagewidgets::plainLabel;
using pagewidgets::tableView;

namespace {

const QString partnershipTable = QStringLiteral("partnership");

} // namespace

CoBuildPage::CoBuildPage(Document *document, QWidget *parent) : StepPage(document, QStringLiteral("cobuild"), parent)
{
    makeGovernance();
    makeContributions();
    makeAgreement();
    makeKeyDocuments();
    connect(document, &Document::changed, this, &CoBuildPage::refresh);
    refresh();
}

void CoBuildPage::makeGovernance()
{
    addSection(tr("Governance"));
    const QUuid partnership = document()->partnershipId();
    m_governance = new FieldTextEdit(
        document(), {partnershipTable, partnership, QStringLiteral("governance"), tr("Edit the governance")}, this);
    m_governance->setObjectName(QStringLiteral("governanceEdit"));
    m_governance->setAccessibleName(tr("Governance"));
    m_governance->setPlaceholderText(tr("How do the partners take decisions together? Who chairs, who decides what?"));
    m_governance->setMinimumHeight(90);
    contentLayout()->addWidget(m_governance);

    auto *form = new QFormLayout;
    m_cadence = new FieldLineEdit(
        document(), {partnershipTable, partnership, QStringLiteral("meeting_cadence"), tr("Edit the meeting cadence")},
        this);
    m_cadence->setObjectName(QStringLiteral("meetingCadenceEdit"));
    m_cadence->setAccessibleName(tr("Meeting cadence"));
    m_cadence->setPlaceholderText(tr("e.g. a steering committee every quarter"));
    form->addRow(tr("Meeting cadence:"), m_cadence);
    contentLayout()->addLayout(form);

    contentLayout()->addWidget(
        plainLabel(tr("Steering committee (tick “Steering committee” for a contact in step 4):"), this));
    m_committee = plainLabel(QString(), this);
    m_committee->setObjectName(QStringLiteral("steeringCommittee"));
    m_committee->setAccessibleName(tr("Steering committee members"));
    m_committee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_committee->setIndent(12);
    contentLayout()->addWidget(m_committee);
}

void CoBuildPage::makeContributions()
{
    addSection(tr("What each partner brings"));
    m_contributions = new ItemTableModel(document(), QStringLiteral("contribution"),
                                         {{QStringLiteral("organisation_id"), tr("Partner")},
                                          {QStringLiteral("kind"), tr("Kind")},
                                          {QStringLiteral("description"), tr("Description")},
                                          {QStringLiteral("quantity"), tr("Quantity")},
                                          {QStringLiteral("value_euros"), tr("Value")}},
                                         this);
    m_contributions->setEditText(tr("Edit a contribution"));
    m_contributions->setDisplayFunction(QStringLiteral("value_euros"), [](const QVariant &raw) -> QVariant {
        return QLocale().toCurrencyString(raw.toDouble(), QString(QChar(0x20AC)), 2);
    });
    m_contributionsView = tableView(m_contributions, QStringLiteral("contributionsTable"), tr("Contributions"), this);
    m_contributionsView->setItemDelegate(new FieldDelegate(document(), m_contributionsView));
    m_contributionsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int column : {1, 3, 4})
        m_contributionsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_contributionsView->horizontalHeader()->resizeSection(0, 180);
    m_contributionsView->setToolTip(tr("Quantity is in the kind's own unit (euros, days, items); "
                                       "value is what it is worth in euros."));
    m_contributionsView->setMinimumHeight(220);
    contentLayout()->addWidget(m_contributionsView, 2);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add contribution"), QStringLiteral("addContribution"), tr("Add a contribution"), this);
    m_removeContribution = button(tr("Remove contribution"), QStringLiteral("removeContribution"),
                                  tr("Remove the selected contribution"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_removeContribution);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    connect(add, &QPushButton::clicked, this,
            [this] { editNew(m_contributionsView, m_contributions, m_contributions->addItem(), 0); });
    connect(m_removeContribution, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_contributionsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_contributions->removeRows(rows.first().row(), 1); // undoable: no question asked
    });
    connect(m_contributionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoBuildPage::updateButtons);
    connect(m_contributions, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });

    contentLayout()->addWidget(plainLabel(
        tr("Totals per partner: each kind in its own unit, the value in euros and each partner's share of it:"), this));
    m_totals = new ContributionTotalsModel(this);
    m_totalsView = tableView(m_totals, QStringLiteral("contributionTotals"), tr("Contribution totals"), this);
    m_totalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsView->setWordWrap(false);
    m_totalsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // sized to show every row
    m_totalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totalsView->horizontalHeader()->setMinimumSectionSize(60);
    contentLayout()->addWidget(m_totalsView);
}

void CoBuildPage::makeAgreement()
{
    addSection(tr("Agreement"));
    const QUuid partnership = document()->partnershipId();
    auto dateEdit = [&](const char *field, const QString &name, const QString &undo, const QString &accessible) {
        const FieldRef ref {partnershipTable, partnership, QString::fromLatin1(field), undo};
        auto *edit = new FieldDateEdit(document(), ref, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_start = dateEdit("start_date", QStringLiteral("startDateEdit"), tr("Edit the start date"), tr("Start date"));
    m_end = dateEdit("end_date", QStringLiteral("endDateEdit"), tr("Edit the end date"), tr("End date"));
    m_signed = dateEdit("agreement_signed", QStringLiteral("agreementSignedEdit"), tr("Edit the signing date"),
                        tr("Signing date"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Starts on:"), m_start);
    form->addRow(tr("Ends on:"), m_end);
    auto *inverted = new PeriodWarning(m_start, m_end, this);
    inverted->setObjectName(QStringLiteral("agreementPeriodWarning"));
    form->addRow(QString(), inverted);
    form->addRow(tr("Signed on:"), m_signed);
    contentLayout()->addLayout(form);

    contentLayout()->addWidget(plainLabel(tr("Terms of the agreement:"), this));
    m_terms = new FieldTextEdit(
        document(), {partnershipTable, partnership, QStringLiteral("agreement_terms"), tr("Edit the agreement terms")},
        this);
    m_terms->setObjectName(QStringLiteral("agreementTermsEdit"));
    m_terms->setAccessibleName(tr("Terms of the agreement"));
    m_terms->setPlaceholderText(tr("Commitments, duration, how a partner joins or leaves, use of names and logos…"));
    m_terms->setMinimumHeight(90);
    contentLayout()->addWidget(m_terms);
}

void CoBuildPage::makeKeyDocuments()
{
    addSection(tr("Key documents"));
    m_documents = new ItemTableModel(document(), QStringLiteral("key_document"),
                                     {{QStringLiteral("title"), tr("Title")},
                                      {QStringLiteral("location"), tr("Location")},
                                      {QStringLiteral("note"), tr("Note")}},
                                     this);
    m_documents->setEditText(tr("Edit a key document"));
    m_documents->setNewItemDefaults({{QStringLiteral("title"), tr("New document")}});
    m_documentsView = tableView(m_documents, QStringLiteral("keyDocumentsTable"), tr("Key documents"), this);
    m_documentsView->setItemDelegate(new FieldDelegate(document(), m_documentsView));
    m_documentsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_documentsView->horizontalHeader()->setDefaultSectionSize(200);
    m_documentsView->setToolTip(tr("A file path or a web address. Documents are opened only when you ask."));
    contentLayout()->addWidget(m_documentsView, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add document"), QStringLiteral("addKeyDocument"), tr("Add a key document"), this);
    m_removeDocument = button(tr("Remove document"), QStringLiteral("removeKeyDocument"),
                              tr("Remove the selected key document"), this);
    m_openDocument = button(tr("Open"), QStringLiteral("openKeyDocument"), tr("Open the selected key document"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_removeDocument);
    buttons->addWidget(m_openDocument);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    connect(add, &QPushButton::clicked, this,
            [this] { editNew(m_documentsView, m_documents, m_documents->addItem(), 0); });
    connect(m_removeDocument, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_documentsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_documents->removeRows(rows.first().row(), 1);
    });
    connect(m_openDocument, &QPushButton::clicked, this, &CoBuildPage::openKeyDocument);
    connect(m_documentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoBuildPage::updateButtons);
    connect(m_documents, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
}

void CoBuildPage::refresh()
{
    const QString committee = steeringCommitteeText();
    if (m_committee->text() != committee)
        m_committee->setText(committee);
    m_totals->show(document()->project());
    fitTotalsHeight();
    updateButtons();
}

void CoBuildPage::fitTotalsHeight()
{
    // A handful of rows: show them all rather than a second scroll area inside the page's own.
    const int rows = qMax(1, m_totals->rowCount());
    const int height = m_totalsView->horizontalHeader()->sizeHint().height()
        + rows * m_totalsView->verticalHeader()->defaultSectionSize() + 2 * m_totalsView->frameWidth()
        + m_totalsView->horizontalScrollBar()->sizeHint().height();
    if (m_totalsView->height() != height || m_totalsView->minimumHeight() != height)
        m_totalsView->setFixedHeight(height);
}

QString CoBuildPage::steeringCommitteeText() const
{
    const Project &project = document()->project();
    QStringList lines;
    for (const Contact &c : project.contacts) {
        if (!c.steeringCommittee)
            continue;
        const Organisation *o = c.organisationId.isNull() ? nullptr : project.organisation(c.organisationId);
        if (!c.organisationId.isNull() && !o)
            continue; // its organisation was removed
        QString line = c.name.isEmpty() ? tr("(no name)") : c.name;
        if (!c.function.isEmpty())
            line = tr("%1, %2").arg(line, c.function);
        if (o)
            line = tr("%1 — %2").arg(line, o->name);
        lines << QStringLiteral("• ") + line;
    }
    return lines.isEmpty() ? tr("No contact sits on the steering committee yet.") : lines.join(QLatin1Char('\n'));
}

void CoBuildPage::updateButtons()
{
    m_removeContribution->setEnabled(m_contributionsView->selectionModel()->hasSelection());
    const bool document = m_documentsView->selectionModel()->hasSelection();
    m_removeDocument->setEnabled(document);
    m_openDocument->setEnabled(document);
}

QUrl CoBuildPage::keyDocumentUrl(const QString &location, const QString &baseFolder)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return {};
    QUrl url;
    if (QDir::isAbsolutePath(text))
        url = QUrl::fromLocalFile(QDir::cleanPath(text));
    else if (!baseFolder.isEmpty() && QFileInfo::exists(QDir(baseFolder).filePath(text)))
        url = QUrl::fromLocalFile(QDir(baseFolder).absoluteFilePath(text)); // beside the project file
    else
        url = QUrl::fromUserInput(text);
    // A partner's file may hold any location: only documents and web pages are opened, never
    // other schemes that could start programs or send data.
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("file")))
        return {};
    return url;
}

void CoBuildPage::openKeyDocument()
{
    const QModelIndexList rows = m_documentsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString location
        = document()
              ->value(QStringLiteral("key_document"), m_documents->idAt(rows.first().row()), QStringLiteral("location"))
              .toString();
    const QString file = document()->filePath();
    const QString base = file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
    const QUrl url = keyDocumentUrl(location, base);
    if (!url.isEmpty() && QDesktopServices::openUrl(url))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the document"), QString(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("cannotOpenDocument"));
    box.setTextFormat(Qt::PlainText); // the location is the user's text
    box.setText(location.trimmed().isEmpty()
                    ? tr("This document has no location yet.")
                    : tr("“%1” cannot be opened. Give a file path or a web address (http or https).").arg(location));
    box.exec();
}

} // namespace alliance
