#include "pgtestserver.h"

#include "workspace/serverschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

namespace alliance::testing {

namespace {

QString socketFolder()
{
    const QString folder = qEnvironmentVariable("ALLIANCE_PG_SOCKET");
    REQUIRE_FALSE(folder.isEmpty());
    return folder;
}

// The cluster's superuser is the account that ran initdb (see pgserver.sh).
QString superuser()
{
    return qEnvironmentVariable("ALLIANCE_PG_SUPERUSER", QStringLiteral("nobody"));
}

void runOn(const workspace::Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    INFO(sql.toStdString());
    INFO(query.lastError().text().toStdString());
    if (!query.exec(sql))
        FAIL(query.lastError().text().toStdString());
}

std::unique_ptr<workspace::Connection> open(const workspace::Address &address)
{
    QString error;
    auto connection = workspace::Connection::open(address, QString(), &error);
    if (!connection)
        FAIL(error.toStdString());
    return connection;
}

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

TestDatabase::TestDatabase() : m_name(QStringLiteral("ws_") + uniqueSuffix())
{
    workspace::Address admin {superuser(), socketFolder(), 5432, QStringLiteral("postgres")};
    runOn(*open(admin), QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

TestDatabase::~TestDatabase()
{
    workspace::Address admin {superuser(), socketFolder(), 5432, QStringLiteral("postgres")};
    QString error;
    if (auto c = workspace::Connection::open(admin, QString(), &error)) {
        QSqlQuery query(c->database());
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const auto &role : m_roles)
            query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
}

workspace::Address TestDatabase::address(const QString &role) const
{
    return {role.isEmpty() ? superuser() : role, socketFolder(), 5432, m_name};
}

std::unique_ptr<workspace::Connection> TestDatabase::connect(const QString &role) const
{
    return open(address(role));
}

QString TestDatabase::addManager(const QString &hint)
{
    const QString role = hint + QLatin1Char('_') + uniqueSuffix();
    run(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, QLatin1String(workspace::managerGroup)));
    m_roles << role;
    return role;
}

void TestDatabase::run(const QString &sql) const
{
    runOn(*connect(), sql);
}

} // namespace alliance::testing
