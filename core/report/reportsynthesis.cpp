// The synthesis at the front of the report and the committee pack's section
// (see reportsynthesis.h). Every figure that summarises answers says how many
// partners answered; every list is capped so a large project still fits.
#include "report/reportsynthesis.h"

#include "evaluation/meetings.h"
#include "evaluation/overdue.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "evaluation/stepprogress.h"
#include "model/shorttext.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace alliance::report {

namespace {

// How many entries a list of the synthesis shows before "and N more".
constexpr int synthesisListCap = 4;
constexpr int readingsCap = 4;
constexpr int authorsPerStepCap = 4;
constexpr int kindsCap = 5;
// The committee section lists more, still within a few pages.
constexpr int committeeItemsPerAuthorCap = 4;
constexpr int committeeListCap = 30;

/// `items`, the first `cap` of them and then "and N more".
QStringList capped(const QStringList &items, int cap)
{
    if (items.size() <= cap)
        return items;
    QStringList out = items.mid(0, cap);
    out.append(Writing::tr("and %Ln more", nullptr, int(items.size()) - cap));
    return out;
}

/// "A, B and 2 more" on one line.
QString cappedLine(const QStringList &items, int cap)
{
    if (items.size() <= cap)
        return items.join(QStringLiteral(", "));
    return Writing::tr("%1 and %Ln more", nullptr, int(items.size()) - cap)
        .arg(items.mid(0, cap).join(QStringLiteral(", ")));
}

QString answeredText(int respondents)
{
    return Writing::tr("%n partner(s) answered", nullptr, respondents);
}

QString stepTitle(const QString &stepId)
{
    if (const method::Step *step = method::findStep(stepId))
        return Writing::tr("%1. %2").arg(step->number).arg(method::tr(step->name));
    return Writing::tr("The partnership as a whole");
}

QString describedSince(const Writing &w, const ChangesSince &c)
{
    if (!c.since.isValid())
        return Writing::tr("No steering committee has been held yet; every change since the project file was made "
                           "counts.");
    if (c.afterCommittee)
        return c.committeeTitle.trimmed().isEmpty()
            ? Writing::tr("Changes made after the steering committee of %1.").arg(w.date(c.since))
            : Writing::tr("Changes made after the steering committee “%1” of %2.")
                  .arg(shortName(c.committeeTitle), w.date(c.since));
    return Writing::tr("No steering committee has been held yet: changes made since the start of the partnership, "
                       "%1.")
        .arg(w.date(c.since));
}

/// Where the partnership stands: the current step, its status (said as a
/// suggestion when the manager set none), the period.
void standingBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    blocks.append(Block::subheading(Writing::tr("Where the partnership stands")));
    const evaluation::JourneyProgress journey = evaluation::stepProgress(p);
    int done = 0;
    for (const evaluation::StepProgress &s : journey.steps) {
        if (s.status == QLatin1String("done"))
            ++done;
        if (s.stepId != journey.currentStepId)
            continue;
        const QString status = choiceLabel(method::stepStatuses(), s.status);
        blocks.append(Block::field(Writing::tr("Current step"),
                                   Writing::tr("%1, %2").arg(stepTitle(s.stepId),
                                                             s.suggested ? Writing::tr("%1 (suggested from what was "
                                                                                       "entered: the manager has not "
                                                                                       "set it)")
                                                                               .arg(status.toLower())
                                                                         : status.toLower())));
    }
    blocks.append(Block::field(Writing::tr("Steps done"), Writing::tr("%1 of %2").arg(done).arg(journey.steps.size())));
    const Partnership &ps = p.partnership;
    blocks.append(Block::field(Writing::tr("Period"),
                               ps.startDate.isValid() || ps.endDate.isValid() ? w.period(ps.startDate, ps.endDate)
                                                                              : Writing::tr("not set")));
}

