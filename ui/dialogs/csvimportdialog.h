#pragma once
// Importing measurements from a CSV file: the user picks a file, sees every
// line with what will be imported or why it cannot be, and imports the valid
// lines as one undo step. Parsing and checks are core's (io/measurementcsv.h).

#include "io/measurementcsv.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace alliance {

class Document;

class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Child objectNames: "csvFormat" (the expected columns, shown before a
    /// file is chosen), "csvExample", "chooseCsvFile", "csvFileLabel", "csvSummary",
    /// "csvPreview" (columns: line, indicator, date, value, source, status),
    /// "csvImport", "csvCancel". The document must outlive the dialog.
    explicit CsvImportDialog(Document *document, QWidget *parent = nullptr);

    /// The expected columns, from io::measurementCsvColumns(), translated.
    static QString formatText();
    /// "Example:" and a line the importer accepts, naming the project's first indicator.
    static QString exampleText(const Project &project);

    /// Reads and previews `path`. Returns false (the summary says why) when
    /// the file cannot be read or is refused whole.
    bool loadFile(const QString &path);
    /// Previews `bytes` as the content of a file called `name`.
    void loadData(const QByteArray &bytes, const QString &name);
    /// The file as parsed for the preview.
    const io::MeasurementCsv &parsed() const { return m_csv; }

    /// Re-checks the file against the current indicators and applies its
    /// valid lines as one change set ("Import N measurements"). Returns how
    /// many were imported: 0 when none is valid or the document refused.
    int importValid();
    /// How many lines the last importValid() applied, and from which file.
    int importedCount() const { return m_imported; }
    QString fileName() const { return m_name; }

private:
    void chooseFile();
    void showPreview();

    Document *m_document;
    QByteArray m_bytes;
    QString m_name;
    int m_imported = 0;
    io::MeasurementCsv m_csv;
    QLabel *m_file;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QPushButton *m_import;
};

} // namespace alliance
