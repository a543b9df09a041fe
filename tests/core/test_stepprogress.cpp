// Step progress: the status suggested from what each step holds, the
// manager's status winning when set, and accepting a suggestion as one
// undoable edit.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "edits/stepstatus.h"
#include "evaluation/stepprogress.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "model/ids.h"
#include "testsupport.h"

#include <QTextStream>
#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QUuid addOrganisation(Project &p, const char *name, const char *role = "partner", const char *profile = "association")
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.profile = QString::fromLatin1(profile);
    o.role = QString::fromLatin1(role);
    p.organisations.append(o);
    return o.id;
}

void setStep(Project &p, const char *stepId, const char *status)
{
    StepState st;
    st.id = QUuid::createUuid();
    st.stepId = QString::fromLatin1(stepId);
    st.status = QString::fromLatin1(status);
    p.stepStates.append(st);
}

void weigh(Project &p, const QUuid &organisation)
{
    for (const method::Objective &o : method::objectives())
        p.objectiveWeights.append({QUuid::createUuid(), organisation, o.id, 25, {}});
}

void answerAllMaturity(Project &p, const QUuid &organisationId)
{
    const Organisation *o = p.organisation(organisationId);
    REQUIRE(o);
    const QList<method::MaturityQuestion> questions = method::maturityQuestionsFor(o->profile, o->role);
    for (const method::MaturityQuestion &q : questions)
        p.maturityAnswers.append({QUuid::createUuid(), organisationId, q.id, 2, {}});
}

const StepProgress &progressOf(const JourneyProgress &j, const char *stepId)
{
    for (const StepProgress &p : j.steps)
        if (p.stepId == QLatin1String(stepId))
            return p;
    FAIL("no step " << stepId);
    return j.steps.first();
}

/// One item in each of the seven steps, nothing complete.
Project oneThingPerStep()
{
    Project p;
    p.partnership.id = QUuid::createUuid();
    const QUuid a = addOrganisation(p, "Association A");
    const QUuid b = addOrganisation(p, "Company B", "partner", "company");
    p.needAnswers.append({QUuid::createUuid(), method::territoryNeeds().first().id, QStringLiteral("Few jobs"),
                          QStringLiteral("high"), a});
    weigh(p, a);
    p.partnership.categoryId = method::categories().first().id;
    p.catalystAssignments.append({QUuid::createUuid(), method::catalystFunctions().first().id, b, {}});
    p.contributions.append({QUuid::createUuid(), b, QStringLiteral("money"), QStringLiteral("Grant"), 1000, 1000});
    Action act;
    act.id = QUuid::createUuid();
    act.title = QStringLiteral("Kick-off");
    act.status = QStringLiteral("planned");
    p.actions.append(act);
    p.lessons.append({QUuid::createUuid(), QStringLiteral("lesson"), QStringLiteral("Meet more often"), {}});
    return p;
}

} // namespace

TEST_CASE("An empty project suggests that no step has started, and step 1 is the current one", "[stepprogress]")
{
    const JourneyProgress j = stepProgress(Project {});
    REQUIRE(j.steps.size() == method::steps().size());
    for (const StepProgress &p : j.steps) {
        INFO(s(p.stepId));
        CHECK(s(p.status) == "not_started");
        CHECK(p.suggested);
        CHECK(p.percent == 0);
        CHECK_FALSE(p.suggestion.reason().isEmpty()); // says what is missing
    }
    CHECK(s(j.currentStepId) == "diagnose");
    CHECK(j.overall == 0);
    CHECK(j.suggestedCount() == 7);
    CHECK(s(progressOf(j, "diagnose").suggestion.reason()) == "no view on the territory's needs yet; no partner yet");
    CHECK(s(progressOf(j, "pilot").suggestion.reason()) == "no action yet; no indicator yet");
}

TEST_CASE("Data in all seven steps moves every step out of \"not started\"", "[stepprogress]")
{
    const Project p = oneThingPerStep();
    const JourneyProgress j = stepProgress(p);
    for (const StepProgress &step : j.steps) {
        INFO(s(step.stepId) << ": " << s(step.suggestion.reason()));
        CHECK(s(step.status) == "in_progress");
        CHECK(step.suggested);
        CHECK(step.percent == 50);
    }
    CHECK(j.overall == Approx(50));
    CHECK(s(j.currentStepId) == "diagnose");
    // The reasons say what is there and what is missing, in words.
    CHECK(s(progressOf(j, "objectives").suggestion.reason())
          == "1 of 2 partners have weighted their objectives; no common stake yet");
    CHECK(s(progressOf(j, "model").suggestion.reason())
          == "the relationship is described (" + s(method::tr(method::categories().first().name))
              + "), the model is not named yet");
    CHECK(s(progressOf(j, "cobuild").suggestion.reason()).find("1 of 2 partners have said what they bring")
          != std::string::npos);
    CHECK(s(progressOf(j, "pilot").suggestion.reason()) == "0 of 1 actions closed; no indicator yet");
    CHECK(s(progressOf(j, "evaluate").suggestion.reason()).find("still to write: meaning of the action")
          != std::string::npos);
}

