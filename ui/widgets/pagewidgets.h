#pragma once
// Small builders the step pages share, so that every page's labels, buttons
// and tables behave alike: user text as plain text, names for tests and
// assistive tools, rows selected whole.

#include <QString>
#include <QUuid>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace alliance {

class ItemTableModel;

namespace pagewidgets {

/// A word-wrapped label that never reads its text as rich text.
QLabel *plainLabel(const QString &text, QWidget *parent);
/// The same, in bold: a group's heading within a page.
QLabel *boldLabel(const QString &text, QWidget *parent);
/// The same, smaller and grey: guidance, not data. The grey is a blend of the
/// text and the background, readable in light and dark themes alike.
QLabel *hintLabel(const QString &text, QWidget *parent);
/// A push button with an objectName and an accessible name.
QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent);
/// A table of whole-row, single selection; its first column (the names)
/// takes the room the others leave. Tables of items offer their history
/// (offerItemHistory).
QTableView *tableView(QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent);
/// Selects the row of `id` and starts editing its `column`, e.g. just after adding it.
void editNew(QTableView *view, ItemTableModel *model, const QUuid &id, int column);
/// The selected row, or -1.
int selectedRow(QTableView *view);
/// A combo box or spin box in a scrolling page: the wheel scrolls the page
/// unless the widget has the focus (a click or Tab gives it), so scrolling
/// past never changes a value.
void ignoreWheelUnlessFocused(QWidget *widget);

} // namespace pagewidgets
} // namespace alliance
