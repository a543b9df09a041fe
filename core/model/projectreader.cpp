#include "model/projectreader.h"

#include "model/projectloader.h"
#include "storage/schemacheck.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace alliance {

std::optional<Project> readProjectFile(const QString &path, CheckResult *result)
{
    CheckResult check = checkFileHeader(path);
    if (check.ok()) {
        const QString name = QFileInfo(path).fileName();
        SqliteDb db;
        if (!db.open(path, SqliteDb::Mode::ReadOnlyImmutable)) {
            check = {Refusal::Unreadable,
                     QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2")
                         .arg(name, db.errorMessage()),
                     check.schemaVersion};
        } else {
            db.harden();
            check = checkOpenDatabase(db, name, check.schemaVersion, path);
            if (check.ok()) {
                if (result)
                    *result = check;
                return loadProject(db);
            }
        }
    }
    if (result)
        *result = check;
    return std::nullopt;
}

} // namespace alliance
