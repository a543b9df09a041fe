#include "model/privacy.h"

#include <QSet>

namespace alliance {

namespace {

template<typename T, typename Keep> void keepOnly(QList<T> &items, Keep keep)
{
    items.erase(std::remove_if(items.begin(), items.end(), [&](const T &item) { return !keep(item); }), items.end());
}

} // namespace

Project withoutPrivateItems(const Project &project)
{
    Project p = project;
    QSet<QUuid> hidden;
    for (const auto &o : p.organisations)
        if (o.isPrivate)
            hidden.insert(o.id);
    auto visible = [&](const QUuid &id) { return !hidden.contains(id); };
    keepOnly(p.organisations, [&](const Organisation &o) { return visible(o.id); });
    keepOnly(p.contacts, [&](const Contact &c) { return !c.isPrivate && visible(c.organisationId); });
    keepOnly(p.notes, [](const Note &n) { return !n.isPrivate; });
    keepOnly(p.objectiveWeights, [&](const ObjectiveWeight &w) { return visible(w.organisationId); });
    // A need answer of no organisation (the shared view of an earlier format) stays.
    keepOnly(p.needAnswers, [&](const NeedAnswer &a) { return visible(a.organisationId); });
    keepOnly(p.maturityAnswers, [&](const MaturityAnswer &a) { return visible(a.organisationId); });
    keepOnly(p.catalystAssignments, [&](const CatalystAssignment &a) { return visible(a.organisationId); });
    keepOnly(p.contributions, [&](const Contribution &c) { return visible(c.organisationId); });
    keepOnly(p.reviewScores, [&](const ReviewScore &s) { return visible(s.organisationId); });
    keepOnly(p.mapPositions, [&](const MapPosition &m) { return visible(m.organisationId); });
    keepOnly(p.organisationLogos, [&](const OrganisationLogo &l) { return visible(l.organisationId); });
    keepOnly(p.actorLinks, [&](const ActorLink &l) { return visible(l.fromId) && visible(l.toId); });
    QSet<QUuid> contacts;
    for (const auto &c : p.contacts)
        contacts.insert(c.id);
    keepOnly(p.meetingAttendees, [&](const MeetingAttendee &a) { return contacts.contains(a.contactId); });
    for (auto &a : p.actions)
        if (!visible(a.ownerId))
            a.ownerId = QUuid();
    for (auto &d : p.decisions)
        if (!visible(d.ownerId))
            d.ownerId = QUuid();
    return p;
}

} // namespace alliance
