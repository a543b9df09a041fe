#include "portfolio/portfoliotable.h"

#include "method/method.h"
#include "model/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace alliance::portfolio {

namespace {

QString percentText(double percent)
{
    //: A percentage; French puts a no-break space before %.
    return QCoreApplication::translate("Portfolio", "%1%").arg(writingLocale().toString(std::lround(percent)));
}

QString dateText(const QDate &date)
{
    return writingLocale().toString(date, QLocale::ShortFormat);
}

QString datedText(const DatedItem &item)
{
    if (!item.isSet())
        return {};
    //: A date, then what happens that day: "15/01/2027 – Comité de pilotage".
    return QCoreApplication::translate("Portfolio", "%1 – %2").arg(dateText(item.date), item.title);
}

QString angleText(const PartnershipSummary &row, const QString &angleId)
{
    if (row.refused())
        return {};
    if (!row.hasReview)
        return QCoreApplication::translate("Portfolio", "no review yet");
    for (const AngleFigure &a : row.angles)
        if (a.angleId == angleId)
            return a.percent
                ? QCoreApplication::translate("Portfolio", "%1 (%n partner(s) answered)", nullptr, a.respondents)
                      .arg(percentText(*a.percent))
                : QCoreApplication::translate("Portfolio", "not rated");
    return QCoreApplication::translate("Portfolio", "not rated");
}

QVariant angleValue(const PartnershipSummary &row, const QString &angleId)
{
    for (const AngleFigure &a : row.angles)
        if (a.angleId == angleId && a.percent)
            return *a.percent;
    return {};
}

QString indicatorsText(const PartnershipSummary &row)
{
    if (row.refused())
        return {};
    if (row.indicatorCount() == 0)
        return QCoreApplication::translate("Portfolio", "no indicator");
    QStringList parts;
    if (row.offTrack)
        parts << QCoreApplication::translate("Portfolio", "%n off track", nullptr, row.offTrack);
    if (row.atRisk)
        parts << QCoreApplication::translate("Portfolio", "%n at risk", nullptr, row.atRisk);
    if (row.onTrack)
        parts << QCoreApplication::translate("Portfolio", "%n on track", nullptr, row.onTrack);
    if (row.noData)
        parts << QCoreApplication::translate("Portfolio", "%n without data", nullptr, row.noData);
    return parts.join(QStringLiteral(", "));
}

QString modelLabel(const QString &id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("Portfolio", "not named yet");
    const method::Model *m = method::findModel(id);
    return m ? method::tr(m->name) : id;
}

QString stepLabel(const QString &id)
{
    const method::Step *s = method::findStep(id);
    //: A step of the journey: "4. Map the ecosystem".
    return s ? QCoreApplication::translate("Portfolio", "%1. %2").arg(s->number).arg(method::tr(s->name)) : id;
}

/// -1, 0, 1; null values are handled by the caller.
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate() ? -1 : (b.toDate() < a.toDate() ? 1 : 0);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(a.toString(), b.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    const double x = a.toDouble(), y = b.toDouble();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

QList<Column> columns()
{
    return {Column::Status,      Column::Title,         Column::Lead,          Column::Territory,  Column::Model,
            Column::Step,        Column::Indicators,    Column::Performance,   Column::Pertinence, Column::Coherence,
            Column::LateActions, Column::NextMilestone, Column::NextCommittee, Column::File};
}

QString header(Column column)
{
    switch (column) {
    case Column::Status:
        return QCoreApplication::translate("Portfolio", "Status");
    case Column::Title:
        return QCoreApplication::translate("Portfolio", "Partnership");
    case Column::Lead:
        return QCoreApplication::translate("Portfolio", "Lead");
    case Column::Territory:
        return QCoreApplication::translate("Portfolio", "Territory");
    case Column::Model:
        return QCoreApplication::translate("Portfolio", "Model");
    case Column::Step:
        return QCoreApplication::translate("Portfolio", "Current step");
    case Column::Indicators:
        return QCoreApplication::translate("Portfolio", "Indicators");
    case Column::Performance:
        return QCoreApplication::translate("Portfolio", "Performance");
    case Column::Pertinence:
        return QCoreApplication::translate("Portfolio", "Relevance");
    case Column::Coherence:
        return QCoreApplication::translate("Portfolio", "Coherence");
    case Column::LateActions:
        return QCoreApplication::translate("Portfolio", "Late actions");
    case Column::NextMilestone:
        return QCoreApplication::translate("Portfolio", "Next milestone");
    case Column::NextCommittee:
        return QCoreApplication::translate("Portfolio", "Next committee");
    case Column::File:
        return QCoreApplication::translate("Portfolio", "File");
    }
    return {};
}

QString columnName(Column column)
{
    static const QStringList names {
        QStringLiteral("status"),     QStringLiteral("title"),       QStringLiteral("lead"),
        QStringLiteral("territory"),  QStringLiteral("model"),       QStringLiteral("step"),
        QStringLiteral("indicators"), QStringLiteral("performance"), QStringLiteral("pertinence"),
        QStringLiteral("coherence"),  QStringLiteral("late"),        QStringLiteral("milestone"),
        QStringLiteral("committee"),  QStringLiteral("file"),
    };
    return names.value(int(column));
}

std::optional<Column> columnNamed(const QString &name)
{
    for (Column c : columns())
        if (columnName(c) == name)
            return c;
    return std::nullopt;
}

QString statusOf(const PartnershipSummary &row)
{
    if (row.refused())
        return QStringLiteral("refused");
    if (row.offTrack > 0)
        return QStringLiteral("off_track");
    if (row.atRisk > 0)
        return QStringLiteral("at_risk");
    if (row.onTrack > 0)
        return QStringLiteral("on_track");
    return QStringLiteral("no_data");
}

QStringList statusIds()
{
    return {QStringLiteral("refused"), QStringLiteral("off_track"), QStringLiteral("at_risk"),
            QStringLiteral("on_track"), QStringLiteral("no_data")};
}

QString statusLabel(const QString &id)
{
    if (id == QLatin1String("refused"))
        return QCoreApplication::translate("Portfolio", "Refused");
    if (id == QLatin1String("off_track"))
        return QCoreApplication::translate("Portfolio", "Off track");
    if (id == QLatin1String("at_risk"))
        return QCoreApplication::translate("Portfolio", "At risk");
    if (id == QLatin1String("on_track"))
        return QCoreApplication::translate("Portfolio", "On track");
    return QCoreApplication::translate("Portfolio", "No data");
}

QString text(const PartnershipSummary &row, Column column)
{
    switch (column) {
    case Column::Status:
        return statusLabel(statusOf(row));
    case Column::Title:
        return row.refused() ? row.refusal : row.title;
    case Column::File:
        return QFileInfo(row.path).fileName();
    case Column::Indicators:
        return indicatorsText(row);
    case Column::Performance:
        return angleText(row, QStringLiteral("performance"));
    case Column::Pertinence:
        return angleText(row, QStringLiteral("pertinence"));
    case Column::Coherence:
        return angleText(row, QStringLiteral("coherence"));
    case Column::NextMilestone:
        return datedText(row.nextMilestone);
    case Column::NextCommittee:
        return datedText(row.nextCommittee);
    case Column::Model:
        return row.refused() ? QString() : modelLabel(row.modelId);
    case Column::Step:
        return row.refused() ? QString() : stepLabel(row.currentStepId);
    case Column::LateActions:
        return row.refused() ? QString() : writingLocale().toString(row.lateActions);
    default:
        return value(row, column).toString();
    }
}

QVariant value(const PartnershipSummary &row, Column column)
{
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    switch (column) {
    case Column::Status:
        return int(statusIds().indexOf(statusOf(row))); // worst first
    case Column::Title:
        return row.refused() ? row.refusal : row.title;
    case Column::File:
        return QFileInfo(row.path).fileName();
    case Column::Lead:
        return textOrNull(row.lead);
    case Column::Territory:
        return textOrNull(row.leadTerritory);
    case Column::Model:
        return row.refused() ? QVariant() : QVariant(modelLabel(row.modelId));
    case Column::Step: {
        const method::Step *s = method::findStep(row.currentStepId);
        return s ? QVariant(s->number) : QVariant();
    }
    case Column::Indicators:
        // Most worrying first when ascending: off track, then at risk.
        return row.refused() || row.indicatorCount() == 0 ? QVariant()
                                                          : QVariant(-(row.offTrack * 1e6 + row.atRisk * 1e3));
    case Column::Performance:
        return angleValue(row, QStringLiteral("performance"));
    case Column::Pertinence:
        return angleValue(row, QStringLiteral("pertinence"));
    case Column::Coherence:
        return angleValue(row, QStringLiteral("coherence"));
    case Column::LateActions:
        return row.refused() ? QVariant() : QVariant(row.lateActions);
    case Column::NextMilestone:
        return row.nextMilestone.isSet() ? QVariant(row.nextMilestone.date) : QVariant();
    case Column::NextCommittee:
        return row.nextCommittee.isSet() ? QVariant(row.nextCommittee.date) : QVariant();
    }
    return {};
}

bool lessThan(const PartnershipSummary &a, const PartnershipSummary &b, Column column)
{
    const QVariant x = value(a, column), y = value(b, column);
    if (x.isNull() || y.isNull())
        return !x.isNull() && y.isNull();
    return compareValues(x, y) < 0;
}

void sortRows(QList<PartnershipSummary> &rows, Column column, Qt::SortOrder order)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const PartnershipSummary &a, const PartnershipSummary &b) {
        // Empty cells stay last in either order.
        const bool emptyA = value(a, column).isNull(), emptyB = value(b, column).isNull();
        if (emptyA || emptyB)
            return !emptyA && emptyB;
        return order == Qt::AscendingOrder ? lessThan(a, b, column) : lessThan(b, a, column);
    });
}

