#include "storage/samefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace alliance {

namespace {

bool identity(const QString &path, dev_t *device, ino_t *inode)
{
    struct stat st
    { };
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}

} // namespace

QString normalPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there (yet): resolve the folder, keep the name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty())
        return QDir(folder).filePath(info.fileName());
    return QDir::cleanPath(info.absoluteFilePath());
}

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    dev_t da = 0, db = 0;
    ino_t ia = 0, ib = 0;
    const bool hasA = identity(a, &da, &ia);
    const bool hasB = identity(b, &db, &ib);
    if (hasA && hasB)
        return da == db && ia == ib;
    if (hasA != hasB)
        return false; // one exists, the other does not
    return normalPath(a) == normalPath(b);
}

QString refusalToReplaceProject(const QString &target, const QString &projectFile)
{
    if (!sameFile(target, projectFile))
        return {};
    return QCoreApplication::translate("Files", "“%1” is the project file itself: choose another file to write.")
        .arg(QFileInfo(target).fileName());
}

} // namespace alliance
