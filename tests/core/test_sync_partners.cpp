// The real use: a manager shares the partnership with three partners, each
// fills in their carré magique and review scores in their own copy, and the
// manager merges the three copies back.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "document/installation.h"
#include "method/method.h"
#include "model/ids.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <memory>

using namespace alliance;
using namespace alliance::test;

namespace {

const QString weightTable = QStringLiteral("objective_weight");
const QString scoreTable = QStringLiteral("review_score");

/// A wall clock shared by everyone, a second further at each reading: edits
/// made later in the story have later clocks.
DocumentOptions storyOptions(const QString &work)
{
    DocumentOptions o = optionsIn(work);
    auto now = std::make_shared<qint64>(1'767'225'600'000); // 2026-01-01
    o.clock = [now] { return *now += 1000; };
    return o;
}

ChangeSet carreMagique(const QUuid &organisation, const QList<int> &weights)
{
    ChangeSet c(QStringLiteral("Carré magique"));
    const auto &objectives = method::objectives();
    for (int i = 0; i < objectives.size(); ++i) {
        const QUuid id = ids::objectiveWeight(organisation, objectives.at(i).id);
        c.set(weightTable, id, QStringLiteral("organisation_id"), schema::idText(organisation))
            .set(weightTable, id, QStringLiteral("objective_id"), objectives.at(i).id)
            .set(weightTable, id, QStringLiteral("weight"), weights.value(i));
    }
    return c;
}

ChangeSet scores(const QUuid &review, const QUuid &organisation, const QList<int> &values)
{
    ChangeSet c(QStringLiteral("Scores"));
    for (int i = 0; i < values.size(); ++i) {
        const QString criterion = method::criteria().at(i).id;
        const QUuid id = ids::reviewScore(review, organisation, criterion);
        c.set(scoreTable, id, QStringLiteral("review_id"), schema::idText(review))
            .set(scoreTable, id, QStringLiteral("organisation_id"), schema::idText(organisation))
            .set(scoreTable, id, QStringLiteral("criterion_id"), criterion)
            .set(scoreTable, id, QStringLiteral("score"), values.at(i));
    }
    return c;
}

qint64 stored(const Document &doc, const QString &table, const QUuid &id, const QString &field)
{
    const auto item = projectItem(doc.project(), table, id);
    return item ? item->value(field).toLongLong() : -1;
}

} // namespace

