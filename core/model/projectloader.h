#pragma once
// Reads a whole project from an open project database.

#include "model/project.h"

namespace alliance {

class SqliteDb;

/// Every live (not deleted) item of `db`, in a stable order (by position,
/// date or name, then id). Fields the file lacks are left at their defaults.
Project loadProject(SqliteDb &db);

} // namespace alliance
