// The method as data: what a user sees in the journey, the typology and the
// evaluation must be complete and consistent.
#include <catch2/catch.hpp>

#include "method/method.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace alliance;

namespace {

template<typename List> QStringList idsOfList(const List &list)
{
    QStringList ids;
    for (const auto &item : list)
        ids.append(item.id);
    return ids;
}

bool allUnique(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end()).size() == ids.size();
}

// Stable ids are written into project files: keep them plain.
bool isSnakeCaseId(const QString &id)
{
    if (id.isEmpty() || !id.at(0).isLower())
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

bool hasText(const char *s)
{
    return s && *s;
}

template<typename List> void checkIds(const List &list)
{
    const QStringList ids = idsOfList(list);
    INFO("ids: " << ids.join(QLatin1Char(',')).toStdString());
    CHECK(allUnique(ids));
    for (const QString &id : ids)
        CHECK(isSnakeCaseId(id));
}

} // namespace

TEST_CASE("the journey has seven numbered steps with guiding questions", "[method]")
{
    const auto &steps = method::steps();
    REQUIRE(steps.size() == 7);
    const QStringList expected = {QStringLiteral("diagnose"),  QStringLiteral("objectives"), QStringLiteral("model"),
                                  QStringLiteral("ecosystem"), QStringLiteral("cobuild"),    QStringLiteral("pilot"),
                                  QStringLiteral("evaluate")};
    CHECK(idsOfList(steps) == expected);
    for (int i = 0; i < steps.size(); ++i) {
        const method::Step &s = steps.at(i);
        INFO("step " << s.id.toStdString());
        CHECK(s.number == i + 1);
        CHECK(hasText(s.name));
        CHECK(hasText(s.purpose));
        REQUIRE_FALSE(s.questions.isEmpty());
        for (const char *q : s.questions)
            CHECK(hasText(q));
    }
    checkIds(steps);
    REQUIRE(method::findStep(QStringLiteral("pilot")) != nullptr);
    CHECK(method::findStep(QStringLiteral("pilot"))->number == 6);
}

TEST_CASE("the territory has seven needs, each with questions", "[method]")
{
    const auto &needs = method::territoryNeeds();
    REQUIRE(needs.size() == 7);
    checkIds(needs);
    for (const method::TerritoryNeed &n : needs) {
        INFO("need " << n.id.toStdString());
        CHECK(hasText(n.name));
        REQUIRE_FALSE(n.questions.isEmpty());
        for (const char *q : n.questions)
            CHECK(hasText(q));
    }
}

TEST_CASE("the carré magique has four objectives in a fixed order", "[method]")
{
    const auto &objectives = method::objectives();
    REQUIRE(objectives.size() == method::objectiveCount);
    const QStringList expected = {QStringLiteral("processes"), QStringLiteral("business_model"),
                                  QStringLiteral("value_proposition"), QStringLiteral("positioning")};
    CHECK(idsOfList(objectives) == expected);
    for (int i = 0; i < objectives.size(); ++i) {
        CHECK(method::objectiveIndex(objectives.at(i).id) == i);
        CHECK(hasText(objectives.at(i).name));
        CHECK(hasText(objectives.at(i).covers));
    }
    CHECK(method::objectiveIndex(QStringLiteral("nope")) == -1);
}

TEST_CASE("each of the four categories serves its own objective", "[method]")
{
    const auto &categories = method::categories();
    REQUIRE(categories.size() == 4);
    checkIds(categories);
    QSet<QString> served;
    for (const method::Category &c : categories) {
        INFO("category " << c.id.toStdString());
        CHECK(method::objectiveIndex(c.objectiveId) >= 0);
        served.insert(c.objectiveId);
        CHECK(hasText(c.name));
        CHECK(hasText(c.expectedResults));
        CHECK(c.practiceRate2021 > 0);
        CHECK(c.practiceRate2021 <= 100);
    }
    CHECK(served.size() == 4);
    REQUIRE(method::findCategory(QStringLiteral("patronage")) != nullptr);
    CHECK(method::findCategory(QStringLiteral("patronage"))->objectiveId == QStringLiteral("positioning"));
}

