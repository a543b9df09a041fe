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

QString kindId(int column)
{
    return method::contributionKinds().value(column - 1).id;
}

} // namespace

ContributionTotalsModel::ContributionTotalsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ContributionTotalsModel::show(const Project &project)
{
    const evaluation::ContributionSummary summary = evaluation::summariseContributions(project);
    QList<Line> fresh;
    for (const auto &p : summary.partners) {
        const Organisation *o = project.organisation(p.organisationId);
        fresh.append({o ? o->name : QString(), p.quantityByKind, p.totalEuros, p.sharePercent, LineKind::Partner});
    }
    if (!fresh.isEmpty()) {
        const std::optional<double> whole = summary.grandTotal > 0 ? std::optional<double>(100.0) : std::nullopt;
        fresh.append(
            {tr("Total of the partners"), summary.quantityByKind, summary.grandTotal, whole, LineKind::GrandTotal});
    }
    if (summary.unassigned) {
        // Not a partner: shown apart, after the partners' total, with no share.
        fresh.append({tr("Not assigned to a partner yet"), summary.unassigned->quantityByKind,
                      summary.unassigned->totalEuros, std::nullopt, LineKind::Unassigned});
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
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).kind == LineKind::GrandTotal)
            return row;
    return -1;
}

int ContributionTotalsModel::unassignedRow() const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).kind == LineKind::Unassigned)
            return row;
    return -1;
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
        if (column == totalColumn())
            return money(line.total);
        if (line.byKind.value(column - 1) == 0)
            return QString(); // nothing of this kind: a blank reads faster than "0 day"
        return evaluation::quantityText(line.byKind.value(column - 1), evaluation::contributionUnit(kindId(column)),
                                        QLocale());
    case ValueRole:
        return value(line, column);
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (line.kind == LineKind::GrandTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (line.kind == LineKind::Unassigned) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == 0 && line.kind == LineKind::Partner)
            return line.name; // a long name is cut in the cell
        if (line.kind == LineKind::Unassigned)
            return tr("Contributions whose partner is not chosen yet: they count in no partner's total or share.");
        if (column == totalColumn())
            return tr("What the contributions are worth in euros, as entered in the Value column.");
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
        return tr("Value (€)");
    if (section == shareColumn())
        return tr("Share");
    return method::tr(method::contributionKinds().at(section - 1).label);
}

} // namespace alliance