/// Each partner's reading and the model, in the Model page's own sentences, short.
void readingBlocks(const Writing &w, QList<Block> &blocks)
{
    const evaluation::Recommendation r = evaluation::recommend(w.project());
    blocks.append(Block::subheading(Writing::tr("Each partner's reading and the model")));
    const method::Model *model = method::findModel(r.modelId);
    const method::Category *category = model ? method::findCategory(model->categoryId) : nullptr;
    blocks.append(Block::field(Writing::tr("Model chosen"),
                               model && category
                                   ? Writing::tr("%1 (%2)").arg(method::tr(model->name), method::tr(category->name))
                                   : Writing::tr("not named yet")));
    // The explanation starts with one sentence per weighting partner.
    QStringList sentences = capped(r.explanation.mid(0, r.partners.size()), readingsCap);
    if (r.partners.isEmpty() || !model) {
        // Before the model is named: the suggestion, the last two sentences.
        sentences.append(r.explanation.mid(std::max<qsizetype>(r.partners.size(), r.explanation.size() - 2)));
    } else if (r.nobodyPutsModelObjectiveFirst) {
        sentences.append(r.explanation.constLast());
    }
    if (!sentences.isEmpty())
        blocks.append(Block::bullets(sentences));
}

/// The review figures of the latest review with answers, with their
/// respondents, beside the indicators' achievement, each saying what it measures.
void keyFigureBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    blocks.append(Block::subheading(Writing::tr("Key figures")));
    Table t {{Writing::tr("Figure"), Writing::tr("Value"), Writing::tr("Based on"), Writing::tr("What it measures")},
             {},
             {1}};
    const evaluation::PerformanceSummary indicators = evaluation::evaluatePerformance(p, w.today());
    const int withData = int(indicators.indicators.size()) - indicators.noData;
    t.rows.append({Writing::tr("Indicators against their targets"), w.percent(indicators.overall),
                   Writing::tr("%1 of %Ln indicator(s) with data", nullptr, int(indicators.indicators.size()))
                       .arg(w.number(withData)),
                   Writing::tr("results: the way covered from baseline to target")});

    const QList<evaluation::ReviewScores> reviews = evaluation::scoreReviews(p);
    const evaluation::ReviewScores *last = nullptr;
    for (const auto &r : reviews)
        if (r.respondents > 0)
            last = &r;
    const Review *review = nullptr;
    if (last)
        for (const Review &r : p.reviews)
            if (r.id == last->reviewId)
                review = &r;
    if (last && review) {
        static const QHash<QString, const char *> angleMeaning = {
            {QStringLiteral("performance"),
             QT_TRANSLATE_NOOP("Report", "judgement: effects on each one's objectives (part 1)")},
            {QStringLiteral("pertinence"),
             QT_TRANSLATE_NOOP("Report", "judgement: shared effects on the territory (parts 2–3)")},
            {QStringLiteral("coherence"), QT_TRANSLATE_NOOP("Report", "judgement: the lessons' ratings (part 4)")},
        };
        const auto addMeans = [&](const QList<method::Choice> &choices, const QList<evaluation::ScoreMean> &means,
                                  const QString &prefix, bool angles) {
            for (const method::Choice &c : choices) {
                const auto mean = std::find_if(means.cbegin(), means.cend(),
                                               [&](const evaluation::ScoreMean &m) { return m.id == c.id; });
                const bool scored = mean != means.cend() && mean->percent;
                const QString meaning = angles && angleMeaning.contains(c.id)
                    ? Writing::tr(angleMeaning.value(c.id))
                    : Writing::tr("judgement: the questions feeding this impact");
                t.rows.append({prefix.arg(method::tr(c.label)), scored ? w.percent(mean->percent) : Writing::dash(),
                               answeredText(scored ? mean->respondents : 0), meaning});
            }
        };
        addMeans(method::evaluationAngles(), last->angles, Writing::tr("Review: %1"), true);
        addMeans(method::impacts(), last->impacts, Writing::tr("Impact: %1"), false);
        blocks.append(Block::tableOf(t));
        const std::optional<double> rated = evaluation::percentOf(last->angles, QStringLiteral("performance"));
        blocks.append(Block::paragraph(
            Writing::tr("The review figures are those of “%1” (%2). Indicators measure results against targets; "
                        "the review's figures are the partners' own judgement, on a 0–%3 scale: the two read "
                        "performance from different sides (%4 and %5), and a gap between them is a question for "
                        "the committee, not an error.")
                // One arg() call: a "%1" in the review's title stays as it was typed.
                .arg(shortName(review->title), w.date(review->date), QString::number(method::criterionScoreMax),
                     w.percent(indicators.overall), w.percent(rated))));
    } else {
        blocks.append(Block::tableOf(t));
        blocks.append(Block::empty(Writing::tr("No partner has answered a review yet.")));
    }
}

