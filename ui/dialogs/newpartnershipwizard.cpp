#include "dialogs/newpartnershipwizard.h"

#include "document/installation.h"
#include "method/method.h"
#include "widgets/headerfit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

#include <functional>

namespace alliance {

namespace {

QComboBox *choiceCombo(const QList<method::Choice> &choices, const QString &selected, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &c : choices)
        combo->addItem(method::tr(c.label), c.id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
    return combo;
}

/// A page that lets the wizard go on only when `problem()` is empty; while it
/// is not, it says why under the page's fields, in a line reserved for it so
/// that nothing moves when the message comes or goes.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(const QString &messageName, std::function<QString()> problem)
        : m_problem(std::move(problem)), m_message(new QLabel(this))
    {
        m_message->setObjectName(messageName);
        m_message->setTextFormat(Qt::PlainText); // it may quote a name
        m_message->setWordWrap(true);
        m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
        m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x20));
        m_message->setPalette(palette);
    }
    QLabel *message() const { return m_message; }
    bool isComplete() const override { return m_problem().isEmpty(); }
    /// Call whenever what the page checks may have changed.
    void recheck()
    {
        m_message->setText(m_problem());
        Q_EMIT completeChanged();
    }

private:
    std::function<QString()> m_problem;
    QLabel *m_message;
};

} // namespace

