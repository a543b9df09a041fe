// Contribution totals (step 5): per partner, per kind, shares of the grand
// total, with the expected numbers worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "evaluation/contributions.h"
#include "method/method.h"
#include "model/project.h"

#include <limits>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

QUuid addOrganisation(Project &p, const char *name)
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromLatin1(name);
    p.organisations.append(o);
    return o.id;
}

void contribute(Project &p, const QUuid &organisation, const char *kind, double euros, double quantity = 1)
{
    Contribution c;
    c.id = QUuid::createUuid();
    c.organisationId = organisation;
    c.kind = QString::fromLatin1(kind);
    c.valueEuros = euros;
    c.quantity = quantity;
    p.contributions.append(c);
}

int kindIndex(const char *kind)
{
    const QStringList ids = method::idsOf(method::contributionKinds());
    return int(ids.indexOf(QString::fromLatin1(kind)));
}

} // namespace

TEST_CASE("Three contributions: totals per partner, per kind and shares", "[evaluation][contributions]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    const QUuid b = addOrganisation(p, "B");
    const QUuid c = addOrganisation(p, "C");
    contribute(p, a, "money", 1000);
    contribute(p, a, "skills", 500);
    contribute(p, b, "money", 500);

    const ContributionSummary s = summariseContributions(p);
    REQUIRE(s.partners.size() == 3); // C has nothing but is listed
    CHECK(s.count == 3);
    CHECK(s.grandTotal == 2000.0);

    CHECK(s.partners.at(0).organisationId == a);
    CHECK(s.partners.at(0).totalEuros == 1500.0);
    CHECK(s.partners.at(0).count == 2);
    REQUIRE(s.partners.at(0).sharePercent.has_value());
    CHECK(*s.partners.at(0).sharePercent == Approx(75.0)); // 1500 / 2000
    CHECK(s.partners.at(0).byKind.at(kindIndex("money")) == 1000.0);
    CHECK(s.partners.at(0).byKind.at(kindIndex("skills")) == 500.0);

    CHECK(s.partners.at(1).organisationId == b);
    CHECK(s.partners.at(1).totalEuros == 500.0);
    CHECK(*s.partners.at(1).sharePercent == Approx(25.0));

    CHECK(s.partners.at(2).organisationId == c);
    CHECK(s.partners.at(2).totalEuros == 0.0);
    CHECK(s.partners.at(2).count == 0);
    CHECK(*s.partners.at(2).sharePercent == Approx(0.0));

    REQUIRE(s.byKind.size() == method::contributionKinds().size());
    CHECK(s.byKind.at(kindIndex("money")) == 1500.0);
    CHECK(s.byKind.at(kindIndex("skills")) == 500.0);
    CHECK(s.byKind.at(kindIndex("material")) == 0.0);
    CHECK(*s.kindSharePercent.at(kindIndex("money")) == Approx(75.0));
    CHECK(*s.kindSharePercent.at(kindIndex("skills")) == Approx(25.0));
}

TEST_CASE("Shares of thirds add up to 100", "[evaluation][contributions]")
{
    Project p;
    for (const char *name : {"A", "B", "C"})
        contribute(p, addOrganisation(p, name), "material", 100);
    const ContributionSummary s = summariseContributions(p);
    double sum = 0;
    for (const auto &line : s.partners) {
        CHECK(*line.sharePercent == Approx(100.0 / 3.0));
        sum += *line.sharePercent;
    }
    CHECK(sum == Approx(100.0));
}

TEST_CASE("No contribution: zeros and no share", "[evaluation][contributions]")
{
    Project p;
    addOrganisation(p, "A");
    const ContributionSummary s = summariseContributions(p);
    REQUIRE(s.partners.size() == 1);
    CHECK(s.grandTotal == 0.0);
    CHECK(s.count == 0);
    CHECK_FALSE(s.partners.at(0).sharePercent.has_value());
    for (const auto &share : s.kindSharePercent)
        CHECK_FALSE(share.has_value());

    const ContributionSummary empty = summariseContributions(Project {});
    CHECK(empty.partners.isEmpty());
    CHECK(empty.byKind.size() == method::contributionKinds().size());
}

