#include "workspace/workspacemembers.h"

#include "workspace/connection.h"
#include "workspace/workspacesync.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace alliance::workspace {

namespace {

// PostgreSQL keeps a role's name in NAMEDATALEN - 1 bytes.
constexpr int longestRoleName = 63;

} // namespace

std::optional<Level> levelFromName(const QString &name)
{
    if (name == QLatin1String("reader"))
        return Level::Reader;
    if (name == QLatin1String("editor"))
        return Level::Editor;
    if (name == QLatin1String("owner"))
        return Level::Owner;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Reader:
        return QStringLiteral("reader");
    case Level::Editor:
        return QStringLiteral("editor");
    case Level::Owner:
        break;
    }
    return QStringLiteral("owner");
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Reader:
        return QCoreApplication::translate("Workspace", "reader");
    case Level::Editor:
        return QCoreApplication::translate("Workspace", "editor");
    case Level::Owner:
        break;
    }
    return QCoreApplication::translate("Workspace", "owner");
}

bool isManagerName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > longestRoleName || name.trimmed() != name)
        return false;
    for (const char32_t c : name.toUcs4()) // by code point: an emoji is one printable character
        if (!QChar::isPrint(c))
            return false;
    return true;
}

std::optional<QList<Member>> membersOf(Connection &connection, const QUuid &partnership, QString *error)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT member::text, level FROM alliance.members WHERE partnership = ?::uuid "
                                 "ORDER BY member"));
    query.addBindValue(partnership.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        if (error)
            *error = refusalOf(connection, query.lastError());
        return std::nullopt;
    }
    QList<Member> members;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const auto level = levelFromName(query.value(1).toString());
        if (!isManagerName(name) || !level) {
            if (error)
                *error
                    = QCoreApplication::translate("Workspace", "The workspace sent a member that cannot be one: “%1”.")
                          .arg(safeServerText(name));
            return std::nullopt;
        }
        members.append({name, *level});
    }
    if (members.isEmpty()) { // a partnership always keeps an owner: none seen means not a member
        if (error)
            *error = QCoreApplication::translate("Workspace", "You are not a member of this partnership.");
        return std::nullopt;
    }
    return members;
}

bool setMember(Connection &connection, const QUuid &partnership, const QString &manager, std::optional<Level> level,
               QString *error)
{
    if (!isManagerName(manager)) {
        if (error)
            *error = QCoreApplication::translate("Workspace",
                                                 "“%1” cannot be a manager’s name: 1 to 63 characters, printable.")
                         .arg(safeServerText(manager));
        return false;
    }
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT alliance.set_member(?::uuid, ?::name, ?::text)"));
    query.addBindValue(partnership.toString(QUuid::WithoutBraces));
    query.addBindValue(manager);
    query.addBindValue(level ? QVariant(levelName(*level)) : QVariant(QMetaType(QMetaType::QString)));
    if (!query.exec()) {
        if (error)
            *error = refusalOf(connection, query.lastError());
        return false;
    }
    return true;
}

} // namespace alliance::workspace
