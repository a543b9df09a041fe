#pragma once
// Pictures of the app anyone can look at: the start page and every step page
// of the example project, in French and in English, drawn offscreen.

#include <QString>

namespace alliance::screenshots {

/// Writes start-<lang>.png and <lang>-step<N>-<stepId>.png for lang fr and
/// en into `folder` (created if needed), at 1280×800. Returns the number of
/// pictures written; `error` says what failed.
int write(const QString &folder, QString *error);

} // namespace alliance::screenshots
