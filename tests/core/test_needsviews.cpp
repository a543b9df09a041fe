// The territory's needs seen by each organisation: the columns, each one's
// view, where the priorities differ, the shared view of an earlier format,
// and which row an edit goes to (an upgraded one, or a derived id).
#include <catch2/catch.hpp>

#include "document/document.h"
#include "evaluation/needsviews.h"
#include "method/method.h"
#include "model/ids.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "testsupport.h"

using namespace alliance;
using namespace alliance::evaluation;
using alliance::test::str;

namespace {

QUuid addOrganisation(Project &p, const char *name, const char *profile, const char *role)
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QString::fromUtf8(name);
    o.profile = QString::fromLatin1(profile);
    o.role = QString::fromLatin1(role);
    p.organisations.append(o);
    return o.id;
}

void answer(Project &p, const QUuid &organisation, const char *need, const char *priority, const char *text = "")
{
    NeedAnswer a;
    a.id = QUuid::createUuid();
    a.organisationId = organisation;
    a.needId = QString::fromLatin1(need);
    a.priority = QString::fromLatin1(priority);
    a.answer = QString::fromUtf8(text);
    p.needAnswers.append(a);
}

const NeedViews &needOf(const NeedsViews &v, const char *need)
{
    for (const NeedViews &n : v.needs)
        if (n.needId == QLatin1String(need))
            return n;
    FAIL("no need " << need);
    return v.needs.first();
}

const NeedView &viewOf(const NeedsViews &all, const char *need, const QUuid &organisation)
{
    const NeedViews &n = needOf(all, need);
    const qsizetype column = all.organisations.indexOf(organisation);
    REQUIRE(column >= 0);
    return n.views.at(column);
}

} // namespace

TEST_CASE("Needs views: one column per organisation, the lead first, every need present", "[needs]")
{
    Project p;
    const QUuid catalyst = addOrganisation(p, "Fabrique", "other", "catalyst");
    const QUuid company = addOrganisation(p, "Entreprise", "company", "partner");
    const QUuid lead = addOrganisation(p, "Association", "association", "lead");
    const QUuid funder = addOrganisation(p, "Fondation", "foundation", "funder");
    const NeedsViews v = needsViews(p);
    // Role order of the method: lead, partner, catalyst, funder.
    CHECK(v.organisations == QList<QUuid> {lead, company, catalyst, funder});
    REQUIRE(v.needs.size() == method::territoryNeeds().size());
    for (int i = 0; i < v.needs.size(); ++i) {
        CHECK(v.needs.at(i).needId == method::territoryNeeds().at(i).id);
        CHECK(v.needs.at(i).views.size() == 4);
        CHECK_FALSE(v.needs.at(i).difference);
        CHECK_FALSE(v.needs.at(i).shared);
    }
    CHECK(v.differences().isEmpty());
    CHECK_FALSE(v.hasSharedView);
}

TEST_CASE("Needs views: each organisation keeps its own priority and words", "[needs]")
{
    Project p;
    const QUuid association = addOrganisation(p, "Association A", "association", "lead");
    const QUuid company = addOrganisation(p, "Company B", "company", "partner");
    answer(p, association, "alliance", "high", "Nous ne pouvons rien seuls.");
    answer(p, company, "alliance", "low", "Pas notre sujet cette année.");
    answer(p, company, "digital", "", "Notre métier.");
    const NeedsViews v = needsViews(p);
    CHECK(viewOf(v, "alliance", association).priority == QStringLiteral("high"));
    CHECK(viewOf(v, "alliance", association).answer == QString::fromUtf8("Nous ne pouvons rien seuls."));
    CHECK(viewOf(v, "alliance", company).priority == QStringLiteral("low"));
    CHECK(viewOf(v, "digital", company).priority.isEmpty());
    CHECK(viewOf(v, "digital", company).answer == QString::fromUtf8("Notre métier."));
    // Who has not answered has no row, and an empty view.
    CHECK(viewOf(v, "digital", association).answerId.isNull());
    CHECK(viewOf(v, "digital", association).answer.isEmpty());
    CHECK(needOf(v, "alliance").prioritised == 2);
    CHECK(needOf(v, "digital").prioritised == 0);
}

