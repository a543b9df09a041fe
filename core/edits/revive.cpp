#include "edits/revive.h"

#include "document/document.h"

namespace alliance::edits {

bool isLive(const Document &document, const QString &table, const QUuid &id)
{
    const QVariant deleted = document.value(table, id, deletedField);
    return deleted.isValid() && deleted.toInt() == 0;
}

QVariant liveValue(const Document &document, const QString &table, const QUuid &id, const QString &field)
{
    if (!isLive(document, table, id))
        return {};
    return document.value(table, id, field);
}

void reviveOrCreate(ChangeSet &changes, const Document &document, const QString &table, const QUuid &id,
                    const QVariantMap &fields)
{
    if (isLive(document, table, id))
        return;
    changes.set(table, id, deletedField, 0);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.set(table, id, it.key(), it.value());
}

void create(ChangeSet &changes, const QString &table, const QUuid &id, const QVariantMap &fields)
{
    if (fields.isEmpty())
        changes.set(table, id, deletedField, 0);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.set(table, id, it.key(), it.value());
}

} // namespace alliance::edits
