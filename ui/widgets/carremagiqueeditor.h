#pragma once
// One partner's carré magique: its weight for each of the four objectives
// (a slider and a spin box kept in sync) and what it means by each. Setting
// one weight keeps it as set, keeps the ones set before it as far as they fit,
// and rebalances the others so the four sum to 100
// (evaluation::weightsAfterSetting); the four weights are one change
// (weighting::setWeight). The editor never changes size after an edit: the
// line for its notes is always there, empty when there is nothing to say.

#include "evaluation/weights.h"
#include "journal/change.h"

#include <QList>
#include <QUuid>
#include <QWidget>
#include <optional>

class QLabel;
class QSlider;

namespace alliance {

class Document;
class FieldTextEdit;
class RangeSpinBox;

class CarreMagiqueEditor : public QWidget
{
    Q_OBJECT
public:
    /// Edits the weights of `organisationId`, which must be an organisation of
    /// `document`. The editor reads the document but never applies changes
    /// itself: it emits changeRequested() and the owner applies it (so a
    /// refusal is shown by the page). Objective texts are FieldTextEdits that
    /// commit by themselves. Child objectNames: "weightSlider_<objectiveId>",
    /// "weightSpin_<objectiveId>" (a RangeSpinBox), "weightText_<objectiveId>",
    /// "notWeightedNote" (not weighted yet, a sum that is not 100, or a weight
    /// typed out of range).
    CarreMagiqueEditor(Document *document, const QUuid &organisationId, QWidget *parent = nullptr);

    QUuid organisationId() const { return m_organisationId; }
    /// Re-reads the weights and the partner's name from the document; a
    /// partner without weights shows 25 each, greyed, with a note.
    void refresh();
    /// The weights shown, in method::objectives() order.
    evaluation::Weights shownWeights() const;
    /// The editor's interactive widgets in tab order, for the page's chain.
    QList<QWidget *> focusChain() const;
    /// The objectives the user set in this editor, the most recent first
    /// (indices in method::objectives() order). Forgotten when the weights
    /// change otherwise (undo, redo, a merge).
    QList<int> setOrder() const { return m_setOrder; }

Q_SIGNALS:
    /// The user moved a weight: `changes` sets the four weights (one undo step).
    void changeRequested(const alliance::ChangeSet &changes);

private:
    struct Row
    {
        QString objectiveId;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        RangeSpinBox *spin = nullptr;
        FieldTextEdit *text = nullptr;
    };
    void userSetWeight(int index, int value);
    void show(const evaluation::Weights &weights, bool weighted);
    void updateNote();

    Document *m_document;
    QUuid m_organisationId;
    QList<Row> m_rows;
    QLabel *m_title;
    QLabel *m_note;
    QList<int> m_setOrder;               ///< see setOrder()
    evaluation::Weights m_seen {};       ///< the stored weights at the last refresh
    std::optional<QList<int>> m_ownEdit; ///< the order to keep while our own edit applies
    QString m_refusal;                   ///< a weight typed out of range, shown in the note
};

} // namespace alliance
