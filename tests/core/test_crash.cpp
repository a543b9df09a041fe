// Crash safety: a kill during save leaves a whole file; edits committed to the
// working copy survive a kill and are recovered; undo/redo of every kind of
// edit; save -> open -> save keeps the content.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include "document/document.h"
#include "document/workingcopy.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <sys/stat.h>
#include <utility>

using namespace alliance;
using namespace alliance::test;

namespace {

QString commonStake(const QString &path)
{
    return rawValue(path, QStringLiteral("SELECT common_stake FROM partnership")).toString();
}

/// Identity and last change of a file: a rename over it gives a new inode.
std::pair<quint64, qint64> stampOf(const QString &path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {0, 0};
    return {quint64(st.st_ino), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

qint64 journalRows(const QString &path)
{
    return rawValue(path, QStringLiteral("SELECT count(*) FROM journal")).toLongLong();
}

/// A field of `table` to edit in the undo test: its first free text, else its first real.
QString editableField(const schema::Table &t)
{
    for (const auto &c : t.columns)
        if (c.type == schema::ColumnType::Text && c.name != QLatin1String("criterion_id"))
            return c.name;
    for (const auto &c : t.columns)
        if (c.type == schema::ColumnType::Real || c.type == schema::ColumnType::Image)
            return c.name;
    return {};
}

/// (deleted, field) of one row of the working copy, through a reader; empty when absent.
QVariantList sqlRow(const Document &doc, const QString &table, const QString &field, const QUuid &id)
{
    const auto reader = doc.openReader();
    REQUIRE(reader);
    bool ok = true;
    const auto rows = reader->rows(QStringLiteral("SELECT deleted, %1 FROM %2 WHERE id = ?").arg(field, table),
                                   {schema::idText(id)}, &ok);
    REQUIRE(ok);
    if (rows.isEmpty())
        return {};
    return {rows.first().value(0).toLongLong(), rows.first().value(1)};
}

qint64 sqlJournalRows(const Document &doc)
{
    const auto reader = doc.openReader();
    REQUIRE(reader);
    bool ok = true;
    const QVariant n = reader->value(QStringLiteral("SELECT count(*) FROM journal"), {}, &ok);
    REQUIRE(ok);
    return n.toLongLong();
}

} // namespace

TEST_CASE("A kill at any moment of a save leaves the old file or a newer whole one", "[crash][slow]")
{
    auto dir = makeTempDir();
    const QString target = dir->filePath(QStringLiteral("partner.alliance"));
    const QString work = dir->filePath(QStringLiteral("work"));
    makeFixture(target, dir->filePath(QStringLiteral("work-make")), 3);
    const QString saveLoop = QStringLiteral(ALLIANCE_SAVE_LOOP);
    REQUIRE(QFileInfo(saveLoop).isExecutable());

    // "Revision N " fifty times, the same N throughout: one whole revision.
    const QRegularExpression whole(QStringLiteral("^Revision (\\d+) (?:Revision \\1 ){49}$"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    INFO("random seed " << seed);

    QString previousStake = commonStake(target);
    qint64 previousJournal = journalRows(target);
    QByteArray previousDigest = sha256(target);
    QSet<int> revisionNumbers;
    QSet<QByteArray> revisions {previousDigest};
    int kills = 0, newer = 0;
    qint64 slowestFirstSave = 0;
    QElapsedTimer timer;
    timer.start();
    constexpr int runs = 200;
    for (int run = 0; run < runs; ++run) {
        INFO("run " << run);
        const auto before = stampOf(target);
        QProcess child;
        child.start(saveLoop, {target, work});
        REQUIRE(child.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("ready\n")) {
            const bool more = child.waitForReadyRead(10000);
            out += child.readAllStandardOutput();
            INFO("saveLoop said: " << child.readAllStandardError().toStdString());
            REQUIRE((more || out.contains("ready\n")));
        }
        // Even runs count the delay from "ready" (the kill may come before any save);
        // odd runs from the first save of a newer revision seen on disk, so that however
        // slow the machine, the loop progresses and half the kills land in later saves.
        // (Each run counts from "Revision 0" again: its first save may rewrite the
        // revision the file already holds, as a new but identical file.)
        if (run % 2 == 1) {
            QElapsedTimer wait;
            wait.start();
            auto seen = before;
            for (;;) {
                const auto now = stampOf(target);
                if (now != seen) {
                    seen = now;
                    if (sha256(target) != previousDigest)
                        break;
                }
                INFO("saveLoop said: " << child.readAllStandardError().toStdString());
                REQUIRE(child.state() == QProcess::Running);
                REQUIRE(wait.elapsed() < 10000);
                QThread::usleep(200);
            }
            slowestFirstSave = qMax(slowestFirstSave, wait.elapsed());
        }
        const int delay = int(rng.bounded(5, 61));
        QThread::msleep(ulong(delay));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        INFO("delay " << delay << " ms; saveLoop said: " << child.readAllStandardError().toStdString());
        // Killed, not stopped by an error of its own.
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        ++kills;

        const CheckResult check = validateProjectFile(target);
        INFO(str(check.message));
        REQUIRE(check.refusal == Refusal::None);
        REQUIRE(rawValue(target, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-journal")));

        const QString stake = commonStake(target);
        const qint64 journal = journalRows(target);
        const QByteArray digest = sha256(target);
        // The data and the journal of the file tell the same story.
        CHECK(rawValue(target,
                       QStringLiteral("SELECT value FROM journal WHERE entity = 'partnership' AND "
                                      "field = 'common_stake' ORDER BY hlc DESC LIMIT 1"))
                  .toString()
              == stake);
        if (digest == previousDigest) {
            CHECK(stake == previousStake); // the old file, as it was
        } else {
            // A newer file: a whole revision, and a journal that only grew.
            const auto m = whole.match(stake);
            INFO("common_stake starts with: " << str(stake.left(80)));
            REQUIRE(m.hasMatch());
            revisionNumbers.insert(m.captured(1).toInt());
            CHECK(journal > previousJournal);
            CHECK_FALSE(revisions.contains(digest));
            revisions.insert(digest);
            ++newer;
        }
        if (run % 2 == 1)
            CHECK(digest != previousDigest); // a newer save was seen before the kill
        previousStake = stake;
        previousJournal = journal;
        previousDigest = digest;
    }
    const qint64 elapsed = timer.elapsed();
    // Temporary files of saves cut short by a kill (they never replace the target).
    const int cutShort = QDir(dir->path())
                             .entryList({QStringLiteral(".partner.alliance.*.saving")}, QDir::Files | QDir::Hidden)
                             .size();
    WARN("kill during save: " << kills << " kills in " << elapsed << " ms; " << newer << " found a newer file ("
                              << revisions.size() << " distinct files, revision numbers " << revisionNumbers.size()
                              << " distinct); " << cutShort << " saves cut short; slowest wait for a newer save "
                              << slowestFirstSave << " ms");
    CHECK(kills == runs);
    // The loop really saved, many times, and kills landed in the middle of saves.
    CHECK(newer >= runs / 2);
    CHECK(revisions.size() > runs / 2);
    CHECK(cutShort >= 10);
}

TEST_CASE("Edits committed before a kill are all recovered", "[crash][recovery]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString left = dir->filePath(QStringLiteral("left-by-kill"));
    const QString path = dir->filePath(QStringLiteral("partner.alliance"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Before the crash"), testAuthor(), optionsIn(work), {}, &error);
    REQUIRE(doc);
    REQUIRE(doc->saveAs(path, &error));
    const qint64 savedJournal = doc->journalSize();
    const QByteArray savedDigest = sha256(path);

    // Unsaved edits of every sort: creations, changes, a deletion, an undo.
    const int organisations = 12;
    QList<QUuid> orgs;
    for (int i = 0; i < organisations; ++i) {
        orgs << QUuid::createUuid();
        REQUIRE(doc->apply(
            ChangeSet(QStringLiteral("Add"))
                .set(QStringLiteral("organisation"), orgs.last(), QStringLiteral("name"),
                     QStringLiteral("<b>Org</b> %1").arg(i))
                .set(QStringLiteral("organisation"), orgs.last(), QStringLiteral("role"), QStringLiteral("partner")),
            &error));
    }
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Rename"))
            .set(QStringLiteral("organisation"), orgs.at(3), QStringLiteral("name"), QStringLiteral("Renamed")),
        &error));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("organisation"), orgs.at(5)), &error));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Stake"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("common_stake"),
                                QStringLiteral("Unsaved stake")),
                       &error));
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Weight"))
                           .set(QStringLiteral("objective_weight"), QUuid::createUuid(), QStringLiteral("weight"), 40),
                       &error));
    REQUIRE(doc->undo(&error)); // the weight is undone: recovery must keep it undone
    REQUIRE(doc->isModified());
    const qint64 unsaved = doc->journalSize() - savedJournal;
    REQUIRE(unsaved > organisations * 2);
    const Project before = doc->project();

    // While the document is open its own working copy is never offered for recovery.
    CHECK(workingcopy::findRecoverable(work).isEmpty());

    // What a kill leaves on disk: the working copy and its sidecar as they are now
    // (every edit is committed), held by a process that no longer runs.
    REQUIRE(QDir().mkpath(left));
    const QString copy = left + QLatin1Char('/') + QFileInfo(doc->workingCopyPath()).fileName();
    REQUIRE(copyFile(doc->workingCopyPath(), copy));
    REQUIRE_FALSE(QFileInfo::exists(doc->workingCopyPath() + QStringLiteral("-journal")));
    {
        QFile in(doc->workingCopyPath() + QStringLiteral(".json"));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        REQUIRE(o.value(QStringLiteral("pid")).toInteger() == QCoreApplication::applicationPid());
        o.insert(QStringLiteral("pid"), deadPid());
        QFile out(copy + QStringLiteral(".json"));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
    }
    const QMap<QString, QStringList> expected = dumpContent(doc->workingCopyPath());

    const QList<WorkingCopyInfo> found = workingcopy::findRecoverable(left);
    REQUIRE(found.size() == 1);
    CHECK(found.first().workingCopy == copy);
    CHECK(found.first().sourcePath == QFileInfo(path).absoluteFilePath());
    CHECK(found.first().unsavedChanges == unsaved);
    CHECK(found.first().title == QStringLiteral("Before the crash"));

    auto recovered = Document::recover(found.first().workingCopy, testAuthor(), optionsIn(left), &error);
    INFO(str(error));
    REQUIRE(recovered);
    CHECK(recovered->isModified());
    CHECK(recovered->filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(recovered->journalSize() == doc->journalSize());
    const Project &after = recovered->project();
    CHECK(after.partnership.commonStake == QStringLiteral("Unsaved stake"));
    CHECK(after.objectiveWeights.isEmpty());
    REQUIRE(after.organisations.size() == organisations - 1);
    for (int i = 0; i < organisations; ++i) {
        INFO("organisation " << i);
        const auto item = projectItem(after, QStringLiteral("organisation"), orgs.at(i));
        const auto original = projectItem(before, QStringLiteral("organisation"), orgs.at(i));
        CHECK(item.has_value() == (i != 5));
        CHECK(item == original);
        if (item && i == 3)
            CHECK(item->value(QStringLiteral("name")).toString() == QStringLiteral("Renamed"));
    }
    // Every table, row for row, as the killed session left it.
    CHECK(dumpContent(copy) == expected);
    CHECK(sha256(path) == savedDigest); // recovery does not write the project file

    // The crashed session is gone; saving the recovered work puts every edit in the file.
    doc.reset();
    REQUIRE(recovered->save(&error));
    INFO(str(error));
    CHECK_FALSE(recovered->isModified());
    CheckResult check;
    auto reopened = Document::open(path, testAuthor(), optionsIn(work), &check);
    INFO(str(check.message));
    REQUIRE(reopened);
    CHECK(reopened->project().partnership.commonStake == QStringLiteral("Unsaved stake"));
    CHECK(reopened->project().organisations.size() == organisations - 1);
    CHECK(reopened->journalSize() == savedJournal + unsaved);
    // Saved work is no longer offered for recovery.
    recovered.reset();
    CHECK(workingcopy::findRecoverable(left).isEmpty());
}

