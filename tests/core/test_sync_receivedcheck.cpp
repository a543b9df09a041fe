// A partner's copy is checked row by row where it differs from mine: rows of
// their journal that mine holds identically were checked with mine; every
// other row, new or changed in any column, is checked before the merge uses it.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "sync/merge.h"
#include "testsupport.h"

#include <QDateTime>

using namespace alliance;
using namespace alliance::test;

namespace {

Author authorNamed(const QString &name)
{
    return Author {name, {}, QUuid::createUuid()};
}

} // namespace

TEST_CASE("A copy whose new or altered journal rows hold a bad value is not merged", "[sync][merge][hostile]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto manager
        = Document::createNew(QStringLiteral("Mine"), authorNamed(QStringLiteral("M")), optionsIn(work), {}, &error);
    REQUIRE(manager);
    // An organisation kept private: a yes/no in the journal.
    ChangeSet add(QStringLiteral("Add"));
    const QUuid organisation = QUuid::createUuid();
    add.set(QStringLiteral("organisation"), organisation, QStringLiteral("name"), QStringLiteral("Ours alone"));
    add.set(QStringLiteral("organisation"), organisation, QStringLiteral("private"), 1);
    REQUIRE(manager->apply(add, &error));
    const QString mine = dir->filePath(QStringLiteral("mine.alliance"));
    REQUIRE(manager->saveAs(mine, &error));
    const qint64 journal = manager->journalSize();
    // A row of mine the copies will alter: the partnership's title.
    const QString titleRow = rawValue(mine,
                                      QStringLiteral("SELECT change_id FROM journal WHERE field = 'title' AND entity = "
                                                     "'partnership'"))
                                 .toString();
    REQUIRE_FALSE(titleRow.isEmpty());
    const QString whereTitle = QStringLiteral(" WHERE change_id = '%1'").arg(titleRow);

    CheckResult refusal;
    SECTION("a copy identical to mine merges, and brings nothing")
    {
        const QString same = dir->filePath(QStringLiteral("same.alliance"));
        REQUIRE(copyFile(mine, same));
        const auto plan = sync::planMerge(*manager, same, &refusal);
        INFO(refusal.message.toStdString());
        REQUIRE(plan);
        CHECK(plan->isEmpty());
    }
    SECTION("a new row with a value its field cannot hold")
    {
        const QString copy = dir->filePath(QStringLiteral("new.alliance"));
        REQUIRE(copyFile(mine, copy));
        REQUIRE(rawExec(copy,
                        journalRowSql(QStringLiteral("partnership"), schema::idText(manager->partnershipId()),
                                      QStringLiteral("deleted"), QStringLiteral("7"),
                                      QDateTime::currentMSecsSinceEpoch() - 1000))
                    .isEmpty());
        CHECK_FALSE(sync::planMerge(*manager, copy, &refusal));
        CHECK(refusal.refusal == Refusal::BadValue);
        CHECK(refusal.message.contains(QStringLiteral("journal.value")));
    }
    SECTION("a row of mine whose value was altered to a bad one")
    {
        const QString copy = dir->filePath(QStringLiteral("altered.alliance"));
        REQUIRE(copyFile(mine, copy));
        // A title is text: a number is no valid title.
        REQUIRE(rawExec(copy, QStringLiteral("UPDATE journal SET value = 12") + whereTitle).isEmpty());
        CHECK_FALSE(sync::planMerge(*manager, copy, &refusal));
        CHECK(refusal.refusal == Refusal::BadValue);
        CHECK(refusal.message.contains(QStringLiteral("journal.value")));
    }
    SECTION("a row of mine altered in another column only: its clock")
    {
        const QString copy = dir->filePath(QStringLiteral("clock.alliance"));
        REQUIRE(copyFile(mine, copy));
        REQUIRE(rawExec(copy, QStringLiteral("UPDATE journal SET hlc = 'soon'") + whereTitle).isEmpty());
        CHECK_FALSE(sync::planMerge(*manager, copy, &refusal));
        CHECK(refusal.refusal == Refusal::BadValue);
        CHECK(refusal.message.contains(QStringLiteral("journal.hlc")));
    }
    SECTION("a row of mine whose value keeps its number but changes its type")
    {
        const QString copy = dir->filePath(QStringLiteral("typed.alliance"));
        REQUIRE(copyFile(mine, copy));
        const QString flagRow
            = rawValue(mine, QStringLiteral("SELECT change_id FROM journal WHERE field = 'private' AND value = 1"))
                  .toString();
        REQUIRE_FALSE(flagRow.isEmpty());
        // 1.0 equals 1 in SQL, yet a yes/no is stored as an integer.
        REQUIRE(rawExec(copy, QStringLiteral("UPDATE journal SET value = 1.0 WHERE change_id = '%1'").arg(flagRow))
                    .isEmpty());
        REQUIRE(rawValue(copy, QStringLiteral("SELECT typeof(value) FROM journal WHERE change_id = '%1'").arg(flagRow))
                    .toString()
                == QStringLiteral("real"));
        CHECK_FALSE(sync::planMerge(*manager, copy, &refusal));
        CHECK(refusal.refusal == Refusal::BadValue);
        CHECK(refusal.message.contains(QStringLiteral("journal.value")));
    }
    CHECK(manager->journalSize() == journal);
}
