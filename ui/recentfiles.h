#pragma once
// The list of recently opened project files, kept in the settings.

#include <QStringList>

namespace alliance::recentfiles {

constexpr int maxCount = 10;
/// Most recent first; files that no longer exist are left out.
QStringList list();
/// Puts `path` first.
void add(const QString &path);
void remove(const QString &path);

/// The page last shown for the recent file `path` (a step 0..6 or the
/// dashboard), so it reopens where the user left it; -1 when unknown.
int lastPage(const QString &path);
void setLastPage(const QString &path, int page);

} // namespace alliance::recentfiles
