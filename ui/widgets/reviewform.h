#pragma once
// One organisation's answers to one review, in the method's four parts and
// in their order (METHOD.md 8b), over a ReviewScoreModel: per question a
// rating box (Rating; optional on a Reflection), a yes / partly / no / don't
// know box (the step-back questions), and words. Part 1 shows beside each
// objective the weight the organisation gave it in step 2. Words never wait
// for a rating: typing them creates the answer without one.
//
// Child objectNames, with <id> the question's criterion id: "reviewPart1".."reviewPart4"
// (the part's title and questions), "rating:<id>" and "answer:<id>" (QComboBox), "weight:<id>"
// (QLabel), "words:<id>" (FieldTextEdit on review_score.comment).

#include <QHash>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace alliance {

class Document;
class FieldTextEdit;
class ReviewScoreModel;

class ReviewForm : public QWidget
{
    Q_OBJECT
public:
    /// Follows `model` (its review, questions and answers). Both must outlive the form.
    ReviewForm(Document *document, ReviewScoreModel *model, QWidget *parent = nullptr);

    /// Shows the answers of `organisation` (a null id, or one the model has
    /// no column for: no questions, only a hint).
    void setOrganisation(const QUuid &organisation);
    QUuid organisation() const { return m_organisation; }
    /// Questions of the review, and how many of them the organisation answered.
    int questionCount() const;
    int answeredCount() const;

Q_SIGNALS:
    /// The answers shown changed (values, organisation or questions).
    void answersChanged();

private:
    struct QuestionWidgets
    {
        int row = -1;
        QComboBox *rating = nullptr;
        QComboBox *answer = nullptr;
        QLabel *weight = nullptr;
        FieldTextEdit *words = nullptr;
    };
    void rebuild();
    void reloadValues();
    QWidget *makePart(int part, QWidget *parent);
    void addQuestion(QWidget *box, QGridLayout *grid, int gridRow, int modelRow);
    int column() const;

    Document *m_document;
    ReviewScoreModel *m_model;
    QUuid m_organisation;
    QVBoxLayout *m_layout;
    QLabel *m_hint;
    QWidget *m_content = nullptr;
    QList<QuestionWidgets> m_questions;
    QStringList m_shape; ///< the criterion ids the form was built for
    bool m_rebuilding = false;
};

} // namespace alliance
