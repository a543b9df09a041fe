#include "evaluation/stepprogress.h"

#include "evaluation/overdue.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "evaluation/weights.h"
#include "method/method.h"

#include "model/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace alliance::evaluation {

namespace {

const QString notStarted = QStringLiteral("not_started");
const QString inProgress = QStringLiteral("in_progress");
const QString done = QStringLiteral("done");

/// The words of the reasons (context "StepProgress").
class Words
{
    Q_DECLARE_TR_FUNCTIONS(StepProgress)
};

/// The organisations party to the partnership: those whose role weights in
/// step 2 (METHOD.md 6b), weighted yet or not. Catalysts and stakeholders
/// surround the partnership; what they enter is welcome but never awaited.
QList<QUuid> partiesOf(const Recommendation &recommendation)
{
    QSet<QUuid> party;
    for (const PartnerWeighting &p : recommendation.partners)
        party.insert(p.organisationId);
    for (const NotCounted &n : recommendation.notCounted)
        if (n.reason == NotCountedReason::NotWeighted)
            party.insert(n.organisationId);
    return QList<QUuid>(party.cbegin(), party.cend());
}

/// What every rule reads once per project.
struct Facts
{
    const Project &project;
    Recommendation recommendation;
    QList<QUuid> parties;

    explicit Facts(const Project &p) : project(p), recommendation(recommend(p)), parties(partiesOf(recommendation)) { }
};

/// The status from "has anything been entered" and "is everything there".
QString statusOf(bool started, bool complete)
{
    return complete ? done : started ? inProgress : notStarted;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Step 1 (METHOD.md 3-4): each organisation's view of the territory's seven
// needs, and each partner's maturity self-diagnostic. Started as soon as one
// need or one maturity question is answered. Done when every need has at
// least one view (the needs are the territory's, one view is a diagnosis to
// discuss) and every partner answered all the questions of its variant (the
// 360° is only read whole: its result compares the axes).
StepSuggestion diagnose(const Facts &f)
{
    StepSuggestion s;
    QSet<QString> needsWithView;
    for (const NeedAnswer &a : f.project.needAnswers)
        if (!isBlank(a.answer) || !a.priority.isEmpty())
            needsWithView.insert(a.needId);
    int needs = 0;
    for (const method::TerritoryNeed &need : method::territoryNeeds())
        if (needsWithView.contains(need.id))
            ++needs;
    const int needCount = int(method::territoryNeeds().size());
    s.reasons << (needs == 0 ? Words::tr("no view on the territory's needs yet")
                             : Words::tr("%n of the %1 territory needs have a view", nullptr, needs).arg(needCount));

    int completed = 0;
    bool anyMaturity = false;
    for (const QUuid &id : f.parties) {
        const OrganisationMaturity m = maturityOf(f.project, id);
        anyMaturity = anyMaturity || m.answered > 0;
        if (m.expected > 0 && m.answered >= m.expected)
            ++completed;
    }
    for (const MaturityAnswer &a : f.project.maturityAnswers) // a catalyst's answers start the step too
        anyMaturity = anyMaturity || f.project.organisation(a.organisationId);
    if (f.parties.isEmpty())
        s.reasons << Words::tr("no partner yet");
    else if (!anyMaturity)
        s.reasons << Words::tr("no self-diagnostic answered yet");
    else
        s.reasons << Words::tr("%n of %1 partners have completed their self-diagnostic", nullptr, completed)
                         .arg(f.parties.size());
    s.status = statusOf(needs > 0 || anyMaturity,
                        needs == needCount && !f.parties.isEmpty() && completed == f.parties.size());
    return s;
}

// Step 2 (METHOD.md 5): each partner weights its four objectives (the
// barycentre of its objectives), then the partners agree a common stake.
// Both are the step's products, so both are needed for "done".
StepSuggestion objectives(const Facts &f)
{
    StepSuggestion s;
    const int weighted = int(f.recommendation.partners.size());
    bool anyText = false;
    for (const ObjectiveWeight &w : f.project.objectiveWeights)
        anyText = anyText || !isBlank(w.text) || w.weight > 0;
    const bool stake = !isBlank(f.project.partnership.commonStake);
    if (f.parties.isEmpty())
        s.reasons << Words::tr("no partner yet");
    else if (weighted == 0)
        s.reasons << Words::tr("no partner has weighted its objectives yet");
    else
        s.reasons
            << Words::tr("%n of %1 partners have weighted their objectives", nullptr, weighted).arg(f.parties.size());
    s.reasons << (stake ? Words::tr("the common stake is written") : Words::tr("no common stake yet"));
    s.status = statusOf(anyText || stake, stake && !f.parties.isEmpty() && weighted == f.parties.size());
    return s;
}

// Step 3 (METHOD.md 6b): describing the relationship names the category, then
// the model. Naming the model is the step's product; the description or a
// justification alone means the partners are on their way.
StepSuggestion model(const Facts &f)
{
    StepSuggestion s;
    const Partnership &p = f.project.partnership;
    const method::Model *named = method::findModel(f.recommendation.modelId);
    const method::Category *described = method::findCategory(f.recommendation.describedCategoryId);
    if (named)
        s.reasons << Words::tr("the model is named: %1").arg(method::tr(named->name));
    else if (described)
        s.reasons << Words::tr("the relationship is described (%1), the model is not named yet")
                         .arg(method::tr(described->name));
    else
        s.reasons << Words::tr("the relationship is not described yet");
    const bool why = !isBlank(p.modelJustification);
    if (why && !named)
        s.reasons << Words::tr("the reasons for a model are written");
    s.status = statusOf(described || why, named != nullptr);
    return s;
}

// Step 4 (METHOD.md 7): the actors around the partnership, how they relate,
// and who holds the catalyst functions, the step's own tool. The four
// functions are complementary and a territory need not have them all, so one
// function held is enough; the ecosystem is known once there are people to
// talk to (contacts) or relations between actors (links on the map). Actors
// moved on the map show the step has started.
StepSuggestion ecosystem(const Facts &f)
{
    StepSuggestion s;
    QSet<QString> held;
    for (const CatalystAssignment &a : f.project.catalystAssignments)
        if (f.project.organisation(a.organisationId))
            held.insert(a.functionId);
    int functions = 0;
    for (const method::CatalystFunction &c : method::catalystFunctions())
        if (held.contains(c.id))
            ++functions;
    // Only what still refers to an actor of the project counts.
    const auto exists = [&](const QUuid &id) { return f.project.organisation(id) != nullptr; };
    int links = 0, contacts = 0, placed = 0;
    for (const ActorLink &l : f.project.actorLinks)
        links += exists(l.fromId) && exists(l.toId) ? 1 : 0;
    for (const Contact &c : f.project.contacts)
        contacts += exists(c.organisationId) ? 1 : 0;
    for (const MapPosition &m : f.project.mapPositions)
        placed += exists(m.organisationId) ? 1 : 0;
    s.reasons << (functions == 0 ? Words::tr("no catalyst function held yet")
                                 : Words::tr("%n of the %1 catalyst functions are held", nullptr, functions)
                                       .arg(method::catalystFunctions().size()));
    if (contacts > 0)
        s.reasons << Words::tr("%n contact(s) recorded", nullptr, contacts);
    if (links > 0)
        s.reasons << Words::tr("%n link(s) between actors on the map", nullptr, links);
    if (contacts == 0 && links == 0)
        s.reasons << Words::tr("no contact and no link between actors yet");
    if (placed > 0 && links == 0 && contacts == 0)
        s.reasons << Words::tr("%n actor(s) placed on the map", nullptr, placed);
    s.status = statusOf(functions > 0 || links > 0 || placed > 0 || contacts > 0,
                        functions > 0 && (links > 0 || contacts > 0));
    return s;
}

// Step 5 (METHOD.md 2): governance, what each partner brings, the agreement's
// terms and its date. The common stake is step 2's. Done once the agreement
// is signed with its terms and governance written and every partner has said
// what it brings: a partner bringing nothing is not yet co-building.
StepSuggestion cobuild(const Facts &f)
{
    StepSuggestion s;
    const Partnership &p = f.project.partnership;
    QSet<QUuid> bringing;
    for (const Contribution &c : f.project.contributions)
        bringing.insert(c.organisationId);
    int contributing = 0;
    for (const QUuid &id : f.parties)
        if (bringing.contains(id))
            ++contributing;
    const bool governance = !isBlank(p.governance);
    const bool terms = !isBlank(p.agreementTerms);
    const bool signedOn = p.agreementSigned.isValid();
    s.reasons << (governance ? Words::tr("the governance is written") : Words::tr("no governance yet"));
    if (f.parties.isEmpty())
        s.reasons << Words::tr("no partner yet");
    else if (f.project.contributions.isEmpty())
        s.reasons << Words::tr("no contribution yet");
    else
        s.reasons
            << Words::tr("%n of %1 partners have said what they bring", nullptr, contributing).arg(f.parties.size());
    s.reasons << (terms ? Words::tr("the agreement's terms are written") : Words::tr("no agreement terms yet"));
    s.reasons << (signedOn ? Words::tr("the agreement was signed on %1")
                                 .arg(writingLocale().toString(p.agreementSigned, QLocale::ShortFormat))
                           : Words::tr("the agreement is not signed yet"));
    if (!f.project.keyDocuments.isEmpty())
        s.reasons << Words::tr("%n key document(s) listed", nullptr, int(f.project.keyDocuments.size()));
    const bool started = governance || terms || signedOn || !f.project.contributions.isEmpty()
        || !isBlank(p.meetingCadence) || !f.project.keyDocuments.isEmpty();
    s.status = statusOf(started,
                        governance && terms && signedOn && !f.parties.isEmpty() && contributing == f.parties.size());
    return s;
}

// Step 6 (METHOD.md 2 and 8): actions and milestones, indicators with targets
// and their measurements. Piloting lasts as long as the partnership: it is
// done only when every action is closed (done or cancelled) and every
// indicator has been measured at least once.
StepSuggestion pilot(const Facts &f)
{
    StepSuggestion s;
    int closed = 0;
    for (const Action &a : f.project.actions)
        if (isClosed(a.status))
            ++closed;
    QSet<QUuid> measured;
    for (const Measurement &m : f.project.measurements)
        measured.insert(m.indicatorId);
    int withMeasure = 0;
    for (const Indicator &i : f.project.indicators)
        if (measured.contains(i.id))
            ++withMeasure;
    const int actions = int(f.project.actions.size());
    const int indicators = int(f.project.indicators.size());
    s.reasons << (actions == 0 ? Words::tr("no action yet")
                               : Words::tr("%n of %1 actions closed", nullptr, closed).arg(actions));
    s.reasons << (indicators == 0 ? Words::tr("no indicator yet")
                                  : Words::tr("%n of %1 indicators measured", nullptr, withMeasure).arg(indicators));
    s.status = statusOf(actions > 0 || indicators > 0,
                        actions > 0 && closed == actions && indicators > 0 && withMeasure == indicators);
    return s;
}

// Step 7 (METHOD.md 8 and 8b): reviews in four parts, then the lessons, the
// meaning of the action and the next steps. Interim reviews start it; it is
// done once a final review was answered and the three kinds of lessons are
// written, the sequence's end.
StepSuggestion evaluate(const Facts &f)
{
    StepSuggestion s;
    QSet<QUuid> answered;
    for (const ReviewScore &r : f.project.reviewScores)
        answered.insert(r.reviewId);
    int answeredReviews = 0;
    bool finalAnswered = false;
    for (const Review &r : f.project.reviews)
        if (answered.contains(r.id)) {
            ++answeredReviews;
            finalAnswered = finalAnswered || r.kind == QLatin1String("final");
        }
    if (answeredReviews == 0)
        s.reasons << (f.project.reviews.isEmpty() ? Words::tr("no review yet")
                                                  : Words::tr("%n review(s) planned, none answered yet", nullptr,
                                                              int(f.project.reviews.size())));
    else
        s.reasons << (finalAnswered
                          ? Words::tr("%n review(s) answered, the final review among them", nullptr, answeredReviews)
                          : Words::tr("%n review(s) answered, no final review yet", nullptr, answeredReviews));
    QSet<QString> kinds;
    for (const Lesson &l : f.project.lessons)
        if (!isBlank(l.text))
            kinds.insert(l.kind);
    QStringList missing;
    for (const method::Choice &kind : method::lessonKinds())
        if (!kinds.contains(kind.id))
            missing << method::tr(kind.label).toLower();
    if (kinds.isEmpty())
        s.reasons << Words::tr("no lesson, meaning or next step written yet");
    else if (!missing.isEmpty())
        s.reasons << Words::tr("still to write: %1").arg(writingLocale().createSeparatedList(missing));
    else
        s.reasons << Words::tr("lessons, meaning and next steps are written");
    s.status = statusOf(!f.project.reviews.isEmpty() || !kinds.isEmpty(), finalAnswered && missing.isEmpty());
    return s;
}

/// A ticked item of a step's own checklist says work on it has begun.
void addChecklist(const Project &project, StepSuggestion &s)
{
    int items = 0, ticked = 0;
    for (const ChecklistItem &c : project.checklistItems)
        if (c.stepId == s.stepId) {
            ++items;
            ticked += c.done ? 1 : 0;
        }
    if (ticked == 0)
        return;
    s.reasons << Words::tr("%n of %1 checklist items ticked", nullptr, ticked).arg(items);
    if (s.status == notStarted)
        s.status = inProgress;
}

StepSuggestion suggest(const Facts &f, const QString &stepId)
{
    using Rule = StepSuggestion (*)(const Facts &);
    static const QHash<QString, Rule> rules = {
        {QStringLiteral("diagnose"), diagnose}, {QStringLiteral("objectives"), objectives},
        {QStringLiteral("model"), model},       {QStringLiteral("ecosystem"), ecosystem},
        {QStringLiteral("cobuild"), cobuild},   {QStringLiteral("pilot"), pilot},
        {QStringLiteral("evaluate"), evaluate},
    };
    const Rule rule = rules.value(stepId);
    StepSuggestion s;
    if (rule)
        s = rule(f);
    else
        s.status = notStarted;
    s.stepId = stepId;
    if (rule)
        addChecklist(f.project, s);
    return s;
}

} // namespace

QString StepSuggestion::reason() const
{
    return reasons.join(Words::tr("; "));
}

StepSuggestion suggestStepStatus(const Project &project, const QString &stepId)
{
    return suggest(Facts(project), stepId);
}

QString managerStepStatus(const Project &project, const QString &stepId)
{
    QString status;
    for (const StepState &s : project.stepStates)
        if (s.stepId == stepId)
            status = s.status; // later rows win
    return status == inProgress || status == done ? status : QString();
}

int JourneyProgress::suggestedCount() const
{
    int n = 0;
    for (const StepProgress &s : steps)
        n += s.suggested ? 1 : 0;
    return n;
}

JourneyProgress stepProgress(const Project &project)
{
    const Facts facts(project);
    JourneyProgress j;
    double sum = 0;
    for (const method::Step &step : method::steps()) {
        StepProgress p;
        p.stepId = step.id;
        p.suggestion = suggest(facts, step.id);
        const QString manager = managerStepStatus(project, step.id);
        p.suggested = manager.isEmpty();
        p.status = p.suggested ? p.suggestion.status : manager;
        p.percent = p.status == done ? 100 : p.status == inProgress ? 50 : 0;
        if (j.currentStepId.isEmpty() && p.status != done)
            j.currentStepId = step.id;
        sum += p.percent;
        j.steps.append(p);
    }
    if (!j.steps.isEmpty()) {
        j.overall = sum / j.steps.size();
        if (j.currentStepId.isEmpty())
            j.currentStepId = j.steps.last().stepId;
    }
    return j;
}

} // namespace alliance::evaluation
