#pragma once
// Importing the answers of questionnaire workbooks a partner filled in
// (issue 15, part 2). Every workbook is hostile: it is read by the safe
// reader (spreadsheet/xlsxreader.h), its sealed binding must belong to the
// open partnership, and each answer cell is checked like any edit before it
// is offered. The preview says, per workbook, what each answer is in the
// project and in the workbook; the chosen workbooks then become one change
// set (one undo step), each change in its respondent organisation's name.
//
//   const auto previews = previewAnswers(document, paths);
//   const AnswersChanges made = answersChangeSet(document, previews);
//   document.apply(made.changes, made.authorOrganisations, &error);
//
// Cells are values only: a formula cell contributes nothing (the reader
// drops its cached result) and is reported as ignored.

#include "journal/change.h"
#include "questionnaire/answersaggregate.h"
#include "questionnaire/binding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace alliance {

class Document;

namespace questionnaire {

enum class AnswerStatus {
    New,     ///< the project holds nothing there yet
    Differs, ///< the project holds another value: the workbook's replaces it
    Same,    ///< nothing to change
    Ignored, ///< not imported: `reason` says why
};

/// One part of one answer (a rating, a comment...) as the project holds it
/// and as the workbook says it, shown as people read them.
struct AnswerChange
{
    QString questionKey;
    QString question;   ///< the question's short name
    QString part;       ///< "Rating", "Comment", "Weight"...
    QString inProject;  ///< empty when the project holds nothing
    QString inWorkbook; ///< empty when the cell is empty or unreadable
    AnswerStatus status = AnswerStatus::Same;
    QString reason; ///< Ignored only, translated, names the question
};

/// What the import would write for one question (internal to the import,
/// kept in the preview so that the change set writes what was shown).
struct PlannedAnswer
{
    QString key;
    std::optional<int> number;     ///< rating or maturity score
    std::optional<QString> choice; ///< step-back answer or need priority
    std::optional<QString> words;
    std::optional<int> weight; ///< a weight, written with the three others
};

/// One received workbook, read and checked.
struct WorkbookAnswers
{
    QString path;
    QString fileName;
    QString refusal; ///< translated; non-empty when nothing of the workbook is imported
    std::optional<Binding> binding;
    QString title;            ///< "Review “Spring review”", "Maturity self-diagnostic"...
    QString organisationName; ///< the respondent (or its kind, anonymous)
    QList<AnswerChange> answers;
    QList<PlannedAnswer> planned;
    std::optional<AnonymousResponse> anonymous; ///< anonymous workbooks only

    bool refused() const { return !refusal.isEmpty(); }
    /// Answers that would change the project (new or different).
    int changeCount() const;
};

/// Reads and checks the workbook at `path` against `document`'s project.
/// Only reads the file.
WorkbookAnswers readAnswers(const Document &document, const QString &path);

/// Reads every workbook of `paths`. When two workbooks answer the same
/// questionnaire of the same organisation, the one created last (by its
/// binding) is kept and the other refused with the reason.
QList<WorkbookAnswers> previewAnswers(const Document &document, const QStringList &paths);

/// The change set of the workbooks given (refused ones are skipped) and, per
/// change, the organisation it is made in the name of.
struct AnswersChanges
{
    ChangeSet changes;
    QList<QUuid> authorOrganisations; ///< one per change of `changes`
    int answers = 0;                  ///< parts of answers that change
};
AnswersChanges answersChangeSet(const Document &document, const QList<WorkbookAnswers> &workbooks);

/// The anonymous workbooks among `workbooks` (not refused) summed up per
/// organisation kind.
QList<KindAggregate> aggregateAnonymous(const Document &document, const QList<WorkbookAnswers> &workbooks);

/// A status in words ("New", "Differs"...), translated.
QString statusName(AnswerStatus status);

} // namespace questionnaire
} // namespace alliance
