#pragma once
// "Print the minutes…": a meeting's minutes as a PDF file, in the
// interface's language, through the report renderer (report/minuteswriter.h).

#include <QString>
#include <QUuid>

class QWidget;

namespace alliance {

class Document;

namespace minutesactions {

/// A file name for the minutes of `meeting`: "<date> – <title> – minutes.pdf"
/// beside the project file, without characters a file name cannot hold.
QString suggestedPath(const Document &document, const QUuid &meeting);

/// Asks where to write the minutes of `meeting`, writes the PDF, says where in
/// the status bar of `parent`'s window. Errors are shown in a message box.
void exportMinutes(QWidget *parent, const Document &document, const QUuid &meeting);

} // namespace minutesactions
} // namespace alliance
