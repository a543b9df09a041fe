#include "storage/migrations.h"

#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace alliance {

namespace {

/// What a version changes in the rows themselves, after its DDL. Each step
/// is deterministic, so every copy of a partnership upgrades to the same rows.
QStringList dataSteps(int version)
{
    if (version != 5)
        return {};
    return {
        // The needs had one answer per partnership: it becomes the lead's view.
        QStringLiteral("UPDATE need_answer SET organisation_id = (SELECT id FROM organisation "
                       "WHERE role = 'lead' AND deleted = 0 ORDER BY id LIMIT 1)"),
        // The step-back questions were scored 0-5; they are now answered yes /
        // partly / no. The old score stays in the row.
        QStringLiteral("UPDATE review_score SET answer = CASE WHEN score >= 4 THEN 'yes' WHEN score >= 2 "
                       "THEN 'partly' ELSE 'no' END "
                       "WHERE criterion_id IN ('reduced_fragilities', 'sustainable_drivers')"),
    };
}

} // namespace

bool createSchema(SqliteDb &db, QString *error)
{
    // Bigger pages than SQLite's 4 KiB: fewer reads when a whole file is checked.
    QStringList sql {QStringLiteral("PRAGMA page_size = 16384"), QStringLiteral("BEGIN")};
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
        QStringList sql {QStringLiteral("BEGIN")};
        sql << schema::upgradeDdl(v) << dataSteps(v) << QStringLiteral("PRAGMA user_version = %1").arg(v)
            << QStringLiteral("COMMIT");
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
