#pragma once
// The Help menu's commands beside About: the method guide (F1, at the step
// shown when a partnership is open) and the list of keyboard shortcuts.

class QMenu;

namespace alliance {

class MainWindow;

namespace helpmenu {

/// Adds "actionMethodGuide" (F1) and "actionShortcuts" to `help`, for `window`.
void addTo(MainWindow *window, QMenu *help);

} // namespace helpmenu

} // namespace alliance
