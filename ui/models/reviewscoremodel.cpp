#include "models/reviewscoremodel.h"

#include "document/document.h"
#include "edits/reviewanswer.h"
#include "evaluation/weights.h"
#include "method/method.h"
#include "model/ids.h"
#include "model/shorttext.h"
#include "storage/schema.h"

#include <QLocale>

#include <QColor>
#include <QFont>

namespace alliance {

namespace {

// Custom criteria are referenced by id text, with or without braces: compare one form.
QString normalised(const QString &criterionId)
{
    const QUuid asId = QUuid::fromString(criterionId);
    return asId.isNull() ? criterionId : schema::idText(asId);
}

} // namespace

ReviewScoreModel::ReviewScoreModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::changed, this, &ReviewScoreModel::reload);
    reload();
}

void ReviewScoreModel::setReview(const QUuid &reviewId)
{
    if (reviewId == m_review)
        return;
    m_review = reviewId;
    reload();
}

QString ReviewScoreModel::key(const QUuid &organisation, const QString &criterionId)
{
    return schema::idText(organisation) + QLatin1Char('/') + normalised(criterionId);
}

QList<ReviewScoreModel::Row> ReviewScoreModel::buildRows(const Project &project)
{
    QList<Row> rows;
    int part = 0;
    for (const evaluation::ReviewQuestion &q : evaluation::reviewQuestions(project)) {
        while (part < q.part) {
            ++part;
            rows.append(
                {QStringLiteral("part:%1").arg(part), part, std::nullopt, method::tr(method::reviewPartTitle(part))});
        }
        rows.append({q.criterionId, q.part, q, q.label.isEmpty() ? tr("(unnamed criterion)") : shortName(q.label)});
    }
    return rows;
}

void ReviewScoreModel::reload()
{
    const Project &project = m_document->project();
    QList<Row> rows = buildRows(project);
    QList<Org> organisations;
    for (const auto &o : project.organisations) {
        const evaluation::Weights weights = evaluation::storedWeights(project, o.id);
        organisations.append({o.id, o.name, weights, evaluation::isWeighted(weights)});
    }
    QHash<QString, ReviewScore> scores;
    if (!m_review.isNull()) {
        for (const auto &s : project.reviewScores) {
            if (s.reviewId != m_review)
                continue;
            const QString k = key(s.organisationId, s.criterionId);
            // Merged copies may hold another item for the same cell: the derived id is the one edits write.
            if (scores.contains(k)
                && scores.value(k).id == ids::reviewScore(m_review, s.organisationId, normalised(s.criterionId)))
                continue;
            scores.insert(k, s);
        }
    }

    bool sameShape = rows.size() == m_rows.size() && organisations.size() == m_organisations.size();
    for (int r = 0; sameShape && r < rows.size(); ++r)
        sameShape = rows.at(r).key == m_rows.at(r).key;
    for (int c = 0; sameShape && c < organisations.size(); ++c)
        sameShape = organisations.at(c).id == m_organisations.at(c).id;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        m_organisations = organisations;
        m_scores = scores;
        endResetModel();
        return;
    }
    // Same rows and columns: keep the views' selection and current cell.
    bool labels = false;
    for (int r = 0; !labels && r < rows.size(); ++r)
        labels = rows.at(r).label != m_rows.at(r).label;
    bool names = false;
    for (int c = 0; !names && c < organisations.size(); ++c)
        names = organisations.at(c).name != m_organisations.at(c).name;
    m_rows = rows;
    m_organisations = organisations;
    m_scores = scores;
    if (labels)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
    if (names)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_organisations.size()) - 1);
    if (!m_rows.isEmpty() && !m_organisations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool ReviewScoreModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).question;
}

const evaluation::ReviewQuestion *ReviewScoreModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).question ? &*m_rows.at(row).question : nullptr;
}

QString ReviewScoreModel::criterionAt(int row) const
{
    const evaluation::ReviewQuestion *q = questionAt(row);
    return q ? q->criterionId : QString();
}

QUuid ReviewScoreModel::organisationAt(int column) const
{
    return column >= 0 && column < m_organisations.size() ? m_organisations.at(column).id : QUuid();
}

