// The headless verbs as a user runs them: exit codes, what is printed where,
// and files left exactly as they were.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace alliance;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs `alliance-pilot <arguments>` in-process, documents working in `working`.
Result runCli(const QStringList &arguments, const QString &working = QString())
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    DocumentOptions options;
    options.workingFolder = working;
    r.code = cli::run(QStringList{QStringLiteral("alliance-pilot")} + arguments, out, err, options);
    out.flush();
    err.flush();
    return r;
}

struct Folder
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<QTemporaryDir> workingDir = test::makeTempDir(); // working copies, apart from the files
    QString working = workingDir->path();
    QString path(const char *name) const { return dir->filePath(QString::fromLatin1(name)); }
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// One example made for the whole file through the `new` verb.
const QString &exampleProject()
{
    static Folder folder;
    static const QString path = [] {
        const QString p = folder.path("exemple.alliance");
        const Result r = runCli({QStringLiteral("new"), QStringLiteral("--example"), p}, folder.working);
        INFO(test::str(r.err));
        REQUIRE(r.code == 0);
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("the version option prints the program's version", "[cli]")
{
    const Result r = runCli({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("alliance-pilot %1\n").arg(QLatin1String(ALLIANCE_VERSION)));
    CHECK(r.out == QStringLiteral("alliance-pilot 0.1.0\n"));
    CHECK(r.err.isEmpty());
}

TEST_CASE("the help option lists every verb with a description", "[cli]")
{
    const Result r = runCli({QStringLiteral("--help")});
    CHECK(r.code == 0);
    for (const char *verb : {"new --example OUT", "validate FILE", "info FILE", "--version", "--help"})
        CHECK(r.out.contains(QLatin1String(verb)));
    CHECK(r.err.isEmpty());
    // Each verb explains itself too.
    const Result v = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    CHECK(v.code == 0);
    CHECK(v.out.contains(QStringLiteral("Usage: alliance-pilot validate FILE")));
}

TEST_CASE("verbs, and only verbs, run headless", "[cli]")
{
    auto headless
        = [](const QStringList &a) { return cli::isHeadless(QStringList{QStringLiteral("alliance-pilot")} + a); };
    CHECK(headless({QStringLiteral("validate"), QStringLiteral("x.alliance")}));
    CHECK(headless({QStringLiteral("info")}));
    CHECK(headless({QStringLiteral("new"), QStringLiteral("--example"), QStringLiteral("x")}));
    CHECK(headless({QStringLiteral("--version")}));
    CHECK(headless({QStringLiteral("--help")}));
    CHECK_FALSE(headless({}));
    CHECK_FALSE(headless({QStringLiteral("projet.alliance")}));
    CHECK_FALSE(headless({QStringLiteral("-platform"), QStringLiteral("offscreen")}));
}

TEST_CASE("new --example writes a project that validate and info accept", "[cli]")
{
    const QString path = exampleProject();
    REQUIRE(QFileInfo(path).isFile());

    const Result v = runCli({QStringLiteral("validate"), path});
    CHECK(v.code == 0);
    CHECK(v.out == QStringLiteral("%1: ok (format %2)\n").arg(path).arg(schema::currentVersion));
    CHECK(v.err.isEmpty());

    const QByteArray before = test::sha256(path);
    const QStringList entries = test::folderEntries(QFileInfo(path).absolutePath());
    const Result i = runCli({QStringLiteral("info"), path});
    INFO(test::str(i.out + i.err));
    CHECK(i.code == 0);
    CHECK(i.err.isEmpty());
    CHECK(i.out.contains(QString::fromUtf8("Title: Alliance pour l’insertion numérique en Haute-Garonne")));
    CHECK(i.out.contains(QStringLiteral("Passerelles Numériques 31: Association, Lead partner")));
    CHECK(i.out.contains(QStringLiteral("Cap Réseau Occitanie: Company, Partner")));
    CHECK(i.out.contains(QStringLiteral("Fondation Lien Commun: Foundation, Funder")));
    CHECK(i.out.contains(QStringLiteral("Communauté de communes Coteaux et Garonne: Local authority, Partner")));
    CHECK(i.out.contains(QStringLiteral("Current step: 6. Pilot (In progress)")));
    CHECK(i.out.contains(QStringLiteral("Last review: Revue annuelle 2026 (Annual review), 2026-10-20")));
    CHECK(i.out.contains(QStringLiteral("Performance ")));
    CHECK(i.out.contains(QStringLiteral("Relevance ")));
    CHECK(i.out.contains(QStringLiteral("Coherence ")));
    CHECK(i.out.contains(QStringLiteral("File format: %1").arg(schema::currentVersion)));
    // info reads in place: no working copy, lock or journal beside the file, and the file unchanged.
    CHECK(test::sha256(path) == before);
    CHECK(test::folderEntries(QFileInfo(path).absolutePath()) == entries);
}

TEST_CASE("new refuses to overwrite an existing file or to write into a missing folder", "[cli]")
{
    Folder folder;
    const QString path = folder.path("existant.alliance");
    REQUIRE(writeFile(path, "keep me"));
    const Result r = runCli({QStringLiteral("new"), QStringLiteral("--example"), path}, folder.working);
    CHECK(r.code == 1);
    CHECK(r.err.contains(path));
    CHECK(r.out.isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "keep me");

    // Nor into a folder that does not exist.
    const QString nowhere = folder.path("absent/nouveau.alliance");
    const Result n = runCli({QStringLiteral("new"), QStringLiteral("--example"), nowhere}, folder.working);
    CHECK(n.code == 1);
    CHECK(n.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(nowhere).absolutePath()));

    // Also a project made by new itself.
    const QByteArray project = test::sha256(exampleProject());
    CHECK(runCli({QStringLiteral("new"), QStringLiteral("--example"), exampleProject()}, folder.working).code == 1);
    CHECK(test::sha256(exampleProject()) == project);
}

TEST_CASE("validate and info refuse a missing file and do not create it", "[cli]")
{
    Folder folder;
    const QString path = folder.path("absent.alliance");
    for (const char *verb : {"validate", "info"}) {
        INFO(verb);
        const Result r = runCli({QLatin1String(verb), path});
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK(test::folderEntries(folder.dir->path()).isEmpty());
}

TEST_CASE("validate and info refuse a file that is not a project and leave it alone", "[cli]")
{
    Folder folder;
    const QString path = folder.path("notes.alliance");
    REQUIRE(writeFile(path, QByteArray("Compte rendu du comité de pilotage\n").repeated(20)));
    const QByteArray before = test::sha256(path);
    for (const char *verb : {"validate", "info"}) {
        INFO(verb);
        const Result r = runCli({QLatin1String(verb), path});
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("not an Alliance Pilot project")));
    }
    CHECK(test::sha256(path) == before);
    CHECK(test::folderEntries(folder.dir->path()) == QStringList{QStringLiteral("notes.alliance")});
}

TEST_CASE("info prints a hostile title as plain text", "[cli]")
{
    Folder folder;
    const QString path = folder.path("hostile.alliance");
    const QString title = QStringLiteral("Titre\x1b[2J\nFile format: 99");
    QString error;
    {
        auto doc = Document::createNew(title, test::testAuthor(), test::optionsIn(folder.working), &error);
        REQUIRE(doc);
        REQUIRE(doc->saveAs(path, &error));
    }
    const Result r = runCli({QStringLiteral("info"), path});
    CHECK(r.code == 0);
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    // The line break and escape sequence in the title cannot fake a line of output.
    CHECK_FALSE(r.out.contains(QStringLiteral("\nFile format: 99")));
    CHECK(r.out.contains(QStringLiteral("File format: %1\n").arg(schema::currentVersion)));
    CHECK(r.out.contains(QStringLiteral("Last review: none yet")));
}

TEST_CASE("a wrong command line is a usage error (exit 2) that writes nothing", "[cli]")
{
    Folder folder;
    const QString out = folder.path("nouveau.alliance");
    const QList<QStringList> wrong = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("validate")},
        {QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("a")},
        {QStringLiteral("info")},
        {QStringLiteral("--version"), QStringLiteral("extra")},
        {QStringLiteral("new"), out},
        {QStringLiteral("new"), QStringLiteral("--example")},
        {QStringLiteral("new"), QStringLiteral("--example"), QStringLiteral("--scale"), QStringLiteral("huge"), out},
        {QStringLiteral("new"), QStringLiteral("--example"), QStringLiteral("--scale")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(test::str(arguments.join(QLatin1Char(' '))));
        const Result r = runCli(arguments, folder.working);
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("Usage: alliance-pilot")));
    }
    CHECK(test::folderEntries(folder.dir->path()).isEmpty());
}
