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
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(p);
    Table t{{Writing::tr("Indicator"), Writing::tr("Unit"), Writing::tr("Baseline"), Writing::tr("Target"),
             Writing::tr("Latest"), Writing::tr("Achieved"), Writing::tr("Status")},
            {},
            {2, 3, 4, 5}};
    for (int i = 0; i < p.indicators.size() && i < summary.indicators.size(); ++i) {
        const Indicator &ind = p.indicators.at(i);
        const evaluation::IndicatorPerformance &perf = summary.indicators.at(i);
        const QString latest = perf.hasData ? Writing::tr("%1 (%2)").arg(w.number(perf.latestValue, 1),
                                                                         w.shortDate(perf.latestDate))
                                            : Writing::dash();
        t.rows.append({shortName(ind.name), shortName(ind.unit), w.number(ind.baseline, 1), w.number(ind.target, 1), latest,
                       w.percent(perf.achievedPercent), statusText(perf.status)});
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
