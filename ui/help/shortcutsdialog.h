#pragma once
// Help > Keyboard shortcuts: every command of a window that has a shortcut,
// read from the window's own actions when the dialog opens, so the list is
// never a copy that drifts from what the keys do.

#include <QDialog>

class QTableWidget;

namespace alliance {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// One row of the list.
    struct Entry
    {
        QString menu;      ///< the menu it is in, without mnemonics ("File"); empty outside menus
        QString command;   ///< its text without mnemonics or ellipsis ("Save as")
        QString shortcuts; ///< every shortcut, in the platform's native text ("Ctrl+S")
    };
    /// The commands of `window` that have a shortcut, menu by menu in menu
    /// order, then those found outside the menu bar (buttons' actions).
    static QList<Entry> entries(QWidget *window);

    /// Child objectName: "shortcutsTable" (columns: menu, command, shortcut).
    explicit ShortcutsDialog(QWidget *window);
};

} // namespace alliance