int ReviewScoreModel::columnOf(const QUuid &organisation) const
{
    for (int c = 0; c < m_organisations.size(); ++c)
        if (m_organisations.at(c).id == organisation)
            return c;
    return -1;
}

int ReviewScoreModel::rowOf(const QString &criterionId) const
{
    const QString wanted = normalised(criterionId);
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).question && m_rows.at(r).question->criterionId == wanted)
            return r;
    return -1;
}

const ReviewScore *ReviewScoreModel::scoreAt(int row, int column) const
{
    const QString criterion = criterionAt(row);
    const QUuid organisation = organisationAt(column);
    if (criterion.isEmpty() || organisation.isNull())
        return nullptr;
    const auto it = m_scores.constFind(key(organisation, criterion));
    return it == m_scores.constEnd() ? nullptr : &it.value();
}

QUuid ReviewScoreModel::scoreIdAt(const QModelIndex &index) const
{
    if (m_review.isNull() || !index.isValid() || index.model() != this)
        return {};
    if (const ReviewScore *s = scoreAt(index.row(), index.column()))
        return s->id;
    const QString criterion = criterionAt(index.row());
    const QUuid organisation = organisationAt(index.column());
    if (criterion.isEmpty() || organisation.isNull())
        return {};
    return ids::reviewScore(m_review, organisation, criterion);
}

bool ReviewScoreModel::isScored(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return false;
    const ReviewScore *s = scoreAt(index.row(), index.column());
    const evaluation::ReviewQuestion *q = questionAt(index.row());
    return s && q && evaluation::mayBeRated(q->kind) && s->isRated();
}

int ReviewScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

QVariant ReviewScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool heading = isHeading(index.row());
    const evaluation::ReviewQuestion *q = questionAt(index.row());
    const ReviewScore *score = scoreAt(index.row(), index.column());
    const bool rated = isScored(index);
    const QVariant rating = rated ? QVariant(std::clamp(score->score, 0, method::criterionScoreMax)) : QVariant();
    const QString answer = score && q && q->kind == method::AnswerKind::YesPartlyNo ? score->answer : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (!q)
            return {};
        if (q->kind == method::AnswerKind::YesPartlyNo)
            return answer.isEmpty() ? QVariant() : QVariant(method::choiceLabel(method::stepBackAnswers(), answer));
        if (q->kind == method::AnswerKind::Words)
            return score && !score->comment.isEmpty() ? QVariant(shortText(score->comment, 40)) : QVariant();
        return rating;
    case Qt::EditRole:
        if (!q)
            return {};
        if (q->kind == method::AnswerKind::YesPartlyNo)
            return answer;
        if (q->kind == method::AnswerKind::Words)
            return score ? score->comment : QString();
        return rating;
    case Qt::ToolTipRole:
        // Escaped: a tooltip renders anything that looks like HTML, and comments are partners' text.
        return score && !score->comment.isEmpty()
            ? QVariant(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(score->comment.toHtmlEscaped()))
            : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(int(Qt::AlignCenter));
    case Qt::BackgroundRole:
        // A translucent band reads as a heading on light and dark palettes alike.
        return heading ? QVariant(QColor(128, 128, 128, 48)) : QVariant();
    case ScoreIdRole:
        return heading ? QVariant() : QVariant(scoreIdAt(index));
    case CommentRole:
        return score ? score->comment : QString();
    case CriterionIdRole:
        return criterionAt(index.row());
    case OrganisationIdRole:
        return organisationAt(index.column());
    case HeadingRole:
        return heading;
    case RatingRole:
        return rating;
    case AnswerRole:
        return answer;
    case NoScoreRole:
        return score != nullptr && !rated;
    case KindRole:
        return q ? int(q->kind) : -1;
    case PartRole:
        return m_rows.at(index.row()).part;
    case WeightRole:
    case HeaviestRole: {
        const int objective = q ? method::objectiveIndex(q->objectiveId) : -1;
        const Org &org = m_organisations.at(index.column());
        if (objective < 0 || !org.weighted)
            return role == HeaviestRole ? QVariant(false) : QVariant();
        if (role == WeightRole)
            return org.weights[objective];
        return org.weights[objective] == *std::max_element(org.weights.begin(), org.weights.end());
    }
    case AnsweredRole:
        return score && (rated || !answer.isEmpty() || !score->comment.trimmed().isEmpty());
    default:
        return {};
    }
}

