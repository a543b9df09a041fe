// Removing an organisation removes what belongs to it, in one undo step.
#include "document/document.h"
#include "edits/removal.h"
#include "model/ids.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace alliance;

TEST_CASE("Removing an organisation removes what belongs to it and keeps its actions ownerless", "[document]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    auto doc = Document::createNew(QStringLiteral("P"), {QStringLiteral("T"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    const QUuid gone = QUuid::createUuid(), kept = QUuid::createUuid();
    const QUuid contact = QUuid::createUuid(), contribution = QUuid::createUuid(), action = QUuid::createUuid();
    const QString org = QStringLiteral("organisation");
    ChangeSet setup(QStringLiteral("Setup"));
    setup.set(org, gone, QStringLiteral("name"), QStringLiteral("Partant"))
        .set(org, kept, QStringLiteral("name"), QStringLiteral("Restant"))
        .set(QStringLiteral("contact"), contact, QStringLiteral("organisation_id"), gone)
        .set(QStringLiteral("objective_weight"), ids::objectiveWeight(gone, QStringLiteral("processes")),
             QStringLiteral("organisation_id"), gone)
        .set(QStringLiteral("objective_weight"), ids::objectiveWeight(kept, QStringLiteral("processes")),
             QStringLiteral("organisation_id"), kept)
        .set(QStringLiteral("contribution"), contribution, QStringLiteral("organisation_id"), gone)
        .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Atelier"))
        .set(QStringLiteral("action"), action, QStringLiteral("owner_id"), gone);
    REQUIRE(doc->apply(setup));

    REQUIRE(doc->apply(organisationRemoval(*doc, gone, QStringLiteral("Remove Partant"))));
    const Project &after = doc->project();
    REQUIRE(after.organisations.size() == 1);
    CHECK(after.organisations.first().name == QStringLiteral("Restant"));
    CHECK(after.contacts.isEmpty());
    CHECK(after.contributions.isEmpty());
    REQUIRE(after.objectiveWeights.size() == 1);
    CHECK(after.objectiveWeights.first().organisationId == kept);
    REQUIRE(after.actions.size() == 1);
    CHECK(after.actions.first().ownerId.isNull());

    REQUIRE(doc->undo());
    const Project &back = doc->project();
    CHECK(back.organisations.size() == 2);
    CHECK(back.contacts.size() == 1);
    CHECK(back.contributions.size() == 1);
    CHECK(back.objectiveWeights.size() == 2);
    REQUIRE(back.actions.size() == 1);
    CHECK(back.actions.first().ownerId == gone);
}
