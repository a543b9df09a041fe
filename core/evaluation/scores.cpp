#include "evaluation/scores.h"

#include "evaluation/reviewquestions.h"
#include "method/method.h"
#include "model/ids.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace alliance::evaluation {

namespace {

// What a criterion counts for; an empty angle or impact counts for none.
struct CriterionInfo
{
    QString key; ///< method id, or custom uuid without braces
    QString angle;
    QString impact;
    bool rated = true; ///< false for questions answered in words or yes / partly / no
};

// Resolves a ReviewScore::criterionId, which is either a method id or a
// custom criterion uuid (written with or without braces).
class CriterionResolver
{
public:
    explicit CriterionResolver(const Project &project)
    {
        for (const CustomCriterion &c : project.customCriteria)
            m_custom.insert(c.id, {c.id.toString(QUuid::WithoutBraces), c.angle, c.impact});
    }

    std::optional<CriterionInfo> resolve(const QString &criterionId) const
    {
        if (const method::Criterion *c = method::findCriterion(criterionId))
            return CriterionInfo {c->id, c->angle, c->impact, mayBeRated(c->kind)};
        const QUuid id = QUuid::fromString(criterionId);
        if (id.isNull())
            return std::nullopt;
        const auto it = m_custom.constFind(id);
        if (it == m_custom.constEnd())
            return std::nullopt;
        return *it;
    }

private:
    QHash<QUuid, CriterionInfo> m_custom;
};

// Sum and count of the scores one criterion received.
struct Tally
{
    CriterionInfo info;
    double sum = 0;
    int count = 0;
    QSet<QUuid> organisations; ///< who gave these scores
};

// Criterion key -> tally; std::map keeps a deterministic order.
using Tallies = std::map<QString, Tally>;

void add(Tallies &tallies, const CriterionInfo &info, double score, const QUuid &organisation)
{
    Tally &t = tallies[info.key];
    t.info = info;
    t.sum += score;
    ++t.count;
    t.organisations.insert(organisation);
}

// Means over criteria: each criterion's mean first, then the mean of those
// per key. `field` selects angle or impact.
QList<ScoreMean> meansOver(const Tallies &tallies, const QList<method::Choice> &keys, QString CriterionInfo::*field,
                           double scoreMax)
{
    QList<ScoreMean> out;
    for (const method::Choice &key : keys) {
        ScoreMean mean;
        mean.id = key.id;
        double sum = 0;
        QSet<QUuid> respondents;
        for (const auto &entry : tallies) {
            const Tally &t = entry.second;
            if (t.info.*field != key.id)
                continue;
            sum += t.sum / t.count;
            ++mean.count;
            respondents.unite(t.organisations);
        }
        mean.respondents = int(respondents.size());
        if (mean.count > 0)
            mean.percent = sum / mean.count / scoreMax * 100.0;
        out.append(mean);
    }
    return out;
}

// One answer per organisation and question, as the page shows it: when a
// merge left two rows for one cell, the row under the derived id counts.
QList<StepBackCount> countStepBack(const Project &project, const QUuid &reviewId)
{
    QList<StepBackCount> out;
    QHash<QString, int> index; // criterion id -> position in out
    for (const method::Criterion &c : method::criteria()) {
        if (c.kind != method::AnswerKind::YesPartlyNo)
            continue;
        index.insert(c.id, int(out.size()));
        out.append(StepBackCount {c.id});
    }
    QHash<QPair<QUuid, QString>, const ReviewScore *> chosen;
    for (const ReviewScore &s : project.reviewScores) {
        if (s.reviewId != reviewId || !index.contains(s.criterionId))
            continue;
        const QPair<QUuid, QString> key {s.organisationId, s.criterionId};
        const auto it = chosen.constFind(key);
        if (it == chosen.constEnd() || s.id == ids::reviewScore(reviewId, s.organisationId, s.criterionId))
            chosen.insert(key, &s);
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        StepBackCount &count = out[index.value(it.key().second)];
        const QString &a = it.value()->answer;
        int *slot = a == QLatin1String("yes") ? &count.yes
            : a == QLatin1String("partly")    ? &count.partly
            : a == QLatin1String("no")        ? &count.no
            : a == QLatin1String("dont_know") ? &count.dontKnow
                                              : nullptr;
        if (!slot)
            continue; // no answer chosen (words only), or an id this build does not know
        ++*slot;
        ++count.respondents;
    }
    return out;
}

} // namespace

int StepBackCount::count(const QString &answerId) const
{
    if (answerId == QLatin1String("yes"))
        return yes;
    if (answerId == QLatin1String("partly"))
        return partly;
    if (answerId == QLatin1String("no"))
        return no;
    if (answerId == QLatin1String("dont_know"))
        return dontKnow;
    return 0;
}

const QuestionMean *ReviewScores::question(const QString &criterionId) const
{
    const QUuid asId = QUuid::fromString(criterionId);
    const QString key = asId.isNull() ? criterionId : asId.toString(QUuid::WithoutBraces);
    for (const QuestionMean &q : questions)
        if (q.criterionId == key)
            return &q;
    return nullptr;
}