/// Indicators at risk or off track by the time-aware rule, worst first.
QList<const evaluation::IndicatorPerformance *> indicatorsAtRisk(const evaluation::PerformanceSummary &summary)
{
    QList<const evaluation::IndicatorPerformance *> out;
    for (const auto &i : summary.indicators)
        if (i.status == evaluation::IndicatorStatus::AtRisk || i.status == evaluation::IndicatorStatus::OffTrack)
            out.append(&i);
    std::stable_sort(out.begin(), out.end(), [](const auto *a, const auto *b) {
        return (a->status == evaluation::IndicatorStatus::OffTrack)
            > (b->status == evaluation::IndicatorStatus::OffTrack);
    });
    return out;
}

QString indicatorName(const Project &p, const QUuid &id)
{
    for (const Indicator &i : p.indicators)
        if (i.id == id)
            return shortName(i.name);
    return Writing::dash();
}

QString riskStatus(evaluation::IndicatorStatus status)
{
    return status == evaluation::IndicatorStatus::OffTrack ? Writing::tr("off track") : Writing::tr("at risk");
}

/// "Name: 40 % achieved, 70 % expected on 1 May 2026 (at risk)".
QString riskLine(const Writing &w, const evaluation::IndicatorPerformance &i)
{
    const QString name = indicatorName(w.project(), i.indicatorId);
    if (i.targetDatePassed)
        return Writing::tr("%1: %2 achieved, target date %3 passed (%4)")
            .arg(name, w.percent(i.achievedPercent), w.date(i.targetDate), riskStatus(i.status));
    if (i.expectedPercent)
        return Writing::tr("%1: %2 achieved, %3 expected on %4 (%5)")
            .arg(name, w.percent(i.achievedPercent), w.percent(i.expectedPercent), w.date(i.expectedOn),
                 riskStatus(i.status));
    return Writing::tr("%1: %2 of its target (%3)").arg(name, w.percent(i.achievedPercent), riskStatus(i.status));
}

void riskBlocks(const Writing &w, QList<Block> &blocks)
{
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(w.project(), w.today());
    blocks.append(Block::subheading(Writing::tr("Indicators at risk")));
    const auto risky = indicatorsAtRisk(summary);
    if (risky.isEmpty()) {
        blocks.append(
            Block::empty(summary.indicators.isEmpty()
                             ? Writing::tr("No indicator has been defined.")
                             : Writing::tr("No indicator is at risk or off track on %1.").arg(w.date(w.today()))));
        return;
    }
    blocks.append(Block::field(
        Writing::tr("On %1").arg(w.date(w.today())),
        Writing::tr("%1 at risk, %2 off track, of %Ln indicator(s)", nullptr, int(summary.indicators.size()))
            .arg(w.number(summary.atRisk), w.number(summary.offTrack))));
    QStringList lines;
    for (const auto *i : risky)
        lines.append(riskLine(w, *i));
    blocks.append(Block::bullets(capped(lines, synthesisListCap)));
}

QString ownerText(const Writing &w, const QUuid &owner)
{
    return owner.isNull() ? Writing::tr("no owner") : w.organisation(owner);
}

void actionBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    blocks.append(Block::subheading(Writing::tr("Late actions and next milestones")));
    QList<const Action *> late, milestones;
    for (const Action &a : p.actions) {
        if (evaluation::isOverdue(a, w.today()))
            late.append(&a);
        else if (a.milestone && a.dueDate.isValid() && a.dueDate >= w.today() && a.status != QLatin1String("done")
                 && a.status != QLatin1String("cancelled"))
            milestones.append(&a);
    }
    const auto byDate = [](const Action *a, const Action *b) { return a->dueDate < b->dueDate; };
    std::stable_sort(late.begin(), late.end(), byDate);
    std::stable_sort(milestones.begin(), milestones.end(), byDate);
    blocks.append(Block::field(Writing::tr("Late on %1").arg(w.date(w.today())),
                               Writing::tr("%n action(s)", nullptr, int(late.size()))));
    QStringList lines;
    for (const Action *a : std::as_const(late))
        lines.append(
            Writing::tr("%1: %2, due %3").arg(shortName(a->title), ownerText(w, a->ownerId), w.date(a->dueDate)));
    if (!lines.isEmpty())
        blocks.append(Block::bullets(capped(lines, synthesisListCap)));
    lines.clear();
    for (const Action *a : std::as_const(milestones))
        lines.append(Writing::tr("%1: %2 (%3)").arg(w.date(a->dueDate), shortName(a->title), ownerText(w, a->ownerId)));
    blocks.append(
        Block::field(Writing::tr("Next milestones"), lines.isEmpty() ? Writing::tr("none planned") : QString()));
    if (!lines.isEmpty())
        blocks.append(Block::bullets(capped(lines, synthesisListCap)));
}

/// "Indicator (3), Measurement (12)": the kinds of items one person changed.
QString kindsLine(const Writing &w, const AuthorChanges &a, int cap)
{
    QStringList kinds;
    for (const auto &[kind, count] : a.kinds)
        kinds.append(Writing::tr("%1 (%2)", "a kind of item and how many").arg(kind, w.number(count)));
    return cappedLine(kinds, cap);
}

/// "Indicator: Water points, Action: Second site and 12 more".
QString itemsLine(const AuthorChanges &a, int cap)
{
    const QStringList shown = a.items.mid(0, cap);
    if (a.itemCount <= shown.size())
        return shown.join(QStringLiteral(", "));
    return Writing::tr("%1 and %Ln more", nullptr, a.itemCount - int(shown.size()))
        .arg(shown.join(QStringLiteral(", ")));
}

/// Who changed what, one row per step and author: in the synthesis, the
/// kinds of items (itemsCap 0); in the committee's section, the items by name.
Table changesTable(const Writing &w, const ChangesSince &changes, int authorsCap, int itemsCap)
{
    Table t {{Writing::tr("Step"), Writing::tr("Who"), Writing::tr("What changed")}, {}, {}};
    for (const StepChanges &s : changes.steps) {
        // Items, as the rows below name and count them (one item's several fields count once).
        int items = 0;
        for (const AuthorChanges &author : s.authors)
            items += author.itemCount;
        const QString step = Writing::tr("%1 (%Ln item(s) changed)", nullptr, items).arg(stepTitle(s.stepId));
        for (int a = 0; a < s.authors.size() && a < authorsCap; ++a) {
            const AuthorChanges &author = s.authors.at(a);
            t.rows.append({a == 0 ? step : QString(), author.author,
                           itemsCap > 0 ? itemsLine(author, itemsCap) : kindsLine(w, author, kindsCap)});
        }
        if (s.authors.size() > authorsCap)
            t.rows.append({QString(), Writing::tr("and %Ln more people", nullptr, int(s.authors.size()) - authorsCap),
                           QString()});
    }
    return t;
}

void changeBlocks(const Writing &w, const ChangesSince &changes, QList<Block> &blocks, int authorsCap, int itemsCap)
{
    if (!changes.journalRead) {
        blocks.append(Block::empty(Writing::tr("The project's history was not read for this report.")));
        return;
    }
    blocks.append(Block::paragraph(describedSince(w, changes)));
    if (changes.steps.isEmpty()) {
        blocks.append(Block::empty(Writing::tr("Nothing has changed since.")));
        return;
    }
    blocks.append(Block::tableOf(changesTable(w, changes, authorsCap, itemsCap)));
}

