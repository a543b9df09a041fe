// Reading a document's working copy from outside it: readers that cannot
// write, and snapshots for partner copies.
#include "document/document.h"
#include "storage/sqlitedb.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <future>

using namespace alliance;
using namespace alliance::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DocumentOptions options;
    Author author {QStringLiteral("Claire Martin"), {}, QUuid::createUuid()};
    std::unique_ptr<Document> doc;
    QUuid partner = QUuid::createUuid();
    Fixture()
    {
        options.workingFolder = dir.filePath(QStringLiteral("working"));
        QString error;
        doc = Document::createNew(QStringLiteral("Alliance lecture"), author, options, {}, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        REQUIRE(doc->apply(
            ChangeSet(QStringLiteral("Add"))
                .set(QStringLiteral("organisation"), partner, QStringLiteral("name"), QStringLiteral("Horizon")),
            &error));
    }
};

} // namespace

TEST_CASE("A reader of the document cannot write, even when asked to stop being read-only", "[document][reader]")
{
    Fixture f;
    const QByteArray before = sha256(f.doc->workingCopyPath());
    const qint64 journal = f.doc->journalSize();
    auto reader = f.doc->openReader();
    REQUIRE(reader);
    CHECK(reader->value(QStringLiteral("SELECT name FROM organisation")).toString() == QStringLiteral("Horizon"));

    bool ok = true;
    reader->rows(QStringLiteral("INSERT INTO organisation (id, name) VALUES ('x', 'Intrus')"), {}, &ok);
    CHECK_FALSE(ok);
    CHECK_FALSE(reader->exec(QStringLiteral("UPDATE organisation SET name = 'Intrus'")));
    CHECK_FALSE(reader->exec(QStringLiteral("DELETE FROM journal")));
    // query_only can be turned off on this connection, but the file was opened read-only.
    reader->exec(QStringLiteral("PRAGMA query_only=OFF"));
    CHECK_FALSE(reader->exec(QStringLiteral("INSERT INTO organisation (id, name) VALUES ('y', 'Intrus')")));
    reader.reset();

    CHECK(sha256(f.doc->workingCopyPath()) == before);
    CHECK(f.doc->journalSize() == journal);
    CHECK(f.doc->rows(QStringLiteral("organisation"), {QStringLiteral("name")}).size() == 1);
    CHECK(f.doc->value(QStringLiteral("organisation"), f.partner, QStringLiteral("name")).toString()
          == QStringLiteral("Horizon"));
}

TEST_CASE("A reader sees every applied edit and reads on another thread while the document edits", "[document][reader]")
{
    Fixture f;
    auto reader = f.doc->openReader();
    REQUIRE(reader);
    QString error;
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Rename"))
            .set(QStringLiteral("organisation"), f.partner, QStringLiteral("name"), QStringLiteral("Horizon Sud")),
        &error));
    CHECK(reader->value(QStringLiteral("SELECT name FROM organisation")).toString() == QStringLiteral("Horizon Sud"));

    SqliteDb *r = reader.get();
    auto count = std::async(std::launch::async, [r] {
        qint64 last = 0;
        for (int i = 0; i < 50; ++i)
            last = r->value(QStringLiteral("SELECT count(*) FROM journal")).toLongLong();
        return last;
    });
    for (int i = 0; i < 20; ++i)
        REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Edit"))
                                 .set(QStringLiteral("organisation"), f.partner, QStringLiteral("name"),
                                      QStringLiteral("Horizon %1").arg(i)),
                             &error));
    const qint64 seen = count.get();
    CHECK(seen > 0);
    CHECK(seen <= f.doc->journalSize());
    CHECK(reader->value(QStringLiteral("SELECT count(*) FROM journal")).toLongLong() == f.doc->journalSize());
}

TEST_CASE("A snapshot is a whole copy of the working copy and never replaces a file", "[document][reader]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("snapshot.sqlite"));
    QString error;
    REQUIRE(f.doc->snapshotTo(path, &error));
    CHECK(rawValue(path, QStringLiteral("SELECT name FROM organisation")).toString() == QStringLiteral("Horizon"));
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM journal")).toLongLong() == f.doc->journalSize());
    // The document does not follow the snapshot: it is not its file.
    CHECK(f.doc->filePath().isEmpty());

    const QByteArray before = sha256(path);
    CHECK_FALSE(f.doc->snapshotTo(path, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(sha256(path) == before);
}
