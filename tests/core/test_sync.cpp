// Sharing a project with partners and merging their copies back: what a
// manager and partners see, file by file.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "document/installation.h"
#include "example/examplegenerator.h"
#include "journal/hlc.h"
#include "model/ids.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <QFileInfo>

using namespace alliance;
using namespace alliance::test;

namespace {

Author authorFrom(const QString &name, const QUuid &organisation = {})
{
    return Author {name, organisation, QUuid::createUuid()};
}

/// Every text of every table and of the journal of the file at `path`.
QString everything(const QString &path)
{
    QString all;
    for (const auto &lines : dumpContent(path))
        all += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return all;
}

const Organisation *named(const Project &p, const QString &name)
{
    for (const auto &o : p.organisations)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace

TEST_CASE("A partner's copy leaves out private items and their history, and says who it is for", "[sync][share]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto manager = Document::createNew(QString(), authorFrom(QStringLiteral("Manager")), optionsIn(work), {}, &error);
    REQUIRE(manager);
    REQUIRE(example::fillExample(*manager, &error));
    const Project &p = manager->project();
    // The example has a private contact and a private note; make an organisation private too.
    const Organisation *secret = nullptr;
    const Organisation *partner = nullptr;
    for (const auto &o : p.organisations)
        (o.role == QLatin1String("lead") ? secret : partner) = &o;
    REQUIRE(secret);
    REQUIRE(partner);
    // Copied: the project is reloaded after each change.
    const QUuid secretId = secret->id, partnerId = partner->id;
    const QString partnerName = partner->name, secretName = secret->name;
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Hide"))
                               .set(QStringLiteral("organisation"), secretId, QStringLiteral("private"), true),
                           &error));
    QStringList privateIds {schema::idText(secretId)};
    for (const auto &c : manager->project().contacts)
        if (c.isPrivate || c.organisationId == secretId)
            privateIds << schema::idText(c.id);
    for (const auto &n : manager->project().notes)
        if (n.isPrivate)
            privateIds << schema::idText(n.id);
    for (const auto &w : manager->project().objectiveWeights)
        if (w.organisationId == secretId)
            privateIds << schema::idText(w.id);
    REQUIRE(privateIds.size() >= 5);
    const QString mine = dir->filePath(QStringLiteral("manager.alliance"));
    REQUIRE(manager->saveAs(mine, &error));

    const QString copy = dir->filePath(QStringLiteral("copy.alliance"));
    const qint64 journalBefore = manager->journalSize();
    REQUIRE(sync::sharePartnerCopy(*manager, partnerId, copy, &error));
    INFO(str(error));
    // The share is a journalled, undoable change of the manager's project.
    CHECK(manager->journalSize() > journalBefore);
    CHECK(manager->canUndo());
    const auto records = sync::shareRecords(*manager);
    REQUIRE(records.size() == 1);
    CHECK(records.first().organisationId == partnerId);
    CHECK(records.first().sharedBy == QStringLiteral("Manager"));
    CHECK(qAbs(records.first().sharedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    CHECK(sync::copyMadeFor(*manager).isNull());

    const CheckResult check = validateProjectFile(copy);
    INFO(str(check.message));
    REQUIRE(check.ok());
    const QString content = everything(copy);
    for (const QString &id : privateIds) {
        INFO(str(id));
        CHECK_FALSE(content.contains(id));
    }
    // Nor in the file's bytes (free pages included).
    QFile raw(copy);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    for (const QString &id : privateIds)
        CHECK_FALSE(bytes.contains(id.toLatin1()));

    CheckResult opened;
    auto theirs = Document::open(copy, authorFrom(QStringLiteral("Partner")), optionsIn(work), &opened);
    REQUIRE(theirs);
    CHECK(sync::copyMadeFor(*theirs) == partnerId);
    CHECK(sync::shareRecords(*theirs).size() == 1);
    CHECK(installation::author(&theirs->project()).organisationId == partnerId);
    CHECK(named(theirs->project(), partnerName) != nullptr);
    // Public texts may name the private organisation; the organisation itself is not there.
    CHECK(named(theirs->project(), secretName) == nullptr);

    // Unknown and private organisations get no copy, and nothing is recorded.
    const qint64 journal = manager->journalSize();
    CHECK_FALSE(sync::sharePartnerCopy(*manager, secretId, dir->filePath(QStringLiteral("x.alliance")), &error));
    CHECK_FALSE(
        sync::sharePartnerCopy(*manager, QUuid::createUuid(), dir->filePath(QStringLiteral("y.alliance")), &error));
    CHECK(manager->journalSize() == journal);
    CHECK_FALSE(QFileInfo::exists(dir->filePath(QStringLiteral("x.alliance"))));
}

TEST_CASE("Merging a partner's copy brings their edits, lists conflicts and is one undo step", "[sync][merge]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto manager = Document::createNew(QStringLiteral("Alliance"), authorFrom(QStringLiteral("Manager")),
                                       optionsIn(work), {}, &error);
    REQUIRE(manager);
    const QUuid org = QUuid::createUuid();
    const QUuid weight = ids::objectiveWeight(org, QStringLiteral("processes"));
    REQUIRE(manager->apply(
        ChangeSet(QStringLiteral("Partner"))
            .set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Fondation Y"))
            .set(QStringLiteral("objective_weight"), weight, QStringLiteral("organisation_id"), org)
            .set(QStringLiteral("objective_weight"), weight, QStringLiteral("objective_id"),
                 QStringLiteral("processes"))
            .set(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), 25),
        &error));
    const QString mine = dir->filePath(QStringLiteral("manager.alliance"));
    const QString copy = dir->filePath(QStringLiteral("copy.alliance"));
    REQUIRE(manager->saveAs(mine, &error));
    REQUIRE(sync::sharePartnerCopy(*manager, org, copy, &error));

