// Weighting the carré magique keeps what the user set: the weight just set
// stays as typed, the ones set before it stay as far as they fit, and only
// the others are rebalanced; the four weights are one undo step.
#include "document/document.h"
#include "edits/weighting.h"
#include "evaluation/weights.h"
#include "method/method.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <numeric>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

int sum(const Weights &w)
{
    return std::accumulate(w.begin(), w.end(), 0);
}

} // namespace

TEST_CASE("Setting a second weight keeps the first one the user set", "[weights]")
{
    // 50 on the first objective, then 10 on the second: the 50 stays, the
    // two untouched objectives share the remaining 40.
    Weights w = weightsAfterSetting({25, 25, 25, 25}, 0, 50, {});
    CHECK(w == Weights {50, 17, 17, 16});
    w = weightsAfterSetting(w, 1, 10, {0});
    CHECK(w == Weights {50, 10, 21, 19});
    // The report's case: 10 set first, then 50 on another: the 10 stays 10.
    w = weightsAfterSetting({25, 25, 25, 25}, 2, 10, {});
    w = weightsAfterSetting(w, 0, 50, {2});
    CHECK(w == Weights {50, 20, 10, 20});
}

TEST_CASE("With three weights set, the one set longest ago gives way", "[weights]")
{
    // Set in the order 0 (40), 1 (30), 2 (20): the last one takes the rest.
    Weights w = weightsAfterSetting({25, 25, 25, 25}, 0, 40, {});
    w = weightsAfterSetting(w, 1, 30, {0});
    CHECK(w == Weights {40, 30, 15, 15});
    w = weightsAfterSetting(w, 2, 20, {1, 0});
    CHECK(w == Weights {40, 30, 20, 10});
    // Now the fourth: 0 was set longest ago and gives way.
    w = weightsAfterSetting(w, 3, 25, {2, 1, 0});
    CHECK(w == Weights {25, 30, 20, 25});
}

TEST_CASE("An earlier choice that no longer fits gives way, the others that fit stay", "[weights]")
{
    // 10 set on 0, then 50 on 1; now 60 on 2 leaves 40: the 50 cannot stay,
    // the 10 can; 1 and 3 share the 30 left in proportion (50:20).
    const Weights w = weightsAfterSetting({10, 50, 20, 20}, 2, 60, {1, 0});
    CHECK(w == Weights {10, 21, 60, 9});
    CHECK(weightsAfterSetting({10, 50, 20, 20}, 2, 100, {1, 0}) == Weights {0, 0, 100, 0});
}

TEST_CASE("The order of setting ignores repeats, the objective itself and bad indices", "[weights]")
{
    CHECK(weightsAfterSetting({50, 10, 20, 20}, 1, 10, {1, 0, 0, 7, -1}) == Weights {50, 10, 20, 20});
    CHECK(weightsAfterSetting({10, 20, 30, 40}, 4, 50, {0}) == Weights {10, 20, 30, 40});
    CHECK(weightsAfterSetting({25, 25, 25, 25}, 0, 40, {}) == rebalanceWeights({25, 25, 25, 25}, 0, 40));
    CHECK(orderAfterSetting({}, 2) == QList<int> {2});
    CHECK(orderAfterSetting({2, 0}, 0) == QList<int> {0, 2});
    CHECK(orderAfterSetting({3, 3, 9, 1}, 1) == QList<int> {1, 3});
    CHECK(orderAfterSetting({1}, 5) == QList<int> {1});
}

TEST_CASE("Weights after setting: always 100, the one set kept, the latest earlier choice kept when it fits",
          "[weights]")
{
    QRandomGenerator rng(20261130);
    for (int run = 0; run < 3000; ++run) {
        Weights current;
        for (int &w : current)
            w = int(rng.bounded(101)) - 5;
        QList<int> order;
        for (int n = int(rng.bounded(5)); n > 0; --n)
            order.append(int(rng.bounded(4)));
        const int index = int(rng.bounded(4));
        const int value = int(rng.bounded(101));
        const Weights out = weightsAfterSetting(current, index, value, order);
        INFO("run " << run);
        REQUIRE(sum(out) == weightTotal);
        CHECK(out[index] == value);
        for (int w : out)
            CHECK((w >= 0 && w <= weightTotal));
        QList<int> earlier;
        for (int i : order)
            if (i != index && !earlier.contains(i))
                earlier.append(i);
        if (!earlier.isEmpty() && std::max(0, current[earlier.first()]) <= weightTotal - value)
            CHECK(out[earlier.first()] == std::max(0, current[earlier.first()]));
    }
}

TEST_CASE("Setting a weight is one undo step writing the four weights", "[weights][document]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    auto doc = Document::createNew(QStringLiteral("P"), {QStringLiteral("T"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    const QUuid org = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add"))
                           .set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("A"))));

    // Not weighted yet: the first weight starts from 25 each.
    REQUIRE(doc->apply(weighting::setWeight(*doc, org, 0, 50, {}, QStringLiteral("Weigh"))));
    CHECK(storedWeights(doc->project(), org) == Weights {50, 17, 17, 16});
    REQUIRE(doc->apply(weighting::setWeight(*doc, org, 1, 10, {0}, QStringLiteral("Weigh"))));
    CHECK(storedWeights(doc->project(), org) == Weights {50, 10, 21, 19});
    // Nothing to change: an empty set.
    CHECK(weighting::setWeight(*doc, org, 1, 10, {0}, QStringLiteral("Weigh")).changes.isEmpty());
    CHECK(weighting::setWeight(*doc, org, 9, 10, {}, QStringLiteral("Weigh")).changes.isEmpty());

    REQUIRE(doc->undo());
    CHECK(storedWeights(doc->project(), org) == Weights {50, 17, 17, 16});
    REQUIRE(doc->undo());
    CHECK_FALSE(isWeighted(storedWeights(doc->project(), org)));
    // After an undone first weighting the rows are tombstones: weighting again revives them.
    REQUIRE(doc->apply(weighting::setWeight(*doc, org, 3, 70, {}, QStringLiteral("Weigh"))));
    CHECK(storedWeights(doc->project(), org) == Weights {10, 10, 10, 70});
}
