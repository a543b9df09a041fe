#pragma once
// Who may do what with a partnership of a workspace: its members and their
// levels. Any member reads the list; only an owner changes it, and the
// server (alliance.set_member) is what enforces that, not this code.

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance::workspace {

class Connection;

/// A member's level, as the server stores it.
enum class Level {
    Reader,
    Editor,
    Owner
};

/// "reader", "editor", "owner"; nullopt for anything else.
std::optional<Level> levelFromName(const QString &name);
QString levelName(Level level);
/// The level in words, translated ("reader" reads "lecteur" in French).
QString levelLabel(Level level);

struct Member
{
    QString manager; ///< the manager's PostgreSQL role
    Level level = Level::Reader;
};

/// The members of `partnership`, by name. Nullopt with `error` (translated)
/// when the server refuses, or sends a row that is not a member (a name too
/// long or with control characters, an unknown level): nothing is half-read.
std::optional<QList<Member>> membersOf(Connection &connection, const QUuid &partnership, QString *error);

/// Gives `manager` `level` in `partnership`, or removes them when `level` is
/// nullopt. Refused by the server to a manager who is not an owner, for a
/// role that is not a manager of the workspace, and when it would leave the
/// partnership without an owner. False with `error` (translated) then.
bool setMember(Connection &connection, const QUuid &partnership, const QString &manager, std::optional<Level> level,
               QString *error);

/// Whether `name` can be a manager's role: 1 to 63 bytes, printable, no
/// surrounding spaces. Checked before asking the server, and on what it sends.
bool isManagerName(const QString &name);

} // namespace alliance::workspace
