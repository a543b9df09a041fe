#include "hostileprojects.h"

#include "method/method.h"
#include "storage/schema.h"

#include <QDate>
#include <QUuid>

namespace alliance::test {

namespace {

QString idText(const QUuid &id)
{
    return schema::idText(id);
}

QString isoDate(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

void addContribution(ChangeSet &changes, const QUuid &organisation, double euros)
{
    const QUuid id = QUuid::createUuid();
    changes.set(QStringLiteral("contribution"), id, QStringLiteral("organisation_id"), idText(organisation))
        .set(QStringLiteral("contribution"), id, QStringLiteral("kind"), method::contributionKinds().first().id)
        .set(QStringLiteral("contribution"), id, QStringLiteral("description"), QStringLiteral("Huge gift"))
        .set(QStringLiteral("contribution"), id, QStringLiteral("value_euros"), euros);
}

} // namespace

QString longestWord(QChar letter)
{
    return QString(schema::maxTextLength, letter);
}

ChangeSet manyNotes(int count, const QString &stepId)
{
    ChangeSet changes(QStringLiteral("notes"));
    for (int i = 0; i < count; ++i) {
        const QUuid id = QUuid::createUuid();
        changes.set(QStringLiteral("note"), id, QStringLiteral("step_id"), stepId)
            .set(QStringLiteral("note"), id, QStringLiteral("text"),
                 QStringLiteral("Note %1: the steering committee met and agreed on the next actions").arg(i));
    }
    return changes;
}

ChangeSet hugeNumbers()
{
    ChangeSet changes(QStringLiteral("huge numbers"));
    const QUuid rich = QUuid::createUuid();
    const QUuid indebted = QUuid::createUuid();
    changes.set(QStringLiteral("organisation"), rich, QStringLiteral("name"), QStringLiteral("Rich Ally"))
        .set(QStringLiteral("organisation"), indebted, QStringLiteral("name"), QStringLiteral("Indebted Ally"));
    addContribution(changes, rich, 1.7e308);
    addContribution(changes, rich, 1.7e308); // the partner's sum overflows
    addContribution(changes, indebted, -1.7e308);
    const QUuid indicator = QUuid::createUuid();
    changes.set(QStringLiteral("indicator"), indicator, QStringLiteral("name"), QStringLiteral("Giant indicator"))
        .set(QStringLiteral("indicator"), indicator, QStringLiteral("baseline"), 0.0)
        .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), -1.7e308);
    for (int i = 0; i < 2; ++i) {
        const QUuid m = QUuid::createUuid();
        changes.set(QStringLiteral("measurement"), m, QStringLiteral("indicator_id"), idText(indicator))
            .set(QStringLiteral("measurement"), m, QStringLiteral("date"), isoDate(2025, 3 + i, 1))
            .set(QStringLiteral("measurement"), m, QStringLiteral("value"), i == 0 ? -1.7e308 : 1.7e308);
    }
    return changes;
}

ChangeSet longNames()
{
    ChangeSet changes(QStringLiteral("long names"));
    const QUuid org = QUuid::createUuid();
    changes.set(QStringLiteral("organisation"), org, QStringLiteral("name"), longestWord(QLatin1Char('N')));
    addContribution(changes, org, 1200.0);
    for (const method::Objective &objective : method::objectives()) {
        const QUuid w = QUuid::createUuid();
        changes.set(QStringLiteral("objective_weight"), w, QStringLiteral("organisation_id"), idText(org))
            .set(QStringLiteral("objective_weight"), w, QStringLiteral("objective_id"), objective.id)
            .set(QStringLiteral("objective_weight"), w, QStringLiteral("weight"), 25);
    }
    const QUuid answer = QUuid::createUuid();
    changes.set(QStringLiteral("maturity_answer"), answer, QStringLiteral("organisation_id"), idText(org))
        .set(QStringLiteral("maturity_answer"), answer, QStringLiteral("question_id"),
             method::maturityQuestions().first().id)
        .set(QStringLiteral("maturity_answer"), answer, QStringLiteral("score"), 2);
    const QUuid review = QUuid::createUuid();
    changes.set(QStringLiteral("review"), review, QStringLiteral("title"), longestWord(QLatin1Char('R')))
        .set(QStringLiteral("review"), review, QStringLiteral("date"), isoDate(2026, 6, 1))
        .set(QStringLiteral("review"), review, QStringLiteral("kind"), method::reviewKinds().first().id);
    for (const method::Criterion &criterion : method::criteria()) {
        const QUuid score = QUuid::createUuid();
        changes.set(QStringLiteral("review_score"), score, QStringLiteral("review_id"), idText(review))
            .set(QStringLiteral("review_score"), score, QStringLiteral("organisation_id"), idText(org))
            .set(QStringLiteral("review_score"), score, QStringLiteral("criterion_id"), criterion.id)
            .set(QStringLiteral("review_score"), score, QStringLiteral("score"), 3);
    }
    return changes;
}

} // namespace alliance::test
