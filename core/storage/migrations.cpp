#include "storage/migrations.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace alliance {

namespace {

/// The statements that take a database from `version - 1` to `version`:
/// the tables and indexes our DDL has at `version` and not before. New
/// columns in existing tables would need a rebuild of that table here, so
/// that the stored CREATE text stays exactly our DDL (the open check compares it).
QStringList stepTo(int version)
{
    const QStringList before = schema::ddl(version - 1);
    QStringList out;
    for (const auto &statement : schema::ddl(version))
        if (!before.contains(statement))
            out << statement;
    return out;
}

} // namespace

bool createSchema(SqliteDb &db, QString *error)
{
    // Bigger pages than SQLite's 4 KiB: fewer reads when a whole file is checked.
    QStringList sql{QStringLiteral("PRAGMA page_size = 16384"), QStringLiteral("BEGIN")};
    sql << schema::ddl(schema::currentVersion);
    sql << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
        << QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion) << QStringLiteral("COMMIT");
    for (const auto &statement : sql) {
        if (!db.exec(statement)) {
            if (error)
                *error = db.errorMessage();
            db.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

bool migrate(SqliteDb &db, int fromVersion, QString *error)
{
    for (int v = fromVersion + 1; v <= schema::currentVersion; ++v) {
        QStringList sql{QStringLiteral("BEGIN")};
        sql << stepTo(v) << QStringLiteral("PRAGMA user_version = %1").arg(v) << QStringLiteral("COMMIT");
        for (const auto &statement : sql) {
            if (!db.exec(statement)) {
                if (error)
                    *error = QCoreApplication::translate("Migration", "Upgrading the file to format %1 failed: %2")
                                 .arg(v)
                                 .arg(db.errorMessage());
                db.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    return true;
}

} // namespace alliance
