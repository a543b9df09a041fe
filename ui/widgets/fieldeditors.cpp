#include "widgets/fieldeditors.h"
#include "dialogs/messages.h"
#include "widgets/dateedit.h"

#include "document/document.h"
#include "edits/fieldedit.h"
#include "storage/schema.h"
#include "widgets/itemhistoryrequest.h"
#include "widgets/pagewidgets.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QTimer>

namespace alliance {

namespace {

/// The field's value; a deleted item (an undone creation) reads as empty.
QVariant current(Document *document, const FieldRef &ref)
{
    return fieldedit::shown(*document, {ref.table, ref.id, ref.field});
}

/// Applies one field change; a refusal is shown next to the editor.
bool commitField(QWidget *editor, Document *document, const FieldRef &ref, const QVariant &value)
{
    if (ref.id.isNull())
        return false;
    const ChangeSet change
        = fieldedit::set(*document, {ref.table, ref.id, ref.field, ref.createWith}, value, ref.undoText);
    QString error;
    if (document->apply(change, &error))
        return true;
    messages::warn(editor, QObject::tr("Not changed"), error);
    return false;
}

/// Connects the editor's reload to the document; every editor follows undo, redo and merges.
/// The history panel, when open, follows the item being edited (`ref` is the editor's own).
template<typename Editor> void follow(Editor *editor, Document *document, const FieldRef *ref)
{
    QObject::connect(document, &Document::changed, editor, [editor] { editor->reload(); });
    announceOnFocus(editor, [ref] { return qMakePair(ref->table, ref->id); });
}

} // namespace

FieldLineEdit::FieldLineEdit(Document *document, FieldRef ref, QWidget *parent)
    : QLineEdit(parent), m_document(document), m_ref(std::move(ref)), m_pause(new QTimer(this))
{
    setMaxLength(schema::maxTextLength);
    connect(this, &QLineEdit::editingFinished, this, &FieldLineEdit::commit);
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &FieldLineEdit::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldLineEdit::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldLineEdit::reload()
{
    const QString stored = current(m_document, m_ref).toString();
    if (hasFocus() && isModified())
        return; // the user is typing: their text wins until they finish
    if (text() != stored) {
        setText(stored);
        if (!hasFocus())
            setCursorPosition(0); // a long text shows its beginning, not its end
    }
    setModified(false);
}

void FieldLineEdit::commit()
{
    m_pause->stop();
    if (text() != current(m_document, m_ref).toString())
        commitField(this, m_document, m_ref, text());
    setModified(false);
}

FieldTextEdit::FieldTextEdit(Document *document, FieldRef ref, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_ref(std::move(ref)), m_pause(new QTimer(this))
{
    setTabChangesFocus(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (this->document()->isModified())
            m_pause->start(); // typed, not loaded: written once the typing pauses
    });
    connect(m_pause, &QTimer::timeout, this, &FieldTextEdit::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldTextEdit::setItem(const QUuid &id)
{
    commit();
    m_ref.id = id;
    reload();
}

void FieldTextEdit::setItem(const QUuid &id, const QVariantMap &createWith)
{
    commit();
    m_ref.id = id;
    m_ref.createWith = createWith;
    reload();
}

void FieldTextEdit::reload()
{
    showStored(current(m_document, m_ref).toString());
}

void FieldTextEdit::stopFollowing()
{
    disconnect(m_document, &Document::changed, this, nullptr);
}

void FieldTextEdit::showStored(const QString &stored)
{
    if (hasFocus() && document()->isModified())
        return; // the user is typing: their text wins until they finish
    if (toPlainText() != stored)
        setPlainText(stored);
    document()->setModified(false);
}

void FieldTextEdit::commit()
{
    m_pause->stop();
    if (m_ref.id.isNull() || !document()->isModified())
        return;
    if (toPlainText() != current(m_document, m_ref).toString())
        commitField(this, m_document, m_ref, toPlainText());
    document()->setModified(false);
}

void FieldTextEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

FieldDateEdit::FieldDateEdit(Document *document, FieldRef ref, QWidget *parent)
    : DateLineEdit(parent), m_document(document), m_ref(std::move(ref))
{
    connect(this, &QLineEdit::editingFinished, this, &FieldDateEdit::commit);
    connect(this, &DateLineEdit::datePicked, this, &FieldDateEdit::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldDateEdit::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldDateEdit::reload()
{
    if (isModified() || !isAcceptable())
        return; // what the user typed stays until it is a date or emptied
    setDate(QDate::fromString(current(m_document, m_ref).toString(), Qt::ISODate));
}

void FieldDateEdit::commit()
{
    if (!isAcceptable())
        return; // shown in red with how to type a date; nothing is changed
    const QString value = date().isValid() ? date().toString(Qt::ISODate) : QString();
    if (value != current(m_document, m_ref).toString())
        commitField(this, m_document, m_ref, value);
    setModified(false);
    reload(); // "5/3/2027" is shown as the app writes dates once it is stored
}

FieldComboBox::FieldComboBox(Document *document, FieldRef ref, const QList<method::Choice> &choices, bool allowEmpty,
                             QWidget *parent)
    : QComboBox(parent), m_document(document), m_ref(std::move(ref))
{
    if (allowEmpty)
        addItem(tr("—"), QString());
    for (const auto &c : choices)
        addItem(method::tr(c.label), c.id);
    pagewidgets::ignoreWheelUnlessFocused(this); // scrolling a page never changes a stored value
    connect(this, &QComboBox::activated, this, &FieldComboBox::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldComboBox::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldComboBox::reload()
{
    showStored(current(m_document, m_ref).toString());
}

void FieldComboBox::stopFollowing()
{
    disconnect(m_document, &Document::changed, this, nullptr);
}

void FieldComboBox::showStored(const QString &stored)
{
    const QSignalBlocker block(this);
    setCurrentIndex(qMax(0, findData(stored)));
}

void FieldComboBox::commit()
{
    if (currentData().toString() != current(m_document, m_ref).toString())
        commitField(this, m_document, m_ref, currentData());
}

FieldOrganisationComboBox::FieldOrganisationComboBox(Document *document, FieldRef ref, QWidget *parent)
    : QComboBox(parent), m_document(document), m_ref(std::move(ref))
{
    pagewidgets::ignoreWheelUnlessFocused(this);
    connect(this, &QComboBox::activated, this, &FieldOrganisationComboBox::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldOrganisationComboBox::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldOrganisationComboBox::reload()
{
    const QSignalBlocker block(this);
    clear();
    addItem(tr("—"), QString());
    for (const auto &o : m_document->project().organisations)
        addItem(o.name, schema::idText(o.id));
    setCurrentIndex(qMax(0, findData(current(m_document, m_ref).toString())));
}

void FieldOrganisationComboBox::commit()
{
    if (currentData().toString() != current(m_document, m_ref).toString())
        commitField(this, m_document, m_ref, currentData().toString().isEmpty() ? QVariant() : currentData());
}

FieldSpinBox::FieldSpinBox(Document *document, FieldRef ref, QWidget *parent)
    : QSpinBox(parent), m_document(document), m_ref(std::move(ref))
{
    if (const schema::Table *t = schema::table(m_ref.table))
        if (const schema::Column *c = t->column(m_ref.field))
            setRange(int(c->min), int(qMin(c->max, 1e9)));
    connect(this, &QSpinBox::editingFinished, this, &FieldSpinBox::commit);
    connect(this, &QSpinBox::valueChanged, this, [this] {
        if (!hasFocus()) // arrows and wheel without focus: commit at once
            commit();
    });
    follow(this, document, &m_ref);
    reload();
}

void FieldSpinBox::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldSpinBox::reload()
{
    const QSignalBlocker block(this);
    setValue(current(m_document, m_ref).toInt());
}

void FieldSpinBox::commit()
{
    const QVariant stored = current(m_document, m_ref);
    if (!stored.isValid() || stored.toInt() != value())
        commitField(this, m_document, m_ref, value());
}

FieldDoubleSpinBox::FieldDoubleSpinBox(Document *document, FieldRef ref, QWidget *parent)
    : QDoubleSpinBox(parent), m_document(document), m_ref(std::move(ref))
{
    setRange(-1e12, 1e12);
    setDecimals(2);
    connect(this, &QDoubleSpinBox::editingFinished, this, &FieldDoubleSpinBox::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldDoubleSpinBox::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldDoubleSpinBox::reload()
{
    const QSignalBlocker block(this);
    setValue(current(m_document, m_ref).toDouble());
}

void FieldDoubleSpinBox::commit()
{
    const QVariant stored = current(m_document, m_ref);
    if (!stored.isValid() || !qFuzzyCompare(1 + stored.toDouble(), 1 + value()))
        commitField(this, m_document, m_ref, value());
}

FieldCheckBox::FieldCheckBox(Document *document, FieldRef ref, const QString &text, QWidget *parent)
    : QCheckBox(text, parent), m_document(document), m_ref(std::move(ref))
{
    connect(this, &QCheckBox::clicked, this, &FieldCheckBox::commit);
    follow(this, document, &m_ref);
    reload();
}

void FieldCheckBox::setItem(const QUuid &id)
{
    m_ref.id = id;
    reload();
}

void FieldCheckBox::reload()
{
    const QSignalBlocker block(this);
    setChecked(current(m_document, m_ref).toBool());
}

void FieldCheckBox::commit()
{
    if (isChecked() != current(m_document, m_ref).toBool())
        commitField(this, m_document, m_ref, isChecked());
}

} // namespace alliance
