#include "storage/atomicsave.h"

#include "storage/filecheck.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace alliance {

namespace {

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

/// Removes what earlier saves of `target` cut short by a crash left behind:
/// each is a whole copy of the project. Recent ones may belong to a save
/// still running in another process, so they are left alone.
static void removeStaleTemporaries(const QFileInfo &target)
{
    const QDir folder = target.absoluteDir();
    const auto leftovers = folder.entryInfoList({QStringLiteral(".") + target.fileName() + QStringLiteral(".*.saving")},
                                                QDir::Files | QDir::Hidden);
    // File times come from the system's clock: compared with it, not the application's.
    for (const QFileInfo &f : leftovers)
        if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 60)
            QFile::remove(f.absoluteFilePath());
}

bool atomicSave(SqliteDb &workingCopy, const QString &target, QString *error)
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    // Hidden, unique, in the same folder so that rename() stays on one file system.
    const QString temp = folder + QStringLiteral("/.") + info.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".saving");
    auto fail = [&](const QString &why) {
        QFile::remove(temp);
        if (error)
            *error = why;
        return false;
    };
    if (!QFileInfo(folder).isDir())
        return fail(QCoreApplication::translate("Save", "The folder “%1” does not exist.").arg(folder));
    QString literal = temp;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!workingCopy.exec(QStringLiteral("VACUUM INTO '%1'").arg(literal)))
        return fail(
            QCoreApplication::translate("Save", "Could not write “%1”: %2").arg(temp, workingCopy.errorMessage()));
    // The same whole check as a file being opened: what cannot be reopened is never written over anything.
    const CheckResult check = validateProjectFile(temp);
    if (!check.ok())
        return fail(QCoreApplication::translate("Save",
                                                "The saved copy failed its check, so “%1” was left as it "
                                                "was: %2")
                        .arg(info.fileName(), check.message));
    if (!syncFile(temp))
        return fail(QCoreApplication::translate("Save", "Could not flush “%1” to the disk.").arg(temp));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(QCoreApplication::translate("Save", "Could not replace “%1”: %2")
                        .arg(target, QString::fromLocal8Bit(strerror(errno))));
    // The rename itself is durable only once the folder is flushed.
    syncPath(folder, O_RDONLY | O_DIRECTORY);
    removeStaleTemporaries(info);
    return true;
}

} // namespace alliance
