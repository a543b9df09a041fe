#pragma once
// Helpers shared by the core tests: temporary folders, file digests, fixture
// projects made by code (never stored binaries), raw SQLite access for
// crafting hostile files, and a view of a Project item by table and field.

#include "document/document.h"
#include "model/project.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace alliance::test {

/// The author of every test edit.
Author testAuthor();

/// Options whose working folder is `workingFolder` (always set it in tests:
/// a test never touches the user's data folder).
DocumentOptions optionsIn(const QString &workingFolder);

/// A temporary folder removed at the end of the test; fails the test when it
/// cannot be made.
std::unique_ptr<QTemporaryDir> makeTempDir();

/// Hex SHA-256 of a file's content; empty when the file cannot be read.
QByteArray sha256(const QString &path);

/// Names in `folder` (hidden files included, "." and ".." excluded), sorted.
QStringList folderEntries(const QString &folder);

/// Copies a file, replacing `to`. False on failure.
bool copyFile(const QString &from, const QString &to);

/// A pid of a process that ran and has ended (spawned and reaped here).
qint64 deadPid();

/// Ids of the items created by makeFixture, by table name.
using FixtureIds = QHash<QString, QList<QUuid>>;

/// A valid project at `path`, made through Document::createNew + apply +
/// saveAs. It holds one item in every table of schema::tables() (every field
/// set to a valid value; texts contain HTML such as "<b>x</b>") and
/// `organisations` organisations in all. Fails the test on any error.
FixtureIds makeFixture(const QString &path, const QString &workingFolder, int organisations = 3);

/// One valid value for `table`.`field` (for references: `refs`' first id of
/// the referenced table, or null). `salt` varies texts and numbers.
QVariant validValue(const QString &table, const QString &field, const FixtureIds &refs, int salt = 0);

/// Runs `sql` on `path` through a plain (not hardened) read-write sqlite3
/// connection: the way an attacker crafts a file. Returns the error text,
/// empty on success.
QString rawExec(const QString &path, const QString &sql);

/// A row a crafted journal may hold, as rawExec SQL: one change of `field`
/// of item `entityId` in `entity`, to the SQL literal `valueSql`, with a
/// well-formed clock at `wallMs` and a fresh change id. `installation`
/// (an id's text) is a new one when empty; `clock` replaces the whole clock
/// when given (to craft bad ones).
QString journalRowSql(const QString &entity, const QString &entityId, const QString &field, const QString &valueSql,
                      qint64 wallMs, const QString &installation = {}, const QString &clock = {},
                      const QString &authorName = QStringLiteral("Partner"), const QString &authorOrg = {});

/// Every row of `sql` on `path`, opened read-only (immutable), each row's
/// columns as variants (blobs as QByteArray).
QList<QVariantList> rawRows(const QString &path, const QString &sql);
QVariant rawValue(const QString &path, const QString &sql);

/// Every table's rows of the file at `path`, sorted, as text lines keyed by
/// table name, plus "sqlite_schema", "user_version" and "application_id".
QMap<QString, QStringList> dumpContent(const QString &path);

/// The item `id` of `table` as a user sees it through Document::project():
/// its fields by column name (texts as QString, dates as ISO text, booleans
/// and integers as qint64, reals as double, references as id text or empty).
/// nullopt when the project does not show it (absent or deleted).
std::optional<QVariantMap> projectItem(const Project &project, const QString &table, const QUuid &id);

/// Ids of the items of `table` that the project shows.
QList<QUuid> projectIds(const Project &project, const QString &table);

/// Printable form for Catch messages.
std::string str(const QString &s);

} // namespace alliance::test
