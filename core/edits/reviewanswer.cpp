#include "edits/reviewanswer.h"
#include "edits/revive.h"

#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "storage/schema.h"

namespace alliance::reviewanswer {

namespace {

const QString table = QStringLiteral("review_score");

// Custom criteria are written with or without braces, in any case: compare one form.
QString normalised(const QString &criterionId)
{
    const QUuid asId = QUuid::fromString(criterionId);
    return asId.isNull() ? criterionId : schema::idText(asId);
}

/// Sets `values` on the answer of `cell`. A new answer is created whole
/// (newAnswerFields), and one whose creation was undone, or that was removed,
/// is revived whole: stale words or answers do not come back with it.
ChangeSet setOnAnswer(const Document &document, const Cell &cell, const QString &description, QVariantMap values)
{
    ChangeSet change(description);
    QUuid id;
    if (const ReviewScore *existing = find(document.project(), cell)) {
        id = existing->id;
    } else {
        id = ids::reviewScore(cell.review, cell.organisation, normalised(cell.criterionId));
        QVariantMap fields = newAnswerFields(cell);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            fields.remove(it.key()); // written below with the edit's own value
        edits::reviveOrCreate(change, document, table, id, fields);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        change.set(table, id, it.key(), it.value());
    return change;
}

} // namespace

const ReviewScore *find(const Project &project, const Cell &cell)
{
    const QString criterion = normalised(cell.criterionId);
    const QUuid derived = ids::reviewScore(cell.review, cell.organisation, criterion);
    const ReviewScore *found = nullptr;
    for (const ReviewScore &s : project.reviewScores) {
        if (s.reviewId != cell.review || s.organisationId != cell.organisation
            || normalised(s.criterionId) != criterion)
            continue;
        if (s.id == derived)
            return &s;
        if (!found)
            found = &s;
    }
    return found;
}

QUuid idOf(const Project &project, const Cell &cell)
{
    if (const ReviewScore *s = find(project, cell))
        return s->id;
    return ids::reviewScore(cell.review, cell.organisation, normalised(cell.criterionId));
}

QVariantMap newAnswerFields(const Cell &cell)
{
    return {{QStringLiteral("review_id"), schema::idText(cell.review)},
            {QStringLiteral("organisation_id"), schema::idText(cell.organisation)},
            {QStringLiteral("criterion_id"), normalised(cell.criterionId)},
            {QStringLiteral("score"), 0},
            {QStringLiteral("no_score"), true},
            {QStringLiteral("answer"), QString()},
            {QStringLiteral("comment"), QString()}};
}

ChangeSet rating(const Document &document, const Cell &cell, std::optional<int> rating, const QString &description)
{
    if (rating && (*rating < 0 || *rating > method::criterionScoreMax))
        return ChangeSet(description);
    const ReviewScore *existing = find(document.project(), cell);
    if (!rating) {
        ChangeSet change(description);
        if (existing && !existing->noScore)
            change.set(table, existing->id, QStringLiteral("no_score"), true);
        return change;
    }
    if (existing && !existing->noScore && existing->score == *rating)
        return ChangeSet(description);
    return setOnAnswer(document, cell, description,
                       {{QStringLiteral("score"), *rating}, {QStringLiteral("no_score"), false}});
}

ChangeSet words(const Document &document, const Cell &cell, const QString &text, const QString &description)
{
    const ReviewScore *existing = find(document.project(), cell);
    if (existing ? existing->comment == text : text.isEmpty())
        return ChangeSet(description);
    return setOnAnswer(document, cell, description, {{QStringLiteral("comment"), text}});
}

ChangeSet stepBack(const Document &document, const Cell &cell, const QString &answerId, const QString &description)
{
    if (!answerId.isEmpty() && !method::findChoice(method::stepBackAnswers(), answerId))
        return ChangeSet(description);
    const ReviewScore *existing = find(document.project(), cell);
    if (existing ? existing->answer == answerId : answerId.isEmpty())
        return ChangeSet(description);
    return setOnAnswer(document, cell, description, {{QStringLiteral("answer"), answerId}});
}

ChangeSet parts(const Document &document, const Cell &cell, const Parts &parts, const QString &description)
{
    if ((parts.rating && (*parts.rating < 0 || *parts.rating > method::criterionScoreMax))
        || (parts.stepBack && !parts.stepBack->isEmpty()
            && !method::findChoice(method::stepBackAnswers(), *parts.stepBack)))
        return ChangeSet(description);
    const ReviewScore *existing = find(document.project(), cell);
    QVariantMap values;
    if (parts.rating && !(existing && !existing->noScore && existing->score == *parts.rating)) {
        values.insert(QStringLiteral("score"), *parts.rating);
        values.insert(QStringLiteral("no_score"), false);
    }
    if (parts.words && (existing ? existing->comment != *parts.words : !parts.words->isEmpty()))
        values.insert(QStringLiteral("comment"), *parts.words);
    if (parts.stepBack && (existing ? existing->answer != *parts.stepBack : !parts.stepBack->isEmpty()))
        values.insert(QStringLiteral("answer"), *parts.stepBack);
    if (values.isEmpty())
        return ChangeSet(description);
    return setOnAnswer(document, cell, description, values);
}

} // namespace alliance::reviewanswer
