// The headless verbs as a user runs them: exit codes, what is printed where,
// and files left exactly as they were.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/projectreader.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
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

/// Runs `alliance-pilot <arguments>` in-process, documents working in
/// `working`, on the day of `today` when valid (noon UTC), else the system's.
Result runCli(const QStringList &arguments, const QString &working = QString(), const QDate &today = QDate())
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    DocumentOptions options;
    options.workingFolder = working;
    if (today.isValid()) {
        const qint64 noon = QDateTime(today, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        options.clock = [noon] { return noon; };
    }
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot")} + arguments, out, err, options);
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
        = [](const QStringList &a) { return cli::isHeadless(QStringList {QStringLiteral("alliance-pilot")} + a); };
    CHECK(headless({QStringLiteral("validate"), QStringLiteral("x.alliance")}));
    CHECK(headless({QStringLiteral("info")}));
    CHECK(headless({QStringLiteral("new"), QStringLiteral("--example"), QStringLiteral("x")}));
    CHECK(headless({QStringLiteral("--version")}));
    CHECK(headless({QStringLiteral("--help")}));
    CHECK_FALSE(headless({}));
    CHECK_FALSE(headless({QStringLiteral("projet.alliance")}));
    CHECK_FALSE(headless({QStringLiteral("-platform"), QStringLiteral("offscreen")}));
    CHECK_FALSE(headless({QStringLiteral("/tmp/projet")}));
    // A word that cannot be a file is a mistyped command, refused without a window.
    CHECK(headless({QStringLiteral("valdate"), QStringLiteral("x.alliance")}));
    CHECK(headless({QStringLiteral("frobnicate")}));
}

TEST_CASE("a mistyped or unknown command is refused with the nearest verb suggested", "[cli]")
{
    const Result typo = runCli({QStringLiteral("valdate"), QStringLiteral("x.alliance")});
    CHECK(typo.code == 2);
    CHECK(typo.out.isEmpty());
    CHECK(typo.err.contains(QString::fromUtf8("Unknown command “valdate”.")));
    CHECK(typo.err.contains(QString::fromUtf8("Did you mean “validate”?")));

    CHECK(cli::nearestVerb(QStringLiteral("exprot")) == QStringLiteral("export"));
    CHECK(cli::nearestVerb(QStringLiteral("INFO")) == QStringLiteral("info"));
    CHECK(cli::nearestVerb(QStringLiteral("reprot")) == QStringLiteral("report"));

    const Result unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QString::fromUtf8("Unknown command “frobnicate”.")));
    CHECK_FALSE(unknown.err.contains(QStringLiteral("Did you mean")));
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
    // Each figure with the partners who answered, the step-back answers as counts.
    {
        CheckResult check;
        const auto project = readProjectFile(path, &check);
        REQUIRE(project);
        const evaluation::ReviewScores last = evaluation::scoreReviews(*project).constLast();
        REQUIRE(last.respondents == 4);
        for (const evaluation::ScoreMean &m : last.angles) {
            const QString figure
                = QCoreApplication::translate("Cli", "%1 %2% (%n partner(s) answered)", nullptr, m.respondents)
                      .arg(method::choiceLabel(method::evaluationAngles(), m.id))
                      .arg(qRound(*m.percent));
            INFO(test::str(figure));
            CHECK(i.out.contains(figure));
        }
        for (const evaluation::StepBackCount &count : last.stepBack) {
            const QString line = QStringLiteral("%1: Yes %2, Partly %3, No %4, Don't know %5")
                                     .arg(method::tr(method::findCriterion(count.criterionId)->label))
                                     .arg(count.yes)
                                     .arg(count.partly)
                                     .arg(count.no)
                                     .arg(count.dontKnow);
            INFO(test::str(line));
            CHECK(i.out.contains(line));
        }
        CHECK(i.out.contains(QStringLiteral("Indicators at the review, beside the ratings: ")));
    }
    CHECK(i.out.contains(QStringLiteral("Performance ")));
    CHECK(i.out.contains(QStringLiteral("Relevance ")));
    CHECK(i.out.contains(QStringLiteral("Coherence ")));
    // The self-diagnostic of each organisation ends with the tools to use next.
    CHECK(i.out.contains(QStringLiteral("Maturity and next tools:")));
    CHECK(i.out.contains(QStringLiteral("Cap Réseau Occitanie: Overall maturity: ")));
    CHECK(i.out.contains(QStringLiteral("Place in the ecosystem: getting started")));
    CHECK(i.out.contains(QString::fromUtf8("map your ecosystem")));
    // The lead first, as in the list of partners.
    CHECK(i.out.indexOf(QStringLiteral("- Passerelles Numériques 31: Overall maturity"))
          < i.out.indexOf(QStringLiteral("- Cap Réseau Occitanie: Overall maturity")));
    CHECK(i.out.contains(QStringLiteral("File format: %1").arg(schema::currentVersion)));
    CHECK(i.out.contains(QStringLiteral("Indicators on ")));
    CHECK(i.out.contains(QString::fromUtf8("(target 400 ordinateurs by 2026-10-31)")));
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
    CHECK(test::folderEntries(folder.dir->path()) == QStringList {QStringLiteral("notes.alliance")});
}