    CheckResult opened;
    auto partner = Document::open(copy, authorFrom(QStringLiteral("Yves"), org), optionsIn(work), &opened);
    REQUIRE(partner);
    const QUuid contribution = QUuid::createUuid();
    REQUIRE(
        partner->apply(ChangeSet(QStringLiteral("Give"))
                           .set(QStringLiteral("contribution"), contribution, QStringLiteral("organisation_id"), org)
                           .set(QStringLiteral("contribution"), contribution, QStringLiteral("description"),
                                QStringLiteral("Locaux <b>gratuits</b>"))
                           .set(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), 40),
                       &error));
    REQUIRE(partner->save(&error));
    // The manager changes the same weight after the partner did: a conflict the manager wins by clock.
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Weight"))
                               .set(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), 30),
                           &error));
    const QByteArray copyDigest = sha256(copy);

    CheckResult refusal;
    const auto plan = sync::planMerge(*manager, copy, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    CHECK(sha256(copy) == copyDigest);
    CHECK(plan->incoming.size() == 3);
    REQUIRE(plan->conflicts.size() == 1);
    const sync::Conflict &c = plan->conflicts.first();
    CHECK(c.table == QStringLiteral("objective_weight"));
    CHECK(c.field == QStringLiteral("weight"));
    CHECK(c.mine.value.toLongLong() == 30);
    CHECK(c.theirs.value.toLongLong() == 40);
    CHECK(c.theirs.authorName == QStringLiteral("Yves"));
    CHECK(c.theirs.authorOrganisation == QStringLiteral("Fondation Y"));
    CHECK(c.mine.authorName == QStringLiteral("Manager"));
    CHECK(c.theirs.when.isValid());
    CHECK(c.stepId == QStringLiteral("objectives"));
    CHECK(c.itemLabel.contains(QStringLiteral("Fondation Y")));
    CHECK_FALSE(c.theirsWins);
    REQUIRE_FALSE(plan->summary.isEmpty());
    int counted = 0;
    for (const auto &s : plan->summary) {
        CHECK(s.organisation == QStringLiteral("Fondation Y"));
        CHECK(s.author == QStringLiteral("Yves"));
        counted += s.changes;
    }
    CHECK(counted == 3);

    // Flipped: the partner's value is taken, as a new change.
    const qint64 before = manager->journalSize();
    REQUIRE(manager->applyMerge(*plan, {c}, &error));
    CHECK(manager->journalSize() == before + 4);
    const Project &merged = manager->project();
    REQUIRE(projectItem(merged, QStringLiteral("contribution"), contribution));
    CHECK(projectItem(merged, QStringLiteral("contribution"), contribution)->value(QStringLiteral("description"))
          == QStringLiteral("Locaux <b>gratuits</b>"));
    CHECK(projectItem(merged, QStringLiteral("objective_weight"), weight)->value(QStringLiteral("weight")).toLongLong()
          == 40);
    // Undone in one step: the contribution is gone and the weight is the manager's again.
    REQUIRE(manager->undo(&error));
    CHECK_FALSE(projectItem(manager->project(), QStringLiteral("contribution"), contribution));
    CHECK(projectItem(manager->project(), QStringLiteral("objective_weight"), weight)
              ->value(QStringLiteral("weight"))
              .toLongLong()
          == 30);
    REQUIRE(manager->redo(&error));
    CHECK(projectItem(manager->project(), QStringLiteral("objective_weight"), weight)
              ->value(QStringLiteral("weight"))
              .toLongLong()
          == 40);

    // Saved, the merged project is a sound file; merging the same copy again brings nothing.
    const QString out = dir->filePath(QStringLiteral("merged.alliance"));
    REQUIRE(manager->saveAs(out, &error));
    CHECK(validateProjectFile(out).ok());
    const auto again = sync::planMerge(*manager, copy, &refusal);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(again->conflicts.isEmpty());
    // Later edits sort after every clock that came in.
    REQUIRE(manager->apply(ChangeSet(QStringLiteral("Later"))
                               .set(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), 50),
                           &error));
    const auto history = manager->history(QStringLiteral("objective_weight"), weight);
    REQUIRE_FALSE(history.isEmpty());
    QString latestHlc;
    for (const auto &e : history)
        latestHlc = qMax(latestHlc, e.hlc);
    CHECK(history.last().value.toLongLong() == 50);
    CHECK(history.last().hlc == latestHlc);
}

