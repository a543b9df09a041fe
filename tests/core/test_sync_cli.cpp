// The share and merge verbs as a manager runs them: what is printed, exit
// codes, and the input files left exactly as they were.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "example/examplegenerator.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTextStream>

using namespace alliance;
using namespace alliance::test;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments, const QString &working)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot")} + arguments, out, err, optionsIn(working));
    out.flush();
    err.flush();
    return r;
}

} // namespace

TEST_CASE("share and merge verbs: a copy for a partner, their edits merged back, inputs untouched", "[sync][cli]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString mine = dir->filePath(QStringLiteral("projet.alliance"));
    QString error;
    {
        auto doc = Document::createNew(QString(), Author {QStringLiteral("Manager"), {}, QUuid::createUuid()},
                                       optionsIn(work), {}, &error);
        REQUIRE(doc);
        REQUIRE(example::fillExample(*doc, &error));
        REQUIRE(doc->saveAs(mine, &error));
    }
    CheckResult check;
    auto reader = Document::open(mine, testAuthor(), optionsIn(work), &check);
    REQUIRE(reader);
    const Project project = reader->project();
    reader.reset();
    const Organisation *partner = nullptr;
    for (const auto &o : project.organisations)
        if (!o.isPrivate && o.role != QLatin1String("lead"))
            partner = &o;
    REQUIRE(partner);
    const QByteArray mineDigest = sha256(mine);
    const QString copy = dir->filePath(QStringLiteral("copie.alliance"));

    // Unknown: refused, with the partners listed.
    Result r = runCli({QStringLiteral("share"), mine, QStringLiteral("--partner"), QStringLiteral("Nobody"),
                       QStringLiteral("-o"), copy},
                      work);
    CHECK(r.code == cli::Refused);
    CHECK(r.err.contains(partner->name));
    CHECK_FALSE(QFileInfo::exists(copy));
    r = runCli({QStringLiteral("share"), mine, QStringLiteral("-o"), copy}, work);
    CHECK(r.code == cli::Usage);

    // The name in another case.
    r = runCli({QStringLiteral("share"), mine, QStringLiteral("--partner"), partner->name.toUpper(),
                QStringLiteral("-o"), copy},
               work);
    INFO(str(r.err));
    REQUIRE(r.code == cli::Ok);
    CHECK(r.out.contains(copy));
    CHECK(sha256(mine) == mineDigest);
    CHECK(validateProjectFile(copy).ok());
    CHECK(rawValue(copy, QStringLiteral("SELECT count(*) FROM contact WHERE private = 1")).toLongLong() == 0);
    CHECK(rawValue(copy, QStringLiteral("SELECT count(*) FROM note WHERE private = 1")).toLongLong() == 0);
    CHECK(rawValue(copy, QStringLiteral("SELECT organisation_id FROM partner_copy")).toString()
          == schema::idText(partner->id));
    CHECK(rawValue(copy, QStringLiteral("SELECT count(*) FROM partner_share")).toLongLong() == 1);
    // An existing OUT is left alone.
    const QByteArray copyDigest = sha256(copy);
    r = runCli({QStringLiteral("share"), mine, QStringLiteral("--partner"), partner->name, QStringLiteral("-o"), copy},
               work);
    CHECK(r.code == cli::Refused);
    CHECK(sha256(copy) == copyDigest);

    // The partner edits their copy; the manager edits the same title.
    {
        CheckResult opened;
        auto theirs = Document::open(copy, Author {QStringLiteral("Partner"), partner->id, QUuid::createUuid()},
                                     optionsIn(work), &opened);
        REQUIRE(theirs);
        REQUIRE(theirs->apply(ChangeSet(QStringLiteral("Title"))
                                  .set(QStringLiteral("partnership"), theirs->partnershipId(), QStringLiteral("title"),
                                       QStringLiteral("Their title")),
                              &error));
        REQUIRE(theirs->save(&error));
    }
    const QString edited = dir->filePath(QStringLiteral("projet-2.alliance"));
    {
        CheckResult opened;
        auto doc = Document::open(mine, Author {QStringLiteral("Manager"), {}, QUuid::createUuid()}, optionsIn(work),
                                  &opened);
        REQUIRE(doc);
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Title"))
                               .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                                    QStringLiteral("My title")),
                           &error));
        REQUIRE(doc->saveAs(edited, &error));
    }
    const QByteArray editedDigest = sha256(edited);
    const QByteArray theirDigest = sha256(copy);
    const QString merged = dir->filePath(QStringLiteral("fusion.alliance"));
    r = runCli({QStringLiteral("merge"), edited, copy, QStringLiteral("-o"), merged}, work);
    INFO(str(r.out) << str(r.err));
    REQUIRE(r.code == cli::Ok);
    CHECK(r.out.contains(QStringLiteral("1 conflict")));
    CHECK(r.out.contains(QStringLiteral("My title")));
    CHECK(r.out.contains(QStringLiteral("Their title")));
    CHECK(r.out.contains(QStringLiteral("Partner (%1)").arg(partner->name)));
    CHECK(sha256(edited) == editedDigest);
    CHECK(sha256(copy) == theirDigest);
    CHECK(validateProjectFile(merged).ok());
    // The latest edit (the manager's) is kept; the share came back with the copy.
    CHECK(rawValue(merged, QStringLiteral("SELECT title FROM partnership")).toString() == QStringLiteral("My title"));
    CHECK(rawValue(merged, QStringLiteral("SELECT count(*) FROM partner_share")).toLongLong() == 1);
    CHECK(rawValue(merged, QStringLiteral("SELECT count(*) FROM partner_copy")).toLongLong() == 0);

    // A file of another partnership: exit 1, a clear message, nothing written.
    const QString other = dir->filePath(QStringLiteral("autre.alliance"));
    makeFixture(other, work);
    const QString refusedOut = dir->filePath(QStringLiteral("refused.alliance"));
    r = runCli({QStringLiteral("merge"), edited, other, QStringLiteral("-o"), refusedOut}, work);
    CHECK(r.code == cli::Refused);
    CHECK(r.err.contains(QStringLiteral("another partnership")));
    CHECK_FALSE(QFileInfo::exists(refusedOut));
    // OUT may not be one of the inputs.
    r = runCli({QStringLiteral("merge"), edited, copy, QStringLiteral("-o"), edited}, work);
    CHECK(r.code == cli::Usage);
    CHECK(sha256(edited) == editedDigest);
}

TEST_CASE("--help lists share and merge", "[sync][cli]")
{
    const QString help = cli::helpText();
    CHECK(help.contains(QStringLiteral("  share FILE --partner NAME -o OUT")));
    CHECK(help.contains(QStringLiteral("  merge MINE THEIRS -o OUT")));
}
