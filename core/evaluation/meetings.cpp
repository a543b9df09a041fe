#include "evaluation/meetings.h"

#include "evaluation/overdue.h"

#include <algorithm>

namespace alliance::evaluation {

namespace {

const Meeting *meetingById(const Project &project, const QUuid &id)
{
    for (const auto &m : project.meetings)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace

const Meeting *previousCommittee(const Project &project, const QDate &today)
{
    const Meeting *latest = nullptr;
    for (const auto &m : project.meetings)
        if (m.kind == QLatin1String("steering_committee") && m.date.isValid() && m.date < today
            && (!latest || m.date > latest->date))
            latest = &m;
    return latest;
}

const Meeting *nextMeeting(const Project &project, const QDate &today)
{
    const Meeting *next = nullptr;
    for (const auto &m : project.meetings)
        if (m.date.isValid() && m.date >= today && (!next || m.date < next->date))
            next = &m;
    return next;
}

QList<const Decision *> decisionsOf(const Project &project, const QUuid &meeting)
{
    QList<const Decision *> list;
    for (const auto &d : project.decisions)
        if (d.meetingId == meeting)
            list.append(&d);
    return list;
}

QList<const Contact *> attendeesOf(const Project &project, const QUuid &meeting)
{
    QList<const Contact *> list;
    for (const auto &a : project.meetingAttendees) {
        if (a.meetingId != meeting)
            continue;
        for (const auto &c : project.contacts)
            if (c.id == a.contactId && !list.contains(&c))
                list.append(&c);
    }
    std::sort(list.begin(), list.end(),
              [](const Contact *a, const Contact *b) { return a->name.localeAwareCompare(b->name) < 0; });
    return list;
}

QList<const Decision *> decisionsToTake(const Project &project, const QDate &today)
{
    QList<const Decision *> list;
    for (const auto &d : project.decisions) {
        if (d.status != QLatin1String("to_decide"))
            continue;
        // A decision whose meeting is gone (a merge may leave one) is nobody's to take.
        const Meeting *m = meetingById(project, d.meetingId);
        if (m && (!m->date.isValid() || m->date >= today))
            list.append(&d);
    }
    return list;
}

QList<const Decision *> openDecisions(const Project &project)
{
    QList<const Decision *> list;
    for (const auto &d : project.decisions) {
        if (!meetingById(project, d.meetingId))
            continue; // its meeting is gone: nothing shows it, nothing can close it
        if (d.status == QLatin1String("to_decide")) {
            list.append(&d);
        } else if (d.status == QLatin1String("decided")) {
            const Action *a = actionOf(project, d);
            if (!a || !isClosed(a->status))
                list.append(&d);
        }
    }
    return list;
}

const Action *actionOf(const Project &project, const Decision &decision)
{
    if (decision.actionId.isNull())
        return nullptr;
    for (const auto &a : project.actions)
        if (a.id == decision.actionId)
            return &a;
    return nullptr;
}

} // namespace alliance::evaluation
