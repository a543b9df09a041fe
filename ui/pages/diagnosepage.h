#pragma once
// Step 1, "Diagnose": the territory's seven needs (an answer and a priority
// each) and the maturity self-diagnostic of one organisation at a time, with
// its score per axis and overall.

#include "pages/steppage.h"

#include <QHash>
#include <QList>
#include <QUuid>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace alliance {

class FieldLineEdit;

class DiagnosePage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "needAnswer_<needId>", "needPriority_<needId>", "maturityOrganisation"
    /// (the organisation picked), "maturityScore_<questionId>" (a spin box,
    /// -1 shown as "Not answered", 0..4), "maturityComment_<questionId>",
    /// "maturityAxis_<axisId>" and "maturityOverall" (progress bars, 0..100),
    /// "maturityAnswered", "maturityEmpty".
    explicit DiagnosePage(Document *document, QWidget *parent = nullptr);

    /// Re-reads answers and scores. The organisation list and the question
    /// rows are rebuilt only when the organisations (or the picked one's
    /// profile) changed.
    void refresh() override;

private:
    struct QuestionRow
    {
        QString questionId;
        QSpinBox *score = nullptr;
        FieldLineEdit *comment = nullptr;
    };
    void buildNeeds();
    void buildMaturity();
    void refreshOrganisations();
    void rebuildQuestions();
    void refreshScores();
    void scoreChanged(const QString &questionId, int score);
    QUuid currentOrganisation() const;

    QComboBox *m_organisation = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_maturity = nullptr;
    QHash<QString, QProgressBar *> m_axisBars;
    QProgressBar *m_overall = nullptr;
    QLabel *m_answered = nullptr;
    QWidget *m_questions = nullptr;
    QList<QuestionRow> m_rows;
    QString m_organisationsKey;  ///< ids and names the combo shows
    QString m_questionsBuiltFor; ///< organisation id + profile of m_rows
};

} // namespace alliance
