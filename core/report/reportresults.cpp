// The results part of the report: indicators against their targets, every
// review in the method's four parts (METHOD.md 8b) with the partners' words,
// and what was learnt. No figure without the number of partners behind it,
// and no question forced into a score.
#include "evaluation/owneffects.h"
#include "evaluation/performance.h"
#include "evaluation/reviewquestions.h"
#include "evaluation/scores.h"
#include "model/figures.h"
#include "model/ids.h"
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

QString ratingText(const Writing &w, double rating)
{
    return Writing::tr("%1/%2").arg(w.number(rating, 1)).arg(method::criterionScoreMax);
}

QString answeredText(int respondents)
{
    return Writing::tr("%n partner(s) answered", nullptr, respondents);
}

/// "Performance 67 % (3 partners answered) · Relevance – · ..."
QString meansLine(const Writing &w, const QList<method::Choice> &choices, const QList<evaluation::ScoreMean> &means)
{
    QStringList parts;
    for (const auto &choice : choices) {
        const auto mean = std::find_if(means.cbegin(), means.cend(),
                                       [&](const evaluation::ScoreMean &m) { return m.id == choice.id; });
        if (mean != means.cend() && mean->percent)
            parts.append(Writing::tr("%1 %2 (%3)")
                             .arg(method::tr(choice.label), w.percent(mean->percent), answeredText(mean->respondents)));
        else
            parts.append(Writing::tr("%1 %2").arg(method::tr(choice.label), Writing::dash()));
    }
    return parts.join(QStringLiteral(" · "));
}

/// A question's mean rating and how many rated it, or "no rating".
QString questionMeanText(const Writing &w, const evaluation::ReviewScores &scores, const QString &criterionId)
{
    const evaluation::QuestionMean *mean = scores.question(criterionId);
    if (!mean)
        return Writing::tr("no rating");
    return Writing::tr("%1 (%2)").arg(ratingText(w, mean->mean), answeredText(mean->respondents));
}

/// The answers of one review, one per organisation and question (a merge's
/// duplicate yields to the row under the derived id), organisations in project order.
class ReviewAnswers
{
public:
    ReviewAnswers(const Project &p, const QUuid &review)
    {
        for (const auto &s : p.reviewScores) {
            if (s.reviewId != review)
                continue;
            const QString key = keyOf(s.organisationId, s.criterionId);
            if (!m_answers.contains(key) || s.id == ids::reviewScore(review, s.organisationId, s.criterionId))
                m_answers.insert(key, s);
            if (!m_organisations.contains(s.organisationId))
                m_organisations.append(s.organisationId);
        }
        std::stable_sort(m_organisations.begin(), m_organisations.end(),
                         [&](const QUuid &a, const QUuid &b) { return rank(p, a) < rank(p, b); });
    }
    bool isEmpty() const { return m_answers.isEmpty(); }
    const QList<QUuid> &organisations() const { return m_organisations; }
    const ReviewScore *of(const QUuid &organisation, const QString &criterionId) const
    {
        const auto it = m_answers.constFind(keyOf(organisation, criterionId));
        return it == m_answers.constEnd() ? nullptr : &it.value();
    }

private:
    static QString keyOf(const QUuid &organisation, const QString &criterionId)
    {
        const QUuid asId = QUuid::fromString(criterionId);
        return organisation.toString() + (asId.isNull() ? criterionId : asId.toString(QUuid::WithoutBraces));
    }
    static int rank(const Project &p, const QUuid &id)
    {
        for (int i = 0; i < p.organisations.size(); ++i)
            if (p.organisations.at(i).id == id)
                return i;
        return std::numeric_limits<int>::max();
    }
    QHash<QString, ReviewScore> m_answers;
    QList<QUuid> m_organisations;
};

