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

void contribute(Project &p, const QUuid &organisation, const char *kind, double euros)
{
    Contribution c;
    c.id = QUuid::createUuid();
    c.organisationId = organisation;
    c.kind = QString::fromLatin1(kind);
    c.valueEuros = euros;
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

    const ContributionSummary empty = summariseContributions(Project{});
    CHECK(empty.partners.isEmpty());
    CHECK(empty.byKind.size() == method::contributionKinds().size());
}

TEST_CASE("Contributions of no or an unknown organisation go to one extra line", "[evaluation][contributions]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A");
    contribute(p, a, "money", 300);
    contribute(p, QUuid(), "money", 100);
    contribute(p, QUuid::createUuid(), "skills", 100); // a deleted organisation
    const ContributionSummary s = summariseContributions(p);
    REQUIRE(s.partners.size() == 2);
    CHECK(s.partners.at(1).organisationId.isNull());
    CHECK(s.partners.at(1).totalEuros == 200.0);
    CHECK(s.partners.at(1).count == 2);
    CHECK(*s.partners.at(1).sharePercent == Approx(40.0)); // 200 / 500
    CHECK(*s.partners.at(0).sharePercent == Approx(60.0));
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
