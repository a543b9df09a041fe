// Step 3 as METHOD.md 6b reads it: each partner's own reading, the categories
// the readings point to, the relationship naming the model, and how the model
// serves each partner. The nine textbook cases of the typology are here.
#include <catch2/catch.hpp>

#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/project.h"

#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

QUuid addOrganisation(Project &p, const char *name, const char *profile = "association", const char *role = "partner")
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.role = QString::fromLatin1(role);
    o.profile = QString::fromLatin1(profile);
    p.organisations.append(o);
    return o.id;
}

// Weights in objectives() order: processes, business model, value proposition, positioning.
void weigh(Project &p, const QUuid &organisationId, std::array<int, 4> weights)
{
    for (int i = 0; i < 4; ++i) {
        ObjectiveWeight w;
        w.id = QUuid::createUuid();
        w.organisationId = organisationId;
        w.objectiveId = method::objectives().at(i).id;
        w.weight = weights[size_t(i)];
        p.objectiveWeights.append(w);
    }
}

// The partners' two answers on the Model page, as the page stores them.
void describe(Project &p, const QString &modelId)
{
    const method::Model *model = method::findModel(modelId);
    REQUIRE(model);
    p.partnership.categoryId = model->categoryId;
    p.partnership.modelId = modelId;
}

bool explains(const Recommendation &r, const QString &fragment)
{
    for (const QString &sentence : r.explanation)
        if (sentence.contains(fragment))
            return true;
    return false;
}

bool speaksOfDisagreement(const Recommendation &r)
{
    for (const QString &sentence : r.explanation)
        for (const char *word : {"diverge", "agree before", "Warning"})
            if (sentence.contains(QLatin1String(word)) && !sentence.contains(QLatin1String("not a disagreement")))
                return true;
    return false;
}

const CategorySuggestion *suggestionFor(const Recommendation &r, const char *categoryId)
{
    for (const CategorySuggestion &s : r.suggestions)
        if (s.categoryId == QLatin1String(categoryId))
            return &s;
    return nullptr;
}

const CoherenceNote *noteFor(const Recommendation &r, const QUuid &id)
{
    for (const CoherenceNote &n : r.coherence)
        if (n.organisationId == id)
            return &n;
    return nullptr;
}

struct TextbookCase
{
    const char *first;
    const char *firstProfile;
    std::array<int, 4> firstWeights;
    const char *second;
    const char *secondProfile;
    std::array<int, 4> secondWeights;
    const char *model;
    const char *category;
};

} // namespace

TEST_CASE("The nine textbook cases: the relationship names the model, and it serves the partner it is for",
          "[evaluation][recommendation]")
{
    // The partners of each example in the typology, with weights such
    // partners would plausibly give; the company (or the one "for whom" the
    // category is) puts the category's objective first.
    const QList<TextbookCase> cases = {
        {"Mitsubishi Electric",
         "company",
         {10, 10, 10, 70},
         "Fondation pour l'enfance",
         "foundation",
         {10, 50, 20, 20},
         "classic_patronage",
         "patronage"},
        {"Deloitte",
         "company",
         {20, 5, 10, 65},
         "SNC",
         "association",
         {10, 50, 25, 15},
         "active_engagement",
         "patronage"},
        {"Banque Postale",
         "company",
         {10, 15, 60, 15},
         "ASAD",
         "association",
         {10, 20, 55, 15},
         "societal_rnd",
         "societal_innovation"},
        {"La Poste",
         "company",
         {20, 10, 55, 15},
         "Jaccede.com",
         "association",
         {10, 30, 45, 15},
         "expertise_sharing",
         "societal_innovation"},
        {"Danone",
         "company",
         {10, 45, 25, 20},
         "Grameen Bank",
         "other",
         {5, 50, 35, 10},
         "hybrid_model",
         "economic_cooperation"},
        {"Eiffage",
         "company",
         {30, 40, 10, 20},
         "Entreprise d'insertion",
         "company",
         {10, 60, 20, 10},
         "economic_cooperation",
         "economic_cooperation"},
        {"RATP",
         "company",
         {55, 10, 10, 25},
         "ASF",
         "association",
         {10, 50, 30, 10},
         "general_interest_alternative",
         "responsible_practices"},
        {"Toyota",
         "company",
         {60, 10, 10, 20},
         "CPIE Bocage de l'Avesnois",
         "association",
         {15, 45, 25, 15},
         "practice_audit",
         "responsible_practices"},
        {"Accenture",
         "company",
         {50, 10, 15, 25},
         "GoodPlanet",
         "association",
         {10, 55, 20, 15},
         "service_provision",
         "responsible_practices"},
    };
    QSet<QString> modelsSeen;
    for (const TextbookCase &c : cases) {
        INFO(c.first << " & " << c.second);
        Project p;
        const QUuid first = addOrganisation(p, c.first, c.firstProfile);
        const QUuid second = addOrganisation(p, c.second, c.secondProfile);
        weigh(p, first, c.firstWeights);
        weigh(p, second, c.secondWeights);

        // Before the relationship is described: the readings suggest the
        // category, with the partner it is for behind it.
        const Recommendation before = recommend(p);
        CHECK(before.modelId.isEmpty());
        const CategorySuggestion *suggested = suggestionFor(before, c.category);
        REQUIRE(suggested);
        CHECK(suggested->partners.contains(first));
        CHECK(explains(before, QStringLiteral("Describe the relationship")));

        describe(p, QString::fromLatin1(c.model));
        const Recommendation r = recommend(p);
        CHECK(r.modelId == QLatin1String(c.model));
        CHECK(r.describedCategoryId == QLatin1String(c.category));
        REQUIRE(r.coherence.size() == 2);
        CHECK(noteFor(r, first)->modelServesItsFirstObjective);
        CHECK_FALSE(r.nobodyPutsModelObjectiveFirst);
        CHECK(explains(r, method::tr(method::findModel(r.modelId)->name)));
        CHECK(explains(
            r, QStringLiteral("For %1, the model serves what it weights most").arg(QString::fromUtf8(c.first))));
        CHECK_FALSE(speaksOfDisagreement(r));
        modelsSeen.insert(r.modelId);
    }
    CHECK(modelsSeen.size() == 9);
}