QString meetingLine(const Writing &w, const Meeting &m)
{
    const QString kind = choiceLabel(method::meetingKinds(), m.kind);
    return m.title.trimmed().isEmpty() ? Writing::tr("%1, %2").arg(w.date(m.date), kind)
                                       : Writing::tr("%1, %2 (%3)").arg(w.date(m.date), shortName(m.title), kind);
}

/// "Text (owner, by 1 March 2027)".
QString decisionLine(const Writing &w, const Decision &d)
{
    QStringList about;
    if (!d.ownerId.isNull())
        about.append(w.organisation(d.ownerId));
    if (d.dueDate.isValid())
        about.append(Writing::tr("by %1").arg(w.date(d.dueDate)));
    const QString text = d.text.trimmed().isEmpty() ? Writing::dash() : shortText(d.text.simplified(), 300);
    return about.isEmpty() ? text : Writing::tr("%1 (%2)").arg(text, about.join(QStringLiteral(", ")));
}

/// Where an open decision stands: to decide, or decided with its action's state.
QString decisionState(const Writing &w, const Decision &d)
{
    const QString status = choiceLabel(method::decisionStatuses(), d.status);
    if (d.status != QLatin1String("decided"))
        return status;
    const Action *action = evaluation::actionOf(w.project(), d);
    if (!action)
        return Writing::tr("%1, no action yet").arg(status);
    QString actionStatus = choiceLabel(method::actionStatuses(), action->status);
    if (evaluation::isOverdue(*action, w.today()))
        actionStatus = Writing::tr("%1, late").arg(actionStatus);
    return Writing::tr("%1; action “%2”: %3").arg(status, shortName(action->title), actionStatus.toLower());
}

void decisionBlocks(const Writing &w, QList<Block> &blocks)
{
    blocks.append(Block::subheading(Writing::tr("Decisions the committee is asked to take")));
    QStringList lines;
    for (const Decision *d : evaluation::decisionsToTake(w.project(), w.today()))
        lines.append(decisionLine(w, *d));
    if (lines.isEmpty())
        blocks.append(Block::empty(Writing::tr("No decision is waiting for the committee.")));
    else
        blocks.append(Block::bullets(capped(lines, synthesisListCap)));
}

void nextMeetingField(const Writing &w, QList<Block> &blocks)
{
    const Meeting *next = evaluation::nextMeeting(w.project(), w.today());
    blocks.append(
        Block::field(Writing::tr("Next meeting"), next ? meetingLine(w, *next) : Writing::tr("none planned")));
}

} // namespace

Section synthesisSection(const Writing &w, const ChangesSince &changes)
{
    Section s;
    standingBlocks(w, s.blocks);
    readingBlocks(w, s.blocks);
    keyFigureBlocks(w, s.blocks);
    riskBlocks(w, s.blocks);
    actionBlocks(w, s.blocks);
    nextMeetingField(w, s.blocks);
    decisionBlocks(w, s.blocks);
    s.blocks.append(Block::subheading(changes.afterCommittee ? Writing::tr("What changed since the previous committee")
                                                             : Writing::tr("What changed recently")));
    changeBlocks(w, changes, s.blocks, authorsPerStepCap, 0);
    return s;
}

