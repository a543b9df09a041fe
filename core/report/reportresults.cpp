// The results part of the report: indicators against their targets, every
// review's scores with the partners' comments, and what was learnt.
#include "evaluation/performance.h"
#include "evaluation/scores.h"
#include "model/shorttext.h"
#include "report/reportwriting.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <numeric>

namespace alliance::report {

namespace {

constexpr int headingTitleLength = 150;

QString statusText(evaluation::IndicatorStatus status)
{
    switch (status) {
    case evaluation::IndicatorStatus::OnTrack:
        return Writing::tr("On track");
    case evaluation::IndicatorStatus::AtRisk:
        return Writing::tr("At risk");
    case evaluation::IndicatorStatus::OffTrack:
        return Writing::tr("Off track");
    case evaluation::IndicatorStatus::NoData:
        break;
    }
    return Writing::tr("No data");
}

QString criterionText(const Project &p, const QString &criterionId)
{
    if (const method::Criterion *c = method::findCriterion(criterionId))
        return method::tr(c->label);
    const QUuid id = QUuid::fromString(criterionId);
    for (const auto &custom : p.customCriteria)
        if (custom.id == id)
            return custom.label;
    return criterionId;
}

/// Method criteria first, in the method's order, then the custom ones.
int criterionRank(const Project &p, const QString &criterionId)
{
    const auto &all = method::criteria();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).id == criterionId)
            return i;
    const QUuid id = QUuid::fromString(criterionId);
    for (int i = 0; i < p.customCriteria.size(); ++i)
        if (p.customCriteria.at(i).id == id)
            return int(all.size()) + i;
    return std::numeric_limits<int>::max();
}

QString meansLine(const Writing &w, const QList<method::Choice> &choices, const QList<evaluation::ScoreMean> &means)
{
    QStringList parts;
    for (const auto &choice : choices)
        parts.append(Writing::tr("%1 %2").arg(method::tr(choice.label), w.percent(evaluation::percentOf(means, choice.id))));
    return parts.join(QStringLiteral(" · "));
}


