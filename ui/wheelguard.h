#pragma once
// Scrolling a page never changes a value: a wheel event over a combo box,
// spin box, date editor or slider that does not have the keyboard focus goes
// to the page around it instead. One guard for the whole application, so a
// widget added later is covered without asking.

namespace alliance::wheelguard {

/// Installs the guard on the application once; later calls do nothing.
void installEverywhere();

} // namespace alliance::wheelguard