TEST_CASE("A textbook patronage: complementary readings, never averaged, never a disagreement",
          "[evaluation][recommendation]")
{
    Project p;
    const QUuid company = addOrganisation(p, "Entreprise", "company");
    const QUuid association = addOrganisation(p, "Association", "association");
    weigh(p, company, {10, 10, 10, 70});     // positioning first
    weigh(p, association, {10, 60, 20, 10}); // its socio-economic model first: the gift funds it

    const Recommendation before = recommend(p);
    REQUIRE(before.partners.size() == 2);
    CHECK(before.partners.at(0).dominantObjectiveIds == QStringList {QStringLiteral("positioning")});
    CHECK(before.partners.at(0).categoryIds == QStringList {QStringLiteral("patronage")});
    CHECK(before.partners.at(1).dominantObjectiveIds == QStringList {QStringLiteral("business_model")});
    CHECK(before.partners.at(1).categoryIds == QStringList {QStringLiteral("economic_cooperation")});
    CHECK_FALSE(before.unanimous);
    REQUIRE(before.suggestions.size() == 2);
    CHECK(suggestionFor(before, "patronage")->partners == QList<QUuid> {company});
    CHECK(suggestionFor(before, "economic_cooperation")->partners == QList<QUuid> {association});
    CHECK(before.modelId.isEmpty()); // no model from numbers, ever
    CHECK(explains(before, QStringLiteral("not a disagreement")));
    CHECK_FALSE(speaksOfDisagreement(before));

    // A gift, without the company's people: classic patronage.
    describe(p, QStringLiteral("classic_patronage"));
    const Recommendation r = recommend(p);
    CHECK(r.modelId == QLatin1String("classic_patronage"));
    CHECK(noteFor(r, company)->modelServesItsFirstObjective);
    CHECK(noteFor(r, company)->weightOfModelObjective == Approx(0.70));
    CHECK_FALSE(noteFor(r, association)->modelServesItsFirstObjective);
    CHECK(noteFor(r, association)->weightOfModelObjective == Approx(0.10));
    CHECK(explains(
        r, QStringLiteral("Association looks first for “%1” (60%)").arg(method::tr(method::objectives().at(1).name))));
    CHECK_FALSE(speaksOfDisagreement(r));
}

TEST_CASE("Even weights are a tie of four objectives, said as a tie, pointing to every category",
          "[evaluation][recommendation]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    weigh(p, a, {25, 25, 25, 25});
    const Recommendation r = recommend(p);
    REQUIRE(r.partners.size() == 1);
    CHECK(r.partners.first().dominantObjectiveIds.size() == 4);
    CHECK(r.partners.first().categoryIds.size() == 4);
    CHECK(r.suggestions.size() == 4);
    CHECK_FALSE(r.unanimous);
    CHECK(explains(r, QStringLiteral("A gives the same weight (25%) to")));
    CHECK(r.modelId.isEmpty());
}

TEST_CASE("A two-way tie is named as such, in the method's order, with no winner", "[evaluation][recommendation]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    weigh(p, a, {10, 40, 10, 40});
    const Recommendation r = recommend(p);
    REQUIRE(r.partners.size() == 1);
    CHECK(r.partners.first().dominantObjectiveIds
          == QStringList {QStringLiteral("business_model"), QStringLiteral("positioning")});
    CHECK(r.partners.first().categoryIds
          == QStringList {QStringLiteral("economic_cooperation"), QStringLiteral("patronage")});
    REQUIRE(r.suggestions.size() == 2);
    CHECK(r.suggestions.at(0).partners == r.suggestions.at(1).partners);
}

