// The workspace's server side: who may read and write what is decided by
// PostgreSQL itself, so a client that writes its own SQL gets no further.
#include "cli/cli.h"
#include "cli/verbs.h"
#include "pgtestserver.h"
#include "workspace/serverschema.h"
#include "workspace/workspaceinit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString installation = newId();

QJsonObject change(const QString &entity, const QString &entityId, const QString &field, const QJsonValue &value,
                   bool isPrivate = false)
{
    static int counter = 0;
    ++counter;
    return {{QStringLiteral("change_id"), newId()},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value},
            {QStringLiteral("hlc"),
             QStringLiteral("%1-%2-%3")
                 .arg(1764547200000LL + counter, 16, 10, QLatin1Char('0'))
                 .arg(0, 8, 10, QLatin1Char('0'))
                 .arg(installation)},
            {QStringLiteral("author_name"), QStringLiteral("Claire Martin")},
            {QStringLiteral("author_org"), QString()},
            {QStringLiteral("installation"), installation},
            {QStringLiteral("private"), isPrivate}};
}

/// Runs `sql` with `bindings`; the error text when it fails, empty when it runs.
QString tryRun(workspace::Connection &c, const QString &sql, const QVariantList &bindings = {},
               QSqlQuery *out = nullptr)
{
    QSqlQuery query(c.database());
    query.prepare(sql);
    for (const auto &b : bindings)
        query.addBindValue(b);
    if (!query.exec())
        return query.lastError().databaseText().isEmpty() ? QStringLiteral("failed") : query.lastError().databaseText();
    if (out)
        *out = std::move(query);
    return {};
}

int count(workspace::Connection &c, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery query;
    const QString error = tryRun(c, sql, bindings, &query);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QString append(workspace::Connection &c, const QString &partnership, const QJsonArray &changes, int *added = nullptr)
{
    QSqlQuery query;
    const QString error
        = tryRun(c, QStringLiteral("SELECT alliance.append_changes(?::uuid, ?::jsonb)"),
                 {partnership, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))}, &query);
    if (error.isEmpty() && added && query.next())
        *added = query.value(0).toInt();
    return error;
}

struct Workspace
{
    TestDatabase db;
    Workspace()
    {
        auto admin = db.connect();
        QString error;
        INFO(error.toStdString());
        REQUIRE(workspace::initWorkspace(*admin, &error));
    }
};

} // namespace

TEST_CASE("A database becomes a workspace once", "[workspace]")
{
    Workspace ws;
    auto admin = ws.db.connect();
    CHECK(workspace::workspaceVersion(*admin) == workspace::serverSchemaVersion);
    QString error;
    CHECK_FALSE(workspace::initWorkspace(*admin, &error));
    CHECK(error.contains(QStringLiteral("already holds a workspace")));
    CHECK(workspace::workspaceVersion(*admin) == workspace::serverSchemaVersion);
}