TEST_CASE("Needs views: the differences say which priority each organisation gave", "[needs]")
{
    Project p;
    const QUuid a = addOrganisation(p, "Association A", "association", "lead");
    const QUuid b = addOrganisation(p, "Company B", "company", "partner");
    const QUuid c = addOrganisation(p, "Town C", "local_authority", "partner");
    answer(p, a, "alliance", "high");
    answer(p, b, "alliance", "low");
    answer(p, c, "alliance", "high");
    answer(p, a, "strategy", "medium");
    answer(p, b, "strategy", "high");
    answer(p, a, "digital", "medium");
    answer(p, b, "digital", "medium");
    answer(p, c, "digital", ""); // no priority: nothing to compare
    const NeedsViews v = needsViews(p);

    const auto &ally = needOf(v, "alliance").difference;
    REQUIRE(ally);
    CHECK(ally->opposite);
    REQUIRE(ally->byPriority.size() == 2);
    CHECK(ally->byPriority.at(0).first == QStringLiteral("high"));
    CHECK(ally->byPriority.at(0).second == QList<QUuid> {a, c});
    CHECK(ally->byPriority.at(1).first == QStringLiteral("low"));
    CHECK(ally->byPriority.at(1).second == QList<QUuid> {b});
    INFO(str(ally->sentence));
    CHECK(ally->priorities == QStringLiteral("high for Association A and Town C, low for Company B"));
    CHECK(ally->sentence
          == QString::fromUtf8(
              "Priorities differ on “Learn to ally”: high for Association A and Town C, low for Company B."));

    const auto &strategy = needOf(v, "strategy").difference;
    REQUIRE(strategy);
    CHECK_FALSE(strategy->opposite); // one step apart
    CHECK(strategy->sentence.contains(QStringLiteral("high for Company B, medium for Association A")));

    CHECK_FALSE(needOf(v, "digital").difference); // the same priority for both who set one
    CHECK(needOf(v, "digital").prioritised == 2);

    // The most marked difference comes first, then need order.
    const QList<PriorityDifference> all = v.differences();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).needId == QStringLiteral("alliance"));
    CHECK(all.at(1).needId == QStringLiteral("strategy"));
}

TEST_CASE("Needs views: answers of unknown organisations, needs or priorities are not compared", "[needs]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A", "association", "lead");
    const QUuid b = addOrganisation(p, "B", "company", "partner");
    answer(p, a, "alliance", "high");
    answer(p, b, "alliance", "urgent");                // not a priority this build knows
    answer(p, QUuid::createUuid(), "alliance", "low"); // an organisation the project does not hold
    answer(p, a, "no_such_need", "low");
    const NeedsViews v = needsViews(p);
    CHECK(viewOf(v, "alliance", b).priority.isEmpty());
    CHECK_FALSE(viewOf(v, "alliance", b).answerId.isNull()); // still its row
    CHECK_FALSE(needOf(v, "alliance").difference);
    CHECK(v.differences().isEmpty());
    CHECK(v.organisations.size() == 2);
}

TEST_CASE("Needs views: the shared view of an earlier format is kept apart and never compared", "[needs]")
{
    Project p;
    const QUuid a = addOrganisation(p, "A", "association", "partner");
    const QUuid b = addOrganisation(p, "B", "company", "partner");
    answer(p, QUuid(), "ecosystem", "low", "Réponse d’avant le format 5.");
    answer(p, QUuid(), "strategy", "", ""); // an empty shared row carries nothing to show
    answer(p, a, "ecosystem", "high");
    answer(p, b, "ecosystem", "high");
    const NeedsViews v = needsViews(p);
    CHECK(v.hasSharedView);
    const NeedViews &ecosystem = needOf(v, "ecosystem");
    REQUIRE(ecosystem.shared);
    CHECK(ecosystem.shared->organisationId.isNull());
    CHECK(ecosystem.shared->priority == QStringLiteral("low"));
    CHECK(ecosystem.shared->answer == QString::fromUtf8("Réponse d’avant le format 5."));
    CHECK_FALSE(ecosystem.difference); // low (shared) against high (both organisations): not a difference
    CHECK_FALSE(needOf(v, "strategy").shared);
}

