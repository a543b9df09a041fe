#pragma once
// Part 1 of a review (METHOD.md 8b): each partner's rating of the
// partnership's effect on its four objectives, set beside the weight that
// partner gave each objective in step 2, so the reader sees whether what
// mattered most moved most.

#include "method/method.h"
#include "model/project.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>

namespace alliance::evaluation {

/// One objective of one partner in one review.
struct ObjectiveEffect
{
    QString objectiveId;       ///< method::objectives() id
    QString criterionId;       ///< the part-1 question that reads it
    int weight = 0;            ///< the partner's step-2 weight, 0..100 (0 when not weighted)
    std::optional<int> rating; ///< the effect rated 0..criterionScoreMax; empty when not rated
    QString comment;           ///< the partner's words, may be empty
};

/// One partner's part 1.
struct OwnEffects
{
    QUuid organisationId;
    bool weighted = false;                                          ///< the partner weighted its objectives in step 2
    std::array<ObjectiveEffect, method::objectiveCount> objectives; ///< method::objectives() order
    bool anyRating() const;
};

/// Part 1 of `reviewId` for every organisation that answered at least one
/// objective's question (a rating or words), in project order, then unknown
/// organisations in order of appearance. Ratings given in words only
/// (no_score) are no rating. A merge's duplicate row for one answer yields to
/// the row under the derived id. Unknown review: an empty list.
QList<OwnEffects> ownEffects(const Project &project, const QUuid &reviewId);

/// One sentence saying whether the objective(s) `effects` weighted most in
/// step 2 moved most, in the current language (context "Evaluation"), e.g.
/// "“Positioning” weighed most for Company X (70 %) and moved most (4/5)."
/// Ties in weight are named together. Empty when nothing was rated; a
/// partner that rated but did not weight is told there is nothing to compare.
/// `name` is the organisation's name as it should appear (plain text).
QString ownEffectsSentence(const OwnEffects &effects, const QString &name);

} // namespace alliance::evaluation