TEST_CASE("Each step is suggested done once it holds what the method says it produces", "[stepprogress]")
{
    Project p = oneThingPerStep();
    const QUuid a = p.organisations.at(0).id;
    const QUuid b = p.organisations.at(1).id;
    const QUuid catalyst = addOrganisation(p, "Catalyst C", "catalyst", "other");

    SECTION("step 1: a view on every need, and every partner's whole self-diagnostic")
    {
        for (const method::TerritoryNeed &need : method::territoryNeeds())
            p.needAnswers.append({QUuid::createUuid(), need.id, {}, QStringLiteral("low"), b});
        answerAllMaturity(p, a);
        CHECK(s(suggestStepStatus(p, QStringLiteral("diagnose")).status) == "in_progress");
        answerAllMaturity(p, b);
        // The catalyst's self-diagnostic is welcome, never awaited.
        const StepSuggestion d = suggestStepStatus(p, QStringLiteral("diagnose"));
        CHECK(s(d.status) == "done");
        CHECK(s(d.reason())
              == "7 of the 7 territory needs have a view; 2 of 2 partners have completed their "
                 "self-diagnostic");
    }
    SECTION("step 2: every partner weighted, and a common stake")
    {
        weigh(p, b);
        CHECK(s(suggestStepStatus(p, QStringLiteral("objectives")).status) == "in_progress");
        p.partnership.commonStake = QStringLiteral("   ");
        CHECK(s(suggestStepStatus(p, QStringLiteral("objectives")).status) == "in_progress"); // blank is not written
        p.partnership.commonStake = QStringLiteral("Digital inclusion for all");
        CHECK(s(suggestStepStatus(p, QStringLiteral("objectives")).status) == "done");
    }
    SECTION("step 3: the model is named")
    {
        const method::Model &m = method::models().first();
        p.partnership.categoryId = m.categoryId;
        p.partnership.modelId = m.id;
        const StepSuggestion model = suggestStepStatus(p, QStringLiteral("model"));
        CHECK(s(model.status) == "done");
        CHECK(s(model.reason()) == "the model is named: " + s(method::tr(m.name)));
    }
    SECTION("step 4: a catalyst function held, and contacts or links around it")
    {
        CHECK(s(suggestStepStatus(p, QStringLiteral("ecosystem")).status) == "in_progress");
        p.actorLinks.append({QUuid::createUuid(), a, catalyst, QStringLiteral("advises")});
        CHECK(s(suggestStepStatus(p, QStringLiteral("ecosystem")).status) == "done");
        // A link to an actor that is not in the project does not count.
        p.actorLinks.last().toId = QUuid::createUuid();
        CHECK(s(suggestStepStatus(p, QStringLiteral("ecosystem")).status) == "in_progress");
    }
    SECTION("step 5: governance, every partner's contribution, terms and signature")
    {
        p.partnership.governance = QStringLiteral("A steering committee");
        p.partnership.agreementTerms = QStringLiteral("Three years");
        p.partnership.agreementSigned = QDate(2026, 3, 31);
        CHECK(s(suggestStepStatus(p, QStringLiteral("cobuild")).status) == "in_progress"); // A brings nothing yet
        p.contributions.append({QUuid::createUuid(), a, QStringLiteral("skills"), QStringLiteral("Trainers"), 10, 0});
        CHECK(s(suggestStepStatus(p, QStringLiteral("cobuild")).status) == "done");
    }
    SECTION("step 6: every action closed, every indicator measured")
    {
        p.actions.first().status = QStringLiteral("cancelled");
        Indicator i;
        i.id = QUuid::createUuid();
        i.name = QStringLiteral("People trained");
        p.indicators.append(i);
        CHECK(s(suggestStepStatus(p, QStringLiteral("pilot")).status) == "in_progress");
        p.measurements.append({QUuid::createUuid(), i.id, QDate(2026, 1, 1), 12, {}});
        CHECK(s(suggestStepStatus(p, QStringLiteral("pilot")).status) == "done");
    }
    SECTION("step 7: a final review answered, and lessons, meaning and next steps")
    {
        Review r {QUuid::createUuid(), QDate(2027, 6, 1), QStringLiteral("annual"), QStringLiteral("Year one")};
        p.reviews.append(r);
        p.reviewScores.append({QUuid::createUuid(), r.id, a, method::criteria().first().id, 4, {}, {}, false});
        p.lessons.append({QUuid::createUuid(), QStringLiteral("meaning"), QStringLiteral("Together"), {}});
        p.lessons.append({QUuid::createUuid(), QStringLiteral("next_step"), QStringLiteral("Extend"), {}});
        CHECK(s(suggestStepStatus(p, QStringLiteral("evaluate")).status) == "in_progress"); // no final review
        p.reviews.first().kind = QStringLiteral("final");
        const StepSuggestion e = suggestStepStatus(p, QStringLiteral("evaluate"));
        CHECK(s(e.status) == "done");
        CHECK(s(e.reason())
              == "1 review(s) answered, the final review among them; lessons, meaning and next steps "
                 "are written");
    }
}

