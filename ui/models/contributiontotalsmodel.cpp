#include "models/contributiontotalsmodel.h"

#include "method/method.h"

#include <QFont>
#include <QLocale>

namespace alliance {

namespace {

QString money(double euros)
{
    return QLocale().toCurrencyString(euros, QString(QChar(0x20AC)), 2);
}

int kindCount()
{
    return int(method::contributionKinds().size());
}

} // namespace

ContributionTotalsModel::ContributionTotalsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContributionTotalsModel::show(const Project &project)
{
    const evaluation::ContributionSummary summary = evaluation::summariseContributions(project);
    QList<Line> fresh;
    for (const auto &p : summary.partners) {
        const Organisation *o = p.organisationId.isNull() ? nullptr : project.organisation(p.organisationId);
        fresh.append({o ? o->name : tr("No partner given"), p.byKind, p.totalEuros, p.sharePercent, false});
    }
    if (!fresh.isEmpty()) {
        const std::optional<double> whole = summary.grandTotal > 0 ? std::optional<double>(100.0) : std::nullopt;
        fresh.append({tr("Total"), summary.byKind, summary.grandTotal, whole, true});
    }
    if (fresh.size() != m_lines.size()) {
        beginResetModel();
        m_lines = fresh;
        endResetModel();
        return;
    }
    if (fresh != m_lines) {
        // Same lines: update in place so that views keep their scroll position and selection.
        m_lines = fresh;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int ContributionTotalsModel::kindColumn(const QString &kindId) const
{
    const int k = int(method::idsOf(method::contributionKinds()).indexOf(kindId));
    return k < 0 ? -1 : 1 + k;
}

int ContributionTotalsModel::totalColumn() const
{
    return 1 + kindCount();
}

int ContributionTotalsModel::shareColumn() const
{
    return 2 + kindCount();
}

int ContributionTotalsModel::grandTotalRow() const
{
    return int(m_lines.size()) - 1;
}

int ContributionTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ContributionTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3 + kindCount();
}

QVariant ContributionTotalsModel::value(const Line &line, int column) const
{
    if (column >= 1 && column <= kindCount())
        return line.byKind.value(column - 1);
    if (column == totalColumn())
        return line.total;
    if (column == shareColumn() && line.share)
        return *line.share;
    return {};
}

QVariant ContributionTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return line.name;
        if (column == shareColumn())
            return line.share ? tr("%1%").arg(QLocale().toString(*line.share, 'f', 1)) : QString();
        return money(value(line, column).toDouble());
    case ValueRole:
        return value(line, column);
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (line.isGrandTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContributionTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Partner");
    if (section == totalColumn())
        return tr("Total");
    if (section == shareColumn())
        return tr("Share");
    return method::tr(method::contributionKinds().at(section - 1).label);
}

} // namespace alliance
