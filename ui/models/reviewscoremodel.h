#pragma once
// The score grid of one review (step 7): one row per criterion (the method's
// criteria, then the partners' custom criteria) grouped under a heading row
// per evaluation angle, one column per organisation of the project. A cell is
// that organisation's score 0..method::criterionScoreMax for that criterion,
// or empty when not scored. Edits go through Document::apply as review_score
// items whose id is ids::reviewScore(review, organisation, criterion), so two
// partner copies scoring the same cell agree on the item. Follows the document.

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
        ScoreIdRole = Qt::UserRole + 1, ///< the cell's review_score id (derived; QUuid), null on headings
        CommentRole,                    ///< the cell's comment as plain text
        CriterionIdRole,                ///< the row's criterion id; empty on headings
        OrganisationIdRole,             ///< the column's organisation id (QUuid)
        HeadingRole,                    ///< true on an angle's heading row
    };

    /// Shows no review until setReview(). The document must outlive the model.
    explicit ReviewScoreModel(Document *document, QObject *parent = nullptr);

    /// Shows the scores of `reviewId` (a null id: an empty, read-only grid).
    void setReview(const QUuid &reviewId);
    QUuid review() const { return m_review; }

    /// True for an angle's heading row (not editable, not selectable).
    bool isHeading(int row) const;
    /// The criterion id of `row`; empty for a heading or out of range.
    QString criterionAt(int row) const;
    /// The organisation id of `column`; null out of range.
    QUuid organisationAt(int column) const;
    /// The row of `criterionId`, or -1.
    int rowOf(const QString &criterionId) const;
    /// The review_score id that stores the cell at `index`: null on headings,
    /// without a review or out of range.
    QUuid scoreIdAt(const QModelIndex &index) const;
    /// True when the cell at `index` holds a score (an existing review_score item).
    bool isScored(const QModelIndex &index) const;

    /// Re-reads criteria, organisations and scores. Keeps the rows and columns
    /// (and so the views' selection) when only values or names changed.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole: an integer 0..criterionScoreMax (or its text) scores the
    /// cell; an empty or null value removes the score. One undo step each.
    /// Returns false and emits editRefused() when the value or the document refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused; `reason` is translated.
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QString key;         ///< "angle:<id>" for headings, else the criterion id
        QString angle;
        QString criterionId; ///< empty for headings
        QString label;       ///< translated (method) or as typed (custom)
        QString question;    ///< tooltip; empty for custom criteria and headings
    };
    struct Org
    {
        QUuid id;
        QString name;
    };
    static QList<Row> buildRows(const Project &project);
    const ReviewScore *scoreAt(int row, int column) const;
    static QString key(const QUuid &organisation, const QString &criterionId);

    Document *m_document;
    QUuid m_review;
    QList<Row> m_rows;
    QList<Org> m_organisations;
    QHash<QString, ReviewScore> m_scores; ///< by key(organisation, criterion), current review only
};

} // namespace alliance