/// "Partner (4/5): words", "Partner (Yes): words", "Partner: words"; empty when nothing was said.
QString answerLine(const Writing &w, const ReviewScore &a, const evaluation::ReviewQuestion &q)
{
    QString given;
    if (q.kind == method::AnswerKind::YesPartlyNo && !a.answer.isEmpty())
        given = choiceLabel(method::stepBackAnswers(), a.answer);
    else if (evaluation::mayBeRated(q.kind) && a.isRated())
        given = ratingText(w, std::clamp(a.score, 0, method::criterionScoreMax));
    const QString words = a.comment.trimmed();
    if (given.isEmpty() && words.isEmpty())
        return {};
    const QString who = w.organisation(a.organisationId);
    if (words.isEmpty())
        return Writing::tr("%1 (%2)").arg(who, given);
    return given.isEmpty() ? Writing::tr("%1: %2").arg(who, words) : Writing::tr("%1 (%2): %3").arg(who, given, words);
}

/// Reviews printed in full: the latest ones. Earlier reviews are one row each
/// of a table; their answers stay on the Evaluate page.
constexpr int reviewsInFullAtMost = 2;
/// Partners' answers listed one by one under a question at most; with more
/// partners than this, only answers with words are listed (the mean sums
/// up the ratings), and the list stops there with a count of the rest.
constexpr int answerLinesAtMost = 12;

/// `lines` kept to answerLinesAtMost, the rest counted in a last line.
QStringList capped(QStringList lines)
{
    if (lines.size() <= answerLinesAtMost)
        return lines;
    const int rest = int(lines.size()) - answerLinesAtMost;
    lines.erase(lines.begin() + answerLinesAtMost, lines.end());
    lines.append(Writing::tr("and %n more answer(s), on the Evaluate page of the project", nullptr, rest));
    return lines;
}

/// One partner's answer line to `q`, or empty; with many partners, only an
/// answer with words (its rating is in the question's mean).
QString listedAnswer(const Writing &w, const ReviewAnswers &answers, const ReviewScore &a,
                     const evaluation::ReviewQuestion &q);

/// Part 1: each partner's effects beside its step-2 weights, the sentence
/// saying whether what mattered most moved most, then the results in words.
void ownPerformanceBlocks(const Writing &w, const Review &review, const evaluation::ReviewScores &scores,
                          const ReviewAnswers &answers, const QList<evaluation::ReviewQuestion> &questions,
                          QList<Block> &blocks)
{
    const Project &p = w.project();
    const QList<evaluation::OwnEffects> effects = evaluation::ownEffects(p, review.id);
    if (!effects.isEmpty()) {
        Table t {{Writing::tr("Partner"), Writing::tr("Objective"), Writing::tr("Weight in step 2"),
                  Writing::tr("Effect rated")},
                 {},
                 {2, 3}};
        QStringList sentences, comments;
        for (const evaluation::OwnEffects &e : effects) {
            const QString who = w.organisation(e.organisationId);
            for (const evaluation::ObjectiveEffect &o : e.objectives) {
                const method::Objective &objective = method::objectives().at(method::objectiveIndex(o.objectiveId));
                t.rows.append({who, method::tr(objective.name),
                               e.weighted ? w.percent(double(o.weight)) : Writing::tr("not weighted"),
                               o.rating ? ratingText(w, *o.rating) : Writing::tr("no rating")});
                if (!o.comment.trimmed().isEmpty())
                    comments.append(
                        Writing::tr("%1, %2: %3").arg(who, method::tr(objective.name), o.comment.trimmed()));
            }
            const QString sentence = evaluation::ownEffectsSentence(e, who);
            if (!sentence.isEmpty())
                sentences.append(sentence);
        }
        blocks.append(Block::tableOf(t));
        if (!sentences.isEmpty())
            blocks.append(Block::bullets(capped(sentences)));
        if (!comments.isEmpty()) {
            blocks.append(Block::field(Writing::tr("Comments"), QString()));
            blocks.append(Block::bullets(capped(comments)));
        }
    }
    for (const evaluation::ReviewQuestion &q : questions) {
        if (q.part != 1 || !q.objectiveId.isEmpty())
            continue;
        QStringList lines;
        for (const QUuid &o : answers.organisations())
            if (const ReviewScore *a = answers.of(o, q.criterionId)) {
                const QString line = listedAnswer(w, answers, *a, q);
                if (!line.isEmpty())
                    lines.append(line);
            }
        if (q.kind == method::AnswerKind::Words) {
            // Words only: an unexpected result is information, never a score.
            blocks.append(Block::field(q.label, lines.isEmpty() ? Writing::tr("none written") : QString()));
        } else {
            // A partners' own criterion of performance: rated like the objectives.
            blocks.append(Block::field(q.label.isEmpty() ? Writing::dash() : shortName(q.label),
                                       questionMeanText(w, scores, q.criterionId)));
        }
        if (!lines.isEmpty())
            blocks.append(Block::bullets(capped(lines)));
    }
}

