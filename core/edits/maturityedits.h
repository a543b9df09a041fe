#pragma once
// Answering the maturity questions of the diagnosis (step 2), as one change
// set (one undo step) for Document::apply.

#include "journal/change.h"

#include <optional>

namespace alliance {

class Document;

namespace maturityedits {

/// Scores question `questionId` for `organisationId` on the answer whose id
/// is derived from the pair (ids::maturityAnswer), created by the first
/// score and brought back after a clear or an undo, so two copies agree on
/// one item. With nullopt, clears the answer (removes it). Empty when the
/// organisation or question is unknown, or nothing would change. A score out
/// of range is refused by Document::apply with its reason.
ChangeSet score(const Document &document, const QUuid &organisationId, const QString &questionId,
                std::optional<int> score, const QString &label);

} // namespace maturityedits
} // namespace alliance
