// Recommendation of the partnership category and model (step 3), with worked
// examples whose numbers are computed by hand in the comments.
#include <catch2/catch.hpp>

#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/project.h"

#include <cmath>
#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QUuid addOrganisation(Project &p, const char *name, const char *role = "partner")
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.role = QString::fromLatin1(role);
    o.profile = QStringLiteral("association");
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

bool explains(const Recommendation &r, const QString &fragment)
{
    for (const QString &sentence : r.explanation) {
        if (sentence.contains(fragment))
            return true;
    }
    return false;
}

QString objectiveName(int i)
{
    return method::tr(method::objectives().at(i).name);
}

} // namespace

TEST_CASE("Two partners: barycentre, category and divergence", "[evaluation][recommendation]")
{
    Project p;
    const QUuid amis = addOrganisation(p, "Les Amis du Quartier", "lead");
    const QUuid acme = addOrganisation(p, "Acme", "partner");
    // Les Amis: 10/20/50/20 -> (0.10, 0.20, 0.50, 0.20).
    weigh(p, amis, {10, 20, 50, 20});
    // Acme typed 6/2/8/4 (total 20, not 100): normalised (0.30, 0.10, 0.40, 0.20).
    weigh(p, acme, {6, 2, 8, 4});

    const Recommendation r = recommend(p);
    REQUIRE(r.valid);
    REQUIRE(r.partnersUsed == QList<QUuid>{amis, acme});
    CHECK(r.partnersMissing.isEmpty());

    // Barycentre = ((0.10+0.30)/2, (0.20+0.10)/2, (0.50+0.40)/2, (0.20+0.20)/2)
    //            = (0.20, 0.15, 0.45, 0.20).
    CHECK(r.barycentre[0] == Approx(0.20));
    CHECK(r.barycentre[1] == Approx(0.15));
    CHECK(r.barycentre[2] == Approx(0.45));
    CHECK(r.barycentre[3] == Approx(0.20));
    // Value proposition weighs most -> societal innovation.
    CHECK(s(r.categoryId) == "societal_innovation");
    CHECK(r.topObjectiveIds == QStringList{QStringLiteral("value_proposition")});

    // Spread in points: |10-30| = 20, |20-10| = 10, |50-40| = 10, |20-20| = 0.
    CHECK(r.spreadPoints[0] == Approx(20));
    CHECK(r.spreadPoints[1] == Approx(10));
    CHECK(r.spreadPoints[2] == Approx(10));
    CHECK(r.spreadPoints[3] == Approx(0).margin(1e-9));
    // One pair: sqrt(0.2^2 + 0.1^2 + 0.1^2 + 0) = sqrt(0.06) = 0.2449 < 0.30.
    CHECK(r.divergence == Approx(std::sqrt(0.06)));
    CHECK(r.divergenceIndex == Approx(std::sqrt(0.06) / std::sqrt(2.0) * 100)); // 17.3
    CHECK_FALSE(r.divergent);

    // The user reads who weights what, and why this category.
    CHECK(explains(r, QStringLiteral("Les Amis du Quartier gives the most weight to %1 (50%).")
                          .arg(objectiveName(2))));
    CHECK(explains(r, QStringLiteral("Acme gives the most weight to %1 (40%).").arg(objectiveName(2))));
    const QString societal = method::tr(method::findCategory(QStringLiteral("societal_innovation"))->name);
    CHECK(explains(r, QStringLiteral("(45%): the recommended category is %1.").arg(societal)));
    CHECK(explains(r, QStringLiteral("divergence 17 out of 100")));
    // They differ most on processes (20 points).
    CHECK(explains(r, QStringLiteral("They differ most on %1: 20 points").arg(objectiveName(0))));
}

