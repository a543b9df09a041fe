#pragma once
// The change journal stored in every project file: one row per changed field.

#include "journal/change.h"

#include <QList>

namespace alliance {

class SqliteDb;

namespace journal {

/// Appends `entry`. False on a database error.
bool append(SqliteDb &db, const JournalEntry &entry);
qint64 size(SqliteDb &db);
/// The latest clock in the journal, empty when the journal is empty.
QString latestClock(SqliteDb &db);
/// Every change of one item, oldest first (all fields when `field` is empty).
QList<JournalEntry> history(SqliteDb &db, const QString &table, const QUuid &id, const QString &field = {});

} // namespace journal
} // namespace alliance
