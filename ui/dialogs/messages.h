#pragma once
// Message boxes whose text is always plain: messages quote file names, titles
// and values typed by partners, which must never be read as rich text.

#include <QMessageBox>

namespace alliance::messages {

/// A modal warning (objectName "warningBox").
void warn(QWidget *parent, const QString &title, const QString &text);
/// A modal piece of information (objectName "informationBox").
void inform(QWidget *parent, const QString &title, const QString &text);
/// A modal yes/no question (objectName "questionBox"); `buttons` and
/// `defaultButton` as for QMessageBox. Returns the button chosen.
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

/// A confirmation in the status bar of `parent`'s main window, for
/// `milliseconds`: what was done, without a box to close.
void status(QWidget *parent, const QString &text, int milliseconds = 8000);

} // namespace alliance::messages
