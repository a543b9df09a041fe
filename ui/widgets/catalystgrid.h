#pragma once
// Who holds which catalyst function (step 4): a grid of check boxes, one row
// per organisation, one column per method::catalystFunctions(). Checking a
// box creates (or restores) the organisation's catalyst_assignment for that
// function, whose id is ids::catalystAssignment(); unchecking deletes it.

#include <QUuid>
#include <QWidget>
#include <functional>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace alliance {

class Document;
struct ChangeSet;

class CatalystGrid : public QWidget
{
    Q_OBJECT
public:
    /// Applies a change; returns false when refused (the caller says why).
    using Applier = std::function<bool(const ChangeSet &)>;

    /// Changes go through `apply` (by default Document::apply). Call refresh() to fill it.
    CatalystGrid(Document *document, QWidget *parent = nullptr);
    void setApplier(Applier apply);

    /// Re-reads organisations and assignments. The boxes are rebuilt only when
    /// the list of organisations changed; otherwise names and check states are
    /// updated in place (focus is kept).
    void refresh();

    /// The box of `functionId` for the organisation shown in `row`, or nullptr.
    /// Its objectName is "catalyst_<functionId>_<row>".
    QCheckBox *box(const QString &functionId, int row) const;

    /// Assigns (or unassigns) `functionId` to `organisationId` in one undo step.
    bool setAssigned(const QUuid &organisationId, const QString &functionId, bool assigned);

private:
    void rebuild(const QList<QUuid> &organisations);
    Document *m_document;
    Applier m_apply;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<QUuid> m_organisations;      // one per row, in project order
    QList<QLabel *> m_names;           // one per row
    QList<QList<QCheckBox *>> m_boxes; // [row][function]
};

} // namespace alliance
