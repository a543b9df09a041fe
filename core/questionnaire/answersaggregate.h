#pragma once
// Anonymous review questionnaires (binding.anonymous): their answers are
// never stored against an organisation. They are summed up per organisation
// kind, as PSAT did: how many answered, and per question the spread of the
// answers (a rating's mean and count per value, a step-back answer's count
// per answer).

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace alliance::questionnaire {

/// One anonymous respondent's readable answers.
struct AnonymousResponse
{
    QString organisationKind;        ///< a method::organisationProfiles() id
    QMap<QString, int> ratings;      ///< question key -> 0..criterionScoreMax
    QMap<QString, QString> stepBack; ///< question key -> stepBackAnswers() id
};

struct QuestionSpread
{
    QString key;
    QString label;
    bool rating = false;     ///< a rating: mean and counts by value; else a step-back question
    int answered = 0;        ///< respondents who answered it
    double mean = 0;         ///< ratings only
    QList<int> counts;       ///< ratings: per value 0..max; step-back: per stepBackAnswers() in order
    QStringList valueLabels; ///< what each count counts ("0".."4", "Yes", "Partly"...)
};

struct KindAggregate
{
    QString kind;      ///< method::organisationProfiles() id
    QString kindLabel; ///< translated
    int respondents = 0;
    QList<QuestionSpread> questions; ///< in the questionnaire's order, answered ones only
};

struct QuestionRef
{
    QString key;
    QString label;
    bool rating = false;
};

/// Sums `responses` up per organisation kind (in method order), over
/// `questions` (rating and step-back questions, in order).
QList<KindAggregate> aggregateResponses(const QList<AnonymousResponse> &responses, const QList<QuestionRef> &questions);

/// The aggregate as lines for people ("Associations: 3 respondents", "  Trust: mean 2.7 (0: 0, 1: 1, ...)").
QStringList aggregateLines(const QList<KindAggregate> &aggregates);

} // namespace alliance::questionnaire
