#pragma once
// Pictures of the app anyone can look at: the start page and every step page
// and the dashboard of the example project, in French and in English, drawn
// offscreen.

#include <QString>

namespace alliance::screenshots {

/// Writes start-<lang>.png, <lang>-step<N>-<stepId>.png and
/// <lang>-dashboard.png for lang fr and en into `folder` (created if needed),
/// at 1280×800, and <lang>-dashboard-all.png: every dashboard card at once. Returns the number of
/// pictures written; `error` says what failed.
int write(const QString &folder, QString *error);

} // namespace alliance::screenshots
