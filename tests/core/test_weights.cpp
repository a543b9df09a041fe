// Keeping a partner's four objective weights summing to 100 (step 2).
#include <catch2/catch.hpp>

#include "evaluation/recommendation.h"
#include "evaluation/weights.h"
#include "method/method.h"
#include "model/project.h"

#include <QRandomGenerator>
#include <numeric>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

int sum(const Weights &w)
{
    return std::accumulate(w.begin(), w.end(), 0);
}

QUuid addOrganisation(Project &p, const char *name, const char *role)
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.role = QString::fromLatin1(role);
    o.profile = QStringLiteral("association");
    p.organisations.append(o);
    return o.id;
}

void addWeight(Project &p, const QUuid &org, const QString &objectiveId, int weight)
{
    ObjectiveWeight w;
    w.id = QUuid::createUuid();
    w.organisationId = org;
    w.objectiveId = objectiveId;
    w.weight = weight;
    p.objectiveWeights.append(w);
}

} // namespace

TEST_CASE("Even weights are 25 each", "[weights]")
{
    CHECK(evenWeights() == Weights {25, 25, 25, 25});
    CHECK(isWeighted(evenWeights()));
    CHECK_FALSE(isWeighted(Weights {}));
}

TEST_CASE("Moving one weight rescales the others in proportion", "[weights]")
{
    CHECK(rebalanceWeights({25, 25, 25, 25}, 0, 40) == Weights {40, 20, 20, 20});
    // 30 points shared 30:20:10 -> 15, 10, 5 exactly.
    CHECK(rebalanceWeights({40, 30, 20, 10}, 0, 70) == Weights {70, 15, 10, 5});
    CHECK(rebalanceWeights({40, 30, 20, 10}, 3, 100) == Weights {0, 0, 0, 100});
    CHECK(rebalanceWeights({40, 30, 20, 10}, 2, 0) == Weights {50, 38, 0, 12});
}

TEST_CASE("Rounding gives the missing points to the largest remainders", "[weights]")
{
    // 50 points shared 10:30:40 -> 6.25, 18.75, 25: floors sum 49 with the 50
    // set; the missing point goes to 18.75 (remainder .75).
    CHECK(rebalanceWeights({10, 20, 30, 40}, 1, 50) == Weights {6, 50, 19, 25});
    // Equal remainders: the first objectives in order get the points.
    CHECK(rebalanceWeights({25, 25, 25, 25}, 0, 50) == Weights {50, 17, 17, 16});
    CHECK(rebalanceWeights({25, 25, 25, 25}, 3, 50) == Weights {17, 17, 16, 50});
}

TEST_CASE("When the others are all zero the rest is spread evenly", "[weights]")
{
    CHECK(rebalanceWeights({100, 0, 0, 0}, 0, 40) == Weights {40, 20, 20, 20});
    CHECK(rebalanceWeights({0, 0, 0, 0}, 2, 10) == Weights {30, 30, 10, 30});
    CHECK(rebalanceWeights({100, 0, 0, 0}, 0, 99) == Weights {99, 1, 0, 0});
}

TEST_CASE("Out-of-range values are clamped and a bad index changes nothing", "[weights]")
{
    CHECK(rebalanceWeights({25, 25, 25, 25}, 1, 150) == Weights {0, 100, 0, 0});
    CHECK(rebalanceWeights({25, 25, 25, 25}, 1, -5) == Weights {34, 0, 33, 33});
    CHECK(rebalanceWeights({10, 20, 30, 40}, 4, 50) == Weights {10, 20, 30, 40});
    CHECK(rebalanceWeights({10, 20, 30, 40}, -1, 50) == Weights {10, 20, 30, 40});
    // Negative stored weights count as 0.
    CHECK(rebalanceWeights({-10, 20, 30, 40}, 3, 40) == Weights {0, 24, 36, 40});
}

TEST_CASE("Rebalanced weights always sum to 100 and keep the others' order", "[weights]")
{
    QRandomGenerator rng(20210917);
    for (int run = 0; run < 2000; ++run) {
        Weights current;
        for (int &w : current)
            w = int(rng.bounded(101));
        const int index = int(rng.bounded(4));
        const int value = int(rng.bounded(101));
        const Weights out = rebalanceWeights(current, index, value);
        INFO("run " << run);
        REQUIRE(sum(out) == weightTotal);
        CHECK(out[index] == value);
        for (int i = 0; i < 4; ++i) {
            CHECK(out[i] >= 0);
            CHECK(out[i] <= 100);
            for (int j = 0; j < 4; ++j) {
                if (i != index && j != index && current[i] > current[j])
                    CHECK(out[i] >= out[j]);
            }
        }
    }
}

TEST_CASE("Stored weights read like the recommendation reads them", "[weights]")
{
    Project p;
    const QUuid a = addOrganisation(p, "Association", "lead");
    const auto &objectives = method::objectives();
    addWeight(p, a, objectives.at(0).id, 10);
    addWeight(p, a, objectives.at(2).id, 30);
    addWeight(p, a, objectives.at(0).id, 40); // a repeated objective keeps the last row
    addWeight(p, a, QStringLiteral("unknown"), 50);
    addWeight(p, a, objectives.at(3).id, -5);
    CHECK(storedWeights(p, a) == Weights {40, 0, 30, 0});
    CHECK(storedWeights(p, QUuid::createUuid()) == Weights {});
}

TEST_CASE("Organisations to weight: expected ones and any that weighted", "[weights]")
{
    Project p;
    const QUuid lead = addOrganisation(p, "Lead", "lead");
    const QUuid catalyst = addOrganisation(p, "Catalyst", "catalyst");
    const QUuid stakeholder = addOrganisation(p, "Stakeholder", "stakeholder");
    const QUuid funder = addOrganisation(p, "Funder", "funder");
    addWeight(p, stakeholder, method::objectives().at(1).id, 100);
    CHECK(organisationsToWeight(p, recommend(p)) == QList<QUuid> {lead, stakeholder, funder});
    Q_UNUSED(catalyst);
}
