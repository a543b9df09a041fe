#pragma once
// Step 3, "Choose the model", as METHOD.md 6b reads it: each partner's reading
// of its carré magique and the categories they point to; two questions on the
// nature of the relationship, whose answers name the model; how the model
// serves each partner; the typology as a grid of cards; why this model.

#include "pages/steppage.h"

#include <QHash>
#include <QString>

class QButtonGroup;
class QFrame;
class QLabel;
class QPushButton;
class QRadioButton;

namespace alliance {

class FieldTextEdit;

class ModelPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "recommendationExplanation" (the readings and what they say);
    /// "relationship_<categoryId>" (radio buttons of the first question),
    /// "modelQuestion" (the second question's label), "answer_<modelId>"
    /// (its radio buttons, only those of the described category visible);
    /// "category_<categoryId>" (a QFrame whose bool property "suggested" says
    /// the readings point to it), "modelCard_<modelId>" (a QFrame whose bool
    /// property "chosen" says the answers name it), inside it "modelBadge" and
    /// "chooseModel_<modelId>"; "modelJustification".
    explicit ModelPage(Document *document, QWidget *parent = nullptr);

    /// Re-marks the answers, cards and explanation; widgets are built once.
    void refresh() override;

private:
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *badge = nullptr;
        QPushButton *choose = nullptr;
    };
    struct CategoryHeader
    {
        QFrame *frame = nullptr;
        QLabel *pointedBy = nullptr;
    };
    void buildQuestions();
    void buildGrid();
    void describe(const QString &categoryId);
    void choose(const QString &modelId);

    QLabel *m_explanation;
    QButtonGroup *m_relationships = nullptr;
    QHash<QString, QRadioButton *> m_relationshipButtons; ///< by category id
    QHash<QString, QLabel *> m_relationshipHints;         ///< by category id
    QLabel *m_modelQuestion = nullptr;
    QButtonGroup *m_answers = nullptr;
    QHash<QString, QRadioButton *> m_answerButtons; ///< by model id
    QHash<QString, Card> m_cards;                   ///< by model id
    QHash<QString, CategoryHeader> m_headers;       ///< by category id
    FieldTextEdit *m_justification = nullptr;
};

} // namespace alliance