bool matches(const PartnershipSummary &row, const Filter &filter)
{
    if (!filter.statusId.isEmpty() && statusOf(row) != filter.statusId)
        return false;
    if (!filter.modelId.isEmpty()) {
        const QString model = row.modelId.isEmpty() ? Filter::noModel() : row.modelId;
        if (row.refused() || model != filter.modelId)
            return false;
    }
    if (!filter.stepId.isEmpty() && (row.refused() || row.currentStepId != filter.stepId))
        return false;
    const QString territory = filter.territory.trimmed();
    if (!territory.isEmpty() && std::none_of(row.territories.cbegin(), row.territories.cend(), [&](const QString &t) {
            return t.contains(territory, Qt::CaseInsensitive);
        }))
        return false;
    return true;
}

QList<PartnershipSummary> filtered(const QList<PartnershipSummary> &rows, const Filter &filter)
{
    QList<PartnershipSummary> kept;
    for (const PartnershipSummary &row : rows)
        if (matches(row, filter))
            kept.append(row);
    return kept;
}

QList<Count> countsByModel(const QList<PartnershipSummary> &rows)
{
    QList<Count> counts;
    for (const method::Model &m : method::models())
        counts.append({m.id, method::tr(m.name), 0});
    counts.append({Filter::noModel(), modelLabel({}), 0});
    for (const PartnershipSummary &row : rows) {
        if (row.refused())
            continue;
        const QString id = row.modelId.isEmpty() ? Filter::noModel() : row.modelId;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const Count &c) { return c.id == id; });
        if (it == counts.end())
            it = counts.insert(counts.end() - 1, {id, modelLabel(id), 0}); // unknown to this build: before "none"
        ++it->count;
    }
    return counts;
}

QList<Count> countsByStep(const QList<PartnershipSummary> &rows)
{
    QList<Count> counts;
    for (const method::Step &s : method::steps())
        counts.append({s.id, stepLabel(s.id), 0});
    for (const PartnershipSummary &row : rows)
        for (Count &c : counts)
            if (!row.refused() && c.id == row.currentStepId)
                ++c.count;
    return counts;
}

} // namespace alliance::portfolio
