#pragma once
// Step 3, "Choose the model": the typology (four categories, nine models) as
// a grid of cards, the model the partners' weights point to with the reasons,
// the model the partners choose and why.

#include "pages/steppage.h"

#include <QHash>
#include <QString>

class QFrame;
class QLabel;
class QPushButton;

namespace alliance {

class FieldTextEdit;

class ModelPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "category_<categoryId>", "modelCard_<modelId>" (a QFrame whose bool
    /// properties "recommended", "alsoClose" and "chosen" say how it is
    /// marked), inside it "modelBadge" and "chooseModel_<modelId>";
    /// "recommendationExplanation", "modelJustification".
    explicit ModelPage(Document *document, QWidget *parent = nullptr);

    /// Re-marks the cards and the explanation; the cards are built once.
    void refresh() override;

private:
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *badge = nullptr;
        QLabel *match = nullptr;
        QPushButton *choose = nullptr;
    };
    void buildGrid();
    void choose(const QString &modelId);

    QLabel *m_explanation;
    QHash<QString, Card> m_cards; ///< by model id
    FieldTextEdit *m_justification = nullptr;
};

} // namespace alliance