TEST_CASE("nine models, each placed in the carré magique", "[method]")
{
    const auto &models = method::models();
    REQUIRE(models.size() == 9);
    checkIds(models);
    for (const method::Model &m : models) {
        INFO("model " << m.id.toStdString());
        const method::Category *category = method::findCategory(m.categoryId);
        REQUIRE(category != nullptr);
        CHECK(hasText(m.name));
        CHECK(hasText(m.definition));
        REQUIRE_FALSE(m.examples.isEmpty());
        for (const char *e : m.examples)
            CHECK(hasText(e));

        // Told apart by the relationship, in words (METHOD.md 6b).
        CHECK(hasText(m.answer));
    }
    for (const method::Category &c : method::categories()) {
        CHECK(hasText(c.relationship));
        CHECK(hasText(c.modelQuestion));
    }
    // Every category offers at least one model.
    for (const method::Category &c : method::categories()) {
        const bool hasModel
            = std::any_of(models.begin(), models.end(), [&](const method::Model &m) { return m.categoryId == c.id; });
        CHECK(hasModel);
    }
}

TEST_CASE("catalyst functions list their activities", "[method]")
{
    const auto &functions = method::catalystFunctions();
    REQUIRE(functions.size() == 4);
    checkIds(functions);
    for (const method::CatalystFunction &f : functions) {
        INFO("function " << f.id.toStdString());
        CHECK(hasText(f.name));
        CHECK_FALSE(f.activities.isEmpty());
    }
}

TEST_CASE("evaluation criteria cover all angles and all impacts", "[method]")
{
    const QStringList angles = method::idsOf(method::evaluationAngles());
    const QStringList impacts = method::idsOf(method::impacts());
    CHECK(angles
          == QStringList {QStringLiteral("performance"), QStringLiteral("pertinence"), QStringLiteral("coherence")});
    CHECK(impacts
          == QStringList {QStringLiteral("performance"), QStringLiteral("innovation"), QStringLiteral("trust")});

    const auto &criteria = method::criteria();
    CHECK(criteria.size() >= 12);
    checkIds(criteria);
    QSet<QString> anglesSeen;
    QSet<QString> impactsSeen;
    for (const method::Criterion &c : criteria) {
        INFO("criterion " << c.id.toStdString());
        CHECK(angles.contains(c.angle));
        CHECK((c.impact.isEmpty() || impacts.contains(c.impact)));
        CHECK(hasText(c.label));
        CHECK(hasText(c.question));
        anglesSeen.insert(c.angle);
        if (!c.impact.isEmpty())
            impactsSeen.insert(c.impact);
    }
    CHECK(anglesSeen == QSet<QString>(angles.begin(), angles.end()));
    CHECK(impactsSeen == QSet<QString>(impacts.begin(), impacts.end()));
    REQUIRE(method::findCriterion(criteria.first().id) == &criteria.first());
}

TEST_CASE("the maturity self-diagnostic covers every axis for every profile", "[method]")
{
    const QStringList axes = method::idsOf(method::maturityAxes());
    // The 360°: vision, action engaged, means mobilised, and the place in the ecosystem.
    CHECK(axes
          == QStringList {QStringLiteral("vision"), QStringLiteral("action"), QStringLiteral("means"),
                          QStringLiteral("ecosystem")});

    const auto &all = method::maturityQuestions();
    checkIds(all);
    const QStringList profiles = method::idsOf(method::organisationProfiles());
    for (const method::MaturityQuestion &q : all) {
        INFO("question " << q.id.toStdString());
        CHECK(axes.contains(q.axis));
        CHECK(hasText(q.text));
        for (const QString &p : q.profiles)
            CHECK(profiles.contains(p));
    }

    for (const QString &profile : profiles) {
        INFO("profile " << profile.toStdString());
        const auto questions = method::maturityQuestionsFor(profile);
        QSet<QString> axesSeen;
        for (const method::MaturityQuestion &q : questions) {
            CHECK((q.profiles.isEmpty() || q.profiles.contains(profile)));
            axesSeen.insert(q.axis);
        }
        CHECK(axesSeen.size() == axes.size());
    }

    // The method's profile variants add their own questions to the common ones.
    const int common = int(method::maturityQuestionsFor(QStringLiteral("other")).size());
    for (const char *profile : {"company", "association", "foundation", "local_authority", "public_body"}) {
        INFO("profile " << profile);
        CHECK(method::maturityQuestionsFor(QString::fromLatin1(profile)).size() > common);
    }
}

