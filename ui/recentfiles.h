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

} // namespace alliance::recentfiles
