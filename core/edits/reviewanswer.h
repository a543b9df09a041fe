#pragma once
// Editing one organisation's answer to one question of a review (METHOD.md
// 8b): a rating, words, or a step-back answer, in any order. A comment never
// needs a rating first: the first words (or step-back answer) create the
// answer with no_score = 1; choosing a rating sets no_score = 0; clearing the
// rating sets no_score = 1 again and keeps the words. Each function returns
// one change set (one undo step) for Document::apply; an empty change set
// means there is nothing to change.

#include "journal/change.h"
#include "model/project.h"

#include <QVariantMap>
#include <optional>

namespace alliance {

class Document;

namespace reviewanswer {

/// Where an answer lives: a review, the organisation answering, a question.
struct Cell
{
    QUuid review;
    QUuid organisation;
    QString criterionId; ///< a method criterion id, or a custom criterion id (idText form)
};

/// The live review_score row holding the answer of `cell`, or nullptr. When
/// a merge left two rows for one cell, the row under the derived id wins
/// (it is the one edits write).
const ReviewScore *find(const Project &project, const Cell &cell);

/// The id the answer of `cell` is stored under: its live row's, else the
/// derived ids::reviewScore(review, organisation, criterion).
QUuid idOf(const Project &project, const Cell &cell);

/// The fields an answer starts with when its first edit creates it: the
/// review, organisation and criterion, no rating (no_score 1), no step-back
/// answer and no words. Field editors pass them as FieldRef::createWith.
QVariantMap newAnswerFields(const Cell &cell);

/// Sets the rating (0..method::criterionScoreMax) or, with nullopt, clears
/// it: no_score = 1, words and step-back answer kept. Clearing an answer that
/// does not exist changes nothing. A rating out of range gives an empty set.
ChangeSet rating(const Document &document, const Cell &cell, std::optional<int> rating, const QString &description);

/// Sets the words of the answer; creates it without a rating when needed.
/// Empty words on an answer that does not exist change nothing.
ChangeSet words(const Document &document, const Cell &cell, const QString &text, const QString &description);

/// Sets the step-back answer (a method::stepBackAnswers() id, or empty for
/// none); creates the answer without a rating when needed. An unknown id
/// gives an empty set.
ChangeSet stepBack(const Document &document, const Cell &cell, const QString &answerId, const QString &description);

/// Several parts of one answer set at once (an imported questionnaire): only
/// the parts given are written. One creation at most, so no part's default
/// overwrites another's value.
struct Parts
{
    std::optional<int> rating;       ///< 0..method::criterionScoreMax
    std::optional<QString> words;    ///< the comment
    std::optional<QString> stepBack; ///< a method::stepBackAnswers() id
};
/// Sets the parts given; empty when nothing changes or a part is out of range.
ChangeSet parts(const Document &document, const Cell &cell, const Parts &parts, const QString &description);

} // namespace reviewanswer
} // namespace alliance
