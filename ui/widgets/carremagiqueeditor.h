#pragma once
// One partner's carré magique: its weight for each of the four objectives
// (a slider and a spin box kept in sync) and what it means by each. Moving
// one weight rescales the three others so the four keep summing to 100
// (evaluation::rebalanceWeights); the four weights are written as one change.

#include "evaluation/weights.h"
#include "journal/change.h"

#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace alliance {

class Document;
class FieldTextEdit;

class CarreMagiqueEditor : public QWidget
{
    Q_OBJECT
public:
    /// Edits the weights of `organisationId`, which must be an organisation of
    /// `document`. The editor reads the document but never applies changes
    /// itself: it emits changeRequested() and the owner applies it (so a
    /// refusal is shown by the page). Objective texts are FieldTextEdits that
    /// commit by themselves. Child objectNames: "weightSlider_<objectiveId>",
    /// "weightSpin_<objectiveId>", "weightText_<objectiveId>", "notWeightedNote".
    CarreMagiqueEditor(Document *document, const QUuid &organisationId, QWidget *parent = nullptr);

    QUuid organisationId() const { return m_organisationId; }
    /// Re-reads the weights and the partner's name from the document; a
    /// partner without weights shows 25 each, greyed, with a note.
    void refresh();
    /// The weights shown, in method::objectives() order.
    evaluation::Weights shownWeights() const;
    /// The editor's interactive widgets in tab order, for the page's chain.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    /// The user moved a weight: `changes` sets the four weights (one undo step).
    void changeRequested(const alliance::ChangeSet &changes);

private:
    struct Row
    {
        QString objectiveId;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
        FieldTextEdit *text = nullptr;
    };
    void userSetWeight(int index, int value);
    void show(const evaluation::Weights &weights, bool weighted);
    ChangeSet weightChanges(const evaluation::Weights &weights) const;

    Document *m_document;
    QUuid m_organisationId;
    QList<Row> m_rows;
    QLabel *m_title;
    QLabel *m_note;
};

} // namespace alliance