QVariant ReviewScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_organisations.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        const QString name
            = m_organisations.at(section).name.isEmpty() ? tr("(no name)") : m_organisations.at(section).name;
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p>%1</p>").arg(name.toHtmlEscaped());
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_rows.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Row &row = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row.label;
    case Qt::ToolTipRole:
        return row.question && !row.question->question.isEmpty() ? QVariant(row.question->question) : QVariant();
    case Qt::FontRole: {
        if (row.question)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags ReviewScoreModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isHeading(index.row()))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_review.isNull())
        f |= Qt::ItemIsEditable;
    return f;
}

QString ReviewScoreModel::where(const QModelIndex &index) const
{
    const QString name = m_organisations.at(index.column()).name;
    return tr("%1, %2").arg(m_rows.at(index.row()).label, name.isEmpty() ? tr("(no name)") : shortName(name));
}

bool ReviewScoreModel::applyOrRefuse(const ChangeSet &change)
{
    if (change.changes.isEmpty())
        return true; // nothing to change
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

bool ReviewScoreModel::setRating(const QModelIndex &index, const QVariant &value)
{
    const reviewanswer::Cell cell {m_review, organisationAt(index.column()), criterionAt(index.row())};
    const QString text = value.toString().trimmed();
    if (value.isNull() || text.isEmpty())
        return applyOrRefuse(
            reviewanswer::rating(*m_document, cell, std::nullopt, tr("Clear the rating: %1").arg(where(index))));
    bool ok = false;
    const int rating = text.toInt(&ok);
    // The one declared limit of review_score.score, as edits, saves and opens use it.
    const schema::Column *limit = schema::table(QStringLiteral("review_score"))->column(QStringLiteral("score"));
    if (!ok || rating < limit->min || rating > limit->max) {
        const QLocale locale;
        Q_EMIT editRefused(tr("“%1” is not a rating: a rating is a whole number from %2 to %3.")
                               .arg(text, locale.toString(int(limit->min)), locale.toString(int(limit->max))));
        return false;
    }
    return applyOrRefuse(
        reviewanswer::rating(*m_document, cell, rating, tr("Rate %1: %2").arg(rating).arg(where(index))));
}

bool ReviewScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_review.isNull() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || isHeading(index.row()))
        return false;
    const evaluation::ReviewQuestion &q = *questionAt(index.row());
    if (role == Qt::EditRole) {
        role = q.kind == method::AnswerKind::YesPartlyNo ? AnswerRole
            : q.kind == method::AnswerKind::Words        ? CommentRole
                                                         : RatingRole;
    }
    const reviewanswer::Cell cell {m_review, organisationAt(index.column()), q.criterionId};
    switch (role) {
    case RatingRole:
        if (!evaluation::mayBeRated(q.kind)) {
            // Results in words and step-back answers are never a score.
            Q_EMIT editRefused(tr("“%1” is answered without a rating.").arg(m_rows.at(index.row()).label));
            return false;
        }
        return setRating(index, value);
    case AnswerRole: {
        const QString answer = value.toString();
        if (q.kind != method::AnswerKind::YesPartlyNo
            || (!answer.isEmpty() && !method::findChoice(method::stepBackAnswers(), answer))) {
            Q_EMIT editRefused(tr("“%1” takes no such answer.").arg(m_rows.at(index.row()).label));
            return false;
        }
        const QString undoText = answer.isEmpty()
            ? tr("Clear the answer: %1").arg(where(index))
            : tr("Answer “%1”: %2").arg(method::choiceLabel(method::stepBackAnswers(), answer), where(index));
        return applyOrRefuse(reviewanswer::stepBack(*m_document, cell, answer, undoText));
    }
    case CommentRole:
        return applyOrRefuse(
            reviewanswer::words(*m_document, cell, value.toString(), tr("Write the answer: %1").arg(where(index))));
    default:
        return false;
    }
}

} // namespace alliance
