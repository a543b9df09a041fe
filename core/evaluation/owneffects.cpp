#include "evaluation/owneffects.h"

#include "evaluation/weights.h"
#include "model/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

// Strings call QCoreApplication::translate("Evaluation", ...) in full so that
// lupdate files them under "Evaluation".

namespace alliance::evaluation {

namespace {

/// The part-1 question reading each objective, in method::objectives() order.
std::array<QString, method::objectiveCount> objectiveQuestions()
{
    std::array<QString, method::objectiveCount> out;
    for (const method::Criterion &c : method::criteria()) {
        const int i = method::objectiveIndex(c.objectiveId);
        if (c.part == 1 && i >= 0 && i < method::objectiveCount)
            out[i] = c.id;
    }
    return out;
}

QString quoted(int objective)
{
    return QCoreApplication::translate("Evaluation", "“%1”", "an objective's name quoted in a sentence")
        .arg(method::tr(method::objectives().at(objective).name));
}

/// "“A”", "“A” and “B”", "“A”, “B” and “C”".
QString names(const QList<int> &objectives)
{
    QStringList quotedNames;
    for (int i : objectives)
        quotedNames << quoted(i);
    if (quotedNames.size() < 2)
        return quotedNames.value(0);
    const QString last = quotedNames.takeLast();
    return QCoreApplication::translate("Evaluation", "%1 and %2", "the last two of a list")
        .arg(quotedNames.join(QStringLiteral(", ")), last);
}

QString ratingText(int rating)
{
    return QCoreApplication::translate("Evaluation", "%1/%2", "a rating out of its maximum, e.g. 4/5")
        .arg(rating)
        .arg(method::criterionScoreMax);
}

QString weightText(int weight)
{
    return QCoreApplication::translate("Evaluation", "%1%", "a weight in percent").arg(weight);
}

} // namespace

bool OwnEffects::anyRating() const
{
    return std::any_of(objectives.begin(), objectives.end(),
                       [](const ObjectiveEffect &e) { return e.rating.has_value(); });
}

QList<OwnEffects> ownEffects(const Project &project, const QUuid &reviewId)
{
    const std::array<QString, method::objectiveCount> questions = objectiveQuestions();
    QHash<QString, int> objectiveOf;
    for (int i = 0; i < method::objectiveCount; ++i)
        objectiveOf.insert(questions[i], i);

    // Organisation -> objective -> its answer; the derived id wins over a merge's duplicate.
    QHash<QUuid, std::array<const ReviewScore *, method::objectiveCount>> answers;
    QList<QUuid> seen;
    for (const ReviewScore &s : project.reviewScores) {
        if (s.reviewId != reviewId || !objectiveOf.contains(s.criterionId))
            continue;
        if (!answers.contains(s.organisationId)) {
            answers.insert(s.organisationId, {});
            seen.append(s.organisationId);
        }
        const ReviewScore *&slot = answers[s.organisationId][objectiveOf.value(s.criterionId)];
        if (!slot || s.id == ids::reviewScore(reviewId, s.organisationId, s.criterionId))
            slot = &s;
    }

    QList<QUuid> order;
    for (const Organisation &o : project.organisations)
        if (answers.contains(o.id))
            order.append(o.id);
    for (const QUuid &id : std::as_const(seen))
        if (!order.contains(id))
            order.append(id);

    QList<OwnEffects> out;
    for (const QUuid &id : std::as_const(order)) {
        const auto &given = answers[id];
        bool anything = false;
        for (const ReviewScore *s : given)
            anything = anything || (s && (s->isRated() || !s->comment.trimmed().isEmpty()));
        if (!anything)
            continue;
        OwnEffects effects;
        effects.organisationId = id;
        const Weights weights = storedWeights(project, id);
        effects.weighted = isWeighted(weights);
        for (int i = 0; i < method::objectiveCount; ++i) {
            ObjectiveEffect &e = effects.objectives[i];
            e.objectiveId = method::objectives().at(i).id;
            e.criterionId = questions[i];
            e.weight = weights[i];
            if (const ReviewScore *s = given[i]) {
                if (s->isRated())
                    e.rating = std::clamp(s->score, 0, method::criterionScoreMax);
                e.comment = s->comment;
            }
        }
        out.append(effects);
    }
    return out;
}

QString ownEffectsSentence(const OwnEffects &effects, const QString &name)
{
    if (!effects.anyRating())
        return {};
    if (!effects.weighted)
        return QCoreApplication::translate(
                   "Evaluation",
                   "%1 rated the effects on its objectives but did not weight them in step 2: there is nothing to "
                   "compare them with.")
            .arg(name);

    const auto &o = effects.objectives;
    int heaviest = 0;
    for (const ObjectiveEffect &e : o)
        heaviest = std::max(heaviest, e.weight);
    QList<int> heavy, rated, ratedHeavy;
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (o[i].weight == heaviest)
            heavy << i;
        if (o[i].rating) {
            rated << i;
            if (o[i].weight == heaviest)
                ratedHeavy << i;
        }
    }
    const auto ratingOf = [&](int i) { return *o[i].rating; };
    int top = -1, bottom = method::criterionScoreMax + 1, best = -1;
    for (int i : std::as_const(rated)) {
        top = std::max(top, ratingOf(i));
        bottom = std::min(bottom, ratingOf(i));
    }
    for (int i : std::as_const(ratedHeavy))
        best = std::max(best, ratingOf(i));
    QList<int> atTop, heavyAtTop;
    for (int i : std::as_const(rated))
        if (ratingOf(i) == top)
            (heavy.contains(i) ? heavyAtTop : atTop) << i;

