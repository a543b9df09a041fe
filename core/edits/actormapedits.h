#pragma once
// The ecosystem map (step 1) as typed edits: links between actors and where
// each organisation sits. Each function returns one change set (one undo
// step) for Document::apply; an empty set means there is nothing to change,
// and `why` (when given) says, translated, why an edit is refused.

#include "journal/change.h"
#include "model/project.h"

#include <QPointF>

namespace alliance {

class Document;

namespace actormapedits {

/// Links organisations `from` and `to` (a new actor_link item). Refused when
/// either is unknown, when they are the same organisation (a self-link says
/// nothing), or when they are already linked in either direction.
ChangeSet addLink(const Project &project, const QUuid &from, const QUuid &to, const QString &label,
                  QString *why = nullptr);

/// Removes the live links among `links`; unknown ids are left alone (removing
/// them would create empty tombstones).
ChangeSet removeLinks(const Project &project, const QList<QUuid> &links, const QString &label);

/// Sets the words on link `link`. Empty when the link is unknown or already says that.
ChangeSet setLinkText(const Project &project, const QUuid &link, const QString &text, const QString &label);

/// One organisation's place on the map, in scene units.
struct Placement
{
    QUuid organisation;
    QPointF position;
};

/// Places each organisation of `placements` (on its derived-id map_position
/// item, brought back when it was removed) at whole scene units: the file
/// stays tidy and nothing visible is lost. Unknown organisations are skipped.
ChangeSet place(const Document &document, const QList<Placement> &placements, const QString &label);

/// Removes every stored position: the map lays itself out again.
ChangeSet resetLayout(const Project &project, const QString &label);

} // namespace actormapedits
} // namespace alliance
