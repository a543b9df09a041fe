#include "questionnaire/answersaggregate.h"

#include "method/method.h"

#include <QCoreApplication>
#include <QLocale>

namespace alliance::questionnaire {

namespace {

QuestionSpread spreadOf(const QuestionRef &q, const QList<const AnonymousResponse *> &responses)
{
    QuestionSpread s;
    s.key = q.key;
    s.label = q.label;
    s.rating = q.rating;
    if (q.rating) {
        for (int v = 0; v <= method::criterionScoreMax; ++v)
            s.valueLabels.append(QString::number(v));
        s.counts.fill(0, method::criterionScoreMax + 1);
        int sum = 0;
        for (const AnonymousResponse *r : responses) {
            const auto it = r->ratings.constFind(q.key);
            if (it == r->ratings.cend() || *it < 0 || *it > method::criterionScoreMax)
                continue;
            ++s.counts[*it];
            sum += *it;
            ++s.answered;
        }
        s.mean = s.answered > 0 ? double(sum) / s.answered : 0;
        return s;
    }
    const auto &answers = method::stepBackAnswers();
    for (const auto &a : answers)
        s.valueLabels.append(method::tr(a.label));
    s.counts.fill(0, answers.size());
    for (const AnonymousResponse *r : responses) {
        const QString answer = r->stepBack.value(q.key);
        for (int i = 0; i < answers.size(); ++i)
            if (answers.at(i).id == answer) {
                ++s.counts[i];
                ++s.answered;
            }
    }
    return s;
}

} // namespace

QList<KindAggregate> aggregateResponses(const QList<AnonymousResponse> &responses, const QList<QuestionRef> &questions)
{
    QList<KindAggregate> list;
    for (const auto &kind : method::organisationProfiles()) {
        QList<const AnonymousResponse *> ofKind;
        for (const AnonymousResponse &r : responses)
            if (r.organisationKind == kind.id)
                ofKind.append(&r);
        if (ofKind.isEmpty())
            continue;
        KindAggregate a;
        a.kind = kind.id;
        a.kindLabel = method::tr(kind.label);
        a.respondents = ofKind.size();
        for (const QuestionRef &q : questions) {
            const QuestionSpread s = spreadOf(q, ofKind);
            if (s.answered > 0)
                a.questions.append(s);
        }
        list.append(a);
    }
    return list;
}

QStringList aggregateLines(const QList<KindAggregate> &aggregates)
{
    QStringList lines;
    const QLocale locale;
    for (const KindAggregate &a : aggregates) {
        //: %1 an organisation kind (Association...), %n the respondents
        lines.append(QCoreApplication::translate("Questionnaire", "%1: %n respondent(s)", nullptr, a.respondents)
                         .arg(a.kindLabel));
        for (const QuestionSpread &s : a.questions) {
            QStringList counts;
            for (int i = 0; i < s.counts.size(); ++i)
                //: one value and how many chose it: "3: 2"
                counts.append(QCoreApplication::translate("Questionnaire", "%1: %2")
                                  .arg(s.valueLabels.value(i), locale.toString(s.counts.at(i))));
            if (s.rating)
                //: %1 the question, %2 the mean rating, %3 the count of each value
                lines.append(QCoreApplication::translate("Questionnaire", "  %1: mean %2 (%3)")
                                 .arg(s.label, locale.toString(s.mean, 'f', 1), counts.join(QStringLiteral(", "))));
            else
                lines.append(QCoreApplication::translate("Questionnaire", "  %1: %2")
                                 .arg(s.label, counts.join(QStringLiteral(", "))));
        }
    }
    return lines;
}

} // namespace alliance::questionnaire
