#pragma once
// Step 1, "Diagnose": the territory's seven needs, each organisation answering
// from its own view (a priority and words) beside the others, with where
// their priorities differ; and the maturity self-diagnostic of one
// organisation at a time, with its level per axis and overall and the tools
// to use next.

#include "pages/steppage.h"

#include <QHash>
#include <QList>
#include <QUuid>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace alliance {

namespace evaluation {
struct NeedsViews;
}

class FieldComboBox;
class FieldLineEdit;
class FieldTextEdit;

class DiagnosePage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// needs: "need_<needId>" (a need's card), "needPriority_<needId>_<orgId>"
    /// and "needAnswer_<needId>_<orgId>" (orgId without braces),
    /// "needShared_<needId>" (the shared view of an earlier format, read
    /// only), "needDifference_<needId>", "needsDifferences" (all of them, in
    /// words), "needsEmpty"; maturity: "maturityOrganisation" (the
    /// organisation picked), "maturityVariant", "maturityScore_<questionId>"
    /// (a spin box, -1 shown as "Not answered", 0..4),
    /// "maturityComment_<questionId>", "maturityAxis_<axisId>" and
    /// "maturityOverall" (progress bars, 0..100, with the level),
    /// "maturityAnswered", "maturityNextTools", "maturityEmpty".
    explicit DiagnosePage(Document *document, QWidget *parent = nullptr);

    /// Re-reads answers and scores. The organisations' rows of the needs, the
    /// organisation list and the question rows are rebuilt only when the
    /// organisations (or the picked one's profile or role) changed.
    void refresh() override;

private:
    struct NeedCard
    {
        QString needId;
        QWidget *rows = nullptr; ///< one row per organisation
        QLabel *difference = nullptr;
    };
    struct NeedRow
    {
        int need = 0;   ///< index in NeedsViews::needs
        int column = 0; ///< index in NeedsViews::organisations
        QString needId;
        QUuid organisationId;
        QUuid answerId; ///< what the editors point at
        FieldComboBox *priority = nullptr;
        FieldTextEdit *answer = nullptr;
    };
    struct SharedRow
    {
        QString needId;
        QLabel *priority = nullptr;
        QLabel *answer = nullptr;
    };
    struct QuestionRow
    {
        QString questionId;
        QSpinBox *score = nullptr;
        FieldLineEdit *comment = nullptr;
    };
    void buildNeeds();
    void rebuildNeedRows(const evaluation::NeedsViews &views);
    void refreshNeeds();
    void buildMaturity();
    void refreshOrganisations();
    void rebuildQuestions();
    void refreshScores();
    void scoreChanged(const QString &questionId, int score);
    QUuid currentOrganisation() const;

    // The needs.
    QLabel *m_needsEmpty = nullptr;
    QLabel *m_differences = nullptr;
    QList<NeedCard> m_cards;
    QList<NeedRow> m_needRows;
    QList<SharedRow> m_sharedRows;
    QString m_needRowsKey; ///< organisations (id, name, profile, role) and shared views the rows show

    // The maturity.
    QComboBox *m_organisation = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_maturity = nullptr;
    QHash<QString, QProgressBar *> m_axisBars;
    QProgressBar *m_overall = nullptr;
    QLabel *m_answered = nullptr;
    QLabel *m_nextTools = nullptr;
    QWidget *m_questions = nullptr;
    QList<QuestionRow> m_rows;
    QString m_organisationsKey;  ///< ids and names the combo shows
    QString m_questionsBuiltFor; ///< organisation id + profile + role of m_rows
};

} // namespace alliance
