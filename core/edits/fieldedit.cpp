#include "edits/fieldedit.h"

#include "edits/revive.h"

namespace alliance::fieldedit {

ChangeSet set(const Document &document, const Target &target, const QVariant &value, const QString &label)
{
    ChangeSet changes(label);
    if (target.id.isNull())
        return changes;
    if (!target.createWith.isEmpty())
        edits::reviveOrCreate(changes, document, target.table, target.id, target.createWith);
    changes.set(target.table, target.id, target.field, value);
    return changes;
}

QVariant shown(const Document &document, const Target &target)
{
    return edits::liveValue(document, target.table, target.id, target.field);
}

} // namespace alliance::fieldedit