TEST_CASE("A ticked checklist item starts its step, an unknown step is never suggested", "[stepprogress]")
{
    Project p;
    p.checklistItems.append({QUuid::createUuid(), QStringLiteral("ecosystem"), QStringLiteral("Call"), true, 0});
    p.checklistItems.append({QUuid::createUuid(), QStringLiteral("ecosystem"), QStringLiteral("Visit"), false, 1});
    const StepSuggestion e = suggestStepStatus(p, QStringLiteral("ecosystem"));
    CHECK(s(e.status) == "in_progress");
    CHECK(e.reason().contains(QStringLiteral("1 of 2 checklist items ticked")));
    CHECK(s(suggestStepStatus(p, QStringLiteral("diagnose")).status) == "not_started");
    const StepSuggestion unknown = suggestStepStatus(p, QStringLiteral("bogus"));
    CHECK(s(unknown.status) == "not_started");
    CHECK(unknown.reasons.isEmpty());
}

TEST_CASE("The manager's status wins over the suggestion, \"not started\" reads as not set", "[stepprogress]")
{
    Project p = oneThingPerStep();
    const method::Model &m = method::models().first();
    p.partnership.categoryId = m.categoryId;
    p.partnership.modelId = m.id; // step 3 suggests done
    setStep(p, "model", "in_progress");
    setStep(p, "diagnose", "done");
    setStep(p, "objectives", "not_started");
    setStep(p, "ecosystem", "bogus");

    const JourneyProgress j = stepProgress(p);
    const StepProgress &model = progressOf(j, "model");
    CHECK(s(model.status) == "in_progress");
    CHECK_FALSE(model.suggested);
    CHECK(s(model.suggestion.status) == "done"); // kept, so a view can show the difference
    CHECK(s(progressOf(j, "diagnose").status) == "done");
    CHECK_FALSE(progressOf(j, "diagnose").suggested);
    CHECK(s(progressOf(j, "objectives").status) == "in_progress"); // stored "not started": the suggestion
    CHECK(progressOf(j, "objectives").suggested);
    CHECK(progressOf(j, "ecosystem").suggested); // an unknown status is not the manager's
    CHECK(s(j.currentStepId) == "objectives");
    CHECK(j.suggestedCount() == 5);
    CHECK(s(managerStepStatus(p, QStringLiteral("model"))) == "in_progress");
    CHECK(managerStepStatus(p, QStringLiteral("objectives")).isEmpty());
    // Several rows for one step: the last is read.
    setStep(p, "model", "done");
    CHECK(s(managerStepStatus(p, QStringLiteral("model"))) == "done");
}

TEST_CASE("The example's data suggests what its manager set for the steps it completed", "[stepprogress][example]")
{
    const auto dir = test::makeTempDir();
    QString error;
    auto doc = Document::createNew(QString(), test::testAuthor(),
                                   test::optionsIn(dir->filePath(QStringLiteral("working"))), {}, &error);
    REQUIRE(doc);
    REQUIRE(example::fillExample(*doc, &error));
    Project p = doc->project();

    // As the example's manager set them: nothing is a suggestion.
    const JourneyProgress set = stepProgress(p);
    CHECK(set.suggestedCount() == 0);
    CHECK(s(set.currentStepId) == "pilot");

    // Without the manager's statuses, what was entered tells the same story:
    // steps 1-5 done, piloting and evaluating under way.
    for (StepState &st : p.stepStates)
        st.status = QStringLiteral("not_started");
    const JourneyProgress suggested = stepProgress(p);
    CHECK(suggested.suggestedCount() == 7);
    for (const StepProgress &step : suggested.steps) {
        INFO(s(step.stepId) << ": " << s(step.suggestion.reason()));
        const method::Step *st = method::findStep(step.stepId);
        REQUIRE(st);
        CHECK(s(step.status) == (st->number <= 5 ? "done" : "in_progress"));
        CHECK(s(step.status) == s(progressOf(set, step.stepId.toLatin1().constData()).status));
    }
    CHECK(s(suggested.currentStepId) == "pilot");
}

