#include "workspace/workspaceinit.h"

#include "workspace/connection.h"
#include "workspace/serverschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace alliance::workspace {

int workspaceVersion(Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT to_regclass('alliance.workspace_info') IS NOT NULL")) || !query.next()
        || !query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM alliance.workspace_info")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool initWorkspace(Connection &connection, QString *error)
{
    QSqlDatabase db = connection.database();
    const int version = workspaceVersion(connection);
    if (version >= serverSchemaVersion) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "This database already holds a workspace.");
        return false;
    }
    // A workspace of an earlier version is brought to this one, its data kept.
    const QStringList statements = version > 0 ? serverSchemaUpgrade(version) : serverSchemaStatements();
    if (!db.transaction()) {
        if (error)
            *error = safeServerText(db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = QCoreApplication::translate("Workspace", "The workspace could not be created: %1")
                             .arg(safeServerText(query.lastError().databaseText()));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = safeServerText(db.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace alliance::workspace
