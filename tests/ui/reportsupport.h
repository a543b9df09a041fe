#pragma once
// Helpers for the report tests: example projects made by code, and what
// poppler's tools (pdftotext, pdfinfo, pdfimages) read in a PDF.

#include "document/document.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace alliance::test {

/// A new document in `folder` (its working copy goes there too).
std::unique_ptr<Document> newDocument(const QString &folder, const QString &title);
/// The French example partnership, in a new document in `folder`.
std::unique_ptr<Document> exampleDocument(const QString &folder);

/// The PDF's text (pdftotext), pages `first`..`last` (0 = to the end).
QString pdfText(const QString &pdf, int first = 1, int last = 0);
/// The text of pages `first`.. without their header and footer bands (the
/// top 70 and bottom 70 points of an A4 page).
QString pdfBodyText(const QString &pdf, int first = 1);
/// `text` with every run of white space (line breaks included) made one space.
QString flattened(const QString &text);
/// Number of pages (pdfinfo); -1 when pdfinfo cannot read the file.
int pdfPages(const QString &pdf);
/// "595 x 842" for A4 (pdfinfo's page size, in points).
QString pdfPageSize(const QString &pdf);
/// Number of raster images in the PDF (pdfimages -list); -1 on failure.
int pdfImageCount(const QString &pdf);

/// Runs the application with `arguments`; returns its exit code and fills
/// `out`/`err`. Settings go to a temporary home so the user's are untouched.
int runApp(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);

} // namespace alliance::test