TEST_CASE("Undo and redo of creating, editing and deleting an item of every table", "[crash][undo]")
{
    auto dir = makeTempDir();
    QString error;
    auto doc = Document::createNew(QStringLiteral("Undo"), testAuthor(),
                                   optionsIn(dir->filePath(QStringLiteral("work"))), {}, &error);
    REQUIRE(doc);
    CHECK_FALSE(doc->canUndo());
    FixtureIds refs;
    // Items to refer to.
    const QUuid organisation = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Org"))
            .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"), QStringLiteral("Referenced")),
        &error));
    refs[QStringLiteral("organisation")] << organisation;

    for (const auto &t : schema::tables()) {
        const QString field = editableField(t);
        INFO(str(t.name) << "." << str(field));
        REQUIRE_FALSE(field.isEmpty());
        const schema::ColumnType type = t.column(field)->type;
        const QByteArray png("\x89PNG\r\n\x1a\n", 8);
        const QVariant v1 = type == schema::ColumnType::Text ? QVariant(QStringLiteral("first <b>1</b>"))
            : type == schema::ColumnType::Image              ? QVariant(png + "first")
                                                             : QVariant(1.25);
        const QVariant v2 = type == schema::ColumnType::Text ? QVariant(QStringLiteral("second"))
            : type == schema::ColumnType::Image              ? QVariant(png + "second")
                                                             : QVariant(2.5);
        auto shown = [&](const QUuid &id) { return projectItem(doc->project(), t.name, id); };
        auto sqlValue = [&](const QUuid &id) { return sqlRow(*doc, t.name, field, id); };
        qint64 journal = doc->journalSize();
        auto journalGrew = [&] {
            const qint64 now = doc->journalSize();
            CHECK(now > journal);
            CHECK(sqlJournalRows(*doc) == now);
            journal = now;
        };

        if (t.name == QLatin1String("partnership")) {
            // The one partnership is never created nor deleted by an edit: edit, undo, redo.
            const QUuid id = doc->partnershipId();
            const QVariant old = shown(id)->value(field);
            REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edit")).set(t.name, id, field, v1), &error));
            journalGrew();
            CHECK(shown(id)->value(field) == v1);
            REQUIRE(doc->undo(&error));
            journalGrew();
            CHECK(shown(id)->value(field) == old);
            CHECK(sqlValue(id).value(1) == old);
            REQUIRE(doc->redo(&error));
            journalGrew();
            CHECK(shown(id)->value(field) == v1);
            CHECK(sqlValue(id).value(1) == v1);
            refs[t.name] << id;
            continue;
        }

        // Create it with its references set, so that it is a complete item.
        const QUuid id = QUuid::createUuid();
        ChangeSet create(QStringLiteral("Create %1").arg(t.name));
        create.set(t.name, id, field, v1);
        for (const auto &c : t.columns)
            if (c.type == schema::ColumnType::Reference || c.name == QLatin1String("criterion_id"))
                create.set(t.name, id, c.name, validValue(t.name, c.name, refs));
        const int countBefore = projectIds(doc->project(), t.name).size();
        INFO(str(error));
        REQUIRE(doc->apply(create, &error));
        journalGrew();
        CHECK(doc->undoText() == create.description);
        REQUIRE(shown(id));
        CHECK(shown(id)->value(field) == v1);
        CHECK(projectIds(doc->project(), t.name).size() == countBefore + 1);

        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edit")).set(t.name, id, field, v2), &error));
        journalGrew();
        CHECK(shown(id)->value(field) == v2);
        CHECK(sqlValue(id) == QVariantList {qint64(0), v2});

        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete")).remove(t.name, id), &error));
        journalGrew();
        CHECK_FALSE(shown(id));
        CHECK(sqlValue(id) == QVariantList {qint64(1), v2});

        // Undo, one step at a time.
        REQUIRE(doc->undo(&error)); // the deletion
        journalGrew();
        REQUIRE(shown(id));
        CHECK(shown(id)->value(field) == v2);
        CHECK(sqlValue(id) == QVariantList {qint64(0), v2});
        REQUIRE(doc->undo(&error)); // the edit
        journalGrew();
        REQUIRE(shown(id));
        CHECK(shown(id)->value(field) == v1);
        CHECK(sqlValue(id) == QVariantList {qint64(0), v1});
        REQUIRE(doc->undo(&error)); // the creation
        journalGrew();
        CHECK_FALSE(shown(id));
        CHECK(sqlValue(id).value(0) == qint64(1));
        CHECK(projectIds(doc->project(), t.name).size() == countBefore);
        CHECK(doc->canRedo());

        // Redo, one step at a time.
        REQUIRE(doc->redo(&error)); // the creation
        journalGrew();
        REQUIRE(shown(id));
        CHECK(shown(id)->value(field) == v1);
        CHECK(sqlValue(id) == QVariantList {qint64(0), v1});
        REQUIRE(doc->redo(&error)); // the edit
        journalGrew();
        REQUIRE(shown(id));
        CHECK(shown(id)->value(field) == v2);
        REQUIRE(doc->redo(&error)); // the deletion
        journalGrew();
        CHECK_FALSE(shown(id));
        CHECK(sqlValue(id) == QVariantList {qint64(1), v2});
        CHECK_FALSE(doc->canRedo());
        refs[t.name] << id;
    }

    // What undo and redo wrote is in the saved file too.
    const QString path = dir->filePath(QStringLiteral("undo.alliance"));
    REQUIRE(doc->saveAs(path, &error));
    CHECK(validateProjectFile(path).refusal == Refusal::None);
    CHECK(journalRows(path) == doc->journalSize());
}

