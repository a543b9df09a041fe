#pragma once
// `workspace init`: makes an empty PostgreSQL database a workspace.

#include <QString>

namespace alliance::workspace {

class Connection;

/// Creates the workspace's schema (serverschema.h) in one transaction, as
/// the connected role, which must be allowed to create roles (the one who
/// administers the server). A workspace of an earlier version is upgraded
/// in place, its data kept; one of this version is refused, left as it
/// was. False with `error` (translated).
bool initWorkspace(Connection &connection, QString *error);

/// The version of the workspace the database holds; 0 when it holds none.
int workspaceVersion(Connection &connection);

} // namespace alliance::workspace
