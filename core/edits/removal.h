#pragma once
// Removing an item together with what only makes sense with it.

#include "journal/change.h"

namespace alliance {

class Document;

/// The changes that remove organisation `id`: the organisation, and every
/// live item that belongs to it (contacts, weights, maturity answers,
/// catalyst functions, contributions, review scores, map position, links,
/// and at any depth what hangs on those: a contact's place at meetings).
/// Items merely assigned to it (actions and decisions it owns) stay, with no owner.
/// Applied as one change set, one undo step brings everything back.
ChangeSet organisationRemoval(const Document &document, const QUuid &id, const QString &description);

/// The changes that remove meeting `id` with its attendees and its
/// decisions, as one undo step. The actions its decisions became stay: they
/// are the partnership's plan now, not the meeting's. Empty when the meeting
/// is unknown or already removed.
ChangeSet meetingRemoval(const Document &document, const QUuid &id, const QString &description);

} // namespace alliance
