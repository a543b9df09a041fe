#pragma once
// The catalyst grid (step 1): which organisation holds which catalyst
// function, as one change set (one undo step) for Document::apply.

#include "journal/change.h"

namespace alliance {

class Document;

namespace catalystedits {

/// Assigns catalyst function `functionId` to `organisationId`, on the item
/// whose id is derived from the pair (ids::catalystAssignment), so two copies
/// that assign it agree on one item; an assignment removed before is brought
/// back. Or, with `assigned` false, removes every live assignment of that
/// pair (a merged file may hold one under another id). Empty when the
/// organisation or function is unknown, or when nothing would change.
ChangeSet setAssigned(const Document &document, const QUuid &organisationId, const QString &functionId, bool assigned,
                      const QString &label);

} // namespace catalystedits
} // namespace alliance