TEST_CASE("info prints a hostile title as plain text", "[cli]")
{
    Folder folder;
    const QString path = folder.path("hostile.alliance");
    const QString title = QStringLiteral("Titre\x1b[2J\nFile format: 99");
    QString error;
    {
        auto doc = Document::createNew(title, test::testAuthor(), test::optionsIn(folder.working), {}, &error);
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
    CHECK(r.out.contains(QStringLiteral("Indicators: none yet\n")));
    CHECK(r.out.contains(QStringLiteral("no self-diagnostic answered yet")));
}

TEST_CASE("info prints each indicator's status on the day of its clock, with the target date and what is expected",
          "[cli][time]")
{
    Folder folder;
    const QString path = folder.path("indicators.alliance");
    QString error;
    {
        auto doc = Document::createNew(QStringLiteral("Indicators"), test::testAuthor(),
                                       test::optionsIn(folder.working), {}, &error);
        REQUIRE(doc);
        const QUuid meals = QUuid::createUuid(), kept = QUuid::createUuid(), reading = QUuid::createUuid();
        const QString t = QStringLiteral("indicator"), m = QStringLiteral("measurement");
        // From 1 January 2026 to a target of 100 meals on 20 July 2026 (200
        // days); 48 meals on 11 April (day 100): 50 % expected, 48 % achieved.
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("indicators"))
                               .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("start_date"),
                                    QDate(2026, 1, 1))
                               .set(t, meals, QStringLiteral("name"), QStringLiteral("Meals\x1b[2J"))
                               .set(t, meals, QStringLiteral("unit"), QStringLiteral("meals"))
                               .set(t, meals, QStringLiteral("target"), 100.0)
                               .set(t, meals, QStringLiteral("target_date"), QDate(2026, 7, 20))
                               .set(m, reading, QStringLiteral("indicator_id"), meals)
                               .set(m, reading, QStringLiteral("date"), QDate(2026, 4, 11))
                               .set(m, reading, QStringLiteral("value"), 48.0)
                               .set(t, kept, QStringLiteral("name"), QStringLiteral("Partners"))
                               .set(t, kept, QStringLiteral("target"), 5.0)));
        REQUIRE(doc->saveAs(path, &error));
    }
    const Result before = runCli({QStringLiteral("info"), path}, folder.working, QDate(2026, 5, 1));
    INFO(test::str(before.out + before.err));
    CHECK(before.code == 0);
    CHECK(before.out.contains(
        QStringLiteral("Indicators on 2026-05-01: 1 on track, 0 at risk, 0 off track, 1 without data\n")));
    CHECK(before.out.contains(QStringLiteral(
        "  - Meals [2J: 48% achieved, 50% expected by 2026-04-11 (target 100 meals by 2026-07-20): on track\n")));
    CHECK(before.out.contains(QStringLiteral("  - Partners: no measurement yet (target 5): no data\n")));
    CHECK_FALSE(before.out.contains(QChar(0x1b)));
    // The clock says the target date has passed: the whole way was due.
    const Result after = runCli({QStringLiteral("info"), path}, folder.working, QDate(2026, 7, 21));
    CHECK(after.out.contains(
        QStringLiteral("Indicators on 2026-07-21: 0 on track, 0 at risk, 1 off track, 1 without data\n")));
    CHECK(after.out.contains(QStringLiteral(
        "  - Meals [2J: 48% achieved, 100% expected by 2026-07-20 (target 100 meals by 2026-07-20): off track\n")));
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
        // The usage, or for an unknown command where to find it.
        CHECK((r.err.contains(QStringLiteral("Usage: alliance-pilot"))
               || r.err.contains(QString::fromUtf8("Run “alliance-pilot --help”"))));
    }
    CHECK(test::folderEntries(folder.dir->path()).isEmpty());
}

