#pragma once
// The one way a field is written into a project file: the open document's
// edits and merges, and the partner copies made from its snapshots, all go
// through here, so every value passes the same checks and limits.

#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace alliance {

class SqliteDb;

namespace fieldwriter {

/// What writing one field did.
struct Written
{
    bool created = false; ///< the item did not exist: its row was made
    bool changed = false; ///< false when the field already held the value
    QVariant before;      ///< the value it held (when not created)
};

/// Sets `table`.`field` of item `id` to `stored` (a value in its stored form,
/// see storedValue), making the item's row first when it does not exist.
/// Names are checked against the schema (they are spliced into SQL). Returns
/// nullopt with `error` on an unknown name or a database error. Runs inside
/// the caller's transaction, if any.
std::optional<Written> write(SqliteDb &db, const QString &table, const QUuid &id, const QString &field,
                             const QVariant &stored, QString *error = nullptr);

/// False (with `error`) when `stored`, the value of `table`.`field`, refers
/// to an item that does not exist in `db`.
bool referenceExists(SqliteDb &db, const QString &table, const QString &field, const QVariant &stored,
                     QString *error = nullptr);

/// Checks `value` as an edit would (storedValue: type, limits) and that what
/// it refers to exists, then writes it. Returns nullopt with `error` otherwise.
std::optional<Written> set(SqliteDb &db, const QString &table, const QUuid &id, const QString &field,
                           const QVariant &value, QString *error = nullptr);

} // namespace fieldwriter

} // namespace alliance
