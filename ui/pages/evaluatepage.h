#pragma once
// Step 7, "Evaluate and share": reviews; the answers of the selected review
// in the method's four parts, one partner at a time (METHOD.md 8b); that
// review's results per angle and impact with the number of partners who
// answered, the step-back answers counted, each partner's effects beside its
// step-2 weights; and the lessons learnt, the meaning of the action and the
// next steps.

#include "pages/steppage.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace alliance {

class ItemTableModel;
class ReviewForm;
class ReviewScoreModel;

class EvaluatePage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "reviewsTable", "addReview", "removeReview"; "reviewPartner" (the
    /// organisation whose answers are shown), "answeredLabel", "reviewForm"
    /// (see ReviewForm for its children); "resultsTable" (rows: angles then
    /// impacts; columns: all partners, partners who answered, then each
    /// organisation that rated), "indicatorsSummary", "stepBackSummary",
    /// "ownEffectsSummary"; "lessonsTable", "meaningTable",
    /// "nextStepsTable" and their "addLesson"/"removeLesson",
    /// "addMeaning"/"removeMeaning", "addNextStep"/"removeNextStep" buttons.
    explicit EvaluatePage(Document *document, QWidget *parent = nullptr);

    /// Updates the partners, the results and the buttons in place; the
    /// tables and the form follow the document by themselves.
    void refresh() override;
    /// Stops following the document before the page's parts are destroyed.
    ~EvaluatePage() override;

    /// The review whose answers are shown; null when none.
    QUuid currentReview() const { return m_review; }
    /// Selects `reviewId` in the reviews table (no-op when absent).
    void selectReview(const QUuid &reviewId);
    /// The organisation whose answers are shown; null when none.
    QUuid currentOrganisation() const;
    /// Shows the answers of `organisationId` (no-op when not in the project).
    void selectOrganisation(const QUuid &organisationId);
    /// The model behind the form (all organisations' answers).
    ReviewScoreModel *answers() const { return m_scores; }

private:
    /// A list of lessons of one kind with its Add/Remove buttons.
    struct LessonList
    {
        ItemTableModel *model = nullptr;
        QTableView *view = nullptr;
        QPushButton *remove = nullptr;
    };
    void makeReviews();
    void makeAnswers();
    void makeResults();
    void makeLessons();
    LessonList makeLessonList(QWidget *parent, const QString &kind, const QString &title, const QString &name,
                              const QString &addName, const QString &removeName, const QString &addText);
    void reviewChanged();
    void updatePartners();
    void updateAnswered();
    void updateResults();
    void updateButtons();
    void fitReviewsHeight();

    QUuid m_review;
    ItemTableModel *m_reviews = nullptr;
    QTableView *m_reviewsView = nullptr;
    QPushButton *m_removeReview = nullptr;
    ReviewScoreModel *m_scores = nullptr;
    QComboBox *m_partner = nullptr;
    QLabel *m_answered = nullptr;
    ReviewForm *m_form = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_indicators = nullptr;
    QLabel *m_stepBack = nullptr;
    QLabel *m_ownEffects = nullptr;
    QList<LessonList> m_lessons;
};

} // namespace alliance