TEST_CASE("A file of another partnership, a newer file and a damaged one are not merged", "[sync][merge][hostile]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto manager
        = Document::createNew(QStringLiteral("Mine"), authorFrom(QStringLiteral("M")), optionsIn(work), {}, &error);
    REQUIRE(manager);
    const QString other = dir->filePath(QStringLiteral("other.alliance"));
    makeFixture(other, work);
    const qint64 journal = manager->journalSize();
    CheckResult refusal;
    CHECK_FALSE(sync::planMerge(*manager, other, &refusal));
    CHECK(refusal.refusal == Refusal::OtherPartnership);
    CHECK(refusal.message.contains(QStringLiteral("other.alliance")));
    CHECK(refusal.message.contains(QStringLiteral("another partnership")));

    const QString mine = dir->filePath(QStringLiteral("mine.alliance"));
    REQUIRE(manager->saveAs(mine, &error));
    const QString newer = dir->filePath(QStringLiteral("newer.alliance"));
    REQUIRE(copyFile(mine, newer));
    REQUIRE(rawExec(newer, QStringLiteral("PRAGMA user_version = 99")).isEmpty());
    CHECK_FALSE(sync::planMerge(*manager, newer, &refusal));
    CHECK(refusal.refusal == Refusal::NewerVersion);

    // A journal entry whose value the field cannot hold.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString forged = dir->filePath(QStringLiteral("forged.alliance"));
    REQUIRE(copyFile(mine, forged));
    REQUIRE(rawExec(forged,
                    journalRowSql(QStringLiteral("objective_weight"), schema::idText(QUuid::createUuid()),
                                  QStringLiteral("weight"), QStringLiteral("1000"), now - 1000))
                .isEmpty());
    CHECK_FALSE(sync::planMerge(*manager, forged, &refusal));
    CHECK(refusal.refusal == Refusal::BadValue);
    CHECK(refusal.message.contains(QStringLiteral("journal.value")));
    // A valid change dated far ahead would put every later edit behind it.
    const QString future = dir->filePath(QStringLiteral("future.alliance"));
    REQUIRE(copyFile(mine, future));
    REQUIRE(rawExec(future,
                    journalRowSql(QStringLiteral("partnership"), schema::idText(manager->partnershipId()),
                                  QStringLiteral("title"), QStringLiteral("'Later'"), 4102444800000 /* 2100-01-01 */))
                .isEmpty());
    CHECK_FALSE(sync::planMerge(*manager, future, &refusal));
    CHECK(refusal.refusal == Refusal::FutureChange);
    CHECK(refusal.message.contains(QStringLiteral("2100-01-01 00:00 UTC")));
    CHECK(refusal.message.contains(QStringLiteral("future")));
    CHECK(manager->journalSize() == journal);

    // A change that points at an item neither file holds: planned, but applying it changes nothing.
    const QString dangling = dir->filePath(QStringLiteral("dangling.alliance"));
    REQUIRE(copyFile(mine, dangling));
    const QString contribution = schema::idText(QUuid::createUuid());
    REQUIRE(rawExec(dangling,
                    journalRowSql(QStringLiteral("contribution"), contribution, QStringLiteral("organisation_id"),
                                  QLatin1Char('\'') + schema::idText(QUuid::createUuid()) + QLatin1Char('\''), 1000))
                .isEmpty());
    const auto plan = sync::planMerge(*manager, dangling, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    CHECK(plan->incoming.size() == 1);
    const bool wasModified = manager->isModified();
    CHECK_FALSE(manager->applyMerge(*plan, {}, &error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK(manager->journalSize() == journal);
    CHECK(manager->isModified() == wasModified);
    CHECK(manager->project().contributions.isEmpty());
    CHECK(manager->value(QStringLiteral("contribution"), QUuid::fromString(contribution), QStringLiteral("deleted"))
              .isNull());
}

TEST_CASE("A format-2 file is migrated to the current format, which records shares", "[sync][migration]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("v2.alliance"));
    const QString partnership = schema::idText(QUuid::createUuid());
    const QString organisation = schema::idText(QUuid::createUuid());
    {
        SqliteDb db;
        REQUIRE(db.open(path, SqliteDb::Mode::Create));
        QStringList sql {QStringLiteral("BEGIN")};
        sql << schema::ddl(2);
        sql << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
            << QStringLiteral("PRAGMA user_version = 2")
            << QStringLiteral("INSERT INTO partnership (id, title) VALUES ('%1', 'Format 2')").arg(partnership)
            << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', 'Partner', "
                              "'association', 'partner')")
                   .arg(organisation)
            << QStringLiteral("INSERT INTO map_position (id, organisation_id, x, y) VALUES ('%1', '%2', 1.5, 2.5)")
                   .arg(schema::idText(QUuid::createUuid()), organisation)
            << QStringLiteral("COMMIT");
        for (const QString &s : sql) {
            INFO(str(s) << ": " << str(db.errorMessage()));
            REQUIRE(db.exec(s));
        }
    }
    REQUIRE(
        rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'partner_share'")).toLongLong()
        == 0);
    const QByteArray digest = sha256(path);
    const CheckResult check = validateProjectFile(path);
    INFO(str(check.message));
    REQUIRE(check.ok());
    CHECK(check.schemaVersion == 2);

    CheckResult opened;
    auto doc = Document::open(path, authorFrom(QStringLiteral("M")), optionsIn(dir->filePath(QStringLiteral("work"))),
                              &opened);
    REQUIRE(doc);
    CHECK(doc->project().schemaVersion == schema::currentVersion);
    CHECK(doc->project().mapPositions.size() == 1);
    CHECK(sync::shareRecords(*doc).isEmpty());
    QString error;
    const QString copy = dir->filePath(QStringLiteral("copy.alliance"));
    REQUIRE(sync::sharePartnerCopy(*doc, QUuid::fromString(organisation), copy, &error));
    CHECK(sync::shareRecords(*doc).size() == 1);
    CHECK(sha256(path) == digest);
    const QString upgraded = dir->filePath(QStringLiteral("v3.alliance"));
    REQUIRE(doc->saveAs(upgraded, &error));
    CHECK(validateProjectFile(upgraded).ok());
    CHECK(rawValue(upgraded, QStringLiteral("PRAGMA user_version")).toLongLong() == schema::currentVersion);
    CHECK(rawValue(upgraded, QStringLiteral("SELECT count(*) FROM partner_share")).toLongLong() == 1);
    CHECK(rawValue(copy, QStringLiteral("PRAGMA user_version")).toLongLong() == schema::currentVersion);

    // A format-2 copy edited elsewhere merges into the upgraded project like any copy.
    const QString position = rawValue(path, QStringLiteral("SELECT id FROM map_position")).toString();
    REQUIRE(rawExec(path,
                    journalRowSql(QStringLiteral("map_position"), position, QStringLiteral("x"), QStringLiteral("7.5"),
                                  QDateTime::currentMSecsSinceEpoch() + 5000, {}, {}, QStringLiteral("Old version")))
                .isEmpty());
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, path, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    CHECK(plan->theirsVersion == 2);
    CHECK(plan->incoming.size() == 1);
    REQUIRE(doc->applyMerge(*plan, {}, &error));
    CHECK(doc->project().mapPositions.first().x == 7.5);
}
