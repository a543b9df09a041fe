#include "evaluation/reviewquestions.h"

#include "storage/schema.h"

namespace alliance::evaluation {

namespace {

ReviewQuestion fromMethod(const method::Criterion &c)
{
    return {c.id, c.part, c.angle, c.impact, c.objectiveId, c.kind, method::tr(c.label), method::tr(c.question), false};
}

ReviewQuestion fromCustom(const CustomCriterion &c)
{
    return {schema::idText(c.id),
            partOfCustomAngle(c.angle),
            c.angle,
            c.impact,
            QString(),
            method::AnswerKind::Rating,
            c.label,
            QString(),
            true};
}

} // namespace

int partOfCustomAngle(const QString &angle)
{
    if (angle == QLatin1String("performance"))
        return 1;
    if (angle == QLatin1String("pertinence"))
        return 2;
    return 4;
}

bool mayBeRated(method::AnswerKind kind)
{
    return kind == method::AnswerKind::Rating || kind == method::AnswerKind::Reflection;
}

QList<ReviewQuestion> reviewQuestions(const Project &project)
{
    QList<ReviewQuestion> out;
    for (int part = 1; part <= method::reviewPartCount; ++part) {
        QList<ReviewQuestion> words; // part 1's results in words close the part
        for (const method::Criterion &c : method::criteria()) {
            if (c.part != part)
                continue;
            if (part == 1 && c.kind == method::AnswerKind::Words)
                words.append(fromMethod(c));
            else
                out.append(fromMethod(c));
        }
        for (const CustomCriterion &c : project.customCriteria)
            if (partOfCustomAngle(c.angle) == part)
                out.append(fromCustom(c));
        out.append(words);
    }
    return out;
}

std::optional<ReviewQuestion> findReviewQuestion(const Project &project, const QString &criterionId)
{
    if (const method::Criterion *c = method::findCriterion(criterionId))
        return fromMethod(*c);
    const QUuid id = QUuid::fromString(criterionId);
    if (id.isNull())
        return std::nullopt;
    for (const CustomCriterion &c : project.customCriteria)
        if (c.id == id)
            return fromCustom(c);
    return std::nullopt;
}

} // namespace alliance::evaluation