TEST_CASE("each variant of the self-diagnostic asks three or four questions per axis", "[method][maturity]")
{
    const QStringList axes = method::idsOf(method::maturityAxes());
    auto perAxis = [&](const QList<method::MaturityQuestion> &questions) {
        QHash<QString, int> count;
        for (const auto &q : questions)
            ++count[q.axis];
        return count;
    };
    // Academic and other organisations answer the common 360°: three questions per axis.
    for (const char *profile : {"academic", "other"}) {
        INFO("profile " << profile);
        const auto questions = method::maturityQuestionsFor(QString::fromLatin1(profile), QStringLiteral("partner"));
        for (const QString &axis : axes)
            CHECK(perAxis(questions).value(axis) == 3);
        for (const auto &q : questions)
            CHECK((q.profiles.isEmpty() && q.roles.isEmpty()));
    }
    // Each named variant adds one question on every axis, the ecosystem included.
    for (const char *profile : {"company", "association", "foundation", "local_authority", "public_body"}) {
        INFO("profile " << profile);
        const auto questions = method::maturityQuestionsFor(QString::fromLatin1(profile), QStringLiteral("partner"));
        for (const QString &axis : axes)
            CHECK(perAxis(questions).value(axis) == 4);
    }
    // A territorial catalyst answers the catalyst variant whatever its profile.
    const auto catalyst = method::maturityQuestionsFor(QStringLiteral("other"), QStringLiteral("catalyst"));
    for (const QString &axis : axes)
        CHECK(perAxis(catalyst).value(axis) == 4);
    QStringList ids;
    for (const auto &q : catalyst)
        ids << q.id;
    CHECK(ids.contains(QStringLiteral("catalyst_trust")));
    CHECK_FALSE(method::maturityQuestionsFor(QStringLiteral("other")).size() == catalyst.size());
    // The public body variant is the catalyst one; a company does not get it.
    const auto company = method::maturityQuestionsFor(QStringLiteral("company"), QStringLiteral("partner"));
    for (const auto &q : company)
        CHECK_FALSE(q.id.startsWith(QStringLiteral("catalyst_")));
}

TEST_CASE("the ids of the self-diagnostic's questions stored in older files still exist", "[method][maturity]")
{
    // Written in files since format 1: they may be added to, never renamed or removed.
    const QStringList stored = {QStringLiteral("vision_strategy"),
                                QStringLiteral("vision_ecosystem"),
                                QStringLiteral("vision_objectives"),
                                QStringLiteral("action_experience"),
                                QStringLiteral("action_evaluation"),
                                QStringLiteral("action_coherence"),
                                QStringLiteral("means_people"),
                                QStringLiteral("means_skills"),
                                QStringLiteral("means_resources"),
                                QStringLiteral("company_csr_link"),
                                QStringLiteral("company_employees"),
                                QStringLiteral("company_business_units"),
                                QStringLiteral("association_project"),
                                QStringLiteral("association_offer"),
                                QStringLiteral("association_model"),
                                QStringLiteral("foundation_role"),
                                QStringLiteral("foundation_follow_up"),
                                QStringLiteral("foundation_capacity"),
                                QStringLiteral("local_authority_territory_project"),
                                QStringLiteral("local_authority_catalyst"),
                                QStringLiteral("local_authority_departments")};
    QHash<QString, QString> axisOf;
    for (const auto &q : method::maturityQuestions())
        axisOf.insert(q.id, q.axis);
    const schema::Column *column
        = schema::table(QStringLiteral("maturity_answer"))->column(QStringLiteral("question_id"));
    REQUIRE(column);
    for (const QString &id : stored) {
        INFO("question " << id.toStdString());
        CHECK(axisOf.contains(id));
        CHECK(method::findChoice(column->choices(), id)); // a file holding it still opens
    }
    // Their axes did not move: old files keep their scores per axis.
    CHECK(axisOf.value(QStringLiteral("vision_ecosystem")) == QStringLiteral("vision"));
    CHECK(axisOf.value(QStringLiteral("local_authority_catalyst")) == QStringLiteral("action"));
}

