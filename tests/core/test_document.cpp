// The document: the one way to change a project, its journal and its file.
#include "document/document.h"
#include "model/ids.h"
#include "storage/lockfile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DocumentOptions options;
    Author author {QStringLiteral("Claire Martin"), {}, QUuid::createUuid()};
    Fixture() { options.workingFolder = dir.filePath(QStringLiteral("working")); }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    std::unique_ptr<Document> create(const QString &title = QStringLiteral("Alliance test"))
    {
        QString error;
        auto doc = Document::createNew(title, author, options, {}, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        return doc;
    }
};

const QString org = QStringLiteral("organisation");

} // namespace

TEST_CASE("A new partnership has its title and is unsaved", "[document]")
{
    Fixture f;
    auto doc = f.create(QStringLiteral("Insertion numérique"));
    CHECK(doc->project().partnership.title == QStringLiteral("Insertion numérique"));
    CHECK(doc->isModified());
    CHECK(doc->filePath().isEmpty());
    CHECK_FALSE(doc->canUndo()); // creating the partnership is not an edit to undo
    QString error;
    CHECK_FALSE(doc->save(&error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Applying a change set writes the values and one journal row per field", "[document]")
{
    Fixture f;
    auto doc = f.create();
    const qint64 before = doc->journalSize();
    const QUuid id = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add partner"));
    add.set(org, id, QStringLiteral("name"), QStringLiteral("Fondation Horizon"))
        .set(org, id, QStringLiteral("profile"), QStringLiteral("foundation"))
        .set(org, id, QStringLiteral("role"), QStringLiteral("funder"));
    QSignalSpy changed(doc.get(), &Document::changed);
    REQUIRE(doc->apply(add));
    CHECK(changed.count() == 1);
    CHECK(doc->journalSize() == before + 3);
    REQUIRE(doc->project().organisations.size() == 1);
    const Organisation &o = doc->project().organisations.first();
    CHECK(o.name == QStringLiteral("Fondation Horizon"));
    CHECK(o.profile == QStringLiteral("foundation"));
    CHECK(o.role == QStringLiteral("funder"));
    const auto history = doc->history(org, id);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).authorName == QStringLiteral("Claire Martin"));
    CHECK(history.at(0).hlc < history.at(1).hlc);
    CHECK(doc->undoText() == QStringLiteral("Add partner"));
}

TEST_CASE("Setting a field to its current value changes nothing", "[document]")
{
    Fixture f;
    auto doc = f.create(QStringLiteral("Same"));
    const qint64 before = doc->journalSize();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Rename"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                                QStringLiteral("Same"))));
    CHECK(doc->journalSize() == before);
    CHECK_FALSE(doc->canUndo());
}

TEST_CASE("Invalid changes are refused whole, with a reason", "[document]")
{
    Fixture f;
    auto doc = f.create();
    const qint64 before = doc->journalSize();
    const QUuid id = QUuid::createUuid();
    QString error;
    SECTION("unknown choice")
    {
        ChangeSet c(QStringLiteral("Add"));
        c.set(org, id, QStringLiteral("name"), QStringLiteral("Ok"))
            .set(org, id, QStringLiteral("profile"), QStringLiteral("pirate"));
        CHECK_FALSE(doc->apply(c, &error));
    }
    SECTION("weight out of range")
    {
        CHECK_FALSE(doc->apply(ChangeSet(QStringLiteral("Weigh"))
                                   .set(QStringLiteral("objective_weight"), id, QStringLiteral("weight"), 101),
                               &error));
    }
    SECTION("reference to nothing")
    {
        CHECK_FALSE(
            doc->apply(ChangeSet(QStringLiteral("Contact"))
                           .set(QStringLiteral("contact"), id, QStringLiteral("organisation_id"), QUuid::createUuid()),
                       &error));
    }
    SECTION("unknown field")
    {
        CHECK_FALSE(doc->apply(ChangeSet(QStringLiteral("Hack")).set(org, id, QStringLiteral("id"), 1), &error));
    }
    SECTION("bad date")
    {
        CHECK_FALSE(
            doc->apply(ChangeSet(QStringLiteral("Date"))
                           .set(QStringLiteral("review"), id, QStringLiteral("date"), QStringLiteral("2026-02-31")),
                       &error));
    }
    CHECK_FALSE(error.isEmpty());
    CHECK(doc->journalSize() == before);
    CHECK(doc->project().organisations.isEmpty());
}

TEST_CASE("A reference to an item created in the same change set is accepted", "[document]")
{
    Fixture f;
    auto doc = f.create();
    const QUuid o = QUuid::createUuid(), c = QUuid::createUuid();
    ChangeSet add(QStringLiteral("Add partner and contact"));
    add.set(org, o, QStringLiteral("name"), QStringLiteral("Mairie"))
        .set(QStringLiteral("contact"), c, QStringLiteral("organisation_id"), o)
        .set(QStringLiteral("contact"), c, QStringLiteral("name"), QStringLiteral("Paul"));
    QString error;
    REQUIRE(doc->apply(add, &error));
    REQUIRE(doc->project().contacts.size() == 1);
    CHECK(doc->project().contacts.first().organisationId == o);
}

TEST_CASE("Save writes a file that opens with the same content, the modified flag follows", "[document]")
{
    Fixture f;
    auto doc = f.create(QStringLiteral("Round"));
    const QUuid id = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add")).set(org, id, QStringLiteral("name"), QStringLiteral("Asso"))));
    QSignalSpy modified(doc.get(), &Document::modifiedChanged);
    QString error;
    REQUIRE(doc->saveAs(f.path("round.alliance"), &error));
    CHECK_FALSE(doc->isModified());
    CHECK(modified.count() == 1);
    CHECK(validateProjectFile(f.path("round.alliance")).ok());

    CheckResult result;
    auto again = Document::open(f.path("round.alliance"), f.author, f.options, &result);
    INFO(result.message.toStdString());
    REQUIRE(again);
    CHECK_FALSE(again->isModified());
    CHECK(again->project().partnership.title == QStringLiteral("Round"));
    CHECK(again->project().organisations.first().name == QStringLiteral("Asso"));
    CHECK(again->journalSize() == doc->journalSize());
}

TEST_CASE("Save refuses to overwrite a file replaced on disk", "[document]")
{
    Fixture f;
    auto doc = f.create();
    REQUIRE(doc->saveAs(f.path("a.alliance")));
    CHECK_FALSE(doc->isChangedOnDisk());
    {
        auto other = f.create(QStringLiteral("Someone else's"));
        REQUIRE(other->saveAs(f.path("b.alliance")));
    }
    REQUIRE(QFile::remove(f.path("a.alliance")));
    REQUIRE(QFile::copy(f.path("b.alliance"), f.path("a.alliance")));
    CHECK(doc->isChangedOnDisk());
    QString error;
    CHECK_FALSE(doc->save(&error));
    CHECK(error.contains(QStringLiteral("someone else")));
    CHECK(doc->save(Document::IfChangedOnDisk::Overwrite, &error)); // explicit overwrite is still possible
}

TEST_CASE("A lock file names who holds the document open", "[document]")
{
    Fixture f;
    auto doc = f.create();
    REQUIRE(doc->saveAs(f.path("locked.alliance")));
    CHECK(QFile::exists(DocumentLock::lockPathFor(f.path("locked.alliance"))));
    // Our own lock is not "someone else".
    CHECK_FALSE(DocumentLock::holder(f.path("locked.alliance")));
    doc.reset();
    CHECK_FALSE(QFile::exists(DocumentLock::lockPathFor(f.path("locked.alliance"))));
}

TEST_CASE("Closing a document removes its working copy", "[document]")
{
    Fixture f;
    auto doc = f.create();
    const QString working = doc->workingCopyPath();
    CHECK(QFile::exists(working));
    doc.reset();
    CHECK_FALSE(QFile::exists(working));
}

TEST_CASE("Derived ids make the same item in two copies one item", "[document]")
{
    const QUuid o = QUuid::createUuid();
    CHECK(ids::objectiveWeight(o, QStringLiteral("processes")) == ids::objectiveWeight(o, QStringLiteral("processes")));
    CHECK(ids::objectiveWeight(o, QStringLiteral("processes"))
          != ids::objectiveWeight(o, QStringLiteral("positioning")));
}

TEST_CASE("After merging the file that changed on disk, Save replaces it without asking, until it changes again",
          "[document][disk]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString file = dir->filePath(QStringLiteral("shared.alliance"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Shared"), testAuthor(), optionsIn(work), {}, &error);
    REQUIRE(doc);
    REQUIRE(doc->saveAs(file, &error));
    CHECK_FALSE(doc->isChangedOnDisk());

    // Someone else saves the same file.
    auto replace = [&] {
        CheckResult check;
        auto other = Document::open(file, testAuthor(), optionsIn(work), &check);
        REQUIRE(other);
        REQUIRE(other->apply(ChangeSet(QStringLiteral("Rename"))
                                 .set(QStringLiteral("partnership"), other->partnershipId(), QStringLiteral("title"),
                                      QStringLiteral("Renamed %1").arg(QDateTime::currentMSecsSinceEpoch())),
                             &error));
        REQUIRE(other->save(Document::IfChangedOnDisk::Overwrite, &error));
    };
    replace();
    REQUIRE(doc->isChangedOnDisk());
    CHECK_FALSE(doc->save(&error));

    const Document::DiskVersion merged = doc->diskVersion();
    doc->acceptDiskVersion(merged);
    CHECK_FALSE(doc->isChangedOnDisk());
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edit"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("common_stake"),
                                QStringLiteral("x")),
                       &error));
    CHECK(doc->save(&error));

    // A version taken before the file changed again is not accepted.
    const Document::DiskVersion old = doc->diskVersion();
    replace();
    doc->acceptDiskVersion(old);
    CHECK(doc->isChangedOnDisk());
}
