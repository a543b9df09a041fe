// The open document's file watched for changes made by someone else.
#include "document/document.h"
#include "document/filewatcher.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DocumentOptions options;
    Author author {QStringLiteral("Claire Martin"), {}, QUuid::createUuid()};
    std::unique_ptr<Document> doc;
    QString path = dir.filePath(QStringLiteral("projet.alliance"));
    QString other = dir.filePath(QStringLiteral("autre.alliance"));
    Fixture()
    {
        options.workingFolder = dir.filePath(QStringLiteral("working"));
        QString error;
        doc = Document::createNew(QStringLiteral("Alliance surveillée"), author, options, {}, &error);
        REQUIRE(doc);
        REQUIRE(doc->saveAs(path, &error));
        // Another version of the file, as a partner's or another session's save.
        rename(QStringLiteral("Alliance modifiée"));
        REQUIRE(doc->saveAs(other, &error));
        REQUIRE(doc->saveAs(path, &error));
    }
    void rename(const QString &title)
    {
        QString error;
        REQUIRE(
            doc->apply(ChangeSet(QStringLiteral("Rename"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"), title),
                       &error));
    }
};

/// Lets the event loop run for `ms`: the watcher's events and its settle time.
void settle(int ms = 600)
{
    QTest::qWait(ms);
}

} // namespace

TEST_CASE("A change made by another process is reported once", "[filewatcher]")
{
    Fixture f;
    FileWatcher watcher(f.doc.get());
    watcher.setSettleTime(100);
    QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
    settle();
    CHECK(changed.isEmpty());

    SECTION("written in place, in several writes")
    {
        REQUIRE(QProcess::execute(QStringLiteral("sh"),
                                  {QStringLiteral("-c"), QStringLiteral("cat \"$1\" > \"$2\"; touch \"$2\""),
                                   QStringLiteral("sh"), f.other, f.path})
                == 0);
    }
    SECTION("replaced by a rename, as saves do")
    {
        REQUIRE(QProcess::execute(QStringLiteral("sh"),
                                  {QStringLiteral("-c"), QStringLiteral("cp \"$1\" \"$2.new\" && mv \"$2.new\" \"$2\""),
                                   QStringLiteral("sh"), f.other, f.path})
                == 0);
    }
    settle();
    CHECK(changed.size() == 1);
    CHECK(f.doc->isChangedOnDisk());
    settle();
    CHECK(changed.size() == 1); // nothing new since

    // The watch survives the replacement: a second change is a second report.
    REQUIRE(QProcess::execute(
                QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("cp \"$1\" \"$2.new\" && touch -d '2001-01-01' \"$2.new\" && mv \"$2.new\" \"$2\""),
                 QStringLiteral("sh"), f.path, f.path})
            == 0);
    settle();
    CHECK(changed.size() == 2);
}

TEST_CASE("The document's own saves are not changes on disk", "[filewatcher]")
{
    Fixture f;
    FileWatcher watcher(f.doc.get());
    watcher.setSettleTime(100);
    QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
    for (int i = 0; i < 3; ++i) {
        f.rename(QStringLiteral("Alliance %1").arg(i));
        QString error;
        REQUIRE(f.doc->save(&error));
        settle(300);
    }
    // Save As moves the watch to the new file: a change there is reported, the old one is forgotten.
    const QString moved = f.dir.filePath(QStringLiteral("déplacé.alliance"));
    QString error;
    REQUIRE(f.doc->saveAs(moved, &error));
    settle();
    CHECK(changed.isEmpty());
    REQUIRE(QProcess::execute(QStringLiteral("cp"), {f.other, f.path}) == 0);
    settle();
    CHECK(changed.isEmpty());
    REQUIRE(QProcess::execute(QStringLiteral("cp"), {f.other, moved}) == 0);
    settle();
    CHECK(changed.size() == 1);
}