TEST_CASE("Model ranking: nearest first, second reported", "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "Les Amis", "lead"), {10, 20, 50, 20});
    weigh(p, addOrganisation(p, "Acme"), {30, 10, 40, 20});
    const Recommendation r = recommend(p);
    REQUIRE(r.valid);

    // Every method model is ranked, nearest first.
    REQUIRE(r.modelDistances.size() == method::models().size());
    for (int i = 1; i < r.modelDistances.size(); ++i)
        CHECK(r.modelDistances[i - 1].distance <= r.modelDistances[i].distance);
    CHECK(r.modelId == r.modelDistances[0].modelId);
    CHECK(r.secondModelId == r.modelDistances[1].modelId);
    CHECK(r.modelId != r.secondModelId);

    // Distances are Euclidean to the profile: check one by hand against the
    // barycentre (0.20, 0.15, 0.45, 0.20).
    for (const ModelDistance &d : r.modelDistances) {
        const method::Model *m = method::findModel(d.modelId);
        REQUIRE(m);
        CHECK(s(d.categoryId) == s(m->categoryId));
        const double expected = std::hypot(std::hypot(0.20 - m->profile[0], 0.15 - m->profile[1]),
                                           std::hypot(0.45 - m->profile[2], 0.20 - m->profile[3]));
        CHECK(d.distance == Approx(expected));
    }
    // The second model is named in the explanation with its match.
    const QString secondName = method::tr(method::findModel(r.secondModelId)->name);
    CHECK(explains(r, secondName));
    const QString firstName = method::tr(method::findModel(r.modelId)->name);
    CHECK(explains(r, QStringLiteral("The nearest model is %1").arg(firstName)));
    // "N points behind" is the difference of the rounded match figures.
    const int gap = qRound(matchPercent(r.modelDistances[0].distance))
        - qRound(matchPercent(r.modelDistances[1].distance));
    if (gap > 0)
        CHECK(explains(r, QStringLiteral("%1 points behind").arg(gap)));
}

TEST_CASE("Match percent: 100 at the profile, 0 at the farthest corner", "[evaluation][recommendation]")
{
    CHECK(matchPercent(0) == 100);
    // sqrt(2) is the distance between two opposite corners of the square.
    CHECK(matchPercent(std::sqrt(2.0)) == Approx(0).margin(1e-9));
    // sqrt(2)/2 -> half way.
    CHECK(matchPercent(std::sqrt(2.0) / 2) == Approx(50));
}

TEST_CASE("A partner weighting exactly like a model gets that model at 100% match", "[evaluation][recommendation]")
{
    for (const method::Model &model : method::models()) {
        Project p;
        std::array<int, 4> w{};
        for (int i = 0; i < 4; ++i)
            w[size_t(i)] = qRound(model.profile[size_t(i)] * 100);
        weigh(p, addOrganisation(p, "Solo"), w);
        const Recommendation r = recommend(p);
        INFO(s(model.id));
        CHECK(s(r.modelId) == s(model.id));
        CHECK(r.modelDistances.first().distance == Approx(0).margin(1e-9));
        CHECK(matchPercent(r.modelDistances.first().distance) == Approx(100));
        // Profiles give the category's objective the greatest weight, so the
        // model agrees with the category.
        CHECK(r.modelMatchesCategory);
    }
}

TEST_CASE("Clear-cut partner: a model of the recommended category comes first", "[evaluation][recommendation]")
{
    // One partner putting 70 points on one objective and 10 on each other.
    for (int top = 0; top < 4; ++top) {
        Project p;
        std::array<int, 4> w{10, 10, 10, 10};
        w[size_t(top)] = 70;
        weigh(p, addOrganisation(p, "Decided"), w);
        const Recommendation r = recommend(p);
        INFO(s(method::objectives().at(top).id));
        REQUIRE(r.valid);
        const method::Category *c = method::findCategory(r.categoryId);
        REQUIRE(c);
        CHECK(c->objectiveId == method::objectives().at(top).id);
        CHECK(s(r.modelDistances.first().categoryId) == s(r.categoryId));
        CHECK(r.modelMatchesCategory);
    }
}

