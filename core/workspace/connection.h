#pragma once
// Reaching a workspace: a connection string as managers write it
// ("postgresql://user@host[:port]/database"), opened through Qt's QPSQL
// driver. The password is never part of it nor of any project file:
// libpq reads it from PGPASSFILE (or ~/.pgpass), or the caller asks for it.
// TLS is used whenever the server offers it (libpq's sslmode=prefer).

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <memory>
#include <optional>

namespace alliance::workspace {

struct Address
{
    QString user;
    QString host; ///< a name, an address, or a folder holding the server's socket
    int port = 5432;
    QString database;

    /// Reads "postgresql://user@host[:port]/database" (also "postgres://";
    /// a socket folder as "?host=/path" or percent-encoded in place of the
    /// host). Nullopt with `error` (translated) for anything else, and for a
    /// string that carries a password.
    static std::optional<Address> parse(const QString &text, QString *error);
    /// The address as users write it, without any password.
    QString toString() const;
};

/// What went wrong between the app and a workspace, as far as libpq's and
/// the server's answers tell (their SQLSTATE when there is one, otherwise
/// libpq's words, English or French).
enum class Failure {
    Unreachable, ///< no server answered at that address in time
    Password,    ///< a password is wanted, or the one given was refused
    NoDatabase,  ///< the server has no database of that name
    NotAllowed,  ///< the server does not let this user in (unknown role, pg_hba)
    Tls,         ///< the secure connection was refused or failed
    Lost,        ///< the connection broke off (server stopped, network cut)
    Other,
};
Failure failureKind(const QSqlError &error);
/// A translated sentence saying what happened, then the server's own words
/// made safe to show.
QString describeFailure(const QSqlError &error);

/// Seconds libpq waits for a server to answer a connection (its minimum is 2).
constexpr int defaultConnectTimeout = 10;

/// One open connection, closed and removed from Qt's registry when it goes.
/// Used only in the thread that opened it (a rule of QSqlDatabase).
class Connection
{
public:
    /// Opens `address`; `password` may be empty (libpq then looks in
    /// PGPASSFILE). Null with `error` (translated: what happened, then the
    /// server's own words made safe to show) and `failure` when it cannot.
    static std::unique_ptr<Connection> open(const Address &address, const QString &password, QString *error,
                                            int connectTimeout = defaultConnectTimeout, Failure *failure = nullptr);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const;
    /// True when the server no longer answers on this connection (it
    /// stopped, or the network broke): asked after a query failed.
    bool isLost() const;

private:
    explicit Connection(QString name) : m_name(std::move(name)) { }
    QString m_name;
};

/// The same for a query's error: its SQLSTATE says when the connection
/// broke or the server is stopping, without asking the server again.
QString failureOf(const Connection &connection, const QSqlError &error, const QString &otherwise);

/// A server's message as a user may read it: one line, printable characters
/// only, at most a few hundred of them (the server is not trusted either).
QString safeServerText(const QString &text);

/// Whether a refused connection's message says the server wants a password
/// (none given and none in the password file, or a wrong one), so that the
/// caller may ask for it. libpq's and the server's words, English or French.
bool asksForPassword(const QString &error);

} // namespace alliance::workspace
