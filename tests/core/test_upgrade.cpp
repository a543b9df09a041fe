// A file written by the release of format 3 opens with today's code: it is
// upgraded in the working copy, every value is kept, the earlier answers land
// in the new structure, and the original stays as it was.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include "document/document.h"
#include "evaluation/recommendation.h"
#include "storage/filecheck.h"
#include "storage/schema.h"

#include <QDir>

using namespace alliance;
using namespace alliance::test;

namespace {

QString fixture()
{
    return QStringLiteral(ALLIANCE_SOURCE_DIR "/tests/data/example-format3.alliance");
}

// Columns of `table` as format 3 had them.
QStringList format3Columns(const schema::Table &table)
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("deleted")};
    for (const schema::Column &c : table.columns)
        if (c.sinceVersion <= 3)
            columns << c.name;
    return columns;
}

} // namespace

TEST_CASE("A format-3 file from the previous release opens, upgrades and keeps every value", "[migration]")
{
    auto dir = makeTempDir();
    const QString old = dir->filePath(QStringLiteral("old.alliance"));
    REQUIRE(copyFile(fixture(), old));
    REQUIRE(rawValue(old, QStringLiteral("PRAGMA user_version")).toInt() == 3);
    const QByteArray digest = sha256(old);

    CheckResult opened;
    auto doc = Document::open(old, testAuthor(), optionsIn(dir->filePath(QStringLiteral("work"))), &opened);
    INFO(str(opened.message));
    REQUIRE(doc);
    CHECK(doc->project().schemaVersion == schema::currentVersion);

    const QString upgraded = dir->filePath(QStringLiteral("upgraded.alliance"));
    QString error;
    REQUIRE(doc->saveAs(upgraded, &error));
    CHECK(validateProjectFile(upgraded).ok());
    CHECK(rawValue(upgraded, QStringLiteral("PRAGMA user_version")).toInt() == schema::currentVersion);

    // Every row and every value of every table of format 3, and the journal.
    int tablesCompared = 0;
    for (const schema::Table &table : schema::tables()) {
        if (table.sinceVersion > 3)
            continue;
        INFO("table " << str(table.name));
        const QString select = QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                   .arg(format3Columns(table).join(QStringLiteral(", ")), table.name);
        const QList<QVariantList> before = rawRows(old, select);
        CHECK(rawRows(upgraded, select) == before);
        ++tablesCompared;
    }
    CHECK(tablesCompared == 24);
    const QString journal
        = QStringLiteral("SELECT change_id, entity, entity_id, field, value, hlc, author_name, author_org, "
                         "installation FROM journal ORDER BY seq");
    const QList<QVariantList> journalBefore = rawRows(old, journal);
    CHECK(journalBefore.size() == 1498);
    CHECK(rawRows(upgraded, journal).mid(0, journalBefore.size()) == journalBefore);

    // The earlier answers in the new structure.
    const Project &p = doc->project();
    const Organisation *lead = p.leadOrganisation();
    REQUIRE(lead);
    REQUIRE_FALSE(p.needAnswers.isEmpty());
    for (const NeedAnswer &n : p.needAnswers)
        CHECK(n.organisationId == lead->id);
    int stepBack = 0;
    for (const ReviewScore &s : p.reviewScores) {
        if (s.criterionId == QLatin1String("reduced_fragilities")
            || s.criterionId == QLatin1String("sustainable_drivers")) {
            ++stepBack;
            CHECK((s.answer == QLatin1String("yes") || s.answer == QLatin1String("partly")
                   || s.answer == QLatin1String("no")));
        } else {
            CHECK(s.answer.isEmpty());
        }
        CHECK_FALSE(s.noScore);
    }
    CHECK(stepBack > 0);
    // The model the previous release chose is the relationship described.
    const evaluation::Recommendation r = evaluation::recommend(p);
    CHECK(r.modelId == p.partnership.modelId);
    CHECK_FALSE(r.modelId.isEmpty());

    doc.reset();
    CHECK(sha256(old) == digest); // the original is untouched
}