/// One rated question per row, one column per partner (or, with many, the
/// lowest and highest), then the mean and how many partners rated it.
Table ratingsTable(const Writing &w, const evaluation::ReviewScores &scores, const ReviewAnswers &answers,
                   const QList<evaluation::ReviewQuestion> &questions)
{
    constexpr int organisationColumnsAtMost = 6;
    const QList<QUuid> &organisations = answers.organisations();
    const bool perOrganisation = organisations.size() <= organisationColumnsAtMost;
    Table t {{Writing::tr("Question")}, {}, {}};
    if (perOrganisation) {
        for (const QUuid &id : organisations)
            t.header.append(w.organisation(id));
    } else {
        t.header << Writing::tr("Lowest") << Writing::tr("Highest");
    }
    // One column for the mean and its respondents: a table of partners is wide enough.
    t.header << Writing::tr("Mean (partners who answered)");
    for (int c = 1; c < t.header.size(); ++c)
        t.numericColumns.append(c);
    for (const evaluation::ReviewQuestion &q : questions) {
        QStringList row {q.label.isEmpty() ? Writing::dash() : shortName(q.label)};
        QList<int> ratings;
        for (const QUuid &id : organisations) {
            const ReviewScore *a = answers.of(id, q.criterionId);
            const bool rated = a && a->isRated();
            if (rated)
                ratings.append(std::clamp(a->score, 0, method::criterionScoreMax));
            if (perOrganisation)
                row.append(rated ? ratingText(w, ratings.last()) : Writing::dash());
        }
        if (!perOrganisation) {
            row << (ratings.isEmpty() ? Writing::dash()
                                      : ratingText(w, *std::min_element(ratings.cbegin(), ratings.cend())))
                << (ratings.isEmpty() ? Writing::dash()
                                      : ratingText(w, *std::max_element(ratings.cbegin(), ratings.cend())));
        }
        const evaluation::QuestionMean *mean = scores.question(q.criterionId);
        row << (mean ? Writing::tr("%1 (%2)").arg(ratingText(w, mean->mean)).arg(mean->respondents)
                     : Writing::tr("%1 (%2)").arg(Writing::dash()).arg(0));
        t.rows.append(row);
    }
    return t;
}

/// The partners' words on `questions`, "Question — Partner (4/5): words".
QStringList commentLines(const Writing &w, const ReviewAnswers &answers,
                         const QList<evaluation::ReviewQuestion> &questions)
{
    QStringList lines;
    for (const evaluation::ReviewQuestion &q : questions)
        for (const QUuid &o : answers.organisations())
            if (const ReviewScore *a = answers.of(o, q.criterionId); a && !a->comment.trimmed().isEmpty())
                lines.append(
                    Writing::tr("%1, %2: %3").arg(shortName(q.label), w.organisation(o), a->comment.trimmed()));
    return lines;
}

QString listedAnswer(const Writing &w, const ReviewAnswers &answers, const ReviewScore &a,
                     const evaluation::ReviewQuestion &q)
{
    if (answers.organisations().size() > answerLinesAtMost && a.comment.trimmed().isEmpty())
        return {};
    return answerLine(w, a, q);
}

