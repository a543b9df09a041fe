#include "models/reviewscoremodel.h"

#include "document/document.h"
#include "method/method.h"
#include "model/ids.h"
#include "storage/schema.h"

#include <QColor>
#include <QFont>

namespace alliance {

namespace {

const QString scoreTable = QStringLiteral("review_score");

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
    for (const auto &angle : method::evaluationAngles()) {
        rows.append({QStringLiteral("angle:") + angle.id, angle.id, QString(), method::tr(angle.label), QString()});
        for (const auto &c : method::criteria())
            if (c.angle == angle.id)
                rows.append({c.id, angle.id, c.id, method::tr(c.label), method::tr(c.question)});
        for (const auto &c : project.customCriteria)
            if (c.angle == angle.id) {
                const QString id = schema::idText(c.id);
                rows.append({id, angle.id, id, c.label.isEmpty() ? tr("(unnamed criterion)") : c.label, QString()});
            }
    }
    return rows;
}

void ReviewScoreModel::reload()
{
    const Project &project = m_document->project();
    QList<Row> rows = buildRows(project);
    QList<Org> organisations;
    for (const auto &o : project.organisations)
        organisations.append({o.id, o.name});
    QHash<QString, ReviewScore> scores;
    if (!m_review.isNull()) {
        for (const auto &s : project.reviewScores) {
            if (s.reviewId != m_review)
                continue;
            const QString k = key(s.organisationId, s.criterionId);
            // Merged copies may hold another item for the same cell: the derived id is the one edits write.
            if (scores.contains(k) && scores.value(k).id == ids::reviewScore(m_review, s.organisationId, s.criterionId))
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
    return row >= 0 && row < m_rows.size() && m_rows.at(row).criterionId.isEmpty();
}

QString ReviewScoreModel::criterionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).criterionId : QString();
}

QUuid ReviewScoreModel::organisationAt(int column) const
{
    return column >= 0 && column < m_organisations.size() ? m_organisations.at(column).id : QUuid();
}

int ReviewScoreModel::rowOf(const QString &criterionId) const
{
    const QString wanted = normalised(criterionId);
    for (int r = 0; r < m_rows.size(); ++r)
        if (!m_rows.at(r).criterionId.isEmpty() && m_rows.at(r).criterionId == wanted)
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
    return index.isValid() && index.model() == this && scoreAt(index.row(), index.column()) != nullptr;
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
    const ReviewScore *score = scoreAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return score ? QVariant(score->score) : QVariant();
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
    case Qt::FontRole: {
        if (!score || score->comment.isEmpty())
            return {};
        QFont f;
        f.setUnderline(true); // says "there is a comment" without colour
        return f;
    }
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
    default:
        return {};
    }
}

QVariant ReviewScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_organisations.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        const QString name = m_organisations.at(section).name.isEmpty() ? tr("(no name)") : m_organisations.at(section).name;
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
        return row.question.isEmpty() ? QVariant() : QVariant(row.question);
    case Qt::FontRole: {
        if (!row.criterionId.isEmpty())
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

bool ReviewScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_review.isNull()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || isHeading(index.row()))
        return false;
    const QString criterion = criterionAt(index.row());
    const QUuid organisation = organisationAt(index.column());
    const ReviewScore *existing = scoreAt(index.row(), index.column());
    const QString where = tr("%1, %2").arg(m_rows.at(index.row()).label, m_organisations.at(index.column()).name);

    const QString text = value.toString().trimmed();
    if (value.isNull() || text.isEmpty()) {
        if (!existing)
            return true;
        ChangeSet clear(tr("Remove the score: %1").arg(where));
        clear.remove(scoreTable, existing->id);
        QString error;
        if (!m_document->apply(clear, &error)) {
            Q_EMIT editRefused(error);
            return false;
        }
        return true;
    }

    bool ok = false;
    const int score = text.toInt(&ok);
    if (!ok || score < 0 || score > method::criterionScoreMax) {
        Q_EMIT editRefused(tr("A score is a whole number from 0 to %1.").arg(method::criterionScoreMax));
        return false;
    }
    if (existing && existing->score == score)
        return true;
    ChangeSet change(tr("Score %1: %2").arg(score).arg(where));
    if (existing) {
        change.set(scoreTable, existing->id, QStringLiteral("score"), score);
    } else {
        const QUuid id = ids::reviewScore(m_review, organisation, criterion);
        // A score removed earlier left a tombstone under the same derived id: revive it.
        if (m_document->value(scoreTable, id, QStringLiteral("deleted")).toInt() == 1)
            change.set(scoreTable, id, QStringLiteral("deleted"), 0);
        change.set(scoreTable, id, QStringLiteral("review_id"), schema::idText(m_review))
            .set(scoreTable, id, QStringLiteral("organisation_id"), schema::idText(organisation))
            .set(scoreTable, id, QStringLiteral("criterion_id"), criterion)
            .set(scoreTable, id, QStringLiteral("score"), score);
    }
    QString error;
    if (!m_document->apply(change, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace alliance
