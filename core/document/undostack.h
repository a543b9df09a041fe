#pragma once
// Undo and redo of change sets. Undoing applies the recorded inverse as a new
// change (so it is journalled and merges like any edit); the stack only
// remembers what to apply.

#include "journal/change.h"

#include <QList>

namespace alliance {

class UndoStack
{
public:
    struct Step
    {
        ChangeSet redo; ///< re-applies the edit, including re-creating deleted-by-undo rows
        ChangeSet undo; ///< restores the values before the edit
    };

    void push(Step step);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    QString undoText() const;
    QString redoText() const;
    /// The step to undo (or redo); call done*() once it was applied.
    const Step &nextUndo() const { return m_steps.at(m_index - 1); }
    const Step &nextRedo() const { return m_steps.at(m_index); }
    void undone() { --m_index; }
    void redone() { ++m_index; }
    void clear();

private:
    QList<Step> m_steps;
    int m_index = 0; // steps before it are applied
};

} // namespace alliance
