#pragma once
// Ids of items that exist once per owner (an organisation's weight for one
// objective, a review's score for one criterion...). They are derived, not
// random, so that two copies creating "the same" item agree on its id and a
// merge sees one item, not two.

#include <QString>
#include <QUuid>

namespace alliance::ids {

inline QUuid derived(const QUuid &owner, const QString &key)
{
    return QUuid::createUuidV5(owner, key);
}
inline QUuid objectiveWeight(const QUuid &organisation, const QString &objectiveId)
{
    return derived(organisation, QStringLiteral("objective:") + objectiveId);
}
inline QUuid stepState(const QUuid &partnership, const QString &stepId)
{
    return derived(partnership, QStringLiteral("step:") + stepId);
}
/// Up to format 4, the partnership's one answer on a need; upgraded files
/// keep this id for the row that became the lead's view.
inline QUuid needAnswer(const QUuid &partnership, const QString &needId)
{
    return derived(partnership, QStringLiteral("need:") + needId);
}
/// From format 5, one organisation's view of a need.
inline QUuid organisationNeedAnswer(const QUuid &organisation, const QString &needId)
{
    return derived(organisation, QStringLiteral("need:") + needId);
}
inline QUuid maturityAnswer(const QUuid &organisation, const QString &questionId)
{
    return derived(organisation, QStringLiteral("maturity:") + questionId);
}
inline QUuid catalystAssignment(const QUuid &organisation, const QString &functionId)
{
    return derived(organisation, QStringLiteral("catalyst:") + functionId);
}
inline QUuid reviewScore(const QUuid &review, const QUuid &organisation, const QString &criterionId)
{
    return derived(review, organisation.toString(QUuid::WithoutBraces) + QLatin1Char(':') + criterionId);
}
inline QUuid organisationLogo(const QUuid &organisation)
{
    return derived(organisation, QStringLiteral("logo"));
}
inline QUuid mapPosition(const QUuid &organisation)
{
    return derived(organisation, QStringLiteral("map"));
}

/// The action a decision becomes: one per decision, whichever copy makes it.
inline QUuid decisionAction(const QUuid &decision)
{
    return derived(decision, QStringLiteral("action"));
}
/// A contact's place among a meeting's attendees.
inline QUuid meetingAttendee(const QUuid &meeting, const QUuid &contact)
{
    return derived(meeting, QStringLiteral("attendee:") + contact.toString(QUuid::WithoutBraces));
}

} // namespace alliance::ids