std::optional<double> percentOf(const QList<ScoreMean> &means, const QString &id)
{
    for (const ScoreMean &m : means) {
        if (m.id == id)
            return m.percent;
    }
    return std::nullopt;
}

ReviewScores scoreReview(const Project &project, const QUuid &reviewId)
{
    ReviewScores r;
    r.reviewId = reviewId;
    for (const Review &review : project.reviews) {
        if (review.id == reviewId)
            r.date = review.date;
    }

    const CriterionResolver resolver(project);
    const double scoreMax = method::criterionScoreMax;
    Tallies all;
    QHash<QUuid, Tallies> perOrganisation;
    QList<QUuid> seenOrder;
    for (const ReviewScore &s : project.reviewScores) {
        if (s.reviewId != reviewId)
            continue;
        const std::optional<CriterionInfo> info = resolver.resolve(s.criterionId);
        if (!info) {
            ++r.ignoredCount;
            continue;
        }
        if (!info->rated || !s.isRated())
            continue; // words, or a yes / partly / no: no number to summarise
        const double score = std::clamp(double(s.score), 0.0, scoreMax);
        add(all, *info, score, s.organisationId);
        if (!perOrganisation.contains(s.organisationId))
            seenOrder.append(s.organisationId);
        add(perOrganisation[s.organisationId], *info, score, s.organisationId);
        ++r.scoreCount;
    }
    r.respondents = int(perOrganisation.size());
    for (const auto &entry : all)
        r.questions.append({entry.first, entry.second.sum / entry.second.count, entry.second.count,
                            int(entry.second.organisations.size())});
    r.stepBack = countStepBack(project, reviewId);

    r.angles = meansOver(all, method::evaluationAngles(), &CriterionInfo::angle, scoreMax);
    r.impacts = meansOver(all, method::impacts(), &CriterionInfo::impact, scoreMax);

    // Project organisations first so tables list partners in a familiar order.
    QList<QUuid> order;
    for (const Organisation &o : project.organisations) {
        if (perOrganisation.contains(o.id))
            order.append(o.id);
    }
    for (const QUuid &id : std::as_const(seenOrder)) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const QUuid &id : std::as_const(order)) {
        const Tallies &t = perOrganisation[id];
        r.organisations.append({id, meansOver(t, method::evaluationAngles(), &CriterionInfo::angle, scoreMax),
                                meansOver(t, method::impacts(), &CriterionInfo::impact, scoreMax)});
    }
    return r;
}

PerformanceSummary indicatorsAtReview(const Project &project, const QUuid &reviewId, const QDate &today)
{
    QDate asOf;
    for (const Review &review : project.reviews)
        if (review.id == reviewId)
            asOf = review.date;
    if (!asOf.isValid())
        return evaluatePerformance(project, today);
    Project upToReview = project;
    upToReview.measurements.clear();
    for (const Measurement &m : project.measurements)
        if (m.date.isValid() && m.date <= asOf)
            upToReview.measurements.append(m);
    return evaluatePerformance(upToReview, asOf);
}

QList<ReviewScores> scoreReviews(const Project &project)
{
    QList<Review> reviews = project.reviews;
    std::stable_sort(reviews.begin(), reviews.end(), [](const Review &a, const Review &b) { return a.date < b.date; });
    QList<ReviewScores> out;
    for (const Review &review : std::as_const(reviews))
        out.append(scoreReview(project, review.id));
    return out;
}

OrganisationMaturity maturityOf(const Project &project, const QUuid &organisationId)
{
    OrganisationMaturity m;
    m.organisationId = organisationId;
    for (const Organisation &o : project.organisations) {
        if (o.id == organisationId)
            m.expected = int(method::maturityQuestionsFor(o.profile, o.role).size());
    }

    QHash<QString, QString> axisOf;
    for (const method::MaturityQuestion &q : method::maturityQuestions())
        axisOf.insert(q.id, q.axis);

    // Question id -> last score; std::map for a deterministic sum order.
    std::map<QString, double> answers;
    for (const MaturityAnswer &a : project.maturityAnswers) {
        if (a.organisationId != organisationId || !axisOf.contains(a.questionId))
            continue;
        answers[a.questionId] = std::clamp(double(a.score), 0.0, double(method::maturityScoreMax));
    }
    m.answered = int(answers.size());

    double axesSum = 0;
    int axesWithValue = 0;
    for (const method::Choice &axis : method::maturityAxes()) {
        ScoreMean mean;
        mean.id = axis.id;
        double sum = 0;
        for (const auto &entry : answers) {
            if (axisOf.value(entry.first) != axis.id)
                continue;
            sum += entry.second;
            ++mean.count;
        }
        if (mean.count > 0) {
            mean.percent = sum / mean.count / method::maturityScoreMax * 100.0;
            axesSum += *mean.percent;
            ++axesWithValue;
        }
        m.axes.append(mean);
    }
    if (axesWithValue > 0)
        m.overall = axesSum / axesWithValue;
    return m;
}

QList<OrganisationMaturity> maturity(const Project &project)
{
    QList<OrganisationMaturity> out;
    for (const Organisation &o : project.organisations)
        out.append(maturityOf(project, o.id));
    return out;
}

} // namespace alliance::evaluation