TEST_CASE("each organisation knows the name of the self-diagnostic it answers", "[method][maturity]")
{
    CHECK(method::maturityVariantName(QStringLiteral("company"), QStringLiteral("partner"))
          == QStringLiteral("CSR & partnerships"));
    CHECK(method::maturityVariantName(QStringLiteral("association"), QStringLiteral("lead"))
          == QStringLiteral("Partnership strategy"));
    CHECK(method::maturityVariantName(QStringLiteral("public_body"), QStringLiteral("partner"))
          == QStringLiteral("Territorial catalysis"));
    CHECK(method::maturityVariantName(QStringLiteral("other"), QStringLiteral("catalyst"))
          == QStringLiteral("Territorial catalysis"));
    CHECK(method::maturityVariantName(QStringLiteral("local_authority"), QStringLiteral("catalyst"))
          == QStringLiteral("Territorial alliances and territorial catalysis"));
    CHECK(method::maturityVariantName(QStringLiteral("academic"), QStringLiteral("partner"))
          == QString::fromUtf8("Common 360°"));
}

TEST_CASE("stored enumerations have the documented ids", "[method]")
{
    auto ids = [](const QList<method::Choice> &choices) { return method::idsOf(choices).join(QLatin1Char(',')); };
    CHECK(ids(method::organisationProfiles())
          == QStringLiteral("association,company,foundation,local_authority,public_body,academic,other"));
    CHECK(ids(method::organisationRoles()) == QStringLiteral("lead,partner,catalyst,funder,stakeholder"));
    CHECK(ids(method::stepStatuses()) == QStringLiteral("not_started,in_progress,done"));
    CHECK(ids(method::actionStatuses()) == QStringLiteral("planned,in_progress,done,cancelled"));
    CHECK(ids(method::contributionKinds()) == QStringLiteral("money,skills,people_days,material"));
    CHECK(ids(method::indicatorDirections()) == QStringLiteral("increase,decrease"));
    CHECK(ids(method::reviewKinds()) == QStringLiteral("interim,annual,final"));
    CHECK(ids(method::lessonKinds()) == QStringLiteral("lesson,meaning,next_step"));
    CHECK(ids(method::needPriorities()) == QStringLiteral("low,medium,high"));

    for (const auto *list : {&method::organisationProfiles(), &method::organisationRoles(), &method::stepStatuses(),
                             &method::actionStatuses(), &method::contributionKinds(), &method::indicatorDirections(),
                             &method::reviewKinds(), &method::lessonKinds(), &method::needPriorities(),
                             &method::maturityAxes(), &method::evaluationAngles(), &method::impacts()}) {
        checkIds(*list);
        for (const method::Choice &c : *list)
            CHECK(hasText(c.label));
    }
}

TEST_CASE("lookups find known ids and return nullptr for unknown ones", "[method]")
{
    const QString unknown = QStringLiteral("no_such_id");
    CHECK(method::findStep(unknown) == nullptr);
    CHECK(method::findCategory(unknown) == nullptr);
    CHECK(method::findModel(unknown) == nullptr);
    CHECK(method::findCriterion(unknown) == nullptr);
    CHECK(method::findChoice(method::organisationRoles(), unknown) == nullptr);
    CHECK(method::findStep(QString()) == nullptr);

    const method::Choice *lead = method::findChoice(method::organisationRoles(), QStringLiteral("lead"));
    REQUIRE(lead != nullptr);
    CHECK(lead->id == QStringLiteral("lead"));
    REQUIRE(method::findModel(QStringLiteral("classic_patronage")) != nullptr);
    CHECK(method::findModel(QStringLiteral("classic_patronage"))->categoryId == QStringLiteral("patronage"));
}

TEST_CASE("tr returns the source text when no translation is loaded", "[method]")
{
    CHECK(method::tr("Diagnose") == QStringLiteral("Diagnose"));
    CHECK(method::tr(nullptr).isEmpty());
}
