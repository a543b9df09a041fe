#include "model/projectreader.h"

#include "model/projectloader.h"
#include "storage/sqlitedb.h"

namespace alliance {

std::optional<Project> readProjectFile(const QString &path, CheckResult *result)
{
    SqliteDb db;
    const CheckResult check = openCheckedProjectFile(path, db);
    if (result)
        *result = check;
    if (!check.ok())
        return std::nullopt;
    return loadProject(db);
}

} // namespace alliance
