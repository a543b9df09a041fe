#pragma once
// The answers of one review (step 7) in the method's four parts (METHOD.md
// 8b): a heading row per part, then its questions in order (the method's,
// then the partners' custom criteria where their angle belongs, see
// evaluation::reviewQuestions); one column per organisation of the project.
// A cell is that organisation's answer: a rating and words (Rating), words
// only (Words), yes / partly / no / don't know and words (YesPartlyNo), or
// words with an optional rating (Reflection). Words never need a rating
// first. Edits go through Document::apply with the rules of
// core/edits/reviewanswer.h (one undo step each), on review_score items
// whose id is ids::reviewScore(review, organisation, criterion), so two
// partner copies answering the same cell agree on the item. Follows the document.

#include "evaluation/reviewquestions.h"
#include "journal/change.h"
#include "model/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace alliance {

class Document;

class ReviewScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ScoreIdRole
            = Qt::UserRole + 1, ///< the cell's review_score id (its row's, else the derived one); null on headings
        CommentRole,            ///< the words as plain text; setData writes them
        CriterionIdRole,        ///< the row's criterion id; empty on headings
        OrganisationIdRole,     ///< the column's organisation id (QUuid)
        HeadingRole,            ///< true on a part's heading row
        RatingRole,             ///< int 0..max, or null when not rated; setData: int, or null to clear
        AnswerRole,             ///< a step-back answer id, or empty; setData writes it
        NoScoreRole,            ///< true when the answer exists and holds no rating (words only)
        KindRole,               ///< int(method::AnswerKind) of the row; -1 on headings
        PartRole,               ///< 1..4
        WeightRole,   ///< part 1's objective questions: the column's step-2 weight (int), null when not weighted
        HeaviestRole, ///< true when that weight is the column's heaviest
        AnsweredRole, ///< true when the cell holds a rating, an answer or words
    };

    /// Shows no review until setReview(). The document must outlive the model.
    explicit ReviewScoreModel(Document *document, QObject *parent = nullptr);

    /// Shows the answers of `reviewId` (a null id: an empty, read-only grid).
    void setReview(const QUuid &reviewId);
    QUuid review() const { return m_review; }

    /// True for a part's heading row (not editable, not selectable).
    bool isHeading(int row) const;
    /// The question of `row`; nullptr for a heading or out of range.
    const evaluation::ReviewQuestion *questionAt(int row) const;
    /// The criterion id of `row`; empty for a heading or out of range.
    QString criterionAt(int row) const;
    /// The organisation id of `column`; null out of range.
    QUuid organisationAt(int column) const;
    /// The column of `organisation`, or -1.
    int columnOf(const QUuid &organisation) const;
    /// The row of `criterionId`, or -1.
    int rowOf(const QString &criterionId) const;
    /// The review_score id that stores the cell at `index`: null on headings,
    /// without a review or out of range.
    QUuid scoreIdAt(const QModelIndex &index) const;
    /// True when the cell at `index` holds a rating (not words only).
    bool isScored(const QModelIndex &index) const;

    /// Re-reads questions, organisations and answers. Keeps the rows and
    /// columns (and so the views' selection) when only values or names changed.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole writes what the question asks for: a rating (an integer
    /// 0..criterionScoreMax or its text; empty or null clears it and keeps
    /// the words) on Rating and Reflection, an answer id on YesPartlyNo,
    /// words on Words. RatingRole, AnswerRole and CommentRole write that part
    /// of any answer the question allows. One undo step each. Returns false
    /// and emits editRefused() when the value or the document refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused; `reason` is translated.
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QString key; ///< "part:<n>" for headings, else the criterion id
        int part = 1;
        std::optional<evaluation::ReviewQuestion> question; ///< empty for headings
        QString label;
    };
    struct Org
    {
        QUuid id;
        QString name;
        std::array<int, method::objectiveCount> weights {};
        bool weighted = false;
    };
    static QList<Row> buildRows(const Project &project);
    const ReviewScore *scoreAt(int row, int column) const;
    static QString key(const QUuid &organisation, const QString &criterionId);
    QString where(const QModelIndex &index) const;
    bool applyOrRefuse(const ChangeSet &change);
    bool setRating(const QModelIndex &index, const QVariant &value);

    Document *m_document;
    QUuid m_review;
    QList<Row> m_rows;
    QList<Org> m_organisations;
    QHash<QString, ReviewScore> m_scores; ///< by key(organisation, criterion), current review only
};

} // namespace alliance
