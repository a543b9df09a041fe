#include "widgets/stepownerbox.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "edits/fieldedit.h"
#include "model/ids.h"
#include "storage/schema.h"
#include "widgets/fieldeditors.h"
#include "widgets/itemhistoryrequest.h"
#include "widgets/pagewidgets.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimer>

namespace alliance {

namespace {
const QString stepTable = QStringLiteral("step_state");
const QString ownerField = QStringLiteral("owner");
} // namespace

StepOwnerBox::StepOwnerBox(Document *document, const QString &stepId, QWidget *parent)
    : QComboBox(parent),
      m_document(document),
      m_stepId(stepId),
      m_id(ids::stepState(document->partnershipId(), stepId)),
      m_pause(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // the list is the project's, never what was typed
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->setMaxLength(schema::maxTextLength);
    // Suggestions in a list as one types, never text completed behind the user's back.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    pagewidgets::ignoreWheelUnlessFocused(this);

    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(lineEdit(), &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &StepOwnerBox::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &StepOwnerBox::commit);
    connect(this, &QComboBox::activated, this, &StepOwnerBox::commit);
    connect(document, &Document::changed, this, &StepOwnerBox::reload);
    announceOnFocus(this, [this] { return qMakePair(stepTable, m_id); });
    reload();
}

QStringList StepOwnerBox::offered() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << itemText(i);
    return out;
}

void StepOwnerBox::reload()
{
    const Project &project = m_document->project();
    QStringList names;
    for (const Organisation &o : project.organisations)
        if (!o.name.trimmed().isEmpty() && !names.contains(o.name))
            names << o.name;
    for (const Contact &c : project.contacts) {
        const Organisation *o = project.organisation(c.organisationId);
        const QString name = o && !o->name.isEmpty() ? tr("%1 (%2)").arg(c.name, o->name) : c.name;
        if (!c.name.trimmed().isEmpty() && !names.contains(name))
            names << name;
    }
    const bool typing = hasFocus() && lineEdit()->isModified();
    const QString shown = lineEdit()->text();
    if (names != offered()) {
        const QSignalBlocker block(this);
        clear();
        addItems(names);
        setEditText(shown); // clear() empties the text: what was shown stays
    }
    if (typing)
        return; // the user's words win until they finish
    const QString stored = fieldedit::shown(*m_document, {stepTable, m_id, ownerField}).toString();
    if (lineEdit()->text() != stored) {
        const QSignalBlocker block(this);
        setCurrentIndex(findText(stored, Qt::MatchExactly));
        setEditText(stored);
        lineEdit()->setCursorPosition(0);
    }
    lineEdit()->setModified(false);
}

void StepOwnerBox::commit()
{
    m_pause->stop();
    const QString text = lineEdit()->text();
    // The step's item is created (or made live again) by its first edit.
    const fieldedit::Target target {stepTable, m_id, ownerField, {{QStringLiteral("step_id"), m_stepId}}};
    const QString stored = fieldedit::shown(*m_document, target).toString();
    lineEdit()->setModified(false);
    if (text == stored)
        return;
    const ChangeSet change = fieldedit::set(*m_document, target, text, tr("Change the step's owner"));
    QString error;
    if (!m_document->apply(change, &error))
        messages::warn(this, tr("Not changed"), error);
}

} // namespace alliance