TEST_CASE("A manager reads nothing of a partnership they are not a member of, whatever SQL they write", "[workspace]")
{
    Workspace ws;
    const QString alice = ws.db.addManager(QStringLiteral("alice"));
    const QString bruno = ws.db.addManager(QStringLiteral("bruno"));
    auto asAlice = ws.db.connect(alice);
    auto asBruno = ws.db.connect(bruno);

    const QString mine = newId();
    REQUIRE(tryRun(*asAlice, QStringLiteral("SELECT alliance.publish(?::uuid, ?)"), {mine, QStringLiteral("Alliance")})
                .isEmpty());
    int added = 0;
    const QString org = newId();
    REQUIRE(
        append(*asAlice, mine,
               {change(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Passerelles")),
                change(QStringLiteral("organisation"), org, QStringLiteral("notes"), QStringLiteral("secret"), true)},
               &added)
            .isEmpty());
    CHECK(added == 2);
    CHECK(count(*asAlice, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 2);

    // Bruno, not a member: nothing, however he asks (the planner's statistics included).
    ws.db.run(QStringLiteral("ANALYZE alliance.journal"));
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 0);
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.partnerships")) == 0);
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.members")) == 0);
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.journal WHERE partnership = ?::uuid"), {mine})
          == 0);
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM pg_stats WHERE schemaname = 'alliance'")) == 0);
    CHECK_FALSE(tryRun(*asBruno, QStringLiteral("UPDATE alliance.journal SET v_text = 'x'")).isEmpty());
    CHECK_FALSE(tryRun(*asBruno, QStringLiteral("DELETE FROM alliance.journal")).isEmpty());
    CHECK_FALSE(
        tryRun(*asBruno, QStringLiteral("INSERT INTO alliance.members VALUES (?::uuid, ?, 'owner')"), {mine, bruno})
            .isEmpty());
    CHECK_FALSE(
        tryRun(*asBruno, QStringLiteral("SELECT alliance.set_member(?::uuid, ?, 'owner')"), {mine, bruno}).isEmpty());
    CHECK_FALSE(append(*asBruno, mine,
                       {change(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Pirate"))})
                    .isEmpty());
    // Alice's own rights stop at reading and appending too.
    CHECK_FALSE(tryRun(*asAlice, QStringLiteral("DELETE FROM alliance.journal")).isEmpty());
    CHECK(count(*asAlice, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 2);

    // Made a reader, Bruno reads the public changes, never the private one,
    // and still cannot write.
    REQUIRE(
        tryRun(*asAlice, QStringLiteral("SELECT alliance.set_member(?::uuid, ?, 'reader')"), {mine, bruno}).isEmpty());
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 1);
    CHECK(count(*asBruno, QStringLiteral("SELECT count(*) FROM alliance.journal WHERE private")) == 0);
    CHECK_FALSE(append(*asBruno, mine,
                       {change(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Pirate"))})
                    .isEmpty());
    // The last owner cannot leave the partnership without one.
    CHECK_FALSE(
        tryRun(*asAlice, QStringLiteral("SELECT alliance.set_member(?::uuid, ?, 'reader')"), {mine, alice}).isEmpty());
}

TEST_CASE("The server refuses a change a project file would refuse, and takes each change once", "[workspace]")
{
    Workspace ws;
    const QString alice = ws.db.addManager(QStringLiteral("alice"));
    auto asAlice = ws.db.connect(alice);
    const QString p = newId();
    REQUIRE(tryRun(*asAlice, QStringLiteral("SELECT alliance.publish(?::uuid, ?)"), {p, QStringLiteral("Alliance")})
                .isEmpty());
    const QString org = newId();
    const QJsonObject good = change(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("A"));

    QJsonObject bad;
    SECTION("an id that is no id")
    {
        bad = change(QStringLiteral("organisation"), QStringLiteral("not-an-id"), QStringLiteral("name"),
                     QStringLiteral("B"));
    }
    SECTION("a field no table has")
    {
        bad = change(QStringLiteral("organisation"), org, QStringLiteral("password"), QStringLiteral("B"));
    }
    SECTION("a maturity score above the method's scale")
    {
        bad = change(QStringLiteral("maturity_answer"), newId(), QStringLiteral("score"), 7);
    }
    SECTION("a text longer than a project file holds")
    {
        bad = change(QStringLiteral("organisation"), org, QStringLiteral("notes"), QString(100001, QLatin1Char('x')));
    }
    SECTION("a choice the method does not know")
    {
        bad = change(QStringLiteral("organisation"), org, QStringLiteral("profile"), QStringLiteral("cartel"));
    }
    SECTION("a second partnership")
    {
        bad = change(QStringLiteral("partnership"), newId(), QStringLiteral("title"), QStringLiteral("Other"));
    }
    SECTION("deleting the partnership")
    {
        bad = change(QStringLiteral("partnership"), p, QStringLiteral("deleted"), 1);
    }
    SECTION("a clock with another spelling")
    {
        bad = good;
        bad[QStringLiteral("change_id")] = newId();
        bad[QStringLiteral("hlc")] = QStringLiteral("yesterday");
    }
    int added = -1;
    const QString error = append(*asAlice, p, {good, bad}, &added);
    CHECK(error.contains(QStringLiteral("change 2 refused")));
    CHECK(count(*asAlice, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 0);

    REQUIRE(append(*asAlice, p, {good}, &added).isEmpty());
    CHECK(added == 1);
    REQUIRE(append(*asAlice, p, {good}, &added).isEmpty());
    CHECK(added == 0);
    CHECK(count(*asAlice, QStringLiteral("SELECT count(*) FROM alliance.journal")) == 1);
}

TEST_CASE("workspace init makes a workspace once, from the command line", "[workspace]")
{
    TestDatabase db;
    const QString url = db.address().toString();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("init"), url}, out, err) == cli::Ok);
    CHECK(outText.contains(QStringLiteral("Workspace ready")));
    CHECK(workspace::workspaceVersion(*db.connect()) == workspace::serverSchemaVersion);
    CHECK(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("init"), url}, out, err) == cli::Refused);
    CHECK(errText.contains(QStringLiteral("already holds a workspace")));
    CHECK(cli::runWorkspace({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("db")}, out, err)
          == cli::Refused);
}

TEST_CASE("What went wrong with a workspace reads as a sentence, the server's own words after it", "[workspace]")
{
    using workspace::Failure;
    using workspace::failureKind;
    // The server's classification first (SQLSTATE), then libpq's words.
    CHECK(failureKind(QSqlError({}, QStringLiteral("password authentication failed for user \"x\""),
                                QSqlError::ConnectionError, QStringLiteral("28P01")))
          == Failure::Password);
    CHECK(failureKind(QSqlError({}, QStringLiteral("fe_sendauth: no password supplied"), QSqlError::ConnectionError))
          == Failure::Password);
    CHECK(failureKind(QSqlError({}, QStringLiteral("terminating connection due to administrator command"),
                                QSqlError::StatementError, QStringLiteral("57P01")))
          == Failure::Lost);
    CHECK(failureKind(
              QSqlError({}, QStringLiteral("server closed the connection unexpectedly"), QSqlError::StatementError))
          == Failure::Lost);
    CHECK(failureKind(QSqlError({}, QStringLiteral("server does not support SSL, but SSL was required"),
                                QSqlError::ConnectionError))
          == Failure::Tls);
    CHECK(failureKind(QSqlError({},
                                QStringLiteral("connection to server at \"10.0.0.1\", port 5432 failed: timeout "
                                               "expired"),
                                QSqlError::ConnectionError))
          == Failure::Unreachable);
    CHECK(failureKind(QSqlError({}, QStringLiteral("no pg_hba.conf entry for host \"1.2.3.4\", user \"x\""),
                                QSqlError::ConnectionError))
          == Failure::NotAllowed);
    CHECK(
        failureKind(QSqlError({}, QStringLiteral("duplicate key"), QSqlError::StatementError, QStringLiteral("23505")))
        == Failure::Other);
    // The server's text is made safe: one line, no control characters.
    const QString said = workspace::describeFailure(QSqlError(
        {}, QStringLiteral("FATAL:  password authentication failed\n\x1b[31mfor user"), QSqlError::ConnectionError));
    CHECK(said.startsWith(QStringLiteral("The workspace server wants a password, or refused the one given. "
                                         "The server said: FATAL: password authentication failed")));
    CHECK_FALSE(said.contains(QLatin1Char('\n')));
    CHECK_FALSE(said.contains(QChar(0x1b)));

    // A real server: a database it does not have, a user it does not know.
    TestDatabase db;
    workspace::Address address = db.address();
    address.database = QStringLiteral("no_such_workspace");
    QString error;
    Failure failure = Failure::Other;
    CHECK_FALSE(workspace::Connection::open(address, {}, &error, 2, &failure));
    CHECK(failure == Failure::NoDatabase);
    CHECK(error.contains(QStringLiteral("has no database of that name")));
    CHECK(error.contains(QStringLiteral("The server said:")));
    CHECK(error.contains(QStringLiteral("no_such_workspace")));
    address = db.address();
    address.user = QStringLiteral("nobody_we_know");
    CHECK_FALSE(workspace::Connection::open(address, {}, &error, 2, &failure));
    CHECK(failure == Failure::NotAllowed);
    CHECK(error.contains(QStringLiteral("does not let this user in")));
}