TEST_CASE("Save, open, save keeps every row of every table", "[crash][roundtrip]")
{
    auto dir = makeTempDir();
    const QString first = dir->filePath(QStringLiteral("first.alliance"));
    const QString second = dir->filePath(QStringLiteral("second.alliance"));
    const QString third = dir->filePath(QStringLiteral("third.alliance"));
    const QString work = dir->filePath(QStringLiteral("work"));
    makeFixture(first, dir->filePath(QStringLiteral("work-make")), 5);
    const QByteArray digest = sha256(first);

    QString error;
    CheckResult check;
    {
        auto doc = Document::open(first, testAuthor(), optionsIn(work), &check);
        INFO(str(check.message));
        REQUIRE(doc);
        CHECK_FALSE(doc->isModified());
        REQUIRE(doc->saveAs(second, &error));
    }
    {
        auto doc = Document::open(second, testAuthor(), optionsIn(work), &check);
        REQUIRE(doc);
        REQUIRE(doc->save(&error));
        INFO(str(error));
        REQUIRE(doc->saveAs(third, &error));
    }
    CHECK(sha256(first) == digest);
    const QMap<QString, QStringList> a = dumpContent(first);
    const QMap<QString, QStringList> b = dumpContent(second);
    const QMap<QString, QStringList> c = dumpContent(third);
    // Every table of our schema is compared, and holds something.
    for (const auto &t : schema::tables()) {
        INFO(str(t.name));
        REQUIRE(a.contains(t.name));
        CHECK_FALSE(a.value(t.name).isEmpty());
    }
    REQUIRE(a.keys() == b.keys());
    for (const QString &table : a.keys()) {
        INFO(str(table));
        CHECK(a.value(table) == b.value(table));
        CHECK(b.value(table) == c.value(table));
    }
    CHECK(validateProjectFile(second).refusal == Refusal::None);
    CHECK(validateProjectFile(third).refusal == Refusal::None);
}
