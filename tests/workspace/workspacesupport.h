#pragma once
// What the workspace tests share: a team of two managers on a database of
// the private cluster, and what two synced copies must agree on.

#include "../core/testsupport.h"
#include "document/document.h"
#include "pgtestserver.h"
#include "storage/schema.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"

#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <catch2/catch.hpp>

namespace alliance::testing {

/// What two synced copies must agree on: the shared tables' rows and the
/// journal as a set, each sorted.
QMap<QString, QStringList> content(const QString &path);
/// The journal entries of `path` that travel to a workspace.
int sharedJournalRows(const QString &path);

struct Manager
{
    QString role;
    Author author;
};

struct Team
{
    TestDatabase db;
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    Manager alice, bruno;
    QString fileA, fileB;
    test::FixtureIds ids;

    Team()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        alice = {db.addManager(QStringLiteral("alice")), {QStringLiteral("Alice"), {}, QUuid::createUuid()}};
        bruno = {db.addManager(QStringLiteral("bruno")), {QStringLiteral("Bruno"), {}, QUuid::createUuid()}};
        fileA = dir->filePath(QStringLiteral("a.alliance"));
        fileB = dir->filePath(QStringLiteral("b.alliance"));
        ids = test::makeFixture(fileA, dir->path());
        // The fixture makes every other item private; these tests choose.
        ChangeSet everyonesItems(QStringLiteral("Public"));
        for (const auto &t : schema::tables())
            if (t.hasPrivateFlag())
                for (const QUuid &id : ids.value(t.name))
                    everyonesItems.set(t.name, id, QStringLiteral("private"), 0);
        edit(fileA, alice, everyonesItems);
    }

    std::unique_ptr<Document> open(const QString &path, const Manager &who)
    {
        CheckResult check;
        auto doc = Document::open(path, who.author, test::optionsIn(dir->path()), &check);
        INFO(check.message.toStdString());
        REQUIRE(doc);
        return doc;
    }

    workspace::SyncResult sync(const QString &path, const Manager &who)
    {
        auto doc = open(path, who);
        auto connection = db.connect(who.role);
        QString error;
        const auto result = workspace::syncDocument(*doc, *connection, QStringLiteral("workspace"), &error);
        INFO(error.toStdString());
        REQUIRE(result);
        REQUIRE(doc->save(&error));
        return *result;
    }

    void edit(const QString &path, const Manager &who, const ChangeSet &changes)
    {
        auto doc = open(path, who);
        QString error;
        REQUIRE(doc->apply(changes, &error));
        REQUIRE(doc->save(&error));
    }

    int serverRows(const Manager &who, const QString &where = QStringLiteral("true"))
    {
        const auto connection = db.connect(who.role);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM alliance.journal WHERE ") + where));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

/// Alice publishes fileA; Bruno becomes an editor.
void publish(Team &team);

} // namespace alliance::testing
