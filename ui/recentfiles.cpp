#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace alliance::recentfiles {

namespace {
const QString key = QStringLiteral("recentFiles");
}

QStringList list()
{
    QStringList out;
    for (const auto &path : QSettings().value(key).toStringList())
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(key, paths.mid(0, maxCount));
}

void remove(const QString &path)
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, paths);
}

} // namespace alliance::recentfiles
