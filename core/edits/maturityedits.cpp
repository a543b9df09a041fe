#include "edits/maturityedits.h"

#include "document/document.h"
#include "edits/revive.h"
#include "method/method.h"
#include "model/ids.h"

namespace alliance::maturityedits {

namespace {
const QString maturityTable = QStringLiteral("maturity_answer");
}

ChangeSet score(const Document &document, const QUuid &organisationId, const QString &questionId,
                std::optional<int> score, const QString &label)
{
    ChangeSet changes(label);
    const auto &questions = method::maturityQuestions();
    const bool known = std::any_of(questions.begin(), questions.end(),
                                   [&](const method::MaturityQuestion &q) { return q.id == questionId; });
    if (!known || !document.project().organisation(organisationId))
        return changes;
    const QUuid id = ids::maturityAnswer(organisationId, questionId);
    const bool live = edits::isLive(document, maturityTable, id);
    if (!score) {
        if (live)
            changes.remove(maturityTable, id);
        return changes;
    }
    if (live && document.value(maturityTable, id, QStringLiteral("score")).toInt() == *score)
        return changes;
    edits::reviveOrCreate(
        changes, document, maturityTable, id,
        {{QStringLiteral("organisation_id"), organisationId}, {QStringLiteral("question_id"), questionId}});
    changes.set(maturityTable, id, QStringLiteral("score"), *score);
    return changes;
}

} // namespace alliance::maturityedits
