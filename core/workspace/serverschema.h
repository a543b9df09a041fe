#pragma once
// The workspace as PostgreSQL holds it: partnerships, their members and
// their journals, with who may see and write what enforced by the server
// itself (row-level security and functions that check before they write),
// never by the client. `workspace init` runs these statements once.
//
// Identity is the login role (session_user). Clients get SELECT on the
// tables, filtered by policies, and EXECUTE on a few functions; no INSERT,
// UPDATE or DELETE: the journal is append-only for them, through
// alliance.append_changes(), which validates every row like an edit.

#include <QString>
#include <QStringList>

namespace alliance::workspace {

/// The version of the server's schema these statements create.
/// 2: each partnership's journal rows numbered in commit order (pseq), and
/// alliance.held_changes.
constexpr int serverSchemaVersion = 2;
/// The group role every manager of the workspace is a member of.
inline const char *const managerGroup = "alliance_manager";
/// Changes one call of append_changes may carry (a client sends in batches).
constexpr int maxChangesPerCall = 5000;
/// Members of one partnership, and partnerships one workspace lists.
constexpr int maxMembers = 200;

/// Every statement that creates the workspace in an empty database, in
/// order: schema "alliance", its tables, policies, functions, grants. The
/// journal's fields, their kinds, ranges and choices come from the project
/// file's schema registry (storage/schema.h), so the server refuses what a
/// project file would refuse.
QStringList serverSchemaStatements();

/// The statements that bring a workspace made at version `from` to
/// serverSchemaVersion, keeping its data; empty when there is no way.
QStringList serverSchemaUpgrade(int from);

} // namespace alliance::workspace
