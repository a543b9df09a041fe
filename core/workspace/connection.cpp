#include "workspace/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace alliance::workspace {

std::optional<Address> Address::parse(const QString &text, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<Address> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return refuse(
            QCoreApplication::translate("Workspace", "A workspace is written postgresql://user@host/database."));
    if (!url.password().isEmpty())
        return refuse(QCoreApplication::translate(
            "Workspace",
            "Leave the password out of the workspace address: keep it in your password file "
            "(PGPASSFILE)."));
    Address a;
    a.user = url.userName();
    a.host = url.host(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        a.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (a.user.isEmpty() || a.host.isEmpty() || a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return refuse(
            QCoreApplication::translate("Workspace", "A workspace is written postgresql://user@host/database."));
    return a;
}

QString Address::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(host, "/")));
    } else {
        url.setHost(host);
    }
    if (port != 5432)
        url.setPort(port);
    return url.toString();
}

namespace {

bool says(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words)
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

Failure failureKind(const QSqlError &error)
{
    // The SQLSTATE first: the server's own classification.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("28P01"))
        return Failure::Password;
    if (code == QLatin1String("3D000"))
        return Failure::NoDatabase;
    if (code == QLatin1String("28000"))
        return Failure::NotAllowed;
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02"))
        return Failure::Lost;
    if (code == QLatin1String("57P03") || code == QLatin1String("53300"))
        return Failure::Unreachable; // starting up, shutting down, or full: not now
    // A refused connection carries no SQLSTATE through QPSQL: libpq's words.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (says(text,
             {"closed the connection unexpectedly", "connection has been closed", "no connection to the server",
              "terminating connection", "server closed", "broken pipe", "connection reset", "could not receive",
              "could not send", "eof detected"}))
        return Failure::Lost;
    if (says(text, {"pg_hba.conf"}))
        return Failure::NotAllowed;
    if (says(text, {"fe_sendauth", "password", "mot de passe"}))
        return Failure::Password;
    if ((says(text, {"database", "base de donn"}) && says(text, {"does not exist", "n'existe pas"})))
        return Failure::NoDatabase;
    if ((says(text, {"role"}) && says(text, {"does not exist", "n'existe pas"})))
        return Failure::NotAllowed;
    if (says(text, {"ssl", "tls", "certificate", "certificat"}))
        return Failure::Tls;
    if (says(text,
             {"timeout expired", "could not connect", "connection refused", "no such file or directory",
              "could not translate host name", "network is unreachable", "no route to host", "connection to server",
              "name or service not known", "connexion refus"}))
        return Failure::Unreachable;
    return error.type() == QSqlError::ConnectionError ? Failure::Unreachable : Failure::Other;
}

QString describeFailure(const QSqlError &error)
{
    QString sentence;
    switch (failureKind(error)) {
    case Failure::Unreachable:
        sentence = QCoreApplication::translate(
            "Workspace", "The workspace server cannot be reached: check its address and your network, or try later.");
        break;
    case Failure::Password:
        sentence = QCoreApplication::translate("Workspace",
                                               "The workspace server wants a password, or refused the one given.");
        break;
    case Failure::NoDatabase:
        sentence = QCoreApplication::translate(
            "Workspace", "The workspace server has no database of that name: check the end of the address.");
        break;
    case Failure::NotAllowed:
        sentence = QCoreApplication::translate(
            "Workspace",
            "The workspace server does not let this user in: check the user in the address, or ask its "
            "administrator.");
        break;
    case Failure::Tls:
        sentence = QCoreApplication::translate("Workspace",
                                               "The secure (TLS) connection to the workspace server failed or was "
                                               "refused.");
        break;
    case Failure::Lost:
        sentence = QCoreApplication::translate(
            "Workspace", "The connection to the workspace server broke off: sync again once it is back.");
        break;
    case Failure::Other:
        sentence = QCoreApplication::translate("Workspace", "The workspace server reported an error.");
        break;
    }
    const QString own = safeServerText(error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
    if (own.isEmpty())
        return sentence;
    return QCoreApplication::translate("Workspace", "%1 The server said: %2").arg(sentence, own);
}

std::unique_ptr<Connection> Connection::open(const Address &address, const QString &password, QString *error,
                                             int connectTimeout, Failure *failure)
{
    const QString name = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Connection> connection(new Connection(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "Workspace", "PostgreSQL cannot be reached from this computer: its Qt driver (QPSQL) is missing.");
        return nullptr;
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("sslmode=prefer;connect_timeout=%1;application_name=alliance-pilot")
                             .arg(qMax(2, connectTimeout)));
    if (!db.open()) {
        if (failure)
            *failure = failureKind(db.lastError());
        if (error)
            *error = QCoreApplication::translate("Workspace", "Could not connect to the workspace %1. %2")
                         .arg(address.toString(), describeFailure(db.lastError()));
        return nullptr;
    }
    return connection;
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Connection::isLost() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return true;
    QSqlQuery probe(db);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

QString failureOf(const Connection &connection, const QSqlError &error, const QString &otherwise)
{
    const Failure kind = failureKind(error);
    if (kind == Failure::Lost)
        return describeFailure(error);
    const bool lost = connection.isLost(); // one round trip to the server
    if (lost && kind != Failure::Other)
        return describeFailure(error);
    if (lost) {
        QSqlError lost(error.driverText(), error.databaseText(), QSqlError::ConnectionError, QStringLiteral("08006"));
        return describeFailure(lost);
    }
    return otherwise;
}

QString safeServerText(const QString &text)
{
    constexpr int longest = 300;
    QString line;
    for (const QChar c : text) {
        if (line.size() >= longest) {
            line += QChar(0x2026);
            break;
        }
        line += (c.isPrint() && c.category() != QChar::Other_Format) ? c : QChar(QLatin1Char(' '));
    }
    return line.simplified();
}

bool asksForPassword(const QString &error)
{
    return error.contains(QLatin1String("fe_sendauth"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("password"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("mot de passe"), Qt::CaseInsensitive);
}

} // namespace alliance::workspace
