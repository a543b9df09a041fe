#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace alliance::recentfiles {

namespace {
const QString key = QStringLiteral("recentFiles");
const QString pagesKey = QStringLiteral("recentFilePages");
} // namespace

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

int lastPage(const QString &path)
{
    const QVariantMap pages = QSettings().value(pagesKey).toMap();
    return pages.value(QFileInfo(path).absoluteFilePath(), -1).toInt();
}

void setLastPage(const QString &path, int page)
{
    if (path.isEmpty())
        return;
    QVariantMap pages = QSettings().value(pagesKey).toMap();
    pages.insert(QFileInfo(path).absoluteFilePath(), page);
    // Only files still in the recent list keep a page: the map stays small.
    const QStringList recent = QSettings().value(key).toStringList();
    for (auto it = pages.begin(); it != pages.end();)
        it = recent.contains(it.key()) ? std::next(it) : pages.erase(it);
    QSettings().setValue(pagesKey, pages);
}

} // namespace alliance::recentfiles
