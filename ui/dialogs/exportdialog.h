#pragma once
// File > Export… and "Export these rows…": choose the format (a workbook, a
// folder of CSV files, a calendar, the interchange file; for rows, a
// workbook or one CSV file), the language of headers and values, whether
// private items go too, and where to write. The dialog writes nothing: the
// caller exports (ui/exportactions.h).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alliance {

class Document;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format {
        Xlsx,
        Csv,
        Ics,
        Json
    };
    enum class Scope {
        Project, ///< the whole partnership: every format
        Rows,    ///< the rows of one table: a workbook or one CSV file
    };
    /// `document` must outlive the dialog. `what` names the rows for Scope::Rows ("Action").
    ExportDialog(const Document &document, Scope scope, const QString &what = {}, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    /// "fr" or "en".
    QString language() const;
    bool includePrivate() const;
    /// Where to write, with the format's extension (none for a CSV folder).
    QString outputPath() const;
    void setOutputPath(const QString &path);

    /// The extension a file of `format` takes; empty for a folder.
    static QString extension(Format format, Scope scope);

private:
    void onFormatChanged();
    void browse();
    QString defaultPath() const;

    const Document &m_document;
    Scope m_scope;
    QString m_what;
    QComboBox *m_format;
    QComboBox *m_language;
    QCheckBox *m_private = nullptr;
    QLabel *m_about;
    QLineEdit *m_path;
    QPushButton *m_export;
    bool m_pathChosen = false; // the user typed or browsed a path: keep it
};

} // namespace alliance
