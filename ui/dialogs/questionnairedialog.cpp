#include "dialogs/questionnairedialog.h"

#include "document/document.h"
#include "journal/itemlabel.h"
#include "model/language.h"
#include "model/project.h"
#include "questionnaire/questionnairebatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace alliance {

using questionnaire::Kind;

QuestionnaireDialog::QuestionnaireDialog(const Document &document, Kind kind, const QUuid &review, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_kind(new QComboBox(this)),
      m_review(new QComboBox(this)),
      m_reviewLabel(new QLabel(tr("&Review:"), this)),
      m_partners(new QListWidget(this)),
      m_language(new QComboBox(this)),
      m_anonymous(new QCheckBox(tr("&Anonymous"), this)),
      m_anonymousAbout(new QLabel(this)),
      m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("questionnaireDialog"));
    setWindowTitle(tr("Prepare questionnaires"));
    const Project &project = document.project();
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("One workbook per partner, to fill in with Excel or LibreOffice without the app. "
                                "Send each partner theirs; their answers come back with File > Import answers."),
                             this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_kind->setObjectName(QStringLiteral("questionnaireKind"));
    for (const Kind k : {Kind::Review, Kind::Maturity, Kind::Weights, Kind::Needs})
        m_kind->addItem(questionnaire::kindName(k), int(k));
    form->addRow(tr("&Questionnaire:"), m_kind);

    m_review->setObjectName(QStringLiteral("questionnaireReview"));
    for (const auto &r : project.reviews)
        m_review->addItem(itemlabel::oneLine(r.title, 60), r.id);
    if (const int at = m_review->findData(review); at >= 0)
        m_review->setCurrentIndex(at);
    else if (m_review->count() > 0)
        m_review->setCurrentIndex(m_review->count() - 1); // the latest
    m_reviewLabel->setBuddy(m_review);
    form->addRow(m_reviewLabel, m_review);

    m_partners->setObjectName(QStringLiteral("questionnairePartners"));
    for (const QUuid &id : questionnaire::questionnairePartners(project)) {
        auto *item = new QListWidgetItem(itemlabel::oneLine(project.organisation(id)->name, 80), m_partners);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // As tall as its rows, up to ten: a long list scrolls.
    const int rows = qBound(3, m_partners->count(), 10);
    m_partners->setFixedHeight(rows * qMax(m_partners->sizeHintForRow(0), fontMetrics().height() + 4)
                               + 2 * m_partners->frameWidth() + 4);
    auto *partnersLabel = new QLabel(tr("&Partners:"), this);
    partnersLabel->setBuddy(m_partners);
    form->addRow(partnersLabel, m_partners);

    m_language->setObjectName(QStringLiteral("questionnaireLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const auto current = applicationLanguage();
    m_language->setCurrentIndex(current && current->code() == QLatin1String("en") ? 1 : 0);
    form->addRow(tr("&Language of the workbooks:"), m_language);

    m_anonymous->setObjectName(QStringLiteral("questionnaireAnonymous"));
    m_anonymousAbout->setObjectName(QStringLiteral("questionnaireAnonymousAbout"));
    m_anonymousAbout->setTextFormat(Qt::PlainText);
    m_anonymousAbout->setWordWrap(true);
    m_anonymousAbout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_anonymousAbout->setText(tr("Answers are then counted per kind of organisation, never under a partner’s name, "
                                 "and nothing already known is filled in."));
    form->addRow(QString(), m_anonymous);
    form->addRow(QString(), m_anonymousAbout);

    auto *folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("questionnaireFolder"));
    m_folder->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("questionnaireBrowse"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    m_folder->setCursorPosition(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_prepare = buttons->addButton(tr("&Prepare"), QDialogButtonBox::AcceptRole);
    m_prepare->setObjectName(QStringLiteral("questionnairePrepare"));
    m_prepare->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &QuestionnaireDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuestionnaireDialog::onKindChanged);
    connect(m_partners, &QListWidget::itemChanged, this, &QuestionnaireDialog::updateButton);
    connect(m_folder, &QLineEdit::textChanged, this, &QuestionnaireDialog::updateButton);
    setKind(kind);
    onKindChanged();
}

Kind QuestionnaireDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void QuestionnaireDialog::setKind(Kind kind)
{
    if (const int at = m_kind->findData(int(kind)); at >= 0)
        m_kind->setCurrentIndex(at);
}

QUuid QuestionnaireDialog::review() const
{
    return kind() == Kind::Review ? m_review->currentData().toUuid() : QUuid();
}

QList<QUuid> QuestionnaireDialog::partners() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_partners->count(); ++i)
        if (m_partners->item(i)->checkState() == Qt::Checked)
            ids.append(m_partners->item(i)->data(Qt::UserRole).toUuid());
    return ids;
}

QString QuestionnaireDialog::language() const
{
    return m_language->currentData().toString();
}

bool QuestionnaireDialog::anonymous() const
{
    return kind() == Kind::Review && m_anonymous->isChecked();
}

QString QuestionnaireDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void QuestionnaireDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void QuestionnaireDialog::onKindChanged()
{
    const bool review = kind() == Kind::Review;
    m_review->setVisible(review);
    m_reviewLabel->setVisible(review);
    m_anonymous->setVisible(review);
    m_anonymousAbout->setVisible(review);
    updateButton();
}

void QuestionnaireDialog::updateButton()
{
    const bool reviewChosen = kind() != Kind::Review || !m_review->currentData().toUuid().isNull();
    m_prepare->setEnabled(reviewChosen && !partners().isEmpty() && !folder().isEmpty());
}

QString QuestionnaireDialog::defaultFolder() const
{
    const QString base = m_document.filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document.filePath()).absolutePath();
    QString name = tr("Questionnaires – %1").arg(itemlabel::oneLine(m_document.project().partnership.title, 60));
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|]"));
    name.replace(refused, QStringLiteral("-"));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return QDir(base).filePath(name);
}

void QuestionnaireDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of the questionnaires"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

} // namespace alliance
