#include "dialogs/csvimportdialog.h"
#include "dialogs/messages.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alliance {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // file names and partners' text are never rich text
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

QString CsvImportDialog::formatText()
{
    QStringList lines {tr("One measurement per line, with these columns in this order:")};
    int number = 0;
    for (const io::MeasurementCsvColumn &column : io::measurementCsvColumns())
        lines << tr("%1. %2 — %3")
                     .arg(++number)
                     .arg(QCoreApplication::translate("MeasurementCsv", column.name),
                          QCoreApplication::translate("MeasurementCsv", column.accepts));
    lines << tr("Columns are separated by commas or semicolons; a first line with the column names is allowed. "
                "Only lines without a problem are imported.");
    return lines.join(QLatin1Char('\n'));
}

QString CsvImportDialog::exampleText(const Project &project)
{
    // The separator a spreadsheet of this language writes: ";" where the comma is the decimal mark.
    const QChar separator = QLocale().decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
    const QString indicator = project.indicators.isEmpty() ? QString() : project.indicators.first().name;
    return tr("Example:") + QLatin1Char('\n') + io::measurementCsvExample(indicator, separator);
}

CsvImportDialog::CsvImportDialog(Document *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_file(plainLabel(this)),
      m_summary(plainLabel(this)),
      m_preview(new QTableWidget(0, 6, this)),
      m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import measurements"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);

    // The format comes first, before any file is chosen, from the importer's own definitions.
    auto *format = plainLabel(this);
    format->setObjectName(QStringLiteral("csvFormat"));
    format->setText(formatText());
    format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(format);
    auto *example = plainLabel(this);
    example->setObjectName(QStringLiteral("csvExample"));
    example->setText(exampleText(document->project()));
    example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    example->setAccessibleName(tr("Example line"));
    layout->addWidget(example);

    auto *fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("csvFileLabel"));
    m_file->setText(tr("No file chosen."));
    auto *choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseCsvFile"));
    choose->setAccessibleName(tr("Choose a CSV file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("Lines of the file"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Indicator"), tr("Date"), tr("Value"), tr("Source"), tr("Status")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_preview, 1);

    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setAccessibleName(tr("Import summary"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_import->setObjectName(QStringLiteral("csvImport"));
    m_import->setAccessibleName(tr("Import the valid lines"));
    m_import->setText(tr("Import"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("csvCancel"));
    cancel->setAccessibleName(tr("Cancel the import"));
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    // Import is not the box's accept: the dialog closes only when the document took the lines.
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importValid() > 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import measurements"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CsvImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_csv = {};
        m_csv.fileError = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        m_file->setText(name);
        showPreview();
        return false;
    }
    // One byte more than allowed is enough for core to refuse the file as too large.
    loadData(file.read(io::maxMeasurementCsvBytes + 1), name);
    return m_csv.fileError.isEmpty();
}

void CsvImportDialog::loadData(const QByteArray &bytes, const QString &name)
{
    m_bytes = bytes;
    m_name = name;
    m_file->setText(name);
    m_csv = io::parseMeasurementCsv(m_bytes, m_document->project().indicators);
    showPreview();
}

void CsvImportDialog::showPreview()
{
    const Project &project = m_document->project();
    const QLocale locale;
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(m_csv.lines.size()));
    // Translucent tints read on light and dark palettes alike.
    const QColor bad(214, 40, 40, 48);
    for (int r = 0; r < m_csv.lines.size(); ++r) {
        const io::MeasurementCsvLine &line = m_csv.lines.at(r);
        QString indicator = line.fields.value(0);
        for (const Indicator &i : project.indicators)
            if (i.id == line.indicatorId)
                indicator = i.name;
        const QString date
            = line.date.isValid() ? locale.toString(line.date, QLocale::ShortFormat) : line.fields.value(1);
        const bool numberOk = line.fields.size() > 2 && line.error != io::CsvLineError::MissingColumn
            && line.error != io::CsvLineError::TooManyColumns && io::parseDecimal(line.fields.at(2));
        const QString value = numberOk ? locale.toString(line.value, 'g', 12) : line.fields.value(2);
        const QStringList texts {
            QString::number(line.lineNumber),           indicator, date, value, line.fields.value(3),
            line.isValid() ? tr("Ready") : line.message};
        for (int c = 0; c < texts.size(); ++c) {
            QTableWidgetItem *item = cell(texts.at(c));
            if (!line.isValid())
                item->setBackground(bad);
            m_preview->setItem(r, c, item);
        }
        m_preview->item(r, 5)->setToolTip(line.isValid() ? QString() : line.message.toHtmlEscaped());
    }
    m_preview->resizeRowsToContents();

    const int valid = m_csv.validCount();
    const int errors = m_csv.errorCount();
    if (!m_csv.fileError.isEmpty())
        m_summary->setText(m_csv.fileError);
    else if (m_csv.lines.isEmpty())
        m_summary->setText(tr("The file holds no measurement."));
    else if (errors == 0)
        m_summary->setText(tr("%n line(s) ready to import.", nullptr, valid));
    else
        m_summary->setText(tr("%1 %2 will not be imported: correct the file and choose it again, or import the others.")
                               .arg(tr("%n line(s) ready to import.", nullptr, valid),
                                    tr("%n line(s) with a problem", nullptr, errors)));
    m_import->setText(valid > 0 ? tr("Import %n measurement(s)", nullptr, valid) : tr("Import"));
    m_import->setEnabled(valid > 0);
}

int CsvImportDialog::importValid()
{
    // The indicators may have changed since the preview (undo, another window): check again.
    m_csv = io::parseMeasurementCsv(m_bytes, m_document->project().indicators);
    const int valid = m_csv.validCount();
    if (valid == 0) {
        showPreview();
        return 0;
    }
    const ChangeSet changes = io::measurementImport(m_csv, tr("Import %n measurement(s)", nullptr, valid));
    QString error;
    if (!m_document->apply(changes, &error)) {
        showPreview();
        messages::warn(this, tr("Not imported"), error);
        return 0;
    }
    m_imported = valid;
    return valid;
}

} // namespace alliance
