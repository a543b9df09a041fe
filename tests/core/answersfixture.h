#pragma once
// Questionnaire workbooks made by tests, the way a questionnaire writer lays
// them out: an answers sheet with the answers at the binding's rows (columns
// layout::answerColumn and wordsColumn) and a hidden "binding" sheet holding
// Binding::sealedRows() as texts. Tests fill the answers in, or break them.

#include "questionnaire/binding.h"

#include <QList>
#include <QString>

namespace alliance {
struct Project;
}

namespace alliance::test {

struct FixtureCell
{
    enum Kind {
        Text,
        Number,
        Formula, ///< `text` is the formula, `number` its cached result
        Blank,   ///< an empty cell with a style (as a writer leaves an answer cell)
    };
    int row = 0;    ///< 1-based, as BoundQuestion::row
    int column = 0; ///< 0-based, as layout::answerColumn
    Kind kind = Text;
    QString text;
    double number = 0;
};

struct FixtureWorkbook
{
    QList<QStringList> bindingRows; ///< usually Binding::sealedRows()
    QString answersSheet = QStringLiteral("Questions");
    QList<FixtureCell> cells;
    bool withBindingSheet = true;
    bool bindingHidden = true;
    bool withAnswersSheet = true;
};

/// Writes `workbook` to `path` with libxlsxwriter. Returns an error, or empty.
QString writeFixtureWorkbook(const QString &path, const FixtureWorkbook &workbook);

/// The binding of a questionnaire of `kind` for `organisation` (null and
/// `anonymousKind` set: anonymous), its questions from row 4 on, as the
/// writer would make it.
questionnaire::Binding fixtureBinding(const Project &project, questionnaire::Kind kind, const QUuid &organisation,
                                      const QUuid &review = {}, const QString &anonymousKind = {});

/// The cell a question's answer goes to: (row, layout::answerColumn) or, with
/// `words`, (row, layout::wordsColumn).
FixtureCell answerCell(const questionnaire::Binding &binding, const QString &key, const QString &text,
                       bool words = false);

} // namespace alliance::test