Section committeeSection(const Writing &w, const ChangesSince &changes)
{
    Section s;
    const Project &p = w.project();
    const Meeting *next = evaluation::nextMeeting(p, w.today());
    s.blocks.append(Block::subheading(Writing::tr("Next meeting")));
    if (!next) {
        s.blocks.append(Block::empty(Writing::tr("No meeting is planned.")));
    } else {
        s.blocks.append(Block::field(Writing::tr("When"), meetingLine(w, *next)));
        QStringList attendees;
        for (const Contact *c : evaluation::attendeesOf(p, next->id))
            attendees.append(c->organisationId.isNull()
                                 ? shortName(c->name)
                                 : Writing::tr("%1, %2").arg(shortName(c->name), w.organisation(c->organisationId)));
        s.blocks.append(
            Block::field(Writing::tr("Attendees"), attendees.isEmpty() ? Writing::tr("none invited yet") : QString()));
        if (!attendees.isEmpty())
            s.blocks.append(Block::bullets(capped(attendees, committeeListCap)));
        QStringList agenda;
        for (const QString &line : next->agenda.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                agenda.append(line.trimmed());
        s.blocks.append(
            Block::field(Writing::tr("Agenda"), agenda.isEmpty() ? Writing::tr("not written yet") : QString()));
        if (!agenda.isEmpty())
            s.blocks.append(Block::bullets(capped(agenda, committeeListCap)));
    }

    s.blocks.append(Block::subheading(Writing::tr("Open decisions")));
    const QList<const Decision *> open = evaluation::openDecisions(p);
    if (open.isEmpty()) {
        s.blocks.append(Block::empty(Writing::tr("No decision is open.")));
    } else {
        Table t {{Writing::tr("Decision"), Writing::tr("Owner"), Writing::tr("Due"), Writing::tr("Where it stands")},
                 {},
                 {2}};
        for (int i = 0; i < open.size() && i < committeeListCap; ++i) {
            const Decision &d = *open.at(i);
            t.rows.append({d.text.trimmed().isEmpty() ? Writing::dash() : shortText(d.text.simplified(), 300),
                           ownerText(w, d.ownerId), w.shortDate(d.dueDate), decisionState(w, d)});
        }
        s.blocks.append(Block::tableOf(t));
        if (open.size() > committeeListCap)
            s.blocks.append(Block::paragraph(
                Writing::tr("And %Ln more open decision(s).", nullptr, int(open.size()) - committeeListCap)));
    }
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(p, w.today());
    s.blocks.append(Block::subheading(Writing::tr("Indicators at risk")));
    const auto risky = indicatorsAtRisk(summary);
    if (risky.isEmpty()) {
        s.blocks.append(
            Block::empty(Writing::tr("No indicator is at risk or off track on %1.").arg(w.date(w.today()))));
    } else {
        Table t {{Writing::tr("Indicator"), Writing::tr("Achieved"), Writing::tr("Expected"),
                  Writing::tr("Target date"), Writing::tr("Status")},
                 {},
                 {1, 2, 3}};
        for (int i = 0; i < risky.size() && i < committeeListCap; ++i) {
            const auto *r = risky.at(i);
            t.rows.append({indicatorName(w.project(), r->indicatorId), w.percent(r->achievedPercent),
                           w.percent(r->expectedPercent ? r->expectedPercent : std::optional<double>(100.0)),
                           w.shortDate(r->targetDate), riskStatus(r->status)});
        }
        s.blocks.append(Block::tableOf(t));
        if (risky.size() > committeeListCap)
            s.blocks.append(Block::paragraph(Writing::tr("And %Ln more: see the indicators section of the full report.",
                                                         nullptr, int(risky.size()) - committeeListCap)));
    }
    s.blocks.append(Block::subheading(changes.afterCommittee ? Writing::tr("Every change since the previous committee")
                                                             : Writing::tr("Every recent change")));
    changeBlocks(w, changes, s.blocks, committeeListCap, committeeItemsPerAuthorCap);

    // The minutes of the previous committee, as written after it.
    if (const Meeting *previous = evaluation::previousCommittee(p, w.today())) {
        s.blocks.append(Block::subheading(Writing::tr("Minutes of the previous committee")));
        s.blocks.append(Block::field(Writing::tr("When"), meetingLine(w, *previous)));
        if (previous->minutes.trimmed().isEmpty())
            s.blocks.append(Block::empty(Writing::tr("No minutes were written.")));
        else
            for (const QString &paragraph : previous->minutes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                s.blocks.append(Block::paragraph(paragraph));
        QStringList taken;
        for (const Decision *d : evaluation::decisionsOf(p, previous->id))
            taken.append(
                Writing::tr("%1: %2").arg(choiceLabel(method::decisionStatuses(), d->status), decisionLine(w, *d)));
        if (!taken.isEmpty()) {
            s.blocks.append(Block::field(Writing::tr("Decisions"), QString()));
            s.blocks.append(Block::bullets(capped(taken, committeeListCap)));
        }
    }
    return s;
}

} // namespace alliance::report
