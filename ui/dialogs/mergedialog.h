#pragma once
// Review of a merge before it is applied: the items it deletes (first, apart),
// the changes left out and why, every field that comes in (item, field, value
// before and after, who and when) grouped per partner and per step, and the
// conflicts (fields changed on both sides, with both authors and dates), each
// to accept as the clocks decide or to flip. The selected row is shown whole
// below the lists. The dialog changes nothing: the caller applies the plan
// with flipped() (see ui/sharing.h).

#include "sync/merge.h"
#include "sync/mergereview.h"

#include <QDialog>

class QPlainTextEdit;
class QTableView;
class QTreeWidget;

namespace alliance {

class ConflictModel;
class Document;

class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `document` (mine) must outlive the dialog; `plan` is planMerge's for it.
    MergeDialog(const Document &document, const sync::MergePlan &plan, QWidget *parent = nullptr);

    /// The conflicts to flip, as chosen.
    QList<sync::Conflict> flipped() const;
    ConflictModel *conflicts() const { return m_conflicts; }
    /// The fields that come in without conflict, as listed.
    const QList<sync::IncomingChange> &changes() const { return m_changeList; }

private:
    void fillChanges();
    void showChange(int index);
    void showConflict(int row);
    QTreeWidget *deletionList(const sync::MergePlan &plan);
    QTreeWidget *refusedList(const sync::MergePlan &plan);
    QList<sync::IncomingChange> m_changeList;
    QList<sync::Conflict> m_conflictList;
    ConflictModel *m_conflicts;
    QTreeWidget *m_changes;
    QTableView *m_conflictsView;
    QPlainTextEdit *m_detail;
};

} // namespace alliance
