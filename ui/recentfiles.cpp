#include "recentfiles.h"

#include "settings/settings.h"

#include <QFileInfo>

namespace alliance::recentfiles {

QStringList list()
{
    QStringList out;
    for (const auto &path : Settings().recentFiles())
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Settings settings;
    QStringList paths = settings.recentFiles();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    settings.setRecentFiles(paths.mid(0, maxCount));
}

void remove(const QString &path)
{
    Settings settings;
    QStringList paths = settings.recentFiles();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    settings.setRecentFiles(paths);
}

int lastPage(const QString &path)
{
    return Settings().recentFilePages().value(QFileInfo(path).absoluteFilePath(), -1);
}

void setLastPage(const QString &path, int page)
{
    if (path.isEmpty())
        return;
    Settings settings;
    QMap<QString, int> pages = settings.recentFilePages();
    pages.insert(QFileInfo(path).absoluteFilePath(), page);
    // Only files still in the recent list keep a page: the map stays small.
    const QStringList recent = settings.recentFiles();
    for (auto it = pages.begin(); it != pages.end();)
        it = recent.contains(it.key()) ? std::next(it) : pages.erase(it);
    settings.setRecentFilePages(pages);
}

} // namespace alliance::recentfiles
