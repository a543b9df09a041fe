#pragma once
// Describing the relationship on step 3 (METHOD.md 6b): the first answer is
// the category (the nature of the relationship), the second names a model of
// that category. Each function returns one change set (one undo step) for
// Document::apply; an empty change set means there is nothing to change.

#include "journal/change.h"
#include "model/project.h"

namespace alliance::relationship {

/// Answers the first question with `categoryId`. A model of another category
/// no longer answers the second question and is cleared in the same step.
/// `label` names the undo step.
ChangeSet describe(const Project &project, const QString &categoryId, const QString &label);

/// Answers the second question with `modelId`: the model and its category.
ChangeSet name(const Project &project, const QString &modelId, const QString &label);

} // namespace alliance::relationship