TEST_CASE("Accepting a suggestion records it as the manager's status, in one undoable edit", "[stepprogress][document]")
{
    const auto dir = test::makeTempDir();
    QString error;
    auto doc = Document::createNew(QStringLiteral("Accept"), test::testAuthor(),
                                   test::optionsIn(dir->filePath(QStringLiteral("working"))), {}, &error);
    REQUIRE(doc);
    const QString model = QStringLiteral("model");

    // Nothing entered: the suggestion is "not started", nothing to record.
    CHECK(stepstatus::acceptSuggestion(doc->project(), model, QStringLiteral("Accept")).changes.isEmpty());

    const method::Model &m = method::models().first();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Name the model"))
            .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("category_id"), m.categoryId)
            .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("model_id"), m.id)));
    CHECK(progressOf(stepProgress(doc->project()), "model").suggested);

    const ChangeSet accept = stepstatus::acceptSuggestion(doc->project(), model, QStringLiteral("Accept"));
    REQUIRE_FALSE(accept.changes.isEmpty());
    REQUIRE(doc->apply(accept, &error));
    CHECK(s(managerStepStatus(doc->project(), model)) == "done");
    CHECK_FALSE(progressOf(stepProgress(doc->project()), "model").suggested);
    CHECK(s(doc->undoText()) == "Accept");
    // Once set, there is nothing more to accept.
    CHECK(stepstatus::acceptSuggestion(doc->project(), model, QStringLiteral("Accept")).changes.isEmpty());
    // The row is the step's own derived row, so partners' copies agree on it.
    CHECK(stepstatus::rowOf(doc->project(), model) == ids::stepState(doc->partnershipId(), model));

    REQUIRE(doc->undo(&error));
    CHECK(managerStepStatus(doc->project(), model).isEmpty());
    CHECK(progressOf(stepProgress(doc->project()), "model").suggested);
    REQUIRE(doc->redo(&error));
    CHECK(s(managerStepStatus(doc->project(), model)) == "done");

    // A status set by hand is written to the same row; an unknown one is refused.
    CHECK(stepstatus::set(doc->project(), model, QStringLiteral("bogus"), QStringLiteral("Set")).changes.isEmpty());
    CHECK(stepstatus::set(doc->project(), model, QStringLiteral("done"), QStringLiteral("Set")).changes.isEmpty());
    REQUIRE(doc->apply(stepstatus::set(doc->project(), model, QStringLiteral("in_progress"), QStringLiteral("Set"))));
    CHECK(s(managerStepStatus(doc->project(), model)) == "in_progress");
}

TEST_CASE("info lists every step's status and says which are suggested, and why", "[stepprogress][cli]")
{
    const auto dir = test::makeTempDir();
    const QString working = dir->filePath(QStringLiteral("working"));
    const QString path = dir->filePath(QStringLiteral("steps.alliance"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Steps"), test::testAuthor(), test::optionsIn(working), {}, &error);
    REQUIRE(doc);
    const method::Model &m = method::models().first();
    const QString partnership = QStringLiteral("partnership");
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Name the model"))
                           .set(partnership, doc->partnershipId(), QStringLiteral("category_id"), m.categoryId)
                           .set(partnership, doc->partnershipId(), QStringLiteral("model_id"), m.id)));
    REQUIRE(doc->apply(stepstatus::set(doc->project(), QStringLiteral("diagnose"), QStringLiteral("in_progress"),
                                       QStringLiteral("Set"))));
    REQUIRE(doc->saveAs(path, &error));

    QString out, err;
    QTextStream o(&out), e(&err);
    CHECK(cli::run({QStringLiteral("alliance-pilot"), QStringLiteral("info"), path}, o, e, test::optionsIn(working))
          == 0);
    o.flush();
    INFO(s(out + err));
    // The manager's status as it is; a suggestion said as such, its reason below.
    CHECK(out.contains(QStringLiteral("Current step: 1. Diagnose (In progress)\n")));
    CHECK(out.contains(QStringLiteral("  1. Diagnose: In progress\n  2. ")));
    CHECK(out.contains(QStringLiteral("  3. Choose the model: Done, suggested from what was entered\n")));
    CHECK(out.contains(QStringLiteral("      the model is named: ") + method::tr(m.name) + QLatin1Char('\n')));
    CHECK(out.contains(QStringLiteral("  6. Pilot: Not started, suggested from what was entered\n"
                                      "      no action yet; no indicator yet\n")));
}
