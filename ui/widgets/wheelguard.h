#pragma once
// Combo boxes and spin boxes on a long scrolling page: the mouse wheel
// scrolls the page unless the user has clicked or tabbed into the box, so a
// rating never changes because the pointer passed over it.

class QWidget;

namespace alliance {

/// Gives `box` Qt::StrongFocus (no focus from the wheel) and lets a wheel
/// event over it, while it has no focus, go to its parents (the scroll area)
/// instead of changing its value. The guard is a child of `box`.
void guardWheel(QWidget *box);

} // namespace alliance