/// One row per criterion. With a few organisations, one column each with its
/// score; with more, the mean, lowest and highest score and how many scored.
Table scoreTable(const Writing &w, const QList<ReviewScore> &given)
{
    const Project &p = w.project();
    constexpr int organisationColumnsAtMost = 6;
    QList<QUuid> organisations;
    QStringList criteria;
    for (const auto &o : p.organisations)
        for (const auto &score : given)
            if (score.organisationId == o.id) {
                organisations.append(o.id);
                break;
            }
    for (const auto &score : given)
        if (!criteria.contains(score.criterionId))
            criteria.append(score.criterionId);
    std::stable_sort(criteria.begin(), criteria.end(),
                     [&](const QString &a, const QString &b) { return criterionRank(p, a) < criterionRank(p, b); });
    const auto scoreText = [](int score) { return Writing::tr("%1/%2").arg(score).arg(method::criterionScoreMax); };
    Table t{{Writing::tr("Criterion")}, {}, {}};
    const bool perOrganisation = organisations.size() <= organisationColumnsAtMost;
    if (perOrganisation) {
        for (const QUuid &id : organisations)
            t.header.append(w.organisation(id));
    } else {
        t.header << Writing::tr("Mean") << Writing::tr("Lowest") << Writing::tr("Highest") << Writing::tr("Scores");
    }
    for (int c = 1; c < t.header.size(); ++c)
        t.numericColumns.append(c);
    for (const QString &criterion : criteria) {
        QStringList row{criterionText(p, criterion)};
        QList<int> scores;
        QHash<QUuid, int> byOrganisation;
        for (const auto &score : given)
            if (score.criterionId == criterion) {
                scores.append(score.score);
                byOrganisation.insert(score.organisationId, score.score);
            }
        if (perOrganisation) {
            for (const QUuid &id : organisations)
                row.append(byOrganisation.contains(id) ? scoreText(byOrganisation.value(id)) : Writing::dash());
        } else {
            const double mean = std::accumulate(scores.cbegin(), scores.cend(), 0.0) / scores.size();
            row << Writing::tr("%1/%2").arg(w.number(mean, 1)).arg(method::criterionScoreMax)
                << scoreText(*std::min_element(scores.cbegin(), scores.cend()))
                << scoreText(*std::max_element(scores.cbegin(), scores.cend())) << QString::number(scores.size());
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace

Section indicatorsSection(const Writing &w)
{
    const Project &p = w.project();
    Section s;
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(p, w.today());
    // Seven columns fit a portrait page: the unit goes with the name, the
    // baseline with the target ("0 → 500").
    Table t{{Writing::tr("Indicator (unit)"), Writing::tr("Baseline → target"), Writing::tr("Target date"),
             Writing::tr("Latest"), Writing::tr("Achieved"), Writing::tr("Expected"), Writing::tr("Status")},
            {},
            {1, 2, 3, 4, 5}};
    bool anyTargetDate = false;
    for (int i = 0; i < p.indicators.size() && i < summary.indicators.size(); ++i) {
        const Indicator &ind = p.indicators.at(i);
        const evaluation::IndicatorPerformance &perf = summary.indicators.at(i);
        const QString latest = perf.hasData ? Writing::tr("%1 (%2)").arg(w.number(perf.latestValue, 1),
                                                                         w.shortDate(perf.latestDate))
                                            : Writing::dash();
        const QString name = ind.unit.trimmed().isEmpty()
            ? shortName(ind.name)
            : Writing::tr("%1 (%2)", "an indicator and its unit").arg(shortName(ind.name), shortName(ind.unit));
        anyTargetDate = anyTargetDate || ind.targetDate.isValid();
        t.rows.append({name,
                       //: From an indicator's baseline to its target; the arrow's spaces do not break.
                       Writing::tr("%1 → %2").arg(w.number(ind.baseline, 1), w.number(ind.target, 1)),
                       w.shortDate(ind.targetDate), latest, w.percent(perf.achievedPercent),
                       w.percent(perf.expectedPercent), statusText(perf.status)});
    }
    if (t.rows.isEmpty()) {
        s.blocks.append(Block::empty(Writing::tr("No indicator has been defined.")));
        return s;
    }
    s.blocks.append(Block::field(Writing::tr("Overall achievement"), w.percent(summary.overall)));
    s.blocks.append(Block::field(
        Writing::tr("Indicators"),
        Writing::tr("%1 on track, %2 at risk, %3 off track, %4 without data")
            .arg(summary.onTrack)
            .arg(summary.atRisk)
            .arg(summary.offTrack)
            .arg(summary.noData)));
    s.blocks.append(Block::tableOf(t));
    // How the status is read, from the rule's own thresholds.
    const QString onTrack = w.percent(evaluation::atRiskBelow), atRisk = w.percent(evaluation::offTrackBelow);
    s.blocks.append(Block::paragraph(
        anyTargetDate
            ? Writing::tr("Achieved: the share of the way from baseline to target that the latest measurement "
                          "covers. Expected: the share due on the date of that measurement, on a straight path from "
                          "the start of the partnership (or the first measurement) to the target date, and all of "
                          "it once the target date has passed. An indicator is on track from %1 of what is "
                          "expected, at risk from %2, off track below; without a target date, all of the way is "
                          "expected.")
                  .arg(onTrack, atRisk)
            : Writing::tr("Achieved: the share of the way from baseline to target that the latest measurement "
                          "covers. An indicator is on track from %1 of its target, at risk from %2, off track below.")
                  .arg(onTrack, atRisk)));
    return s;
}

Section reviewsSection(const Writing &w)
{
    const Project &p = w.project();
    Section s;
    for (const auto &scores : evaluation::scoreReviews(p)) {
        const auto review = std::find_if(p.reviews.cbegin(), p.reviews.cend(),
                                         [&](const Review &r) { return r.id == scores.reviewId; });
        if (review == p.reviews.cend())
            continue;
        // A heading stays a line or two: a long title is cut (…), the date kept.
        s.blocks.append(Block::subheading(Writing::tr("%1, %2").arg(shortText(review->title, headingTitleLength),
                                                                    w.date(review->date))));
        s.blocks.append(Block::field(Writing::tr("Angles"), meansLine(w, method::evaluationAngles(), scores.angles)));
        s.blocks.append(Block::field(Writing::tr("Impacts"), meansLine(w, method::impacts(), scores.impacts)));
        QList<ReviewScore> given;
        for (const auto &score : p.reviewScores)
            if (score.reviewId == review->id)
                given.append(score);
        if (given.isEmpty()) {
            s.blocks.append(Block::empty(Writing::tr("Nobody has scored this review yet.")));
            continue;
        }
        s.blocks.append(Block::tableOf(scoreTable(w, given)));
        std::stable_sort(given.begin(), given.end(), [&](const ReviewScore &a, const ReviewScore &b) {
            return criterionRank(p, a.criterionId) < criterionRank(p, b.criterionId);
        });
        QStringList comments;
        for (const auto &score : given)
            if (!score.comment.isEmpty())
                comments.append(Writing::tr("%1, %2: %3")
                                    .arg(criterionText(p, score.criterionId), w.organisation(score.organisationId),
                                         score.comment));
        if (!comments.isEmpty()) {
            s.blocks.append(Block::field(Writing::tr("Comments"), QString()));
            s.blocks.append(Block::bullets(comments));
        }
    }
    if (s.blocks.isEmpty())
        s.blocks.append(Block::empty(Writing::tr("No review has been held yet.")));
    return s;
}

Section lessonsSection(const Writing &w)
{
    const Project &p = w.project();
    Section s;
    for (const auto &kind : method::lessonKinds()) {
        QStringList items;
        for (const auto &lesson : p.lessons)
            if (lesson.kind == kind.id && !lesson.text.isEmpty())
                items.append(lesson.date.isValid() ? Writing::tr("%1 (%2)").arg(lesson.text, w.shortDate(lesson.date))
                                                   : lesson.text);
        if (items.isEmpty())
            continue;
        s.blocks.append(Block::subheading(method::tr(kind.label)));
        s.blocks.append(Block::bullets(items));
    }
    QStringList general;
    for (const auto &note : p.notes)
        if (note.stepId.isEmpty() && !note.text.isEmpty())
            general.append(note.isPrivate ? Writing::tr("%1 (private)").arg(note.text) : note.text);
    if (!general.isEmpty()) {
        s.blocks.append(Block::subheading(Writing::tr("Other notes")));
        s.blocks.append(Block::bullets(general));
    }
    if (s.blocks.isEmpty())
        s.blocks.append(Block::empty(Writing::tr("No lesson or next step has been written yet.")));
    return s;
}

} // namespace alliance::report
