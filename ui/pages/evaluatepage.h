#pragma once
// Step 7, "Evaluate and share": reviews, each organisation's scores and
// comments per criterion for the selected review, that review's results per
// angle and per impact, and the lessons learnt, the meaning of the action and
// the next steps.

#include "pages/steppage.h"

#include <QUuid>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace alliance {

class FieldTextEdit;
class ItemTableModel;
class ReviewScoreModel;

class EvaluatePage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "reviewsTable", "addReview", "removeReview", "scoreGrid"
    /// (ReviewScoreModel), "commentLabel", "scoreComment" (FieldTextEdit on
    /// review_score.comment of the current cell), "resultsTable" (rows: angles
    /// then impacts; columns: all partners, then each organisation that
    /// scored), "lessonsTable", "meaningTable", "nextStepsTable" and their
    /// "addLesson"/"removeLesson", "addMeaning"/"removeMeaning",
    /// "addNextStep"/"removeNextStep" buttons.
    explicit EvaluatePage(Document *document, QWidget *parent = nullptr);

    /// Updates the comment editor, the results and the buttons in place; the
    /// tables and the grid follow the document by themselves.
    void refresh() override;
    /// Stops following the document before the page's parts are destroyed.
    ~EvaluatePage() override;

    /// The review whose scores are shown; null when none.
    QUuid currentReview() const { return m_review; }
    /// Selects `reviewId` in the reviews table (no-op when absent).
    void selectReview(const QUuid &reviewId);

protected:
    /// Delete or Backspace on a score cell removes its score.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A list of lessons of one kind with its Add/Remove buttons.
    struct LessonList
    {
        ItemTableModel *model = nullptr;
        QTableView *view = nullptr;
        QPushButton *remove = nullptr;
    };
    void makeReviews();
    void makeScores();
    void makeResults();
    void makeLessons();
    LessonList makeLessonList(QWidget *parent, const QString &kind, const QString &title, const QString &name,
                              const QString &addName, const QString &removeName, const QString &addText);
    void reviewChanged();
    void cellChanged();
    void updateResults();
    void updateButtons();

    QUuid m_review;
    ItemTableModel *m_reviews = nullptr;
    QTableView *m_reviewsView = nullptr;
    QPushButton *m_removeReview = nullptr;
    ReviewScoreModel *m_scores = nullptr;
    QTableView *m_scoreView = nullptr;
    QLabel *m_commentLabel = nullptr;
    FieldTextEdit *m_comment = nullptr;
    QTableWidget *m_results = nullptr;
    QList<LessonList> m_lessons;
};

} // namespace alliance
