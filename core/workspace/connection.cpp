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

std::unique_ptr<Connection> Connection::open(const Address &address, const QString &password, QString *error)
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
    db.setConnectOptions(QStringLiteral("sslmode=prefer;connect_timeout=10;application_name=alliance-pilot"));
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Could not reach the workspace %1: %2")
                         .arg(address.toString(), safeServerText(db.lastError().databaseText()));
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

QString failureOf(const Connection &connection, const QString &serverText, const QString &otherwise)
{
    if (connection.isLost())
        return QCoreApplication::translate("Workspace",
                                           "The workspace could not be reached: the connection to it broke off (%1). "
                                           "Sync again once it is back.")
            .arg(safeServerText(serverText));
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
