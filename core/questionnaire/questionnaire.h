#pragma once
// A questionnaire a partner answers in a spreadsheet, without the app: the
// questions of one questionnaire kind for one organisation, in the method's
// order, and what each answer cell may hold. The workbook writer
// (questionnaire/questionnairewriter) and the import of answers
// (questionnaire/answersimport) both read a questionnaire through this list.

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance {

struct Project;

namespace questionnaire {

/// What is asked.
enum class Kind {
    Review,   ///< a review's questions (METHOD.md 8b), per organisation
    Maturity, ///< the maturity self-diagnostic of the organisation's variant
    Weights,  ///< the four weights of the carré magique
    Needs,    ///< the seven needs of the territory: priority and words
};
/// "review", "maturity", "weights", "needs": written in bindings and on the command line.
QString kindId(Kind kind);
std::optional<Kind> kindFromId(const QString &id);
/// What the questionnaire is called, translated ("Review", "Maturity self-diagnostic"...).
QString kindName(Kind kind);

/// What the answer cell (column C) of a question holds.
enum class AnswerType {
    None,     ///< no answer cell: words only (column D)
    Rating,   ///< 0..method::criterionScoreMax, from a drop-down list
    StepBack, ///< method::stepBackAnswers(), from a drop-down list
    Maturity, ///< 0..method::maturityScoreMax, from a drop-down list
    Weight,   ///< a whole number 0..100 (the four add up to 100)
    Priority, ///< method::needPriorities(), from a drop-down list
};
/// "none", "rating", "stepback", "maturity", "weight", "priority".
QString answerTypeId(AnswerType type);
std::optional<AnswerType> answerTypeFromId(const QString &id);

/// One value of a drop-down list: the value stored in the project and the
/// label the partner picks, translated.
struct Choice
{
    QString value; ///< "3", "partly", "high"...
    QString label; ///< "3", "Partly", "High", "0 – not started"...
};
/// The drop-down list of `type` in the current writing language; empty for
/// None and Weight (a number typed in).
QList<Choice> choicesOf(AnswerType type);

struct Question
{
    QString key;     ///< criterion id (custom: schema::idText form), maturity question id, objective id or need id
    QString section; ///< the heading it is asked under, translated (review part, maturity axis...); may be empty
    QString label;   ///< short name, translated or as typed
    QString text;    ///< the question itself, translated (may be empty for custom criteria)
    AnswerType answer = AnswerType::None;
    bool words = false; ///< a free-text cell (column D): comment, "how", the need in words
};

/// The questions `organisation` answers in a questionnaire of `kind` on
/// `project`, in the method's order, in the current writing language. Empty
/// when the organisation is unknown (or, for a review, has no question).
QList<Question> questionsFor(const Project &project, Kind kind, const QUuid &organisation);

/// The questions of an anonymous review questionnaire: those of a review,
/// the same for every respondent.
QList<Question> anonymousReviewQuestions(const Project &project);

} // namespace questionnaire
} // namespace alliance
