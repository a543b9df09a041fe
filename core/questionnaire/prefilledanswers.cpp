#include "questionnaire/prefilledanswers.h"

#include "model/project.h"

namespace alliance::questionnaire {

namespace {

/// `value` when the question's drop-down list offers it, else empty: a value
/// the list does not hold would be refused by the cell's validation.
QString offered(AnswerType type, const QString &value)
{
    for (const auto &c : choicesOf(type))
        if (c.value == value)
            return value;
    return {};
}

} // namespace

QHash<QString, Prefilled> prefilledAnswers(const Project &project, Kind kind, const QUuid &organisation,
                                           const QUuid &review, const QList<Question> &questions)
{
    QHash<QString, AnswerType> typeOf;
    for (const auto &q : questions)
        typeOf.insert(q.key, q.answer);
    QHash<QString, Prefilled> answers;
    auto keep = [&](const QString &key, const QString &value, const QString &words) {
        if (!typeOf.contains(key))
            return;
        const AnswerType type = typeOf.value(key);
        Prefilled p;
        p.value = type == AnswerType::Weight ? value : offered(type, value);
        p.words = words;
        if (!p.value.isEmpty() || !p.words.isEmpty())
            answers.insert(key, p);
    };
    switch (kind) {
    case Kind::Review:
        for (const auto &s : project.reviewScores) {
            if (s.reviewId != review || s.organisationId != organisation)
                continue;
            const AnswerType type = typeOf.value(s.criterionId, AnswerType::None);
            const QString value = type == AnswerType::StepBack ? s.answer
                : s.isRated()                                  ? QString::number(s.score)
                                                               : QString();
            keep(s.criterionId, value, s.comment);
        }
        break;
    case Kind::Maturity:
        for (const auto &m : project.maturityAnswers)
            if (m.organisationId == organisation)
                keep(m.questionId, QString::number(m.score), m.comment);
        break;
    case Kind::Weights:
        for (const auto &w : project.objectiveWeights)
            if (w.organisationId == organisation && w.weight >= 0 && w.weight <= 100)
                keep(w.objectiveId, QString::number(w.weight), QString());
        break;
    case Kind::Needs:
        for (const auto &n : project.needAnswers)
            if (n.organisationId == organisation)
                keep(n.needId, n.priority, n.answer);
        break;
    }
    return answers;
}

} // namespace alliance::questionnaire