TEST_CASE("Catalysts and stakeholders never count, partners without weights are listed apart",
          "[evaluation][recommendation]")
{
    Project p;
    const QUuid lead = addOrganisation(p, "Lead", "association", "lead");
    const QUuid catalyst = addOrganisation(p, "Catalyst", "public_body", "catalyst");
    const QUuid quietCatalyst = addOrganisation(p, "Quiet catalyst", "public_body", "catalyst");
    const QUuid stakeholder = addOrganisation(p, "Stakeholder", "local_authority", "stakeholder");
    const QUuid late = addOrganisation(p, "Late partner", "company", "partner");
    weigh(p, lead, {10, 20, 60, 10});
    weigh(p, catalyst, {0, 0, 0, 100}); // entered anyway: shown apart, never counted
    const Recommendation r = recommend(p);
    REQUIRE(r.partners.size() == 1);
    CHECK(r.partners.first().organisationId == lead);
    CHECK(r.unanimous);
    CHECK(r.suggestions.first().categoryId == QLatin1String("societal_innovation"));
    QHash<QUuid, NotCounted> apart;
    for (const NotCounted &n : r.notCounted)
        apart.insert(n.organisationId, n);
    CHECK(apart.value(catalyst).reason == NotCountedReason::RoleDoesNotWeight);
    CHECK(apart.value(catalyst).hasWeights);
    CHECK(apart.contains(quietCatalyst));
    CHECK_FALSE(apart.value(quietCatalyst).hasWeights);
    CHECK_FALSE(apart.contains(stakeholder)); // silent stakeholders are not worth a sentence
    CHECK(apart.value(late).reason == NotCountedReason::NotWeighted);
    CHECK(explains(r, QStringLiteral("Catalyst (Territorial catalyst) entered weights, but they are not counted")));
    CHECK(explains(r, QStringLiteral("Late partner has not weighted its objectives yet.")));
    CHECK(explains(r, QStringLiteral("who weighted")));
    CHECK(explains(
        r, QStringLiteral("“%1”").arg(method::tr(method::findCategory(QStringLiteral("societal_innovation"))->name))));
}

TEST_CASE("When no partner puts the model's objective first, the explanation asks to check the stake",
          "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "A"), {60, 20, 10, 10});
    weigh(p, addOrganisation(p, "B"), {10, 20, 60, 10});
    describe(p, QStringLiteral("active_engagement"));
    const Recommendation r = recommend(p);
    CHECK(r.modelId == QLatin1String("active_engagement"));
    CHECK(r.nobodyPutsModelObjectiveFirst);
    CHECK(explains(r, QStringLiteral("No partner puts")));
}

TEST_CASE("The model is named only by an answer of the relationship described", "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "A"), {10, 10, 10, 70});
    p.partnership.categoryId = QStringLiteral("patronage");
    Recommendation r = recommend(p);
    CHECK(r.describedCategoryId == QLatin1String("patronage"));
    CHECK(r.modelId.isEmpty());
    CHECK(explains(r, QStringLiteral("answer the second question")));
    // A model of another category does not answer the second question.
    p.partnership.modelId = QStringLiteral("societal_rnd");
    r = recommend(p);
    CHECK(r.modelId.isEmpty());
    // A file with a model and no category (an older one): the model names both.
    p.partnership.categoryId.clear();
    r = recommend(p);
    CHECK(r.describedCategoryId == QLatin1String("societal_innovation"));
    CHECK(r.modelId == QLatin1String("societal_rnd"));
}

TEST_CASE("Nobody weighted: no suggestion, and the explanation says what to do", "[evaluation][recommendation]")
{
    Project p;
    addOrganisation(p, "A");
    Recommendation r = recommend(p);
    CHECK(r.suggestions.isEmpty());
    CHECK_FALSE(r.hasReadings());
    CHECK(explains(r, QStringLiteral("No partner has weighted its objectives yet")));
    describe(p, QStringLiteral("classic_patronage"));
    r = recommend(p);
    CHECK(r.modelId == QLatin1String("classic_patronage"));
    CHECK(r.coherence.isEmpty());
    CHECK(explains(r, QStringLiteral("How it serves each partner will show once")));
}

TEST_CASE("Partner names are inserted as they are, never re-parsed as placeholders", "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "%2 & <b>Co</b>"), {0, 0, 100, 0});
    const Recommendation r = recommend(p);
    CHECK(explains(
        r, QStringLiteral("%2 & <b>Co</b> puts “%1” first (100%)").arg(method::tr(method::objectives().at(2).name))));
}
