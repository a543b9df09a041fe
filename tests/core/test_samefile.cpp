// One rule for "is this the same file", and the refusal to write over the
// project file that rests on it.
#include "document/document.h"
#include "io/jsonexport.h"
#include "storage/samefile.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <unistd.h>

using namespace alliance;

namespace {

void touch(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("project");
}

/// Runs the test from `folder`, so that relative paths resolve there.
struct InFolder
{
    QString before = QDir::currentPath();
    explicit InFolder(const QString &folder) { REQUIRE(QDir::setCurrent(folder)); }
    ~InFolder() { QDir::setCurrent(before); }
};

} // namespace

TEST_CASE("The same file under another name is the same file", "[samefile]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("projet.alliance"));
    touch(project);
    InFolder here(dir.path());

    SECTION("a relative path and a ./ path")
    {
        CHECK(sameFile(QStringLiteral("projet.alliance"), project));
        CHECK(sameFile(QStringLiteral("./projet.alliance"), project));
    }
    SECTION("a symbolic link to it")
    {
        const QString link = dir.filePath(QStringLiteral("lien.alliance"));
        REQUIRE(QFile::link(project, link));
        CHECK(sameFile(link, project));
        CHECK(sameFile(project, QStringLiteral("lien.alliance")));
    }
    SECTION("a hard link to it")
    {
        const QString hard = dir.filePath(QStringLiteral("dur.alliance"));
        REQUIRE(::link(QFile::encodeName(project).constData(), QFile::encodeName(hard).constData()) == 0);
        CHECK(sameFile(hard, project));
    }
    SECTION("a linked folder")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
        REQUIRE(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("alias"))));
        // Neither exists yet: the same place once the folder's link is followed.
        CHECK(sameFile(dir.filePath(QStringLiteral("alias/new.pdf")), dir.filePath(QStringLiteral("real/new.pdf"))));
        CHECK(sameFile(QStringLiteral("alias/./new.pdf"), dir.filePath(QStringLiteral("real/new.pdf"))));
    }
    SECTION("but a copy, another name or nothing is not")
    {
        const QString copy = dir.filePath(QStringLiteral("copie.alliance"));
        REQUIRE(QFile::copy(project, copy));
        CHECK_FALSE(sameFile(copy, project));
        CHECK_FALSE(sameFile(QStringLiteral("autre.alliance"), project));
        CHECK_FALSE(sameFile(QString(), project));
        CHECK_FALSE(sameFile(QString(), QString()));
        CHECK(sameFile(QStringLiteral("nouveau.pdf"), QStringLiteral("./nouveau.pdf"))); // neither exists
    }
}

TEST_CASE("Writing over the project file is refused under any of its names, with one message", "[samefile]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("projet.alliance"));
    touch(project);
    const QString link = dir.filePath(QStringLiteral("lien.alliance"));
    REQUIRE(QFile::link(project, link));
    InFolder here(dir.path());

    const QString refusal = refusalToReplaceProject(QStringLiteral("./projet.alliance"), project);
    CHECK(refusal.contains(QStringLiteral("projet.alliance")));
    CHECK_FALSE(refusalToReplaceProject(link, project).isEmpty());
    CHECK(refusalToReplaceProject(dir.filePath(QStringLiteral("rapport.pdf")), project).isEmpty());
    CHECK(refusalToReplaceProject(dir.filePath(QStringLiteral("rapport.pdf")), QString()).isEmpty()); // never saved
}

TEST_CASE("A partner's copy or an export never replaces the open project, under any of its names", "[samefile]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Alliance"), {QStringLiteral("Claire"), {}, QUuid::createUuid()},
                                   options, {}, &error);
    REQUIRE(doc);
    const QUuid partner = QUuid::createUuid();
    REQUIRE(
        doc->apply(ChangeSet(QStringLiteral("Add"))
                       .set(QStringLiteral("organisation"), partner, QStringLiteral("name"), QStringLiteral("Horizon")),
                   &error));
    const QString project = dir.filePath(QStringLiteral("projet.alliance"));
    REQUIRE(doc->saveAs(project, &error));
    const QString link = dir.filePath(QStringLiteral("lien.alliance"));
    REQUIRE(QFile::link(project, link));
    const QByteArray before = test::sha256(project);
    const qint64 journal = doc->journalSize();
    InFolder here(dir.path());

    for (const QString &name : {link, QStringLiteral("./projet.alliance"), QStringLiteral("projet.alliance")}) {
        INFO(name.toStdString());
        error.clear();
        CHECK_FALSE(sync::sharePartnerCopy(*doc, partner, name, &error));
        CHECK(error == refusalToReplaceProject(name, project));
        error.clear();
        CHECK_FALSE(writePartnershipJson(*doc, name, false, &error));
        CHECK(error == refusalToReplaceProject(name, project));
    }
    CHECK(test::sha256(project) == before);
    CHECK(doc->journalSize() == journal); // no share was recorded
    // Another name is fine.
    CHECK(sync::sharePartnerCopy(*doc, partner, dir.filePath(QStringLiteral("copie.alliance")), &error));
}