TEST_CASE("Contributions of no or an unknown organisation are counted apart, not as a partner",
          "[evaluation][contributions]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    contribute(p, a, "money", 300);
    contribute(p, QUuid(), "money", 100);              // a new row, partner not chosen yet
    contribute(p, QUuid::createUuid(), "skills", 100); // a deleted organisation
    const ContributionSummary s = summariseContributions(p);
    REQUIRE(s.partners.size() == 1); // no pseudo-partner line
    CHECK(s.partners.at(0).organisationId == a);
    REQUIRE(s.unassigned.has_value());
    CHECK(s.unassigned->organisationId.isNull());
    CHECK(s.unassigned->totalEuros == 200.0);
    CHECK(s.unassigned->count == 2);
    CHECK_FALSE(s.unassigned->sharePercent.has_value());
    // The partners' totals and shares leave the unassigned rows out.
    CHECK(s.grandTotal == 300.0);
    CHECK(s.count == 1);
    CHECK(s.byKind.at(kindIndex("money")) == 300.0);
    CHECK(s.byKind.at(kindIndex("skills")) == 0.0);
    CHECK(*s.partners.at(0).sharePercent == Approx(100.0));
}

TEST_CASE("Only an unassigned contribution: no partner total to share", "[evaluation][contributions]")
{
    Project p;
    addOrganisation(p, "A");
    contribute(p, QUuid(), "money", 0); // "Add contribution" just pressed
    const ContributionSummary s = summariseContributions(p);
    REQUIRE(s.unassigned.has_value());
    CHECK(s.unassigned->count == 1);
    CHECK(s.count == 0);
    CHECK(s.grandTotal == 0.0);
    CHECK_FALSE(s.partners.at(0).sharePercent.has_value());

    Project none;
    addOrganisation(none, "A");
    CHECK_FALSE(summariseContributions(none).unassigned.has_value());
}

TEST_CASE("Quantities are added per kind in the kind's own unit, never across kinds", "[evaluation][contributions]")
{
    CHECK(contributionUnit(QStringLiteral("money")) == ContributionUnit::Currency);
    CHECK(contributionUnit(QStringLiteral("people_days")) == ContributionUnit::Days);
    CHECK(contributionUnit(QStringLiteral("skills")) == ContributionUnit::Days);
    CHECK(contributionUnit(QStringLiteral("material")) == ContributionUnit::Items);
    CHECK(contributionUnit(QStringLiteral("gold")) == ContributionUnit::Items);

    Project p;
    const QUuid a = addOrganisation(p, "A");
    const QUuid b = addOrganisation(p, "B");
    contribute(p, a, "people_days", 4000, 20); // 20 person-days valued 4,000 euros
    contribute(p, a, "people_days", 1000, 5);
    contribute(p, a, "money", 3000, 3000);
    contribute(p, b, "material", 12000, 40);                                   // 40 laptops
    contribute(p, b, "skills", 900, std::numeric_limits<double>::quiet_NaN()); // ignored
    const ContributionSummary s = summariseContributions(p);
    CHECK(s.partners.at(0).quantityByKind.at(kindIndex("people_days")) == 25.0);
    CHECK(s.partners.at(0).quantityByKind.at(kindIndex("money")) == 3000.0);
    CHECK(s.partners.at(0).byKind.at(kindIndex("people_days")) == 5000.0);
    CHECK(s.partners.at(1).quantityByKind.at(kindIndex("material")) == 40.0);
    CHECK(s.partners.at(1).quantityByKind.at(kindIndex("skills")) == 0.0);
    CHECK(s.quantityByKind.at(kindIndex("people_days")) == 25.0);
    CHECK(s.quantityByKind.at(kindIndex("material")) == 40.0);
    CHECK(s.count == 4);
    CHECK(s.grandTotal == 20000.0);
}

TEST_CASE("Non-finite values are ignored, unknown kinds count only in totals", "[evaluation][contributions]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    contribute(p, a, "money", std::numeric_limits<double>::quiet_NaN());
    contribute(p, a, "money", std::numeric_limits<double>::infinity());
    contribute(p, a, "gold", 50);
    contribute(p, a, "money", 150);
    const ContributionSummary s = summariseContributions(p);
    CHECK(s.count == 2);
    CHECK(s.grandTotal == 200.0);
    CHECK(s.partners.at(0).totalEuros == 200.0);
    CHECK(s.byKind.at(kindIndex("money")) == 150.0);
    double kinds = 0;
    for (double k : s.byKind)
        kinds += k;
    CHECK(kinds == 150.0);
}
