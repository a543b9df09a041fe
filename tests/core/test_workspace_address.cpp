// Workspace addresses as managers write them; a password never rides along.
#include <catch2/catch.hpp>

#include "workspace/connection.h"

using namespace alliance::workspace;

TEST_CASE("A workspace address names a user, a server and a database", "[workspace]")
{
    QString error;
    auto a = Address::parse(QStringLiteral("postgresql://claire@db.reseau.example:5433/alliances"), &error);
    REQUIRE(a.has_value());
    CHECK(a->user == QStringLiteral("claire"));
    CHECK(a->host == QStringLiteral("db.reseau.example"));
    CHECK(a->port == 5433);
    CHECK(a->database == QStringLiteral("alliances"));
    CHECK(a->toString() == QStringLiteral("postgresql://claire@db.reseau.example:5433/alliances"));

    a = Address::parse(QStringLiteral("postgres://claire@localhost/alliances?host=%2Fvar%2Frun%2Fpostgresql"), &error);
    REQUIRE(a.has_value());
    CHECK(a->host == QStringLiteral("/var/run/postgresql"));
    CHECK(a->port == 5432);
    CHECK(Address::parse(a->toString(), &error)->host == QStringLiteral("/var/run/postgresql"));
}

TEST_CASE("A workspace address with a password or without a user is refused", "[workspace]")
{
    QString error;
    CHECK_FALSE(Address::parse(QStringLiteral("postgresql://claire:s3cret@db/alliances"), &error).has_value());
    CHECK(error.contains(QStringLiteral("PGPASSFILE")));
    CHECK_FALSE(error.contains(QStringLiteral("s3cret")));
    CHECK_FALSE(Address::parse(QStringLiteral("postgresql://db/alliances"), &error).has_value());
    CHECK_FALSE(Address::parse(QStringLiteral("mysql://claire@db/alliances"), &error).has_value());
    CHECK_FALSE(Address::parse(QStringLiteral("postgresql://claire@db/"), &error).has_value());
}

TEST_CASE("A server's message is shown as one line of printable text", "[workspace]")
{
    const QString shown
        = safeServerText(QStringLiteral("bad\x1b[31m thing\nhappened\u202e") + QString(500, QLatin1Char('x')));
    CHECK_FALSE(shown.contains(QChar(0x1b)));
    CHECK_FALSE(shown.contains(QLatin1Char('\n')));
    CHECK_FALSE(shown.contains(QChar(0x202e)));
    CHECK(shown.size() <= 301);
    CHECK(shown.startsWith(QStringLiteral("bad [31m thing happened")));
}