namespace {

/// A saved project with a short, known history: two authors of two
/// organisations, an indicator whose target changed, a deleted note, a
/// multi-line text. Clocks start at `start` and move 1 minute per edit.
struct HistoryProject
{
    Folder folder;
    QString path = folder.path("historique.alliance");
    QUuid lyon = QUuid::createUuid(), fondation = QUuid::createUuid();
    QUuid indicator = QUuid::createUuid(), note = QUuid::createUuid();
    qint64 start = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();

    HistoryProject()
    {
        auto now = std::make_shared<qint64>(start);
        DocumentOptions options = test::optionsIn(folder.working);
        options.clock = [now] { return *now; };
        QString error;
        auto doc = Document::createNew(QStringLiteral("Alliance numérique"), test::testAuthor(), options, {}, &error);
        REQUIRE(doc);
        const QString org = QStringLiteral("organisation");
        auto apply = [&](const ChangeSet &c) {
            *now += 60000;
            INFO(test::str(error));
            REQUIRE(doc->apply(c, &error));
        };
        apply(ChangeSet(QStringLiteral("Add"))
                  .set(org, lyon, QStringLiteral("name"), QStringLiteral("Ville de Lyon"))
                  .set(org, fondation, QStringLiteral("name"), QStringLiteral("Fondation Lien")));
        doc->setAuthor({QStringLiteral("Marie Dupont"), lyon, QUuid::createUuid()});
        apply(ChangeSet(QStringLiteral("Indicator"))
                  .set(QStringLiteral("indicator"), indicator, QStringLiteral("name"),
                       QStringLiteral("Digital workshops held"))
                  .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), 12.0));
        doc->setAuthor({QStringLiteral("Karim Benali"), fondation, QUuid::createUuid()});
        apply(ChangeSet(QStringLiteral("Target"))
                  .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), 20.0));
        apply(ChangeSet(QStringLiteral("Note"))
                  .set(QStringLiteral("note"), note, QStringLiteral("text"),
                       QStringLiteral("Première ligne\nseconde ligne\x1b[2J")));
        apply(ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("note"), note));
        REQUIRE(doc->saveAs(path, &error));
    }
    QString at(int minutes) const
    {
        return QDateTime::fromMSecsSinceEpoch(start + minutes * 60000, Qt::UTC)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
};

} // namespace

TEST_CASE("info --history prints every item's changes: when, who, field, new value", "[cli][history]")
{
    HistoryProject p;
    const QByteArray before = test::sha256(p.path);
    const Result r = runCli({QStringLiteral("info"), p.path, QStringLiteral("--history")});
    INFO(test::str(r.out + r.err));
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    // The summary comes first, then the history, grouped by item in the order of their first change.
    const qsizetype history = r.out.indexOf(QStringLiteral("\nHistory:\n"));
    REQUIRE(history > r.out.indexOf(QStringLiteral("File format:")));
    const qsizetype lyon = r.out.indexOf(QStringLiteral("\n  Organisation “Ville de Lyon”\n"));
    const qsizetype indicator = r.out.indexOf(QStringLiteral("\n  Indicator “Digital workshops held”\n"));
    CHECK(history < lyon);
    CHECK(lyon < indicator);
    CHECK(r.out.contains(QStringLiteral("\n    %1  Test author  Name: Ville de Lyon\n").arg(p.at(1))));
    // Each change of the indicator on its own line, oldest first, with the author's organisation.
    const QString created = QStringLiteral("\n    %1  Marie Dupont (Ville de Lyon)  Target: 12\n").arg(p.at(2));
    const QString raised = QStringLiteral("\n    %1  Karim Benali (Fondation Lien)  Target: 20\n").arg(p.at(3));
    CHECK(r.out.indexOf(created) > indicator);
    CHECK(r.out.indexOf(raised) > r.out.indexOf(created));
    CHECK(r.out.contains(QStringLiteral("Marie Dupont (Ville de Lyon)  Name: Digital workshops held\n")));
    // A deleted item keeps its name; a multi-line text stays on one line, without escape sequences.
    CHECK(r.out.contains(QStringLiteral("\n  Note “Première ligne seconde ligne [2J” (deleted)\n")));
    CHECK(r.out.contains(QStringLiteral("Text: Première ligne seconde ligne [2J\n")));
    CHECK(r.out.contains(QStringLiteral("  %1  Karim Benali (Fondation Lien)  Deleted: deleted\n").arg(p.at(5))));
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    // Read in place, as info always is.
    CHECK(test::sha256(p.path) == before);

    // Without the option, no history.
    const Result plain = runCli({QStringLiteral("info"), p.path});
    CHECK(plain.code == 0);
    CHECK_FALSE(plain.out.contains(QStringLiteral("History:")));
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--help")}).out.contains(QStringLiteral("--history")));
}

