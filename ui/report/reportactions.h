#pragma once
// The File menu's report commands: export to PDF, print preview and print.
// Each asks for the report's options first, then draws through the one
// renderer (report/reportwriter.h).

#include "report/reportoptions.h"

#include <QString>

class QWidget;

namespace alliance {

class Document;

namespace reportactions {

/// The file name offered for the report of `document` with `options`: the
/// partnership's title (without characters a file name cannot hold), then
/// what the document is, a report or a committee pack; in the project's
/// folder when it has one.
QString suggestedPath(const Document &document, const report::Options &options);

/// Asks for options and a file name, writes the PDF, says where in the status
/// bar of `parent`'s window. Errors are shown in a message box.
void exportPdf(QWidget *parent, const Document &document);
/// Asks for options, then shows the print preview.
void printPreview(QWidget *parent, const Document &document);
/// Asks for options, then the printer, then prints.
void print(QWidget *parent, const Document &document);

} // namespace reportactions
} // namespace alliance
