#include "edits/actormapedits.h"

#include "document/document.h"
#include "edits/revive.h"
#include "model/ids.h"

#include <QCoreApplication>

namespace alliance::actormapedits {

namespace {

const QString linkTable = QStringLiteral("actor_link");
const QString positionTable = QStringLiteral("map_position");

ChangeSet refuse(const QString &label, QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return ChangeSet(label);
}

const ActorLink *findLink(const Project &project, const QUuid &id)
{
    for (const auto &l : project.actorLinks)
        if (l.id == id)
            return &l;
    return nullptr;
}

} // namespace

ChangeSet addLink(const Project &project, const QUuid &from, const QUuid &to, const QString &label, QString *why)
{
    if (!project.organisation(from) || !project.organisation(to))
        return refuse(label, why,
                      QCoreApplication::translate("actormapedits", "This organisation is not in the project."));
    if (from == to)
        return refuse(label, why,
                      QCoreApplication::translate("actormapedits", "An organisation cannot be linked to itself."));
    for (const auto &l : project.actorLinks)
        if ((l.fromId == from && l.toId == to) || (l.fromId == to && l.toId == from))
            return refuse(label, why,
                          QCoreApplication::translate("actormapedits", "These two organisations are already linked."));
    const QUuid id = QUuid::createUuid();
    ChangeSet changes(label);
    changes.set(linkTable, id, QStringLiteral("from_id"), from).set(linkTable, id, QStringLiteral("to_id"), to);
    return changes;
}

ChangeSet removeLinks(const Project &project, const QList<QUuid> &links, const QString &label)
{
    ChangeSet changes(label);
    for (const QUuid &id : links)
        if (findLink(project, id))
            changes.remove(linkTable, id);
    return changes;
}

ChangeSet setLinkText(const Project &project, const QUuid &link, const QString &text, const QString &label)
{
    ChangeSet changes(label);
    const ActorLink *l = findLink(project, link);
    if (l && l->label != text)
        changes.set(linkTable, link, QStringLiteral("label"), text);
    return changes;
}

ChangeSet place(const Document &document, const QList<Placement> &placements, const QString &label)
{
    ChangeSet changes(label);
    for (const Placement &p : placements) {
        if (!document.project().organisation(p.organisation))
            continue;
        const QUuid id = ids::mapPosition(p.organisation);
        edits::reviveOrCreate(changes, document, positionTable, id,
                              {{QStringLiteral("organisation_id"), p.organisation}});
        changes.set(positionTable, id, QStringLiteral("x"), double(qRound(p.position.x())))
            .set(positionTable, id, QStringLiteral("y"), double(qRound(p.position.y())));
    }
    return changes;
}

ChangeSet resetLayout(const Project &project, const QString &label)
{
    ChangeSet changes(label);
    for (const auto &p : project.mapPositions)
        changes.remove(positionTable, p.id);
    return changes;
}

} // namespace alliance::actormapedits
