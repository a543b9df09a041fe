#pragma once
// Review of a merge before it is applied: the items it deletes (first, apart),
// the changes left out and why, what came in per partner and per step, and
// the conflicts (fields changed on both sides), each to accept as
// the clocks decide or to flip. The dialog changes nothing: the caller
// applies the plan with flipped() (see ui/sharing.h).

#include "sync/merge.h"

#include <QDialog>

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

private:
    void fillSummary(const sync::MergePlan &plan);
    QTreeWidget *deletionList(const sync::MergePlan &plan);
    QTreeWidget *refusedList(const sync::MergePlan &plan);
    ConflictModel *m_conflicts;
    QTreeWidget *m_summary;
    QTableView *m_conflictsView;
};

} // namespace alliance
