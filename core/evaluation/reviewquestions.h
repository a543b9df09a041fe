#pragma once
// The questions of a review in the method's four parts, in order (METHOD.md
// 8b): the method's own criteria, then the partners' custom criteria, each
// placed in the part its angle belongs to. The page, the summaries and the
// report all read a review through this one list.

#include "method/method.h"
#include "model/project.h"

#include <QList>
#include <QString>

namespace alliance::evaluation {

/// One question of a review.
struct ReviewQuestion
{
    /// A method::criteria() id, or a custom criterion's id as schema::idText.
    QString criterionId;
    int part = 1;        ///< 1..method::reviewPartCount
    QString angle;       ///< an id of method::evaluationAngles(), or empty (custom: as typed)
    QString impact;      ///< an id of method::impacts(), or empty
    QString objectiveId; ///< part 1: the carré magique objective it reads
    method::AnswerKind kind = method::AnswerKind::Rating;
    QString label;    ///< translated (method) or as typed (custom, may be empty)
    QString question; ///< translated; empty for custom criteria
    bool custom = false;
};

/// The part a custom criterion of `angle` is asked in: a rating of one's own
/// performance in part 1, of pertinence in part 2 (the shared effects, which
/// are rated; part 3 is answered yes / partly / no), of coherence in part 4.
/// An unknown angle goes to part 4, with the lessons.
int partOfCustomAngle(const QString &angle);

/// Every question of a review of `project`, parts in order. Within a part:
/// the method's questions in method order, then custom criteria in project
/// order; in part 1 the custom ratings come before the results in words, so
/// that the part still ends with the expected and unexpected results.
QList<ReviewQuestion> reviewQuestions(const Project &project);

/// The question of `criterionId` (method id, or custom id with or without
/// braces, any case); nullopt when neither the method nor the project knows it.
std::optional<ReviewQuestion> findReviewQuestion(const Project &project, const QString &criterionId);

/// True when a question of this kind may carry a rating (Rating, Reflection).
bool mayBeRated(method::AnswerKind kind);

} // namespace alliance::evaluation
