#pragma once
// Reading a project file without opening it for editing: for start-page
// cards and the info verb. Nothing is written, no working copy is made.

#include "model/project.h"
#include "storage/filecheck.h"

#include <optional>

namespace alliance {

/// Checks `path` as validateProjectFile() does, on the connection it then
/// reads from, and loads the project. Returns nullopt and fills `result`
/// when the file is refused.
std::optional<Project> readProjectFile(const QString &path, CheckResult *result = nullptr);

} // namespace alliance
