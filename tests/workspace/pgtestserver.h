#pragma once
// A database of its own on the tests' private PostgreSQL cluster, made for
// one test case and dropped after it, and roles with names of their own.

#include "workspace/connection.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace alliance::testing {

class TestDatabase
{
public:
    /// A new empty database on the cluster of ALLIANCE_PG_SOCKET.
    TestDatabase();
    ~TestDatabase();

    /// The address of the database for `role` (the cluster's superuser when empty).
    workspace::Address address(const QString &role = QString()) const;
    /// A connection as `role` (superuser when empty); fails the test when it cannot.
    std::unique_ptr<workspace::Connection> connect(const QString &role = QString()) const;
    /// Makes a login role, member of the workspace's manager group; its name.
    QString addManager(const QString &hint);
    /// Runs `sql` as the superuser; fails the test on error.
    void run(const QString &sql) const;

private:
    QString m_name;
    QStringList m_roles;
};

} // namespace alliance::testing
