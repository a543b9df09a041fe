// `export --format json` and `new --from` as a user runs them: what they
// print, their exit codes, the files they write and those they leave alone.
#include <catch2/catch.hpp>

#include "interchangesupport.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace alliance;

namespace {

struct Folder
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<QTemporaryDir> workingDir = test::makeTempDir();
    QString working = workingDir->path();
    QString path(const char *name) const { return dir->filePath(QString::fromLatin1(name)); }
    test::CliResult run(const QStringList &arguments) const { return test::runVerb(arguments, working); }
};

QString exampleIn(const Folder &f)
{
    const QString path = f.path("exemple.alliance");
    const test::CliResult r = f.run({QStringLiteral("new"), QStringLiteral("--example"), path});
    INFO(test::str(r.err));
    REQUIRE(r.code == 0);
    return path;
}

} // namespace

TEST_CASE("export writes the partnership as JSON and new --from builds it again, byte for byte", "[interchange][cli]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QByteArray before = test::sha256(project);
    const QString json = f.path("exemple.json");
    const test::CliResult e = f.run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), json});
    INFO(test::str(e.err));
    CHECK(e.code == 0);
    CHECK(e.err.isEmpty());
    CHECK(e.out.startsWith(QStringLiteral("Wrote %1: the partnership “Alliance pour l’insertion numérique en "
                                          "Haute-Garonne”, ")
                               .arg(json)));
    CHECK(e.out.endsWith(QStringLiteral(", without private items.\n")));
    CHECK(test::sha256(project) == before);
    // The folder holds the project and the JSON: no lock file or temporary left.
    CHECK(test::folderEntries(f.dir->path())
          == (QStringList {QStringLiteral("exemple.alliance"), QStringLiteral("exemple.json")}));
    const QByteArray exported = test::readBytes(json);
    CHECK_FALSE(exported.contains("Bernard Castaing")); // the example's private contact
    // It says how many items it wrote.
    qsizetype items = 0;
    for (const QJsonValue &rows : test::jsonObjectOf(exported).value(QStringLiteral("tables")).toObject())
        items += rows.toArray().size();
    CHECK(items > 300);
    CHECK(e.out.contains(QStringLiteral(", %1 item").arg(items)));

    const QString rebuilt = f.path("rebuilt.alliance");
    const test::CliResult n = f.run({QStringLiteral("new"), QStringLiteral("--from"), json, rebuilt});
    INFO(test::str(n.err));
    CHECK(n.code == 0);
    CHECK(n.out.startsWith(QStringLiteral("Created %1").arg(rebuilt)));
    CHECK(validateProjectFile(rebuilt).ok());
    const test::CliResult info = f.run({QStringLiteral("info"), rebuilt});
    CHECK(info.out.contains(QStringLiteral("Alliance pour l’insertion numérique en Haute-Garonne")));

    const QString again = f.path("again.json");
    const test::CliResult e2 = f.run({QStringLiteral("export"), rebuilt, QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("-o"), again});
    CHECK(e2.code == 0);
    CHECK(test::readBytes(again) == exported);
}

TEST_CASE("export --private includes the private items", "[interchange][cli]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QString json = f.path("tout.json");
    const test::CliResult e = f.run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), json, QStringLiteral("--private")});
    CHECK(e.code == 0);
    CHECK(e.out.endsWith(QStringLiteral(", private items included.\n")));
    CHECK(test::readBytes(json).contains("Bernard Castaing"));
    const QJsonObject tables = test::jsonObjectOf(test::readBytes(json)).value(QStringLiteral("tables")).toObject();
    const QString partnershipId = tables.value(QStringLiteral("partnership"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
    CHECK(schema::isValidId(partnershipId));
    // The project built from it keeps the partnership's id.
    const QString rebuilt = f.path("rebuilt.alliance");
    REQUIRE(f.run({QStringLiteral("new"), QStringLiteral("--from"), json, rebuilt}).code == 0);
    CHECK(test::rawValue(rebuilt, QStringLiteral("SELECT id FROM partnership")).toString() == partnershipId);
    CHECK(test::rawValue(project, QStringLiteral("SELECT id FROM partnership")).toString() == partnershipId);
}

TEST_CASE("export and new --from refuse to replace a file, and say so", "[interchange][cli]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QString taken = f.path("taken.json");
    REQUIRE(test::writeBytes(taken, "keep me"));
    const test::CliResult e = f.run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), taken});
    CHECK(e.code == 1);
    CHECK(e.err.contains(QStringLiteral("already exists")));
    CHECK(test::readBytes(taken) == "keep me");

    const QString json = f.path("ok.json");
    REQUIRE(f.run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("-o"), json})
                .code
            == 0);
    const QString existing = f.path("existing.alliance");
    REQUIRE(test::writeBytes(existing, "keep me too"));
    const test::CliResult n = f.run({QStringLiteral("new"), QStringLiteral("--from"), json, existing});
    CHECK(n.code == 1);
    CHECK(n.err.contains(QStringLiteral("already exists")));
    CHECK(test::readBytes(existing) == "keep me too");
}

TEST_CASE("export of a file that is not a sound project is refused and writes nothing", "[interchange][cli]")
{
    Folder f;
    const QString bogus = f.path("bogus.alliance");
    REQUIRE(test::writeBytes(bogus, "SQLite format 3 but not really"));
    const QString json = f.path("out.json");
    const test::CliResult e = f.run({QStringLiteral("export"), bogus, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), json});
    CHECK(e.code == 1);
    CHECK(e.err.contains(QStringLiteral("bogus.alliance")));
    CHECK_FALSE(QFileInfo::exists(json));
}

TEST_CASE("export and new --from report usage errors with exit code 2", "[interchange][cli]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QString json = f.path("out.json");
    auto usage = [&](const QStringList &arguments, const QString &said) {
        const test::CliResult r = f.run(arguments);
        INFO(test::str(arguments.join(QLatin1Char(' '))) << "\n" << test::str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(said));
        CHECK(r.err.contains(QStringLiteral("Usage: alliance-pilot")));
        CHECK_FALSE(QFileInfo::exists(json));
    };
    usage({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("-o"),
           json},
          QStringLiteral("Unknown format “ods”"));
    usage({QStringLiteral("export"), project, QStringLiteral("-o"), json}, QStringLiteral("--format json"));
    usage({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("json")},
          QStringLiteral("(-o)"));
    usage({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json},
          QStringLiteral("Missing argument"));
    usage({QStringLiteral("new"), QStringLiteral("--from"), json, QStringLiteral("--example"), f.path("x.alliance")},
          QStringLiteral("one of them"));
    usage({QStringLiteral("new"), QStringLiteral("--from"), json, QStringLiteral("--scale"), QStringLiteral("large"),
           f.path("x.alliance")},
          QStringLiteral("--scale goes with --example only"));
    usage({QStringLiteral("new"), f.path("x.alliance")}, QStringLiteral("one of them"));

    const test::CliResult help = f.run({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral(
        "Usage: alliance-pilot export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]")));
    CHECK(help.out.contains(QStringLiteral("--private")));
}

TEST_CASE("the help lists export and new --from", "[interchange][cli]")
{
    Folder f;
    const test::CliResult r = f.run({QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\n  export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]  "
                                        "Write the partnership")));
    CHECK(r.out.contains(QStringLiteral("\n  new --from IN.json OUT  ")));
    CHECK(r.out.contains(QStringLiteral("\n  new --example OUT [--scale large]  ")));
}