NewPartnershipWizard::NewPartnershipWizard(QWidget *parent)
    : QWizard(parent),
      m_title(new QLineEdit),
      m_stake(new QPlainTextEdit),
      m_yourName(new QLineEdit),
      m_ownName(new QLineEdit),
      m_ownProfile(choiceCombo(method::organisationProfiles(), QStringLiteral("association"), nullptr)),
      m_ownRole(choiceCombo(method::organisationRoles(), QStringLiteral("lead"), nullptr)),
      m_partners(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("newPartnershipWizard"));
    setWindowTitle(tr("New partnership"));
    setWizardStyle(QWizard::ClassicStyle);
    m_title->setObjectName(QStringLiteral("wizardTitle"));
    m_title->setAccessibleName(tr("Title of the partnership"));
    m_stake->setObjectName(QStringLiteral("wizardStake"));
    m_stake->setAccessibleName(tr("Common stake"));
    m_stake->setTabChangesFocus(true);
    m_stake->setPlaceholderText(tr("For example: bring digital skills to every job seeker of the valley"));
    auto *titlePage = new CheckedPage(QStringLiteral("wizardTitleProblem"), [this]() -> QString {
        return m_title->text().trimmed().isEmpty() ? tr("Give the partnership a title to go on.") : QString();
    });
    titlePage->setTitle(tr("The partnership"));
    titlePage->setSubTitle(tr("Give it a name, and say what brings the partners together."));
    auto *titleForm = new QFormLayout(titlePage);
    titleForm->addRow(tr("Title:"), m_title);
    titleForm->addRow(tr("Common stake:"), m_stake);
    titleForm->addRow(titlePage->message());
    connect(m_title, &QLineEdit::textChanged, titlePage, &CheckedPage::recheck);
    titlePage->recheck();
    addPage(titlePage);

    auto *own = new CheckedPage(QStringLiteral("wizardOwnNameProblem"), [this]() -> QString {
        return m_ownName->text().trimmed().isEmpty()
            ? tr("Your organisation needs a name: it is recorded with each of your changes.")
            : QString();
    });
    own->setTitle(tr("Your organisation"));
    own->setSubTitle(tr("Your name and organisation are recorded with each of your changes; they are kept in your "
                        "preferences."));
    auto *ownForm = new QFormLayout(own);
    m_yourName->setObjectName(QStringLiteral("wizardYourName"));
    if (installation::hasChosenName())
        m_yourName->setText(installation::userName());
    m_yourName->setPlaceholderText(tr("First name and last name"));
    ownForm->addRow(tr("Your name:"), m_yourName);
    m_ownName->setObjectName(QStringLiteral("wizardOwnName"));
    m_ownName->setText(installation::organisationName());
    m_ownProfile->setObjectName(QStringLiteral("wizardOwnProfile"));
    m_ownRole->setObjectName(QStringLiteral("wizardOwnRole"));
    ownForm->addRow(tr("Organisation:"), m_ownName);
    ownForm->addRow(tr("Profile:"), m_ownProfile);
    ownForm->addRow(tr("Role:"), m_ownRole);
    ownForm->addRow(own->message());
    connect(m_ownName, &QLineEdit::textChanged, own, &CheckedPage::recheck);
    own->recheck();
    addPage(own);

    auto *partners = new CheckedPage(QStringLiteral("wizardPartnersProblem"), [this]() -> QString {
        for (int r = 0; r < m_partners->rowCount(); ++r) {
            const QTableWidgetItem *name = m_partners->item(r, 0);
            if (!name || name->text().trimmed().isEmpty())
                return tr("The partner on row %1 has no name: give it one, or remove the row.").arg(r + 1);
        }
        return QString();
    });
    partners->setTitle(tr("The partners"));
    partners->setSubTitle(tr("Who else takes part? You can add or change partners later, in step 4."));
    auto *partnerLayout = new QVBoxLayout(partners);
    m_partners->setObjectName(QStringLiteral("wizardPartners"));
    m_partners->setHorizontalHeaderLabels({tr("Name"), tr("Profile"), tr("Role")});
    m_partners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitHeaderText(m_partners->horizontalHeader());
    // The profile and role columns as wide as their lists' longest choice
    // ("Collectivité territoriale"), so a chosen value reads whole.
    int tableWidth = 200; // the name column's least
    for (int column : {1, 2}) {
        const std::unique_ptr<QComboBox> sample(choiceCombo(
            column == 1 ? method::organisationProfiles() : method::organisationRoles(), QString(), nullptr));
        sample->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const int width = sample->sizeHint().width() + 4;
        m_partners->horizontalHeader()->resizeSection(column, width);
        tableWidth += width;
    }
    m_partners->setMinimumWidth(tableWidth + 4);
    m_partners->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add a partner"), partners);
    add->setObjectName(QStringLiteral("wizardAddPartner"));
    auto *remove = new QPushButton(tr("Remove"), partners);
    remove->setObjectName(QStringLiteral("wizardRemovePartner"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_partners->rowCount();
        m_partners->insertRow(row);
        m_partners->setItem(row, 0, new QTableWidgetItem(tr("New partner")));
        m_partners->setCellWidget(row, 1,
                                  choiceCombo(method::organisationProfiles(), QStringLiteral("company"), m_partners));
        m_partners->setCellWidget(row, 2,
                                  choiceCombo(method::organisationRoles(), QStringLiteral("partner"), m_partners));
        m_partners->editItem(m_partners->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_partners->currentRow() >= 0)
            m_partners->removeRow(m_partners->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    partnerLayout->addWidget(m_partners);
    partnerLayout->addLayout(buttons);
    partnerLayout->addWidget(partners->message());
    connect(m_partners, &QTableWidget::itemChanged, partners, &CheckedPage::recheck);
    connect(m_partners->model(), &QAbstractItemModel::rowsInserted, partners, &CheckedPage::recheck);
    connect(m_partners->model(), &QAbstractItemModel::rowsRemoved, partners, &CheckedPage::recheck);
    partners->recheck();
    addPage(partners);
}

QString NewPartnershipWizard::title() const
{
    return m_title->text().trimmed();
}

QString NewPartnershipWizard::authorName() const
{
    return m_yourName->text().trimmed();
}

QString NewPartnershipWizard::ownOrganisationName() const
{
    return m_ownName->text().trimmed();
}

ChangeSet NewPartnershipWizard::changes(const QUuid &partnershipId) const
{
    ChangeSet c(tr("Describe the new partnership"));
    const QString org = QStringLiteral("organisation");
    if (!m_stake->toPlainText().trimmed().isEmpty())
        c.set(QStringLiteral("partnership"), partnershipId, QStringLiteral("common_stake"),
              m_stake->toPlainText().trimmed());
    auto addOrganisation = [&](const QString &name, const QVariant &profile, const QVariant &role) {
        if (name.trimmed().isEmpty())
            return;
        const QUuid id = QUuid::createUuid();
        c.set(org, id, QStringLiteral("name"), name.trimmed())
            .set(org, id, QStringLiteral("profile"), profile)
            .set(org, id, QStringLiteral("role"), role);
    };
    addOrganisation(m_ownName->text(), m_ownProfile->currentData(), m_ownRole->currentData());
    for (int r = 0; r < m_partners->rowCount(); ++r) {
        const auto *profile = qobject_cast<QComboBox *>(m_partners->cellWidget(r, 1));
        const auto *role = qobject_cast<QComboBox *>(m_partners->cellWidget(r, 2));
        addOrganisation(m_partners->item(r, 0) ? m_partners->item(r, 0)->text() : QString(), profile->currentData(),
                        role->currentData());
    }
    return c;
}

} // namespace alliance