TEST_CASE("A single partner: its own weighting, no divergence", "[evaluation][recommendation]")
{
    Project p;
    const QUuid solo = addOrganisation(p, "Fondation Solo", "lead");
    // 0/0/0/100 -> all on positioning -> patronage.
    weigh(p, solo, {0, 0, 0, 100});
    const Recommendation r = recommend(p);
    REQUIRE(r.valid);
    CHECK(r.barycentre == ObjectiveVector{0, 0, 0, 1});
    CHECK(s(r.categoryId) == "patronage");
    CHECK(s(method::findModel(r.modelId)->categoryId) == "patronage");
    CHECK(r.divergence == 0);
    CHECK_FALSE(r.divergent);
    CHECK(r.spreadPoints == ObjectiveVector{0, 0, 0, 0});
    CHECK(r.furthestA.isNull());
    CHECK(explains(r, QStringLiteral("Only Fondation Solo has weighted its objectives")));
}

TEST_CASE("Tie between two objectives: the method's order decides, and says so", "[evaluation][recommendation]")
{
    Project p;
    // A: 50/0/30/20, B: 30/0/50/20 -> barycentre (0.40, 0, 0.40, 0.20):
    // processes and value proposition tie at 40%.
    weigh(p, addOrganisation(p, "A"), {50, 0, 30, 20});
    weigh(p, addOrganisation(p, "B"), {30, 0, 50, 20});
    const Recommendation r = recommend(p);
    REQUIRE(r.valid);
    CHECK(r.barycentre[0] == Approx(0.40));
    CHECK(r.barycentre[2] == Approx(0.40));
    // Processes comes first in objectives() order -> responsible practices.
    CHECK(s(r.categoryId) == "responsible_practices");
    CHECK(r.topObjectiveIds == QStringList{QStringLiteral("processes"), QStringLiteral("value_proposition")});
    CHECK(explains(r, QStringLiteral("%1 comes first in the method's order").arg(objectiveName(0))));
    CHECK(explains(r, QStringLiteral("the same weight (40%)")));
}

TEST_CASE("A partner's own tie is named as such", "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "Balanced"), {40, 10, 40, 10});
    const Recommendation r = recommend(p);
    CHECK(explains(r, QStringLiteral("Balanced gives the same highest weight (40%) to")));
    CHECK(s(r.categoryId) == "responsible_practices");
}

TEST_CASE("Missing weights: the partner is left out and named", "[evaluation][recommendation]")
{
    Project p;
    const QUuid amis = addOrganisation(p, "Les Amis", "lead");
    const QUuid silent = addOrganisation(p, "Silent Co", "partner");     // no rows
    const QUuid zeros = addOrganisation(p, "Zero Corp", "funder");       // rows, all 0
    const QUuid catalyst = addOrganisation(p, "Le Catalyseur", "catalyst"); // not expected
    weigh(p, amis, {0, 100, 0, 0});
    weigh(p, zeros, {0, 0, 0, 0});
    // Rows of an organisation that is not in the project are ignored.
    weigh(p, QUuid::createUuid(), {0, 0, 0, 100});
    // A row for an unknown objective is ignored too.
    ObjectiveWeight odd;
    odd.organisationId = amis;
    odd.objectiveId = QStringLiteral("not_an_objective");
    odd.weight = 500;
    p.objectiveWeights.append(odd);

    const Recommendation r = recommend(p);
    REQUIRE(r.valid);
    CHECK(r.partnersUsed == QList<QUuid>{amis});
    CHECK(r.partnersMissing == QList<QUuid>{silent, zeros});
    CHECK_FALSE(r.partnersMissing.contains(catalyst));
    // Only Les Amis counts: all on business model -> economic cooperation.
    CHECK(r.barycentre == ObjectiveVector{0, 1, 0, 0});
    CHECK(s(r.categoryId) == "economic_cooperation");
    CHECK(explains(r, QStringLiteral("Silent Co has not weighted its objectives yet and is left out.")));
    CHECK(explains(r, QStringLiteral("Zero Corp has not weighted its objectives yet")));
    CHECK_FALSE(explains(r, QStringLiteral("Le Catalyseur")));
}

