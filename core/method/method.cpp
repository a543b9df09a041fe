// Translation helper, Choice lookups and the small enumerations stored in
// project files. The bigger method lists live in their own files beside this.
#include "method.h"

#include <QCoreApplication>

namespace alliance::method {

QString tr(const char *sourceText)
{
    if (!sourceText)
        return {};
    // Works without a QCoreApplication too: translate() then returns the source.
    return QCoreApplication::translate("Method", sourceText);
}

QStringList idsOf(const QList<Choice> &choices)
{
    QStringList ids;
    ids.reserve(choices.size());
    for (const Choice &c : choices)
        ids.append(c.id);
    return ids;
}

const Choice *findChoice(const QList<Choice> &choices, const QString &id)
{
    for (const Choice &c : choices) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString choiceLabel(const QList<Choice> &choices, const QString &id)
{
    const Choice *c = findChoice(choices, id);
    return c ? tr(c->label) : id;
}

const QList<Choice> &organisationProfiles()
{
    static const QList<Choice> list = {
        {QStringLiteral("association"), QT_TRANSLATE_NOOP("Method", "Association")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("Method", "Company")},
        {QStringLiteral("foundation"), QT_TRANSLATE_NOOP("Method", "Foundation")},
        {QStringLiteral("local_authority"), QT_TRANSLATE_NOOP("Method", "Local authority")},
        {QStringLiteral("public_body"), QT_TRANSLATE_NOOP("Method", "Public body")},
        {QStringLiteral("academic"), QT_TRANSLATE_NOOP("Method", "Academic or research institution")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Method", "Other")},
    };
    return list;
}

const QList<Choice> &organisationRoles()
{
    static const QList<Choice> list = {
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("Method", "Lead partner")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("Method", "Partner")},
        {QStringLiteral("catalyst"), QT_TRANSLATE_NOOP("Method", "Territorial catalyst")},
        {QStringLiteral("funder"), QT_TRANSLATE_NOOP("Method", "Funder")},
        {QStringLiteral("stakeholder"), QT_TRANSLATE_NOOP("Method", "Stakeholder")},
    };
    return list;
}

const QList<Choice> &stepStatuses()
{
    static const QList<Choice> list = {
        {QStringLiteral("not_started"), QT_TRANSLATE_NOOP("Method", "Not started")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Method", "In progress")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Method", "Done")},
    };
    return list;
}

const QList<Choice> &actionStatuses()
{
    static const QList<Choice> list = {
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("Method", "Planned")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Method", "In progress")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Method", "Done")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Method", "Cancelled")},
    };
    return list;
}

const QList<Choice> &contributionKinds()
{
    static const QList<Choice> list = {
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("Method", "Money")},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("Method", "Skills")},
        {QStringLiteral("people_days"), QT_TRANSLATE_NOOP("Method", "People (days)")},
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("Method", "Material")},
    };
    return list;
}

const QList<Choice> &indicatorDirections()
{
    static const QList<Choice> list = {
        {QStringLiteral("increase"), QT_TRANSLATE_NOOP("Method", "Should increase")},
        {QStringLiteral("decrease"), QT_TRANSLATE_NOOP("Method", "Should decrease")},
    };
    return list;
}

const QList<Choice> &reviewKinds()
{
    static const QList<Choice> list = {
        {QStringLiteral("interim"), QT_TRANSLATE_NOOP("Method", "Interim review")},
        {QStringLiteral("annual"), QT_TRANSLATE_NOOP("Method", "Annual review")},
        {QStringLiteral("final"), QT_TRANSLATE_NOOP("Method", "Final review")},
    };
    return list;
}

const QList<Choice> &meetingKinds()
{
    static const QList<Choice> list = {
        {QStringLiteral("steering_committee"), QT_TRANSLATE_NOOP("Method", "Steering committee")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("Method", "Review meeting")},
        {QStringLiteral("partners_meeting"), QT_TRANSLATE_NOOP("Method", "Partners' meeting")},
    };
    return list;
}

const QList<Choice> &decisionStatuses()
{
    static const QList<Choice> list = {
        //: A decision put to a committee, not yet taken.
        {QStringLiteral("to_decide"), QT_TRANSLATE_NOOP("Method", "To decide")},
        {QStringLiteral("decided"), QT_TRANSLATE_NOOP("Method", "Decided")},
        {QStringLiteral("declined"), QT_TRANSLATE_NOOP("Method", "Declined")},
    };
    return list;
}

const QList<Choice> &lessonKinds()
{
    static const QList<Choice> list = {
        {QStringLiteral("lesson"), QT_TRANSLATE_NOOP("Method", "Lesson learnt")},
        //: The meaning ("sens") the partners give to their action.
        {QStringLiteral("meaning"), QT_TRANSLATE_NOOP("Method", "Meaning of the action")},
        {QStringLiteral("next_step"), QT_TRANSLATE_NOOP("Method", "Next step")},
    };
    return list;
}

const QList<Choice> &needPriorities()
{
    static const QList<Choice> list = {
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("Method", "Low")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("Method", "Medium")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("Method", "High")},
    };
    return list;
}

} // namespace alliance::method