/// Earlier reviews, one row each: the three angles and the three impacts,
/// each with how many partners answered.
Table earlierReviewsTable(const Writing &w, const QList<const evaluation::ReviewScores *> &earlier)
{
    const Project &p = w.project();
    Table t {{Writing::tr("Review"), Writing::tr("Date")}, {}, {}};
    for (const auto &choice : method::evaluationAngles())
        t.header << method::tr(choice.label);
    for (const auto &choice : method::impacts())
        t.header << Writing::tr("Impact: %1").arg(method::tr(choice.label));
    for (int c = 2; c < t.header.size(); ++c)
        t.numericColumns.append(c);
    const auto cell = [&](const QList<evaluation::ScoreMean> &means, const QString &id) {
        for (const auto &m : means)
            if (m.id == id && m.percent)
                return Writing::tr("%1 (%2)").arg(w.percent(m.percent)).arg(m.respondents);
        return Writing::dash();
    };
    for (const evaluation::ReviewScores *scores : earlier) {
        QStringList row {QString(), w.shortDate(scores->date)};
        for (const Review &r : p.reviews)
            if (r.id == scores->reviewId)
                row[0] = shortText(r.title, headingTitleLength);
        for (const auto &choice : method::evaluationAngles())
            row << cell(scores->angles, choice.id);
        for (const auto &choice : method::impacts())
            row << cell(scores->impacts, choice.id);
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
    // Seven columns fit a portrait page: the baseline goes with the target
    // ("0 → 500 people"); every value carries the indicator's unit.
    Table t {{Writing::tr("Indicator"), Writing::tr("Baseline → target"), Writing::tr("Target date"),
              Writing::tr("Latest"), Writing::tr("Achieved"), Writing::tr("Expected"), Writing::tr("Status")},
             {},
             {1, 2, 3, 4, 5}};
    bool anyTargetDate = false;
    for (int i = 0; i < p.indicators.size() && i < summary.indicators.size(); ++i) {
        const Indicator &ind = p.indicators.at(i);
        const evaluation::IndicatorPerformance &perf = summary.indicators.at(i);
        const QString unit = shortName(ind.unit);
        const QString latest = perf.hasData
            ? Writing::tr("%1 (%2)").arg(w.measure(perf.latestValue, unit), w.shortDate(perf.latestDate))
            : Writing::dash();
        anyTargetDate = anyTargetDate || ind.targetDate.isValid();
        // The unit's words once, after the target ("0 → 1 440 hours"); a
        // percentage or an amount on both sides ("18 % → 30 %").
        const bool words = figures::Unit::fromText(unit).kind == figures::Unit::Kind::Words;
        t.rows.append({shortName(ind.name),
                       //: From an indicator's baseline to its target; the arrow's spaces do not break.
                       Writing::tr("%1 → %2").arg(words ? w.number(ind.baseline, 1) : w.measure(ind.baseline, unit),
                                                  w.measure(ind.target, unit)),
                       w.shortDate(ind.targetDate), latest, w.percent(perf.achievedPercent),
                       w.percent(perf.expectedPercent), statusText(perf.status)});
    }
    if (t.rows.isEmpty()) {
        s.blocks.append(Block::empty(Writing::tr("No indicator has been defined.")));
        return s;
    }
    s.blocks.append(Block::field(Writing::tr("Overall achievement"), w.percent(summary.overall)));
    s.blocks.append(Block::field(Writing::tr("Indicators"),
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
    const QList<evaluation::ReviewQuestion> questions = evaluation::reviewQuestions(p);
    const auto inPart = [&](int part, bool rated) {
        QList<evaluation::ReviewQuestion> out;
        for (const auto &q : questions)
            if (q.part == part && (!rated || q.kind == method::AnswerKind::Rating))
                out.append(q);
        return out;
    };
    const QList<evaluation::ReviewScores> all = evaluation::scoreReviews(p);
    // The latest reviews in full, in date order; the earlier ones in one table before them.
    QList<const evaluation::ReviewScores *> byDate;
    for (const auto &scores : all)
        byDate.append(&scores);
    std::stable_sort(
        byDate.begin(), byDate.end(),
        [](const evaluation::ReviewScores *a, const evaluation::ReviewScores *b) { return a->date < b->date; });
    const qsizetype earlierCount = std::max<qsizetype>(0, byDate.size() - reviewsInFullAtMost);
    if (earlierCount > 0) {
        s.blocks.append(Block::subheading(Writing::tr("Earlier reviews")));
        s.blocks.append(Block::paragraph(
            Writing::tr("The %n earlier review(s), one row each: each figure with how many partners answered. "
                        "Their answers, partner by partner, are on the Evaluate page of the project; the latest "
                        "reviews follow in full.",
                        nullptr, int(earlierCount))));
        s.blocks.append(Block::tableOf(earlierReviewsTable(w, byDate.mid(0, earlierCount))));
    }
    for (const evaluation::ReviewScores *inFull : byDate.mid(earlierCount)) {
        const evaluation::ReviewScores &scores = *inFull;
        const auto review = std::find_if(p.reviews.cbegin(), p.reviews.cend(),
                                         [&](const Review &r) { return r.id == scores.reviewId; });
        if (review == p.reviews.cend())
            continue;
        // A heading stays a line or two: a long title is cut (…), the date kept.
        s.blocks.append(Block::subheading(
            Writing::tr("%1, %2").arg(shortText(review->title, headingTitleLength), w.date(review->date))));
        s.blocks.append(Block::field(Writing::tr("Angles"), meansLine(w, method::evaluationAngles(), scores.angles)));
        // Performance reads the indicators too: beside the ratings, not blended with them.
        const evaluation::PerformanceSummary indicators = evaluation::indicatorsAtReview(p, review->id, w.today());
        if (!p.indicators.isEmpty())
            s.blocks.append(Block::field(Writing::tr("Indicators against their targets"),
                                         indicators.overall
                                             ? Writing::tr("%1 on %2 (%3 of %4 indicators with data)")
                                                   .arg(w.percent(indicators.overall), w.date(review->date))
                                                   .arg(indicators.indicators.size() - indicators.noData)
                                                   .arg(indicators.indicators.size())
                                             : Writing::tr("no measurement by %1").arg(w.date(review->date))));
        s.blocks.append(Block::field(Writing::tr("Impacts"), meansLine(w, method::impacts(), scores.impacts)));
        const ReviewAnswers answers(p, review->id);
        if (answers.isEmpty()) {
            s.blocks.append(Block::empty(Writing::tr("Nobody has answered this review yet.")));
            continue;
        }

        s.blocks.append(Block::minorheading(method::tr(method::reviewPartTitle(1))));
        ownPerformanceBlocks(w, *review, scores, answers, questions, s.blocks);

        s.blocks.append(Block::minorheading(method::tr(method::reviewPartTitle(2))));
        const QList<evaluation::ReviewQuestion> shared = inPart(2, true);
        s.blocks.append(Block::tableOf(ratingsTable(w, scores, answers, shared)));
        const QStringList sharedWords = commentLines(w, answers, shared);
        if (!sharedWords.isEmpty()) {
            s.blocks.append(Block::field(Writing::tr("Comments"), QString()));
            s.blocks.append(Block::bullets(capped(sharedWords)));
        }

        // Parts 3 and 4: answers as counts, words as they were written, a mean
        // only where partners chose to rate.
        for (int part = 3; part <= method::reviewPartCount; ++part) {
            s.blocks.append(Block::minorheading(method::tr(method::reviewPartTitle(part))));
            for (const evaluation::ReviewQuestion &q : inPart(part, false)) {
                QString summary;
                if (q.kind == method::AnswerKind::YesPartlyNo) {
                    const auto count = std::find_if(
                        scores.stepBack.cbegin(), scores.stepBack.cend(),
                        [&](const evaluation::StepBackCount &c) { return c.criterionId == q.criterionId; });
                    QStringList counts;
                    for (const method::Choice &answer : method::stepBackAnswers())
                        counts.append(Writing::tr("%1 %2")
                                          .arg(method::tr(answer.label))
                                          .arg(count != scores.stepBack.cend() ? count->count(answer.id) : 0));
                    summary = Writing::tr("%1 (%2)").arg(
                        counts.join(QStringLiteral(" · ")),
                        answeredText(count != scores.stepBack.cend() ? count->respondents : 0));
                } else {
                    summary = questionMeanText(w, scores, q.criterionId);
                }
                s.blocks.append(Block::field(q.label.isEmpty() ? Writing::dash() : shortName(q.label), summary));
                QStringList lines;
                for (const QUuid &o : answers.organisations())
                    if (const ReviewScore *a = answers.of(o, q.criterionId)) {
                        const QString line = listedAnswer(w, answers, *a, q);
                        if (!line.isEmpty())
                            lines.append(line);
                    }
                if (!lines.isEmpty())
                    s.blocks.append(Block::bullets(capped(lines)));
            }
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
