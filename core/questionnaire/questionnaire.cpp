#include "questionnaire/questionnaire.h"

#include "evaluation/reviewquestions.h"
#include "method/method.h"
#include "model/project.h"

#include <QCoreApplication>

namespace alliance::questionnaire {

namespace {

const QList<std::pair<Kind, QString>> &kindIds()
{
    static const QList<std::pair<Kind, QString>> ids = {
        {Kind::Review, QStringLiteral("review")},
        {Kind::Maturity, QStringLiteral("maturity")},
        {Kind::Weights, QStringLiteral("weights")},
        {Kind::Needs, QStringLiteral("needs")},
    };
    return ids;
}

const QList<std::pair<AnswerType, QString>> &answerTypeIds()
{
    static const QList<std::pair<AnswerType, QString>> ids = {
        {AnswerType::None, QStringLiteral("none")},         {AnswerType::Rating, QStringLiteral("rating")},
        {AnswerType::StepBack, QStringLiteral("stepback")}, {AnswerType::Maturity, QStringLiteral("maturity")},
        {AnswerType::Weight, QStringLiteral("weight")},     {AnswerType::Priority, QStringLiteral("priority")},
    };
    return ids;
}

AnswerType answerOfCriterion(method::AnswerKind kind)
{
    switch (kind) {
    case method::AnswerKind::Rating:
    case method::AnswerKind::Reflection:
        return AnswerType::Rating;
    case method::AnswerKind::YesPartlyNo:
        return AnswerType::StepBack;
    case method::AnswerKind::Words:
        break;
    }
    return AnswerType::None;
}

QList<Choice> choicesFrom(const QList<method::Choice> &choices)
{
    QList<Choice> list;
    for (const auto &c : choices)
        list.append({c.id, method::tr(c.label)});
    return list;
}

} // namespace

QString kindId(Kind kind)
{
    for (const auto &[k, id] : kindIds())
        if (k == kind)
            return id;
    return {};
}

std::optional<Kind> kindFromId(const QString &id)
{
    for (const auto &[k, known] : kindIds())
        if (known == id)
            return k;
    return std::nullopt;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Review:
        return QCoreApplication::translate("Questionnaire", "Review");
    case Kind::Maturity:
        return QCoreApplication::translate("Questionnaire", "Maturity self-diagnostic");
    case Kind::Weights:
        return QCoreApplication::translate("Questionnaire", "Weighting of the carré magique");
    case Kind::Needs:
        return QCoreApplication::translate("Questionnaire", "The seven needs of the territory");
    }
    return {};
}

QString answerTypeId(AnswerType type)
{
    for (const auto &[t, id] : answerTypeIds())
        if (t == type)
            return id;
    return {};
}

std::optional<AnswerType> answerTypeFromId(const QString &id)
{
    for (const auto &[t, known] : answerTypeIds())
        if (known == id)
            return t;
    return std::nullopt;
}

QList<Choice> choicesOf(AnswerType type)
{
    QList<Choice> list;
    switch (type) {
    case AnswerType::Rating:
        for (int v = 0; v <= method::criterionScoreMax; ++v)
            list.append({QString::number(v), QString::number(v)});
        break;
    case AnswerType::Maturity:
        for (int v = 0; v <= method::maturityScoreMax; ++v)
            list.append({QString::number(v), QString::number(v)});
        list.first().label = QCoreApplication::translate("Questionnaire", "0 – not started");
        list.last().label = QCoreApplication::translate("Questionnaire", "%1 – mastered").arg(method::maturityScoreMax);
        break;
    case AnswerType::StepBack:
        list = choicesFrom(method::stepBackAnswers());
        break;
    case AnswerType::Priority:
        list = choicesFrom(method::needPriorities());
        break;
    case AnswerType::None:
    case AnswerType::Weight:
        break;
    }
    return list;
}

QList<Question> anonymousReviewQuestions(const Project &project)
{
    QList<Question> list;
    for (const auto &q : evaluation::reviewQuestions(project)) {
        Question question;
        question.key = q.criterionId;
        question.section = method::tr(method::reviewPartTitle(q.part));
        question.label = q.label;
        question.text = q.question;
        question.answer = answerOfCriterion(q.kind);
        question.words = true;
        list.append(question);
    }
    return list;
}

QList<Question> questionsFor(const Project &project, Kind kind, const QUuid &organisation)
{
    const Organisation *o = project.organisation(organisation);
    if (!o)
        return {};
    QList<Question> list;
    switch (kind) {
    case Kind::Review:
        return anonymousReviewQuestions(project);
    case Kind::Maturity:
        for (const auto &m : method::maturityQuestionsFor(o->profile, o->role)) {
            const QString text = method::tr(m.text);
            list.append(
                {m.id, method::choiceLabel(method::maturityAxes(), m.axis), text, text, AnswerType::Maturity, true});
        }
        break;
    case Kind::Weights:
        for (const auto &objective : method::objectives()) {
            const QString name = method::tr(objective.name);
            list.append({objective.id, QString(), name, name, AnswerType::Weight, false});
        }
        break;
    case Kind::Needs:
        for (const auto &need : method::territoryNeeds()) {
            QStringList questions;
            for (const char *q : need.questions)
                questions.append(method::tr(q));
            list.append({need.id, QString(), method::tr(need.name), questions.join(QLatin1Char('\n')),
                         AnswerType::Priority, true});
        }
        break;
    }
    return list;
}

} // namespace alliance::questionnaire
