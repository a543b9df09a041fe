#pragma once
// Setting or clearing one field of one item, as one change set (one undo
// step) for Document::apply: what every field editor writes.

#include "journal/change.h"

#include <QVariantMap>

namespace alliance {

class Document;

namespace fieldedit {

/// Where a value goes: one field of one item.
struct Target
{
    QString table;
    QUuid id;
    QString field;
    /// Fields written too when the item does not exist yet or was removed (a
    /// derived-id item created by its first edit: e.g. organisation_id and
    /// question_id). Empty for an item that must already exist.
    QVariantMap createWith = {};
};

/// Sets `target`'s field to `value` (an empty value clears it), bringing the
/// item back first when it has createWith fields (edits::reviveOrCreate).
/// Empty when the target has no item. Whether the value is valid is checked
/// by Document::apply, which refuses it with a reason.
ChangeSet set(const Document &document, const Target &target, const QVariant &value, const QString &label);

/// The field's value as an editor shows it: empty when the item was removed.
QVariant shown(const Document &document, const Target &target);

} // namespace fieldedit
} // namespace alliance
