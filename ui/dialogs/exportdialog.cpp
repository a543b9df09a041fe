#include "dialogs/exportdialog.h"

#include "document/document.h"
#include "journal/itemlabel.h"
#include "model/language.h"

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
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace alliance {

ExportDialog::ExportDialog(const Document &document, Scope scope, const QString &what, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_scope(scope),
      m_what(what),
      m_format(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_about(new QLabel(this)),
      m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(scope == Scope::Project ? tr("Export the partnership") : tr("Export these rows"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Workbook (Excel, LibreOffice)"), int(Format::Xlsx));
    m_format->addItem(scope == Scope::Project ? tr("CSV files, one per table, in a new folder") : tr("CSV file"),
                      int(Format::Csv));
    if (scope == Scope::Project) {
        m_format->addItem(tr("Calendar of the dates (iCalendar)"), int(Format::Ics));
        m_format->addItem(tr("Interchange file (JSON)"), int(Format::Json));
    }
    form->addRow(tr("&Format:"), m_format);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const auto current = applicationLanguage();
    m_language->setCurrentIndex(current && current->code() == QLatin1String("fr") ? 0 : 1);
    form->addRow(tr("&Language of headers and values:"), m_language);
    if (scope == Scope::Project) {
        m_private = new QCheckBox(tr("Include the items marked private"), this);
        m_private->setObjectName(QStringLiteral("exportPrivate"));
        form->addRow(QString(), m_private);
    }
    m_about->setObjectName(QStringLiteral("exportAbout"));
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    form->addRow(QString(), m_about);
    auto *pathRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Write to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!m_path->text().trimmed().isEmpty()); });
    onFormatChanged();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

bool ExportDialog::includePrivate() const
{
    // The rows a table shows are exported as shown, private ones included.
    return m_private ? m_private->isChecked() : true;
}

QString ExportDialog::extension(Format format, Scope scope)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral(".xlsx");
    case Format::Csv:
        return scope == Scope::Project ? QString() : QStringLiteral(".csv");
    case Format::Ics:
        return QStringLiteral(".ics");
    case Format::Json:
        return QStringLiteral(".json");
    }
    return {};
}

QString ExportDialog::outputPath() const
{
    QString path = m_path->text().trimmed();
    const QString ext = extension(format(), m_scope);
    if (!path.isEmpty() && !ext.isEmpty() && !path.endsWith(ext, Qt::CaseInsensitive))
        path += ext;
    return path;
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
    m_pathChosen = true;
}

QString ExportDialog::defaultPath() const
{
    const QString folder = m_document.filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document.filePath()).absolutePath();
    QString name = itemlabel::oneLine(m_document.project().partnership.title, 60);
    if (m_scope == Scope::Rows)
        name = tr("%1 – %2", "a partnership and the rows exported").arg(name, itemlabel::oneLine(m_what, 40));
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|]"));
    name.replace(refused, QStringLiteral("-"));
    name = name.trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(tr("export"));
    return QDir(folder).filePath(name + extension(format(), m_scope));
}

void ExportDialog::onFormatChanged()
{
    switch (format()) {
    case Format::Xlsx:
        m_about->setText(m_scope == Scope::Project
                             ? tr("One sheet per table, with its headers; dates, numbers and amounts as such.")
                             : tr("One sheet with the rows the table shows, with its headers."));
        break;
    case Format::Csv:
        m_about->setText(m_scope == Scope::Project
                             ? tr("A new folder holding one UTF-8 file per table, with the same headers and values "
                                  "as the workbook.")
                             : tr("One UTF-8 file with the rows the table shows."));
        break;
    case Format::Ics:
        m_about->setText(tr("The actions' due dates, milestones, reviews and meetings as events, for a calendar "
                            "application. Importing the file again updates them."));
        break;
    case Format::Json:
        m_about->setText(tr("The whole partnership in the documented interchange format, for another tool or "
                            "another installation."));
        break;
    }
    m_language->setEnabled(format() != Format::Json);
    if (!m_pathChosen) {
        m_path->setText(defaultPath());
        m_path->setCursorPosition(0);
    } else {
        // Keep the chosen name; change its extension to the format's.
        QString path = m_path->text().trimmed();
        for (const Format f : {Format::Xlsx, Format::Csv, Format::Ics, Format::Json}) {
            const QString ext = extension(f, m_scope);
            if (!ext.isEmpty() && path.endsWith(ext, Qt::CaseInsensitive))
                path.chop(ext.size());
        }
        m_path->setText(path + extension(format(), m_scope));
    }
}

void ExportDialog::browse()
{
    const Format f = format();
    QString filter;
    switch (f) {
    case Format::Xlsx:
        filter = tr("Workbooks (*.xlsx)");
        break;
    case Format::Csv:
        filter = m_scope == Scope::Project ? tr("A new folder (*)") : tr("CSV files (*.csv)");
        break;
    case Format::Ics:
        filter = tr("Calendars (*.ics)");
        break;
    case Format::Json:
        filter = tr("Interchange files (*.json)");
        break;
    }
    const QString title = f == Format::Csv && m_scope == Scope::Project ? tr("Name the new folder") : tr("Export as");
    const QString path = QFileDialog::getSaveFileName(this, title, m_path->text(), filter);
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_path->setCursorPosition(0);
    m_pathChosen = true;
}

} // namespace alliance
