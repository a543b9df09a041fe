// The members dialog: an owner adds, changes and removes members, each
// change reaching the server at once; an editor only reads the list.
#include "../core/testsupport.h"
#include "../workspace/pgtestserver.h"
#include "dialogs/workspacemembersdialog.h"
#include "document/document.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacesync.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::testing;
using workspace::Level;

namespace {

struct Published
{
    TestDatabase db;
    QString owner, other;
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    QUuid partnership;

    Published()
    {
        QString error;
        REQUIRE(workspace::initWorkspace(*db.connect(), &error));
        owner = db.addManager(QStringLiteral("claire"));
        other = db.addManager(QStringLiteral("bruno"));
        const QString file = dir->filePath(QStringLiteral("a.alliance"));
        test::makeFixture(file, dir->path());
        CheckResult check;
        auto doc = Document::open(file, test::testAuthor(), test::optionsIn(dir->path()), &check);
        REQUIRE(doc);
        REQUIRE(workspace::publish(*doc, *db.connect(owner), &error));
        partnership = doc->partnershipId();
    }

    WorkspaceMembersDialog::Connect as(const QString &role)
    {
        return [this, role](QString *) { return db.connect(role); };
    }

    /// The server's members as "name=level".
    QStringList onServer()
    {
        QString error;
        const auto members = workspace::membersOf(*db.connect(owner), partnership, &error);
        REQUIRE(members);
        QStringList list;
        for (const auto &m : *members)
            list << m.manager + QLatin1Char('=') + workspace::levelName(m.level);
        return list;
    }
};

template<typename T> T *child(QWidget &parent, const QString &name)
{
    auto *w = parent.findChild<T *>(name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Members dialog: an owner adds a manager, changes their level and removes them", "[workspace-ui]")
{
    Published ws;
    WorkspaceMembersDialog dialog(ws.partnership, QStringLiteral("Alliance"), ws.owner, ws.as(ws.owner));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("membersTable"));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("newMemberName"));
    auto *add = child<QPushButton>(dialog, QStringLiteral("addMember"));
    auto *remove = child<QPushButton>(dialog, QStringLiteral("removeMember"));
    REQUIRE(table->rowCount() == 1);
    CHECK_FALSE(add->isEnabled()); // no name yet

    name->setText(ws.other);
    REQUIRE(add->isEnabled());
    add->click();
    CHECK(ws.onServer() == QStringList {ws.other + QStringLiteral("=editor"), ws.owner + QStringLiteral("=owner")});
    REQUIRE(table->rowCount() == 2);

    auto *level = child<QComboBox>(dialog, QStringLiteral("memberLevel_") + ws.other);
    level->setCurrentIndex(level->findData(int(Level::Reader)));
    Q_EMIT level->activated(level->currentIndex());
    CHECK(ws.onServer() == QStringList {ws.other + QStringLiteral("=reader"), ws.owner + QStringLiteral("=owner")});

    // One's own row cannot be removed from here.
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == ws.owner)
            table->selectRow(row);
    CHECK_FALSE(remove->isEnabled());
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == ws.other)
            table->selectRow(row);
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK(ws.onServer() == QStringList {ws.owner + QStringLiteral("=owner")});
    CHECK(table->rowCount() == 1);

    // Someone who is not a manager of the workspace: the server's refusal, in words.
    name->setText(QStringLiteral("nobody_here"));
    add->click();
    auto *error = child<QLabel>(dialog, QStringLiteral("membersError"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("not a manager of the workspace")));
    CHECK(ws.onServer() == QStringList {ws.owner + QStringLiteral("=owner")});
}

TEST_CASE("Members dialog: an editor sees the members and changes nothing", "[workspace-ui]")
{
    Published ws;
    QString error;
    REQUIRE(workspace::setMember(*ws.db.connect(ws.owner), ws.partnership, ws.other, Level::Editor, &error));
    WorkspaceMembersDialog dialog(ws.partnership, QStringLiteral("Alliance"), ws.other, ws.as(ws.other));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("membersTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(dialog.findChildren<QComboBox *>(QRegularExpression(QStringLiteral("^memberLevel_"))).isEmpty());
    auto *name = child<QLineEdit>(dialog, QStringLiteral("newMemberName"));
    CHECK_FALSE(name->isEnabled());
    table->selectRow(0);
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("removeMember"))->isEnabled());
}