TEST_CASE("A manager shares with three partners and merges their three copies back", "[sync][partners]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const DocumentOptions options = storyOptions(work);
    QString error;
    auto manager = Document::createNew(QStringLiteral("Alliance pour l’emploi"),
                                       Author {QStringLiteral("Claire"), {}, QUuid::createUuid()}, options, {}, &error);
    REQUIRE(manager);
    const QUuid lead = QUuid::createUuid();
    const QUuid review = QUuid::createUuid();
    const QList<QPair<QString, QString>> partnerNames {{QStringLiteral("Entreprise A"), QStringLiteral("Alice")},
                                                       {QStringLiteral("Fondation B"), QStringLiteral("Bruno")},
                                                       {QStringLiteral("Commune C"), QStringLiteral("Chloé")}};
    QList<QUuid> partners;
    ChangeSet setup(QStringLiteral("Setup"));
    setup.set(QStringLiteral("organisation"), lead, QStringLiteral("name"), QStringLiteral("Association pilote"))
        .set(QStringLiteral("organisation"), lead, QStringLiteral("role"), QStringLiteral("lead"))
        .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("Revue annuelle"))
        .set(QStringLiteral("review"), review, QStringLiteral("date"), QStringLiteral("2026-06-30"));
    for (const auto &[name, person] : partnerNames) {
        partners << QUuid::createUuid();
        setup.set(QStringLiteral("organisation"), partners.last(), QStringLiteral("name"), name);
    }
    REQUIRE(manager->apply(setup, &error));
    for (const QUuid &p : std::as_const(partners)) // a first carré magique, to be refined by each partner
        REQUIRE(manager->apply(carreMagique(p, {25, 25, 25, 25}), &error));
    const QUuid privateNote = QUuid::createUuid();
    REQUIRE(manager->apply(
        ChangeSet(QStringLiteral("Note"))
            .set(QStringLiteral("note"), privateNote, QStringLiteral("text"), QStringLiteral("Budget serré"))
            .set(QStringLiteral("note"), privateNote, QStringLiteral("private"), true),
        &error));
    const QString managerFile = dir->filePath(QStringLiteral("alliance.alliance"));
    REQUIRE(manager->saveAs(managerFile, &error));

    QStringList copies;
    for (int i = 0; i < 3; ++i) {
        copies << dir->filePath(QStringLiteral("copie-%1.alliance").arg(i + 1));
        REQUIRE(sync::sharePartnerCopy(*manager, partners.at(i), copies.last(), &error));
    }
    REQUIRE(sync::shareRecords(*manager).size() == 3);
    REQUIRE(manager->save(&error));

    // Each partner, in their own copy: their carré magique and their scores.
    const QList<QList<int>> weights {{40, 30, 20, 10}, {30, 30, 20, 20}, {10, 20, 30, 40}};
    const QList<QList<int>> reviewScores {{3, 4, 2}, {4, 4, 3}, {2, 3, 4}};
    // Conflict 1: the manager sets Entreprise A's first weight too, after Alice did.
    // Conflict 2: Bruno and Chloé both retitle the review, neither seeing the other's.
    for (int i = 0; i < 3; ++i) {
        CheckResult opened;
        auto copy = Document::open(copies.at(i), Author {partnerNames.at(i).second, {}, QUuid::createUuid()}, options,
                                   &opened);
        REQUIRE(copy);
        // Opened by that partner: their organisation is the author's.
        CHECK(sync::copyMadeFor(*copy) == partners.at(i));
        Author author = installation::author(&copy->project());
        REQUIRE(author.organisationId == partners.at(i));
        author.name = partnerNames.at(i).second;
        copy->setAuthor(author);
        CHECK(copy->project().notes.isEmpty()); // the private note stayed home
        REQUIRE(copy->apply(carreMagique(partners.at(i), weights.at(i)), &error));
        REQUIRE(copy->apply(scores(review, partners.at(i), reviewScores.at(i)), &error));
        if (i > 0)
            REQUIRE(copy->apply(ChangeSet(QStringLiteral("Title"))
                                    .set(QStringLiteral("review"), review, QStringLiteral("title"),
                                         QStringLiteral("Revue vue par %1").arg(partnerNames.at(i).second)),
                                &error));
        REQUIRE(copy->save(&error));
    }
    const QUuid disputed = ids::objectiveWeight(partners.at(0), method::objectives().first().id);
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Weight")).set(weightTable, disputed, QStringLiteral("weight"), 55),
                           &error));

    // The manager merges the three copies back, accepting what the clocks say.
    QList<sync::Conflict> shown;
    for (int i = 0; i < 3; ++i) {
        CheckResult refusal;
        const auto plan = sync::planMerge(*manager, copies.at(i), &refusal);
        INFO(str(refusal.message));
        REQUIRE(plan);
        CHECK_FALSE(plan->isEmpty());
        // The summary says who sent what, and for which step.
        bool objectives = false, evaluate = false;
        for (const auto &s : plan->summary) {
            if (s.author != partnerNames.at(i).second)
                continue;
            CHECK(s.organisation == partnerNames.at(i).first);
            objectives |= s.stepId == QLatin1String("objectives");
            evaluate |= s.stepId == QLatin1String("evaluate");
        }
        CHECK(objectives);
        CHECK(evaluate);
        // Each sender's lines follow the method's steps: objectives (2) before evaluate (7).
        QStringList steps;
        for (const auto &s : plan->summary)
            if (s.author == partnerNames.at(i).second)
                steps << s.stepId;
        CHECK(steps.indexOf(QStringLiteral("objectives")) < steps.indexOf(QStringLiteral("evaluate")));
        shown << plan->conflicts;
        REQUIRE(manager->applyMerge(*plan, {}, &error));
    }

    // Two conflicts were shown, with both values, authors and dates.
    REQUIRE(shown.size() == 2);
    const sync::Conflict &weightConflict = shown.at(0);
    CHECK(weightConflict.table == weightTable);
    CHECK(weightConflict.entityId == disputed);
    CHECK(weightConflict.mine.value.toLongLong() == 55);
    CHECK(weightConflict.mine.authorName == QStringLiteral("Claire"));
    CHECK(weightConflict.theirs.value.toLongLong() == 40);
    CHECK(weightConflict.theirs.authorName == QStringLiteral("Alice"));
    CHECK(weightConflict.theirs.authorOrganisation == QStringLiteral("Entreprise A"));
    CHECK(weightConflict.itemLabel.contains(QStringLiteral("Entreprise A")));
    CHECK(weightConflict.stepId == QStringLiteral("objectives"));
    CHECK_FALSE(weightConflict.theirsWins); // the manager's edit came later
    const sync::Conflict &titleConflict = shown.at(1);
    CHECK(titleConflict.table == QStringLiteral("review"));
    CHECK(titleConflict.field == QStringLiteral("title"));
    CHECK(titleConflict.mine.authorName == QStringLiteral("Bruno"));
    CHECK(titleConflict.theirs.authorName == QStringLiteral("Chloé"));
    CHECK(titleConflict.theirs.authorOrganisation == QStringLiteral("Commune C"));
    CHECK(titleConflict.mine.when.isValid());
    CHECK(titleConflict.mine.when < titleConflict.theirs.when);
    CHECK(titleConflict.theirsWins);
    CHECK(titleConflict.stepId == QStringLiteral("evaluate"));

    // Everyone's edits are in.
    const auto &objectives = method::objectives();
    for (int i = 0; i < 3; ++i) {
        INFO(str(partnerNames.at(i).first));
        for (int o = 0; o < objectives.size(); ++o) {
            const QUuid id = ids::objectiveWeight(partners.at(i), objectives.at(o).id);
            const qint64 expected = i == 0 && o == 0 ? 55 : weights.at(i).at(o);
            CHECK(stored(*manager, weightTable, id, QStringLiteral("weight")) == expected);
        }
        for (int c = 0; c < 3; ++c)
            CHECK(stored(*manager, scoreTable, ids::reviewScore(review, partners.at(i), method::criteria().at(c).id),
                         QStringLiteral("score"))
                  == reviewScores.at(i).at(c));
    }
    CHECK(projectItem(manager->project(), QStringLiteral("review"), review)->value(QStringLiteral("title"))
          == QStringLiteral("Revue vue par Chloé"));
    CHECK(manager->project().notes.size() == 1);
    CHECK(sync::copyMadeFor(*manager).isNull());
    CHECK(sync::shareRecords(*manager).size() == 3);
    const QString merged = dir->filePath(QStringLiteral("fusion.alliance"));
    REQUIRE(manager->saveAs(merged, &error));
    const CheckResult valid = validateProjectFile(merged);
    INFO(str(valid.message));
    CHECK(valid.ok());
}