TEST_CASE("Needs views: an edit goes to the existing row, else to the id derived from organisation and need", "[needs]")
{
    Project p;
    const QUuid partnership = QUuid::createUuid();
    const QUuid lead = addOrganisation(p, "Lead", "association", "lead");
    const QUuid other = addOrganisation(p, "Other", "company", "partner");
    // A row upgraded from format 4 keeps the partnership's id.
    NeedAnswer upgraded;
    upgraded.id = ids::needAnswer(partnership, QStringLiteral("alliance"));
    upgraded.organisationId = lead;
    upgraded.needId = QStringLiteral("alliance");
    upgraded.priority = QStringLiteral("high");
    p.needAnswers.append(upgraded);

    CHECK(needAnswerIdFor(p, lead, QStringLiteral("alliance")) == upgraded.id);
    CHECK(needAnswerIdFor(p, other, QStringLiteral("alliance"))
          == ids::organisationNeedAnswer(other, QStringLiteral("alliance")));
    CHECK(needAnswerIdFor(p, lead, QStringLiteral("digital"))
          == ids::organisationNeedAnswer(lead, QStringLiteral("digital")));
    // Two organisations never share an id for the same need.
    CHECK(ids::organisationNeedAnswer(lead, QStringLiteral("digital"))
          != ids::organisationNeedAnswer(other, QStringLiteral("digital")));

    // Two rows for one pair (copies that created it apart): the last one is read and edited.
    NeedAnswer second = upgraded;
    second.id = ids::organisationNeedAnswer(lead, QStringLiteral("alliance"));
    second.priority = QStringLiteral("low");
    p.needAnswers.append(second);
    CHECK(needAnswerOf(p, lead, QStringLiteral("alliance"))->id == second.id);
    CHECK(needAnswerIdFor(p, lead, QStringLiteral("alliance")) == second.id);
    CHECK(viewOf(needsViews(p), "alliance", lead).priority == QStringLiteral("low"));
}

TEST_CASE("Needs views of an upgraded file: the old answers are the lead's view, or shared when there was no lead",
          "[needs][migration]")
{
    auto dir = test::makeTempDir();
    const QString need = method::territoryNeeds().first().id;
    auto makeV4 = [&](const QString &name, bool withLead) {
        const QString path = dir->filePath(name);
        SqliteDb db;
        REQUIRE(db.open(path, SqliteDb::Mode::Create));
        QStringList sql {QStringLiteral("BEGIN")};
        sql << schema::ddl(4) << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
            << QStringLiteral("PRAGMA user_version = 4")
            << QStringLiteral("INSERT INTO partnership (id, title) VALUES ('%1', 'P')")
                   .arg(schema::idText(QUuid::createUuid()))
            << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', 'Asso', 'association', "
                              "'%2')")
                   .arg(schema::idText(QUuid::createUuid()),
                        withLead ? QStringLiteral("lead") : QStringLiteral("partner"))
            << QStringLiteral(
                   "INSERT INTO need_answer (id, need_id, answer, priority) VALUES ('%1', '%2', 'Old', 'high')")
                   .arg(schema::idText(QUuid::createUuid()), need)
            << QStringLiteral("COMMIT");
        for (const QString &s : sql) {
            INFO(str(s) << ": " << str(db.errorMessage()));
            REQUIRE(db.exec(s));
        }
        return path;
    };

    SECTION("with a lead")
    {
        CheckResult opened;
        auto doc = Document::open(makeV4(QStringLiteral("lead.alliance"), true), test::testAuthor(),
                                  test::optionsIn(dir->filePath(QStringLiteral("w1"))), &opened);
        REQUIRE(doc);
        const NeedsViews v = needsViews(doc->project());
        REQUIRE(v.organisations.size() == 1);
        CHECK(v.needs.first().views.first().answer == QStringLiteral("Old"));
        CHECK(v.needs.first().views.first().priority == QStringLiteral("high"));
        CHECK_FALSE(v.hasSharedView);
    }
    SECTION("without a lead: never dropped")
    {
        CheckResult opened;
        auto doc = Document::open(makeV4(QStringLiteral("nolead.alliance"), false), test::testAuthor(),
                                  test::optionsIn(dir->filePath(QStringLiteral("w2"))), &opened);
        REQUIRE(doc);
        const NeedsViews v = needsViews(doc->project());
        CHECK(v.hasSharedView);
        REQUIRE(v.needs.first().shared);
        CHECK(v.needs.first().shared->answer == QStringLiteral("Old"));
        CHECK(v.needs.first().views.first().answerId.isNull()); // the partner has not answered yet
    }
}
