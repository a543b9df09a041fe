#pragma once
// An item's existence is its "deleted" field (a tombstone keeps the row so
// that merges and references keep working). Items whose id is derived from
// what they describe (ids.h: a weight, an answer, a map position...) are made
// by their first edit and, after an undo or a removal, brought back under the
// same id, so two copies that do it agree on one item. This is that rule, in
// one place, for every typed edit.

#include "journal/change.h"

#include <QVariantMap>

namespace alliance {

class Document;

namespace edits {

/// The field every table has that says whether its item was removed.
inline const QString deletedField = QStringLiteral("deleted");

/// True when item `id` of `table` exists and is not removed.
bool isLive(const Document &document, const QString &table, const QUuid &id);

/// The stored value of `field` of item `id`; an invalid QVariant when the
/// item does not exist or was removed (an undone creation reads as empty).
QVariant liveValue(const Document &document, const QString &table, const QUuid &id, const QString &field);

/// Adds to `changes` what makes item `id` of `table` live again when it is
/// missing or removed: "deleted" = 0 and `fields` (what the item is: whose,
/// of which question...). Adds nothing when the item is live.
void reviveOrCreate(ChangeSet &changes, const Document &document, const QString &table, const QUuid &id,
                    const QVariantMap &fields = {});

/// Adds to `changes` a new item `id` of `table` with `fields`; an item with
/// no field to set still exists ("deleted" = 0).
void create(ChangeSet &changes, const QString &table, const QUuid &id, const QVariantMap &fields);

} // namespace edits
} // namespace alliance
