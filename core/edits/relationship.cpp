#include "edits/relationship.h"

#include "method/method.h"

namespace alliance::relationship {

namespace {
const QString partnership = QStringLiteral("partnership");
}

ChangeSet describe(const Project &project, const QString &categoryId, const QString &label)
{
    ChangeSet changes(label);
    if (!method::findCategory(categoryId) || project.partnership.categoryId == categoryId)
        return changes;
    const QUuid id = project.partnership.id;
    changes.set(partnership, id, QStringLiteral("category_id"), categoryId);
    const method::Model *model = method::findModel(project.partnership.modelId);
    if (model && model->categoryId != categoryId)
        changes.set(partnership, id, QStringLiteral("model_id"), QString());
    return changes;
}

ChangeSet name(const Project &project, const QString &modelId, const QString &label)
{
    ChangeSet changes(label);
    const method::Model *model = method::findModel(modelId);
    if (!model)
        return changes;
    const QUuid id = project.partnership.id;
    changes.set(partnership, id, QStringLiteral("category_id"), model->categoryId)
        .set(partnership, id, QStringLiteral("model_id"), modelId);
    return changes;
}

} // namespace alliance::relationship