TEST_CASE("No weights at all: no recommendation, and the explanation says why", "[evaluation][recommendation]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A", "lead");
    const Recommendation r = recommend(p);
    CHECK_FALSE(r.valid);
    CHECK(r.categoryId.isEmpty());
    CHECK(r.modelId.isEmpty());
    CHECK(r.modelDistances.isEmpty());
    CHECK(r.partnersMissing == QList<QUuid>{a});
    CHECK(explains(r, QStringLiteral("No partner has weighted its objectives yet")));

    const Recommendation empty = recommend(Project{});
    CHECK_FALSE(empty.valid);
    CHECK_FALSE(empty.explanation.isEmpty());
}

TEST_CASE("Opposed partners are flagged divergent, similar ones are not", "[evaluation][recommendation]")
{
    SECTION("opposed")
    {
        Project p;
        // 70/10/10/10 vs 10/10/10/70: difference (0.6, 0, 0, -0.6),
        // distance sqrt(0.72) = 0.8485 > 0.30; index 0.8485/1.4142 = 60.
        weigh(p, addOrganisation(p, "Process First"), {70, 10, 10, 10});
        weigh(p, addOrganisation(p, "Anchor First"), {10, 10, 10, 70});
        const Recommendation r = recommend(p);
        CHECK(r.divergence == Approx(std::sqrt(0.72)));
        CHECK(r.divergenceIndex == Approx(60));
        CHECK(r.divergent);
        CHECK(r.spreadPoints[0] == Approx(60));
        CHECK(r.spreadPoints[3] == Approx(60));
        CHECK(explains(r, QStringLiteral("far apart (divergence 60 out of 100, alert above 21)")));
    }
    SECTION("similar")
    {
        Project p;
        // 40/30/20/10 vs 35/35/20/10: difference (0.05, -0.05, 0, 0),
        // distance sqrt(0.005) = 0.0707; index 5.
        weigh(p, addOrganisation(p, "A"), {40, 30, 20, 10});
        weigh(p, addOrganisation(p, "B"), {35, 35, 20, 10});
        const Recommendation r = recommend(p);
        CHECK(r.divergence == Approx(std::sqrt(0.005)));
        CHECK_FALSE(r.divergent);
        CHECK(explains(r, QStringLiteral("close (divergence 5 out of 100")));
    }
    SECTION("three partners: mean of the pairs, furthest pair named")
    {
        Project p;
        // A = (.40,.30,.20,.10), B = (.35,.35,.20,.10), C = (.10,.10,.10,.70).
        // AB = sqrt(.005) = .0707; AC = sqrt(.09+.04+.01+.36) = sqrt(.5) = .7071;
        // BC = sqrt(.0625+.0625+.01+.36) = sqrt(.495) = .7036.
        // Mean = (.0707 + .7071 + .7036) / 3 = .4938 > .30: divergent,
        // although A and B agree. Furthest: A and C.
        const QUuid a = addOrganisation(p, "Alpha");
        const QUuid b = addOrganisation(p, "Beta");
        const QUuid c = addOrganisation(p, "Gamma");
        weigh(p, a, {40, 30, 20, 10});
        weigh(p, b, {35, 35, 20, 10});
        weigh(p, c, {10, 10, 10, 70});
        const Recommendation r = recommend(p);
        CHECK(r.divergence == Approx((std::sqrt(0.005) + std::sqrt(0.5) + std::sqrt(0.495)) / 3));
        CHECK(r.divergent);
        CHECK(r.furthestA == a);
        CHECK(r.furthestB == c);
        CHECK(r.furthestDistance == Approx(std::sqrt(0.5)));
        CHECK(explains(r, QStringLiteral("Alpha and Gamma are the furthest apart.")));
        // Barycentre = (.85/3, .75/3, .5/3, .9/3) = (.283, .25, .167, .30):
        // positioning leads, so patronage although two partners lean to processes.
        CHECK(s(r.categoryId) == "patronage");
    }
}

TEST_CASE("Partner names are inserted as they are, never re-parsed as placeholders", "[evaluation][recommendation]")
{
    Project p;
    weigh(p, addOrganisation(p, "%2 & <b>Co</b>"), {0, 0, 100, 0});
    const Recommendation r = recommend(p);
    CHECK(explains(r, QStringLiteral("%2 & <b>Co</b> gives the most weight to %1 (100%).")
                          .arg(objectiveName(2))));
}
