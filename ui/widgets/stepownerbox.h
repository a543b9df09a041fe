#pragma once
// Who leads a step: the same kind of input as an action's owner — a list of
// the project's organisations — in a box that also takes a person's name
// ("Claire Dufresne (Passerelles Numériques 31)"), since step_state.owner is
// text in the file format. The list offers each organisation, then each
// contact as "name (organisation)". What is typed is written once typing
// pauses (typingPauseMs), when the box loses focus or on Enter; a choice from
// the list is written at once. Follows the document unless the user is typing.

#include <QComboBox>
#include <QUuid>

class QTimer;

namespace alliance {

class Document;

class StepOwnerBox : public QComboBox
{
    Q_OBJECT
public:
    /// Edits step_state.owner of the step `stepId`, on the derived id
    /// ids::stepState(partnership, stepId) (created by its first edit).
    StepOwnerBox(Document *document, const QString &stepId, QWidget *parent = nullptr);
    /// The names offered, in order (organisations, then contacts).
    QStringList offered() const;
    void reload();

private:
    void commit();
    Document *m_document;
    QString m_stepId;
    QUuid m_id;
    QTimer *m_pause;
};

} // namespace alliance
