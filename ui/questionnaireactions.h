#pragma once
// "Prepare questionnaires…" (File menu, and the review, diagnose and
// objectives pages): ask (QuestionnaireDialog), then write one workbook per
// partner through core/questionnaire, with a progress dialog when it takes
// more than a second; then say where the files went, with a button that
// opens the folder.

#include "dialogs/questionnairedialog.h"

#include <functional>

class QHBoxLayout;
class QWidget;

namespace alliance {

class Document;

namespace questionnaireactions {

/// The dialog with `kind` (and `review`) chosen first, then the writing.
void prepare(QWidget *parent, const Document &document, questionnaire::Kind kind = questionnaire::Kind::Review,
             const QUuid &review = {});

/// Writes what `dialog` chose. Returns the workbooks written (in `written`,
/// their paths); false with `error` (translated) when refused, failed or
/// cancelled; the workbooks written before are kept.
bool write(QWidget *parent, const Document &document, const QuestionnaireDialog &dialog, QStringList *written,
           QString *error);

/// A "Prepare questionnaires…" button for a page, named `name`, opening the
/// dialog on `kind` (and on the review `review()` gives, when set), alone on
/// its row: the row to add to the page.
QHBoxLayout *prepareButtonRow(QWidget *page, const Document &document, questionnaire::Kind kind, const QString &name,
                              const std::function<QUuid()> &review = {});

} // namespace questionnaireactions
} // namespace alliance
