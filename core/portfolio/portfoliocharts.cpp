#include "portfolio/portfoliocharts.h"

#include "evaluation/axisrange.h"
#include "model/language.h"
#include "model/longdate.h"
#include "model/shorttext.h"
#include "portfolio/portfoliotable.h"

#include <QCoreApplication>

#include <algorithm>

namespace alliance::portfolio {

namespace {

/// The top of an axis of counts: at least 5, so that its ticks fall on
/// whole numbers (a partnership is never 0.5).
double countsCeiling(double highest)
{
    return std::max(dashboard::niceCeiling(highest), 5.0);
}

dashboard::ChartData countChart(const QList<Count> &counts, bool keepEmpty)
{
    dashboard::ChartData d;
    d.shape = dashboard::ChartShape::HorizontalBars;
    d.unit = figures::Unit::plain();
    d.yTitle = QCoreApplication::translate("Portfolio", "Partnerships");
    d.emptyHint = QCoreApplication::translate("Portfolio", "Choose a folder of partnerships to see them counted.");
    dashboard::Series series;
    series.name = QCoreApplication::translate("Portfolio", "Partnerships");
    double high = 0;
    for (const Count &c : counts) {
        if (c.count == 0 && !keepEmpty)
            continue;
        d.categories << c.label;
        series.values << c.count;
        high = std::max(high, double(c.count));
    }
    d.series << series;
    d.yMin = 0;
    d.yMax = countsCeiling(high);
    return d;
}

/// A partnership's name on a bar: cut as the dashboard cuts names.
constexpr int barNameLength = 60;

void add(DueFigure &f, const DueCount &d)
{
    switch (d.kind) {
    case DueCount::Kind::Action:
        f.actions += d.count;
        break;
    case DueCount::Kind::Milestone:
        f.milestones += d.count;
        break;
    case DueCount::Kind::Committee:
        f.committees += d.count;
        break;
    }
}

dashboard::Series series(const QString &name, const QString &id, const QString &colourKey = {})
{
    dashboard::Series s;
    s.name = name;
    s.id = id;
    s.colourKey = colourKey;
    return s;
}

/// The name of the bar the partnerships beyond the first ones share.
QString othersName(int others)
{
    return QCoreApplication::translate("Portfolio", "%n other partnership(s)", nullptr, others);
}

/// Stacked counts, one bar per category; the axis from 0 to a round number above the highest bar.
void finishCounts(dashboard::ChartData &d)
{
    double high = 0;
    for (int c = 0; c < d.categories.size(); ++c) {
        double sum = 0;
        for (const dashboard::Series &s : std::as_const(d.series))
            sum += s.values.value(c);
        high = std::max(high, sum);
    }
    d.unit = figures::Unit::plain();
    d.yMin = 0;
    d.yMax = countsCeiling(high);
}

/// Actions, milestones and committees of `figures`, one bar each.
void dueSeries(dashboard::ChartData &d, const QList<DueFigure> &figures, bool partnerships)
{
    dashboard::Series actions = series(QCoreApplication::translate("Portfolio", "Actions"), QStringLiteral("action"));
    dashboard::Series milestones
        = series(QCoreApplication::translate("Portfolio", "Milestones"), QStringLiteral("milestone"));
    dashboard::Series committees
        = series(QCoreApplication::translate("Portfolio", "Steering committees"), QStringLiteral("committee"));
    const int drawn = partnerships ? std::min<int>(int(figures.size()), partnershipBarsAtMost) : int(figures.size());
    for (int i = 0; i < drawn; ++i) {
        const DueFigure &f = figures.at(i);
        d.categories << (partnerships ? shortText(f.title, barNameLength) : f.title);
        actions.values << f.actions;
        milestones.values << f.milestones;
        committees.values << f.committees;
    }
    if (drawn < figures.size()) {
        DueFigure rest;
        for (int i = drawn; i < figures.size(); ++i) {
            rest.actions += figures.at(i).actions;
            rest.milestones += figures.at(i).milestones;
            rest.committees += figures.at(i).committees;
        }
        d.categories << othersName(int(figures.size()) - drawn);
        actions.values << rest.actions;
        milestones.values << rest.milestones;
        committees.values << rest.committees;
    }
    d.series = {actions, milestones, committees};
    finishCounts(d);
}

} // namespace

QList<AtRiskFigure> partnershipsAtRisk(const QList<PartnershipSummary> &rows)
{
    QList<AtRiskFigure> list;
    for (const PartnershipSummary &row : rows)
        if (!row.refused() && row.atRisk + row.offTrack > 0)
            list.append({row.title, row.atRisk, row.offTrack});
    std::stable_sort(list.begin(), list.end(), [](const AtRiskFigure &a, const AtRiskFigure &b) {
        if (a.offTrack != b.offTrack)
            return a.offTrack > b.offTrack;
        if (a.atRisk != b.atRisk)
            return a.atRisk > b.atRisk;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return list;
}

QList<DueFigure> dueByPartnership(const QList<PartnershipSummary> &rows, int days)
{
    QList<DueFigure> list;
    for (const PartnershipSummary &row : rows) {
        if (row.refused())
            continue;
        DueFigure f;
        f.title = row.title;
        for (const DueCount &d : row.upcoming)
            if (d.date >= row.computedOn && row.computedOn.daysTo(d.date) <= days)
                add(f, d);
        if (f.total() > 0)
            list.append(f);
    }
    std::stable_sort(list.begin(), list.end(), [](const DueFigure &a, const DueFigure &b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return list;
}

QList<DueFigure> dueByWeek(const QList<PartnershipSummary> &rows, int days)
{
    QDate first;
    for (const PartnershipSummary &row : rows)
        if (!row.refused() && row.computedOn.isValid() && (!first.isValid() || row.computedOn < first))
            first = row.computedOn;
    if (!first.isValid() || days < 0)
        return {};
    QList<DueFigure> weeks;
    const QLocale locale = writingLocale();
    for (int start = 0; start <= days; start += 7) {
        DueFigure w;
        w.from = first.addDays(start);
        //: A week of the deadline chart, by its first day (e.g. "from 7 Dec").
        w.title = QCoreApplication::translate("Portfolio", "from %1").arg(shortDate(w.from, locale));
        weeks.append(w);
    }
    for (const PartnershipSummary &row : rows) {
        if (row.refused())
            continue;
        for (const DueCount &d : row.upcoming) {
            const qint64 day = first.daysTo(d.date);
            if (d.date >= row.computedOn && day >= 0 && row.computedOn.daysTo(d.date) <= days && day <= days)
                add(weeks[int(day / 7)], d);
        }
    }
    return weeks;
}

dashboard::ChartData modelsChart(const QList<PartnershipSummary> &rows)
{
    dashboard::ChartData d = countChart(countsByModel(rows), false);
    d.id = QStringLiteral("portfolio_models");
    d.title = QCoreApplication::translate("Portfolio", "Partnerships per model");
    d.xTitle = QCoreApplication::translate("Portfolio", "Model");
    return d;
}

dashboard::ChartData stepsChart(const QList<PartnershipSummary> &rows)
{
    const QList<Count> counts = countsByStep(rows);
    bool any = false;
    for (const Count &c : counts)
        any = any || c.count > 0;
    dashboard::ChartData d = countChart(counts, any); // every step, once there is something to show
    d.id = QStringLiteral("portfolio_steps");
    d.title = QCoreApplication::translate("Portfolio", "Partnerships per current step");
    d.xTitle = QCoreApplication::translate("Portfolio", "Step");
    return d;
}

dashboard::ChartData atRiskChart(const QList<PartnershipSummary> &rows)
{
    const QList<AtRiskFigure> figures = partnershipsAtRisk(rows);
    dashboard::ChartData d;
    d.id = QStringLiteral("portfolio_at_risk");
    d.shape = dashboard::ChartShape::HorizontalBars;
    d.title = QCoreApplication::translate("Portfolio", "Indicators at risk or off track, per partnership");
    d.xTitle = QCoreApplication::translate("Portfolio", "Partnership");
    d.yTitle = QCoreApplication::translate("Portfolio", "Indicators");
    d.emptyHint
        = QCoreApplication::translate("Portfolio", "No indicator of the partnerships listed is at risk or off track.");
    dashboard::Series off = series(QCoreApplication::translate("Dashboard", "Off track"), QStringLiteral("off_track"),
                                   QStringLiteral("off_track"));
    dashboard::Series risk = series(QCoreApplication::translate("Dashboard", "At risk"), QStringLiteral("at_risk"),
                                    QStringLiteral("at_risk"));
    const int drawn = std::min<int>(int(figures.size()), partnershipBarsAtMost);
    for (int i = 0; i < drawn; ++i) {
        d.categories << shortText(figures.at(i).title, barNameLength);
        off.values << figures.at(i).offTrack;
        risk.values << figures.at(i).atRisk;
    }
    if (drawn < figures.size()) {
        int offRest = 0, riskRest = 0;
        for (int i = drawn; i < figures.size(); ++i) {
            offRest += figures.at(i).offTrack;
            riskRest += figures.at(i).atRisk;
        }
        d.categories << othersName(int(figures.size()) - drawn);
        off.values << offRest;
        risk.values << riskRest;
    }
    d.series = {off, risk};
    finishCounts(d);
    return d;
}

dashboard::ChartData dueSoonChart(const QList<PartnershipSummary> &rows)
{
    dashboard::ChartData d;
    d.id = QStringLiteral("portfolio_due_30");
    d.shape = dashboard::ChartShape::HorizontalBars;
    d.title = QCoreApplication::translate("Portfolio", "Due in the next %n day(s), per partnership", nullptr,
                                          nearHorizonDays);
    d.xTitle = QCoreApplication::translate("Portfolio", "Partnership");
    d.yTitle = QCoreApplication::translate("Portfolio", "Deadlines");
    d.emptyHint = QCoreApplication::translate(
        "Portfolio", "No open action, milestone or steering committee falls due in the next %n day(s).", nullptr,
        nearHorizonDays);
    dueSeries(d, dueByPartnership(rows, nearHorizonDays), true);
    return d;
}

dashboard::ChartData dueByWeekChart(const QList<PartnershipSummary> &rows)
{
    const QList<DueFigure> weeks = dueByWeek(rows, farHorizonDays);
    dashboard::ChartData d;
    d.id = QStringLiteral("portfolio_due_90");
    d.shape = dashboard::ChartShape::StackedBars;
    d.title = QCoreApplication::translate("Portfolio", "Due in the next %n day(s), per week", nullptr, farHorizonDays);
    d.xTitle = QCoreApplication::translate("Portfolio", "Week");
    d.yTitle = QCoreApplication::translate("Portfolio", "Deadlines");
    int total = 0;
    for (const DueFigure &w : weeks)
        total += w.total();
    d.emptyHint = QCoreApplication::translate(
        "Portfolio", "No open action, milestone or steering committee falls due in the next %n day(s).", nullptr,
        farHorizonDays);
    dueSeries(d, total > 0 ? weeks : QList<DueFigure>(), false);
    return d;
}

} // namespace alliance::portfolio
