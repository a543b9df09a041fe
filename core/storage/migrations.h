#pragma once
// Schema creation and upgrades of working copies, by PRAGMA user_version.

#include <QString>

namespace alliance {

class SqliteDb;

/// Creates the current schema in an empty database and stamps application_id
/// and user_version. False with `error` on failure.
bool createSchema(SqliteDb &db, QString *error);

/// Upgrades `db` from `fromVersion` to schema::currentVersion, one version per
/// transaction. A failed step rolls back and leaves the database at the last
/// version that succeeded. Only ever run on working copies.
bool migrate(SqliteDb &db, int fromVersion, QString *error);

} // namespace alliance
