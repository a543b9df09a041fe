#include "dialogs/sharedialog.h"

#include "document/document.h"
#include "journal/itemlabel.h"
#include "model/clock.h"
#include "sync/partnercopy.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTreeWidget>

namespace alliance {

namespace {

/// What a partner's copy leaves out of `project`.
QString leftOutText(const Project &project)
{
    QSet<QUuid> privateOrganisations;
    for (const Organisation &o : project.organisations)
        if (o.isPrivate)
            privateOrganisations.insert(o.id);
    int contacts = 0, notes = 0;
    for (const Contact &c : project.contacts)
        if (c.isPrivate || privateOrganisations.contains(c.organisationId))
            ++contacts;
    for (const Note &n : project.notes)
        if (n.isPrivate)
            ++notes;
    QStringList parts;
    if (!privateOrganisations.isEmpty())
        parts << ShareDialog::tr("%n private organisation(s) and what belongs to them", nullptr,
                                 int(privateOrganisations.size()));
    if (contacts > 0)
        parts << ShareDialog::tr("%n private contact(s)", nullptr, contacts);
    if (notes > 0)
        parts << ShareDialog::tr("%n private note(s)", nullptr, notes);
    if (parts.isEmpty())
        return ShareDialog::tr("Nothing in this partnership is marked private: the copy holds everything, with its "
                               "history.");
    return ShareDialog::tr("The copy leaves out what is marked private, and its history: %1. Your own file keeps "
                           "them.")
        .arg(QLocale().createSeparatedList(parts));
}

} // namespace

ShareDialog::ShareDialog(const Document &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_partner(new QComboBox(this)), m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share with a partner"));
    resize(640, 460);
    const Project &project = document.project();
    m_partner->setObjectName(QStringLiteral("sharePartner"));
    m_partner->setAccessibleName(tr("Partner organisation"));
    for (const Organisation &o : project.organisations)
        if (!o.isPrivate) // a private organisation is never sent anything
            m_partner->addItem(itemlabel::oneLine(o.name, 80), o.id);
    // A copy is for a partner: never preselect the lead nor the manager's own organisation.
    const Organisation *lead = project.leadOrganisation();
    int first = -1;
    for (int i = 0; i < m_partner->count() && first < 0; ++i) {
        const QUuid id = m_partner->itemData(i).toUuid();
        if ((!lead || id != lead->id) && id != document.author().organisationId)
            first = i;
    }
    m_partner->setPlaceholderText(tr("Choose the partner organisation"));
    m_partner->setCurrentIndex(first);
    m_path->setObjectName(QStringLiteral("shareFile"));
    m_path->setAccessibleName(tr("File to write for the partner"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("shareBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Partner:"), m_partner);
    form->addRow(tr("Save the copy as:"), pathRow);
    auto *leftOut = new QLabel(leftOutText(project), this);
    leftOut->setObjectName(QStringLiteral("shareLeftOut"));
    leftOut->setWordWrap(true);
    form->addRow(leftOut);
    auto *author = new QLabel(tr("When the partner opens the copy, their changes are recorded in their "
                                 "organisation's name. Send it to them, then merge what they send back with "
                                 "File > Merge."),
                              this);
    author->setWordWrap(true);
    form->addRow(author);

    auto *past = new QTreeWidget(this);
    past->setObjectName(QStringLiteral("sharePastShares"));
    past->setAccessibleName(tr("Past shares"));
    past->setRootIsDecorated(false);
    past->setHeaderLabels({tr("Shared with"), tr("On"), tr("By")});
    past->header()->setStretchLastSection(false);
    past->header()->setSectionResizeMode(QHeaderView::Interactive);
    past->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QList<sync::ShareRecord> records = sync::shareRecords(document);
    for (auto it = records.crbegin(); it != records.crend(); ++it) { // the latest first
        const Organisation *o = project.organisation(it->organisationId);
        new QTreeWidgetItem(past,
                            {o ? itemlabel::oneLine(o->name, 80) : tr("(removed organisation)"),
                             QLocale().toString(it->sharedAt.toLocalTime(), QLocale::ShortFormat),
                             itemlabel::oneLine(it->sharedBy, 60)});
    }
    // The date and the author keep their width; the partner's name takes the rest.
    const QFontMetrics metrics = past->fontMetrics();
    const int padding = 24;
    int dateWidth = metrics.horizontalAdvance(QLocale().toString(clock::now(), QLocale::ShortFormat));
    int byWidth = metrics.horizontalAdvance(past->headerItem()->text(2));
    for (int i = 0; i < past->topLevelItemCount(); ++i) {
        dateWidth = qMax(dateWidth, metrics.horizontalAdvance(past->topLevelItem(i)->text(1)));
        byWidth = qMax(byWidth, metrics.horizontalAdvance(past->topLevelItem(i)->text(2)));
    }
    past->header()->resizeSection(1, qMax(dateWidth, metrics.horizontalAdvance(past->headerItem()->text(1))) + padding);
    past->header()->resizeSection(2, qMin(byWidth, 200) + padding);
    form->addRow(new QLabel(records.isEmpty() ? tr("Not shared yet.") : tr("Shared before:"), this));
    form->addRow(past);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_share = buttons->addButton(tr("Write the copy"), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("shareWrite"));
    m_share->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    if (m_partner->count() == 0) {
        m_partner->setPlaceholderText(tr("No partner to share with: add one at step 4"));
        m_partner->setEnabled(false);
    }
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ShareDialog::onPartnerChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_share->setEnabled(!partnerId().isNull() && !m_path->text().trimmed().isEmpty()); });
    connect(browse, &QPushButton::clicked, this, &ShareDialog::browse);
    onPartnerChanged();
    m_share->setEnabled(!partnerId().isNull() && !m_path->text().trimmed().isEmpty());
}

QUuid ShareDialog::partnerId() const
{
    return m_partner->currentData().toUuid();
}

QString ShareDialog::outputPath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".alliance")))
        path += QStringLiteral(".alliance");
    return path;
}

QString ShareDialog::defaultFileName(const QString &title, const QString &partner)
{
    QString name = tr("%1 – %2").arg(itemlabel::oneLine(title, 60), itemlabel::oneLine(partner, 60));
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|]"));
    name.replace(refused, QStringLiteral("-"));
    return name.trimmed() + QStringLiteral(".alliance");
}

void ShareDialog::onPartnerChanged()
{
    if (m_pathChosen || partnerId().isNull())
        return;
    const QString folder = m_document.filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document.filePath()).absolutePath();
    m_path->setText(
        QDir(folder).filePath(defaultFileName(m_document.project().partnership.title, m_partner->currentText())));
    m_path->setCursorPosition(0); // the folder first: where the copy goes matters most
}

void ShareDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the partner's copy as"), m_path->text(),
                                                      tr("Alliance Pilot projects (*.alliance)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_path->setCursorPosition(0);
    m_pathChosen = true;
}

} // namespace alliance
