#pragma once
// Which items of a project are the manager's alone: marked private, or
// hanging on a private item (a private organisation's contacts, weights,
// contributions...). Partner copies leave them out; merges never touch them.

#include <QSet>
#include <QString>

namespace alliance {
class SqliteDb;
}

namespace alliance::sync {

/// True for a reference that assigns work to an organisation rather than
/// makes an item belong to it (an action's owner): a partner copy clears it,
/// and the item stays shared.
bool clearedOnly(const QString &table, const QString &column);

/// The ids (stored form) of every private item of `db` and of what hangs on
/// one, deleted rows included (a deleted private note is still private).
QSet<QString> privateItemIds(SqliteDb &db);

/// `ids` (stored form) and the ids of every row of `db` that hangs on one of
/// them at any depth: a row whose reference names one, unless that reference
/// only assigns work (clearedOnly). Deleted rows included.
QSet<QString> withWhatHangsOn(SqliteDb &db, QSet<QString> ids);

} // namespace alliance::sync
