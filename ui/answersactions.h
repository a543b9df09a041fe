#pragma once
// Importing answered questionnaire workbooks from the window: File > Import
// answers… (several files at once) and .xlsx files dropped on the window. Each
// import is previewed (AnswersImportDialog) and applied as one undo step; the
// status bar says how many answers changed.

#include "questionnaire/answersimport.h"

#include <QStringList>
#include <functional>

class QMainWindow;
class QWidget;

namespace alliance {

class Document;

namespace answersactions {

/// Asks for workbooks, then importWorkbooks().
void chooseAndImport(QMainWindow *window, Document &document);

/// Previews `paths` (every one refused: says why) and applies the workbooks
/// the user keeps. Returns the number of answers changed.
int importWorkbooks(QMainWindow *window, Document &document, const QStringList &paths);

/// Applies `workbooks` in one undo step, each in its respondent's name, and
/// says so in `window`'s status bar. Returns the answers changed, or -1 after
/// showing why the document refused them.
int applyWorkbooks(QMainWindow *window, Document &document, const QList<questionnaire::WorkbookAnswers> &workbooks);

/// Lets `window` take .xlsx files dropped on it as answers to import into
/// `document()` (nothing happens while it gives null).
void acceptDroppedWorkbooks(QMainWindow *window, std::function<Document *()> document);

/// The .xlsx files among dropped `urls`' local files.
QStringList workbooksAmong(const QList<QUrl> &urls);

} // namespace answersactions
} // namespace alliance
