#include "exports/outputpath.h"

#include "storage/samefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace alliance::exports {

QString refusalToWrite(const QString &target, const QString &projectFile)
{
    if (target.trimmed().isEmpty())
        return QCoreApplication::translate("Export", "Say where to write the export.");
    if (const QString refusal = refusalToReplaceProject(target, projectFile); !refusal.isEmpty())
        return refusal;
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return QCoreApplication::translate("Export", "“%1” already exists and was left as it is. Choose another name.")
            .arg(target);
    if (!info.absoluteDir().exists())
        return QCoreApplication::translate("Export", "The folder of “%1” does not exist.").arg(target);
    return {};
}

bool moveIntoPlace(const QString &written, const QString &target, QString *error)
{
    const QByteArray from = QFile::encodeName(written);
    const QByteArray to = QFile::encodeName(target);
    // renameat2(RENAME_NOREPLACE): a name taken meanwhile is never replaced.
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    int code = errno;
    if (code == EINVAL || code == ENOSYS) {
        // A file system without RENAME_NOREPLACE: look, then rename.
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            code = EEXIST;
        else if (std::rename(from.constData(), to.constData()) == 0)
            return true;
        else
            code = errno;
    }
    if (error)
        *error = code == EEXIST ? refusalToWrite(target, QString())
                                : QCoreApplication::translate("Export", "“%1” could not be written: %2")
                                      .arg(target, QString::fromLocal8Bit(std::strerror(code)));
    return false;
}

} // namespace alliance::exports
