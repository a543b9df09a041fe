#pragma once
// What may leave the manager's hands: a project without the items marked
// private (organisations, contacts, notes) and without what belongs to a
// private organisation.

#include "model/project.h"

namespace alliance {

/// `project` without private organisations, contacts and notes, and without
/// the views of the needs, weights, maturity answers, catalyst functions,
/// contributions, scores, map positions and links of private organisations.
/// Actions owned by a private organisation stay, without owner (as when it is
/// removed).
Project withoutPrivateItems(const Project &project);

} // namespace alliance
