#pragma once
// Weighting a partner's carré magique (step 2): the four weights of one
// organisation are always written together, as one change set (one undo
// step) for Document::apply, on the objective_weight items whose ids are
// ids::objectiveWeight(organisation, objective).

#include "evaluation/weights.h"
#include "journal/change.h"

#include <QList>
#include <QUuid>

namespace alliance {

class Document;

namespace weighting {

/// Writes `weights` as the four weights of `organisationId`. A weight row that
/// is missing, or deleted (an undone first weighting), is created or made live
/// again with its organisation and objective. `label` names the undo step.
ChangeSet setWeights(const Document &document, const QUuid &organisationId, const evaluation::Weights &weights,
                     const QString &label);

/// The user set objective `index` of `organisationId` to `value`, having set
/// `setBefore` earlier (indices, the most recent first): the stored weights
/// (25 each when the partner has not weighted yet) become
/// evaluation::weightsAfterSetting(). Gives an empty set when nothing would
/// change, or when `index` is not an objective.
ChangeSet setWeight(const Document &document, const QUuid &organisationId, int index, int value,
                    const QList<int> &setBefore, const QString &label);

} // namespace weighting
} // namespace alliance