TEST_CASE("info --history shortens long texts to one line", "[cli][history]")
{
    Folder folder;
    const QString path = folder.path("long.alliance");
    QString error;
    {
        auto doc = Document::createNew(QStringLiteral("Long"), test::testAuthor(), test::optionsIn(folder.working), {},
                                       &error);
        REQUIRE(doc);
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Stake"))
                               .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("common_stake"),
                                    QStringLiteral("mot ").repeated(500)),
                           &error));
        REQUIRE(doc->saveAs(path, &error));
    }
    const Result r = runCli({QStringLiteral("info"), path, QStringLiteral("--history")});
    REQUIRE(r.code == 0);
    const qsizetype at = r.out.indexOf(QStringLiteral("Common stake: "));
    REQUIRE(at > 0);
    const QString line = r.out.mid(at, r.out.indexOf(QLatin1Char('\n'), at) - at);
    CHECK(line.size() < 120);
    CHECK(line.endsWith(QChar(0x2026)));
    CHECK(r.out.contains(QStringLiteral("\n  Partnership “Long”\n")));
}

TEST_CASE("info prints the last steering committee, the next meeting's agenda and the open decisions, as of its clock",
          "[cli][meetings]")
{
    Folder folder;
    const QString path = folder.path("committees.alliance");
    QString error;
    {
        auto doc = Document::createNew(QStringLiteral("Committees"), test::testAuthor(),
                                       test::optionsIn(folder.working), {}, &error);
        REQUIRE(doc);
        const QUuid june = QUuid::createUuid(), march = QUuid::createUuid(), asked = QUuid::createUuid();
        const QString m = QStringLiteral("meeting");
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("committees"))
                               .set(m, june, QStringLiteral("date"), QDate(2026, 6, 9))
                               .set(m, june, QStringLiteral("kind"), QStringLiteral("steering_committee"))
                               .set(m, june, QStringLiteral("title"), QStringLiteral("June\x1b[2J"))
                               .set(m, march, QStringLiteral("date"), QDate(2027, 3, 16))
                               .set(m, march, QStringLiteral("kind"), QStringLiteral("partners_meeting"))
                               .set(m, march, QStringLiteral("title"), QStringLiteral("March"))
                               .set(m, march, QStringLiteral("agenda"), QStringLiteral("Budget\n\nHiring"))
                               .set(QStringLiteral("decision"), asked, QStringLiteral("meeting_id"), march)
                               .set(QStringLiteral("decision"), asked, QStringLiteral("text"), QStringLiteral("Hire"))
                               .set(QStringLiteral("decision"), asked, QStringLiteral("due_date"), QDate(2027, 9, 1))));
        REQUIRE(doc->saveAs(path, &error));
    }
    const Result r = runCli({QStringLiteral("info"), path}, folder.working, QDate(2026, 11, 30));
    INFO(test::str(r.out + r.err));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Last steering committee: June [2J (Steering committee), 2026-06-09\n")));
    CHECK(r.out.contains(
        QStringLiteral("Next meeting: March (Partners' meeting), 2027-03-16\n  - Budget\n  - Hiring\n")));
    CHECK(r.out.contains(QStringLiteral("Open decisions: 1\n  - Hire (To decide, due 2027-09-01)\n")));
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    // Before June, there was no committee yet; June is the next meeting.
    const Result early = runCli({QStringLiteral("info"), path}, folder.working, QDate(2026, 1, 5));
    CHECK_FALSE(early.out.contains(QStringLiteral("Last steering committee")));
    CHECK(early.out.contains(QStringLiteral("Next meeting: June [2J (Steering committee), 2026-06-09\n")));
}
