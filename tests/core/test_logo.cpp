// An organisation's logo: only PNG or JPEG bytes of bounded size are taken,
// and a logo set is saved, reopened and undone like any field.
#include "document/document.h"
#include "model/ids.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace alliance;
using namespace alliance::test;

namespace {
const QByteArray pngStart("\x89PNG\r\n\x1a\n", 8);
}

TEST_CASE("A logo must be a PNG or JPEG image of bounded size, a good one is saved and reopened", "[logo]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Logos"), testAuthor(), optionsIn(work), {}, &error);
    REQUIRE(doc);
    const QUuid org = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Partner"))
                           .set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Lead")),
                       &error));
    const QUuid logo = ids::organisationLogo(org);
    auto setLogo = [&](const QByteArray &bytes) {
        error.clear();
        return doc->apply(
            ChangeSet(QStringLiteral("Logo"))
                .set(QStringLiteral("organisation_logo"), logo, QStringLiteral("organisation_id"), schema::idText(org))
                .set(QStringLiteral("organisation_logo"), logo, QStringLiteral("image"), bytes),
            &error);
    };
    const qint64 journal = doc->journalSize();
    CHECK_FALSE(setLogo(QByteArray("<svg onload=\"alert(1)\"/>")));
    CHECK(error.contains(QStringLiteral("PNG")));
    CHECK_FALSE(setLogo(QByteArray("GIF89a") + QByteArray(100, 'x')));
    CHECK_FALSE(setLogo(pngStart + QByteArray(schema::maxImageBytes, 'x')));
    CHECK(doc->journalSize() == journal);
    CHECK(doc->project().logoOf(org).isEmpty());

    const QByteArray good = pngStart + QByteArray("a small logo");
    REQUIRE(setLogo(good));
    CHECK(doc->project().logoOf(org) == good);
    const QString file = dir->filePath(QStringLiteral("logos.alliance"));
    REQUIRE(doc->saveAs(file, &error));
    CheckResult check;
    auto reopened = Document::open(file, testAuthor(), optionsIn(work), &check);
    REQUIRE(reopened);
    CHECK(reopened->project().logoOf(org) == good);

    REQUIRE(doc->undo(&error));
    CHECK(doc->project().logoOf(org).isEmpty());
}

TEST_CASE("A received file with a logo larger than allowed is refused and left as it was", "[logo][hostile]")
{
    auto dir = makeTempDir();
    const QString file = dir->filePath(QStringLiteral("partner.alliance"));
    makeFixture(file, dir->filePath(QStringLiteral("work")), 2);
    REQUIRE(rawExec(file,
                    QStringLiteral("UPDATE organisation_logo SET image = "
                                   "CAST(x'89504e470d0a1a0a' || printf('%.*c', 300000, 'x') AS BLOB)"))
                .isEmpty());
    const QByteArray before = sha256(file);
    const CheckResult check = validateProjectFile(file);
    CHECK(check.refusal == Refusal::BadValue);
    CHECK(check.message.contains(QStringLiteral("organisation_logo.image")));
    CHECK(sha256(file) == before);
}
