#include "portfolio/summary.h"

#include "evaluation/meetings.h"
#include "evaluation/overdue.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "evaluation/stepprogress.h"
#include "model/projectloader.h"
#include "storage/filecheck.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

#include <utility>

namespace alliance::portfolio {

namespace {

const QString steeringCommittee = QStringLiteral("steering_committee");

void addTerritory(QStringList &territories, const QString &value)
{
    const QString t = value.trimmed();
    if (!t.isEmpty() && !territories.contains(t, Qt::CaseInsensitive))
        territories.append(t);
}

DatedItem nextMilestoneOf(const Project &project, const QDate &today)
{
    DatedItem next;
    for (const Action &a : project.actions) {
        if (!a.milestone || !a.dueDate.isValid() || a.dueDate < today)
            continue;
        if (evaluation::isClosed(a.status))
            continue;
        if (!next.isSet() || a.dueDate < next.date)
            next = {a.title, a.dueDate};
    }
    return next;
}

DatedItem nextCommitteeOf(const Project &project, const QDate &today)
{
    DatedItem next;
    for (const Meeting &m : project.meetings)
        if (m.kind == steeringCommittee && m.date.isValid() && m.date >= today && (!next.isSet() || m.date < next.date))
            next = {m.title, m.date};
    return next;
}

/// Open actions and milestones due, and steering committees held, from
/// today to the horizon, counted per day and kind.
QList<DueCount> upcomingOf(const Project &project, const QDate &today)
{
    const QDate last = today.addDays(upcomingHorizonDays);
    QMap<std::pair<QDate, int>, int> counts;
    for (const Action &a : project.actions) {
        if (!a.dueDate.isValid() || a.dueDate < today || a.dueDate > last)
            continue;
        if (evaluation::isClosed(a.status))
            continue;
        ++counts[{a.dueDate, int(a.milestone ? DueCount::Kind::Milestone : DueCount::Kind::Action)}];
    }
    for (const Meeting &m : project.meetings)
        if (m.kind == steeringCommittee && m.date.isValid() && m.date >= today && m.date <= last)
            ++counts[{m.date, int(DueCount::Kind::Committee)}];
    QList<DueCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({DueCount::Kind(it.key().second), it.key().first, it.value()});
    return list;
}

} // namespace

QString dueKindId(DueCount::Kind kind)
{
    switch (kind) {
    case DueCount::Kind::Action:
        return QStringLiteral("action");
    case DueCount::Kind::Milestone:
        return QStringLiteral("milestone");
    case DueCount::Kind::Committee:
        break;
    }
    return QStringLiteral("committee");
}

std::optional<DueCount::Kind> dueKindNamed(const QString &id)
{
    for (DueCount::Kind k : {DueCount::Kind::Action, DueCount::Kind::Milestone, DueCount::Kind::Committee})
        if (dueKindId(k) == id)
            return k;
    return std::nullopt;
}

bool operator==(const DueCount &a, const DueCount &b)
{
    return a.kind == b.kind && a.date == b.date && a.count == b.count;
}

bool operator==(const AngleFigure &a, const AngleFigure &b)
{
    return a.angleId == b.angleId && a.percent == b.percent && a.respondents == b.respondents;
}

bool operator==(const DatedItem &a, const DatedItem &b)
{
    return a.title == b.title && a.date == b.date;
}

bool operator==(const PartnershipSummary &a, const PartnershipSummary &b)
{
    return a.path == b.path && a.refusal == b.refusal && a.computedOn == b.computedOn && a.title == b.title
        && a.lead == b.lead && a.territories == b.territories && a.leadTerritory == b.leadTerritory
        && a.modelId == b.modelId && a.currentStepId == b.currentStepId && a.onTrack == b.onTrack
        && a.atRisk == b.atRisk && a.offTrack == b.offTrack && a.noData == b.noData
        && a.lastReviewDate == b.lastReviewDate && a.hasReview == b.hasReview && a.angles == b.angles
        && a.lateActions == b.lateActions && a.nextMilestone == b.nextMilestone && a.nextCommittee == b.nextCommittee
        && a.upcoming == b.upcoming;
}

PartnershipSummary summarise(const Project &project, const QDate &today)
{
    PartnershipSummary s;
    s.computedOn = today;
    s.title = project.partnership.title;
    if (const Organisation *lead = project.leadOrganisation()) {
        s.lead = lead->name;
        s.leadTerritory = !lead->departement.trimmed().isEmpty() ? lead->departement.trimmed() : lead->region.trimmed();
        addTerritory(s.territories, lead->region);
        addTerritory(s.territories, lead->departement);
    }
    for (const Organisation &o : project.organisations) {
        addTerritory(s.territories, o.region);
        addTerritory(s.territories, o.departement);
    }
    s.modelId = evaluation::recommend(project).modelId;
    s.currentStepId = evaluation::stepProgress(project).currentStepId;
    const evaluation::PerformanceSummary performance = evaluation::evaluatePerformance(project, today);
    s.onTrack = performance.onTrack;
    s.atRisk = performance.atRisk;
    s.offTrack = performance.offTrack;
    s.noData = performance.noData;
    const QList<evaluation::ReviewScores> reviews = evaluation::scoreReviews(project);
    if (!reviews.isEmpty()) {
        const evaluation::ReviewScores &last = reviews.constLast();
        s.hasReview = true;
        s.lastReviewDate = last.date;
        for (const evaluation::ScoreMean &m : last.angles)
            s.angles.append({m.id, m.percent, m.respondents});
    }
    s.lateActions = evaluation::overdueCount(project.actions, today);
    s.nextMilestone = nextMilestoneOf(project, today);
    s.nextCommittee = nextCommitteeOf(project, today);
    s.upcoming = upcomingOf(project, today);
    return s;
}

PartnershipSummary summariseFile(const QString &path, const QDate &today)
{
    SqliteDb db; // checked, then read on the same connection
    const CheckResult check = openCheckedProjectFile(path, db);
    if (!check.ok()) {
        PartnershipSummary refused;
        refused.path = path;
        refused.computedOn = today;
        refused.refusal = check.message.isEmpty()
            ? QCoreApplication::translate("Portfolio", "The file “%1” was refused.").arg(QFileInfo(path).fileName())
            : check.message;
        return refused;
    }
    PartnershipSummary s = summarise(loadProject(db), today);
    s.path = path;
    return s;
}

} // namespace alliance::portfolio
