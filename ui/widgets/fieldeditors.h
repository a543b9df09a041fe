#pragma once
// Editors bound to one field of one item. Each commits its value through
// Document::apply (one undo step, with a readable undo text) when editing
// finishes, and follows the document when the value changes elsewhere (undo,
// redo, merge) unless the user is typing in it. User text is always plain.

#include "method/method.h"
#include "widgets/dateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUuid>
#include <QVariantMap>

class QTimer;

namespace alliance {

class Document;

/// Where a field editor writes: table, item id, field, and the undo text.
struct FieldRef
{
    QString table;
    QUuid id;
    QString field;
    QString undoText; ///< e.g. tr("Edit the common stake")
    /// Fields written too when the item does not exist yet (a derived-id item
    /// created by its first edit: e.g. organisation_id and question_id).
    QVariantMap createWith = {};
};

class FieldLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    FieldLineEdit(Document *document, FieldRef ref, QWidget *parent = nullptr);
    /// Points the editor at another item (same table and field) and reloads.
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
    QTimer *m_pause;
};

/// How long typing may pause before what was typed is written to the working
/// copy, as one undo step: a crash loses at most the words of this last moment.
constexpr int typingPauseMs = 800;

/// Multi-line text; commits after a pause in typing (typingPauseMs), when it
/// loses focus, and before the document is saved.
class FieldTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    FieldTextEdit(Document *document, FieldRef ref, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    /// Points the editor at another item that its first edit creates with
    /// `createWith` (see FieldRef); what was typed goes to the previous item first.
    void setItem(const QUuid &id, const QVariantMap &createWith);
    void reload();
    /// Writes what is typed now, if it differs from the document.
    void commit();
    /// Stops reloading on every change of the document: a page that shows
    /// hundreds of editors reads the project once and calls showStored().
    void stopFollowing();
    /// Shows `stored` (the field's value in the document), unless the user is typing.
    void showStored(const QString &stored);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    Document *m_document;
    FieldRef m_ref;
    QTimer *m_pause;
};

/// A date that may be empty, typed in the interface's language or picked in a
/// calendar (see DateLineEdit). Committed when editing finishes or a date is
/// picked; an empty field clears the date. Text that is not a date is never
/// committed nor rewritten: it stays, in red, for the user to correct.
class FieldDateEdit : public DateLineEdit
{
    Q_OBJECT
public:
    FieldDateEdit(Document *document, FieldRef ref, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

/// One of a method::Choice list; `allowEmpty` adds a "—" entry for optional choices.
class FieldComboBox : public QComboBox
{
    Q_OBJECT
public:
    FieldComboBox(Document *document, FieldRef ref, const QList<method::Choice> &choices, bool allowEmpty,
                  QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();
    /// As FieldTextEdit::stopFollowing() and showStored().
    void stopFollowing();
    void showStored(const QString &stored);

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

/// An organisation of the project (a reference field); "—" for none.
class FieldOrganisationComboBox : public QComboBox
{
    Q_OBJECT
public:
    FieldOrganisationComboBox(Document *document, FieldRef ref, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

class FieldSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    FieldSpinBox(Document *document, FieldRef ref, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

class FieldDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    FieldDoubleSpinBox(Document *document, FieldRef ref, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

class FieldCheckBox : public QCheckBox
{
    Q_OBJECT
public:
    FieldCheckBox(Document *document, FieldRef ref, const QString &text, QWidget *parent = nullptr);
    void setItem(const QUuid &id);
    void reload();

private:
    void commit();
    Document *m_document;
    FieldRef m_ref;
};

} // namespace alliance