    const bool single = heavy.size() == 1;
    const QString lead = single
        ? QCoreApplication::translate("Evaluation", "%1 weighed most for %2 (%3)",
                                      "one objective, the partner's name, its weight; a sentence goes on")
              .arg(names(heavy), name, weightText(heaviest))
        : QCoreApplication::translate("Evaluation", "%1 weighed most for %2 (%3 each)",
                                      "several objectives, the partner's name, their weight; a sentence goes on")
              .arg(names(heavy), name, weightText(heaviest));

    QString outcome;
    if (ratedHeavy.isEmpty()) {
        outcome = (single ? QCoreApplication::translate("Evaluation",
                                                        ", but its effect was not rated; the strongest "
                                                        "effect: %1 (%2).")
                          : QCoreApplication::translate("Evaluation",
                                                        ", but none of them was rated; the strongest "
                                                        "effect: %1 (%2)."))
                      .arg(names(atTop), ratingText(top));
    } else if (ratedHeavy.size() == rated.size()) {
        // Only what weighed most was rated: nothing to compare it with.
        outcome = (single ? QCoreApplication::translate("Evaluation",
                                                        "; its effect was rated %1, and no other "
                                                        "objective was rated to compare.")
                          : QCoreApplication::translate("Evaluation",
                                                        "; the best rated of them scored %1, and no "
                                                        "other objective was rated to compare."))
                      .arg(ratingText(best));
    } else if (best == top) {
        if (heavyAtTop.size() == heavy.size())
            outcome
                = (single ? QCoreApplication::translate("Evaluation", " and moved most (%1).", "one objective")
                          : QCoreApplication::translate("Evaluation", " and moved most (%1).", "several objectives"))
                      .arg(ratingText(top));
        else
            outcome = QCoreApplication::translate("Evaluation", "; the strongest effect: %1 (%2).")
                          .arg(names(heavyAtTop), ratingText(top));
    } else if (best == bottom) {
        outcome = (single ? QCoreApplication::translate("Evaluation", " but moved least (%1, against %2 for %3).",
                                                        "one objective")
                          : QCoreApplication::translate("Evaluation", " but moved least (%1, against %2 for %3).",
                                                        "several objectives"))
                      .arg(ratingText(best), ratingText(top), names(atTop));
    } else {
        outcome = (single ? QCoreApplication::translate("Evaluation", "; its effect was rated %1, below %2 (%3).")
                          : QCoreApplication::translate("Evaluation",
                                                        "; the best rated of them scored %1, below %2 "
                                                        "(%3)."))
                      .arg(ratingText(best), names(atTop), ratingText(top));
    }
    return lead + outcome;
}

} // namespace alliance::evaluation
