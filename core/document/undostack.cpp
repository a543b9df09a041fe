#include "document/undostack.h"

namespace alliance {

void UndoStack::push(Step step)
{
    m_steps.resize(m_index); // a new edit forgets what was undone
    m_steps.append(std::move(step));
    m_index = int(m_steps.size());
}

QString UndoStack::undoText() const
{
    return canUndo() ? nextUndo().redo.description : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? nextRedo().redo.description : QString();
}

void UndoStack::clear()
{
    m_steps.clear();
    m_index = 0;
}

} // namespace alliance
