// A partner's copy is untrusted: whatever it holds, the manager's project
// stays theirs. Each test crafts one kind of hostile copy (by code) and checks
// what the manager would notice: the refusal and its reason, both inputs
// byte-identical, the merged file valid, private items untouched.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "journal/hlc.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace alliance;
using namespace alliance::test;

namespace {

const QString org = QStringLiteral("organisation");
const QString contactTable = QStringLiteral("contact");
const QString noteTable = QStringLiteral("note");

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

/// A manager's project with a lead, two partners, a private note and a
/// private contact, saved; and the copy shared with the first partner.
struct Shared
{
    std::unique_ptr<QTemporaryDir> dir = makeTempDir();
    QString work = dir->filePath(QStringLiteral("work"));
    QString mine = dir->filePath(QStringLiteral("mine.alliance"));
    QString copy = dir->filePath(QStringLiteral("copy.alliance"));
    Author manager {QStringLiteral("Claire"), {}, QUuid::createUuid()};
    QUuid lead = QUuid::createUuid(), partner = QUuid::createUuid(), other = QUuid::createUuid();
    QUuid note = QUuid::createUuid(), contact = QUuid::createUuid(), publicNote = QUuid::createUuid();
    QUuid partnership;
    qint64 now = QDateTime::currentMSecsSinceEpoch();

    Shared()
    {
        QString error;
        auto doc = Document::createNew(QStringLiteral("Alliance"), manager, optionsIn(work), {}, &error);
        REQUIRE(doc);
        partnership = doc->partnershipId();
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Setup"))
                               .set(org, lead, QStringLiteral("name"), QStringLiteral("Association pilote"))
                               .set(org, lead, QStringLiteral("role"), QStringLiteral("lead"))
                               .set(org, partner, QStringLiteral("name"), QStringLiteral("Entreprise A"))
                               .set(org, other, QStringLiteral("name"), QStringLiteral("Fondation B"))
                               .set(noteTable, note, QStringLiteral("text"), QStringLiteral("Budget serré"))
                               .set(noteTable, publicNote, QStringLiteral("text"), QStringLiteral("Ordre du jour"))
                               .set(contactTable, contact, QStringLiteral("organisation_id"), schema::idText(lead))
                               .set(contactTable, contact, QStringLiteral("name"), QStringLiteral("Directrice"))
                               .set(contactTable, contact, QStringLiteral("email"), QStringLiteral("dir@example.org")),
                           &error));
        // The partner's copy is made before the note and contact become private: it knows their ids.
        REQUIRE(sync::sharePartnerCopy(*doc, partner, copy, &error));
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Private"))
                               .set(noteTable, note, QStringLiteral("private"), true)
                               .set(contactTable, contact, QStringLiteral("private"), true),
                           &error));
        REQUIRE(doc->saveAs(mine, &error));
    }

    /// Adds a crafted change to the partner's copy, in the partner's name.
    void craft(const QString &table, const QUuid &id, const QString &field, const QString &valueSql,
               qint64 ahead = 1000)
    {
        const QString sql = journalRowSql(table, schema::idText(id), field, valueSql, now + ahead, {}, {},
                                          QStringLiteral("Alice"), schema::idText(partner));
        INFO(str(sql));
        REQUIRE(rawExec(copy, sql).isEmpty());
    }

    std::unique_ptr<Document> openMine() const
    {
        CheckResult opened;
        auto doc = Document::open(mine, manager, optionsIn(work), &opened);
        INFO(str(opened.message));
        REQUIRE(doc);
        return doc;
    }
};

struct Verb
{
    int code = -1;
    QString out, err;
};

Verb runVerb(const QStringList &arguments, const QString &work)
{
    Verb r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot")} + arguments, out, err, optionsIn(work));
    out.flush();
    err.flush();
    return r;
}

const sync::RefusedChange *refusedFor(const sync::MergePlan &plan, const QUuid &id)
{
    for (const auto &r : plan.refused)
        if (r.entityId == id)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("Clocks have one spelling and compare as numbers", "[hostile][clock]")
{
    const QString node = schema::idText(QUuid::createUuid());
    const Hlc real {1767225600000, 3, node};
    CHECK(Hlc::parse(real.toString()) == real);
    CHECK(isWellFormedClock(real.toString()));
    // Padding, signs, short or long parts, capitals: each is not a clock.
    const QStringList bad {QStringLiteral("9               -00000000-") + node,
                           QStringLiteral("+000000000000009-00000000-") + node,
                           QStringLiteral(" 000000000000009-00000000-") + node,
                           QStringLiteral("000000000000009-00000000-") + node,
                           QStringLiteral("00000000000000009-00000000-") + node,
                           QStringLiteral("0000000000000009-0000000x-") + node,
                           QStringLiteral("0000000000000009-00000000-") + node.toUpper(),
                           QStringLiteral("0000000000000009-00000000-x"),
                           QStringLiteral("0001767225600000-00000000-") + node + QStringLiteral(" ")};
    for (const QString &b : bad) {
        INFO(str(b));
        CHECK_FALSE(Hlc::parse(b));
        CHECK_FALSE(isWellFormedClock(b));
    }
    const Hlc earlier {9, 99999999, node}, later {10, 0, node};
    CHECK(compareClocks(earlier.toString(), later.toString()) < 0);
    CHECK(compareClocks(later.toString(), earlier.toString()) > 0);
    CHECK(compareClocks(real.toString(), real.toString()) == 0);
    // Past 8 digits of counter, the generator borrows the next millisecond.
    HlcGenerator generator(node, [] { return qint64(5); });
    generator.observe(Hlc {5, 99999999, node});
    const Hlc next = generator.next();
    CHECK(next.wallMs == 6);
    CHECK(isWellFormedClock(next.toString()));
}

TEST_CASE("A copy with a clock spelled another way is refused, and nothing changes", "[hostile][clock]")
{
    Shared s;
    const QByteArray mineDigest = sha256(s.mine);
    // "9" and spaces reads as 1970 but sorts after every real clock.
    const QString padded = QStringLiteral("9               -00000000-") + schema::idText(QUuid::createUuid());
    REQUIRE(rawExec(s.copy,
                    journalRowSql(QStringLiteral("partnership"), schema::idText(s.partnership), QStringLiteral("title"),
                                  QStringLiteral("'Forever'"), 0, schema::idText(QUuid::createUuid()), padded))
                .isEmpty());
    const QByteArray copyDigest = sha256(s.copy);
    const CheckResult check = validateProjectFile(s.copy);
    CHECK(check.refusal == Refusal::BadValue);
    CHECK(check.message.contains(QStringLiteral("journal.hlc")));
    auto doc = s.openMine();
    CheckResult refusal;
    CHECK_FALSE(sync::planMerge(*doc, s.copy, &refusal));
    CHECK(refusal.refusal == Refusal::BadValue);
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"),
                                 s.dir->filePath(QStringLiteral("out.alliance"))},
                                s.work);
    CHECK(merged.code == 1);
    CHECK(merged.err.contains(QStringLiteral("journal.hlc")));
    CHECK_FALSE(QFileInfo::exists(s.dir->filePath(QStringLiteral("out.alliance"))));
    CHECK(sha256(s.mine) == mineDigest);
    CHECK(sha256(s.copy) == copyDigest);
}

TEST_CASE("A partner's copy cannot change, delete, reassign or unhide the manager's private items",
          "[hostile][private]")
{
    Shared s;
    const QUuid theirPrivate = QUuid::createUuid();
    s.craft(noteTable, s.note, QStringLiteral("text"), QStringLiteral("'Leaked'"));
    s.craft(noteTable, s.note, QStringLiteral("private"), QStringLiteral("0"));
    s.craft(noteTable, s.note, QStringLiteral("deleted"), QStringLiteral("1"));
    s.craft(contactTable, s.contact, QStringLiteral("email"), QStringLiteral("'attacker@example.org'"));
    s.craft(contactTable, s.contact, QStringLiteral("organisation_id"), quoted(schema::idText(s.partner)));
    s.craft(org, s.lead, QStringLiteral("private"), QStringLiteral("1"));
    // The partner's own private note stays theirs; a public edit comes in.
    s.craft(noteTable, theirPrivate, QStringLiteral("text"), QStringLiteral("'Notre marge'"));
    s.craft(noteTable, theirPrivate, QStringLiteral("private"), QStringLiteral("1"));
    s.craft(noteTable, s.publicNote, QStringLiteral("text"), QStringLiteral("'Ordre du jour revu'"));
    const QByteArray copyDigest = sha256(s.copy);
    const QByteArray mineDigest = sha256(s.mine);

    auto doc = s.openMine();
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, s.copy, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    CHECK(plan->copyFor == QStringLiteral("Entreprise A"));
    const auto *noteRefused = refusedFor(*plan, s.note);
    REQUIRE(noteRefused);
    CHECK(noteRefused->changes == 3);
    CHECK(noteRefused->reason == QStringLiteral("private in your project"));
    REQUIRE(refusedFor(*plan, s.contact));
    CHECK(refusedFor(*plan, s.contact)->changes == 2);
    REQUIRE(refusedFor(*plan, s.lead));
    CHECK(refusedFor(*plan, s.lead)->reason == QStringLiteral("would change who is private"));
    REQUIRE(refusedFor(*plan, theirPrivate));
    CHECK(refusedFor(*plan, theirPrivate)->reason == QStringLiteral("marked private in their copy"));
    QString error;
    REQUIRE(doc->applyMerge(*plan, {}, &error));

    const Project &p = doc->project();
    const Note *note = nullptr;
    for (const auto &n : p.notes)
        if (n.id == s.note)
            note = &n;
    REQUIRE(note);
    CHECK(note->text == QStringLiteral("Budget serré"));
    CHECK(note->isPrivate);
    CHECK(doc->value(contactTable, s.contact, QStringLiteral("email")).toString() == QStringLiteral("dir@example.org"));
    CHECK(doc->value(contactTable, s.contact, QStringLiteral("organisation_id")).toString() == schema::idText(s.lead));
    CHECK(doc->value(org, s.lead, QStringLiteral("private")).toLongLong() == 0);
    CHECK(doc->value(noteTable, theirPrivate, QStringLiteral("text")).isNull());
    CHECK(doc->value(noteTable, s.publicNote, QStringLiteral("text")).toString()
          == QStringLiteral("Ordre du jour revu"));

    // The next share, to the other partner, carries neither the note nor the e-mail address.
    const QString next = s.dir->filePath(QStringLiteral("next.alliance"));
    REQUIRE(sync::sharePartnerCopy(*doc, s.other, next, &error));
    QString shared;
    for (const auto &lines : dumpContent(next))
        shared += lines.join(QLatin1Char('\n'));
    CHECK_FALSE(shared.contains(QStringLiteral("Budget serré")));
    CHECK_FALSE(shared.contains(QStringLiteral("Leaked")));
    CHECK_FALSE(shared.contains(QStringLiteral("dir@example.org")));
    CHECK_FALSE(shared.contains(QStringLiteral("attacker@example.org")));
    CHECK_FALSE(shared.contains(QStringLiteral("Notre marge")));
    CHECK(shared.contains(QStringLiteral("Association pilote")));
    CHECK(sha256(s.copy) == copyDigest);
    CHECK(sha256(s.mine) == mineDigest);

    // The verb says it too: what was left out, and why.
    const QString out = s.dir->filePath(QStringLiteral("out.alliance"));
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"), out}, s.work);
    INFO(str(merged.err));
    CHECK(merged.code == 0);
    CHECK(merged.out.contains(QStringLiteral("Left out (4 item(s)):")));
    CHECK(merged.out.contains(QStringLiteral("private in your project (3 change(s))")));
    CHECK(merged.out.contains(QStringLiteral("copy made for Entreprise A")));
    CHECK(validateProjectFile(out).ok());
    // Later, the history says whose copy the partner's changes came through.
    INFO(str(rawRows(out, QStringLiteral("SELECT through || ' ' || first_seq || '-' || last_seq FROM merge_record"))
                 .value(0)
                 .value(0)
                 .toString()));
    const Verb history = runVerb({QStringLiteral("info"), out, QStringLiteral("--history")}, s.work);
    CHECK(history.code == 0);
    bool revised = false;
    for (const QString &line : history.out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("    ")) && line.contains(QStringLiteral("Ordre du jour revu"))) {
            revised = true;
            CHECK(line.contains(QStringLiteral("(through the copy for Entreprise A)")));
        }
    CHECK(revised);
    CHECK_FALSE(history.out.contains(QStringLiteral("Budget serré  (through")));
}

TEST_CASE("The manager's own file, changed on disk by another window, merges whole: it is no partner's copy",
          "[hostile][private]")
{
    Shared s;
    auto window = s.openMine();
    QString error;
    {
        auto other = s.openMine(); // the same manager, the same computer, a second window
        REQUIRE(other->apply(ChangeSet(QStringLiteral("Note"))
                                 .set(noteTable, s.note, QStringLiteral("text"), QStringLiteral("Budget revu")),
                             &error));
        REQUIRE(other->save(Document::IfChangedOnDisk::Overwrite, &error));
    }
    REQUIRE(window->isChangedOnDisk());
    CheckResult refusal;
    const auto plan = sync::planMerge(*window, s.mine, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    CHECK(plan->refused.isEmpty());
    REQUIRE(window->applyMerge(*plan, {}, &error));
    CHECK(window->value(noteTable, s.note, QStringLiteral("text")).toString() == QStringLiteral("Budget revu"));
    CHECK_FALSE(window->isChangedOnDisk());
}

TEST_CASE("A copy holding changes forged in the manager's name is refused", "[hostile][forged]")
{
    Shared s;
    REQUIRE(rawExec(s.copy,
                    journalRowSql(noteTable, schema::idText(s.publicNote), QStringLiteral("text"),
                                  QStringLiteral("'Signed by the manager'"), s.now + 1000,
                                  schema::idText(s.manager.installationId), {}, s.manager.name))
                .isEmpty());
    const QByteArray copyDigest = sha256(s.copy);
    auto doc = s.openMine();
    CheckResult refusal;
    CHECK_FALSE(sync::planMerge(*doc, s.copy, &refusal));
    CHECK(refusal.refusal == Refusal::ForgedChange);
    CHECK(refusal.message.contains(QStringLiteral("in your name")));
    CHECK(refusal.message.contains(QStringLiteral("copy.alliance")));
    CHECK(doc->value(noteTable, s.publicNote, QStringLiteral("text")).toString() == QStringLiteral("Ordre du jour"));
    CHECK(sha256(s.copy) == copyDigest);
}

TEST_CASE("A merge never writes a file that the app would refuse", "[hostile][merge]")
{
    Shared s;
    // A review score that names no criterion: every value valid alone, the item not.
    const QUuid review = QUuid::createUuid(), score = QUuid::createUuid();
    s.craft(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("'Revue'"));
    s.craft(QStringLiteral("review_score"), score, QStringLiteral("review_id"), quoted(schema::idText(review)));
    s.craft(QStringLiteral("review_score"), score, QStringLiteral("score"), QStringLiteral("3"));
    REQUIRE(validateProjectFile(s.copy).ok()); // the journal alone is sound
    const QByteArray mineDigest = sha256(s.mine);
    auto doc = s.openMine();
    const qint64 journal = doc->journalSize();
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, s.copy, &refusal);
    REQUIRE(plan);
    QString error;
    CHECK_FALSE(doc->applyMerge(*plan, {}, &error));
    CHECK(error.contains(QStringLiteral("does not pass its checks")));
    CHECK(error.contains(QStringLiteral("review_score.criterion_id")));
    CHECK(doc->journalSize() == journal);
    CHECK_FALSE(doc->isModified());
    CHECK(doc->project().reviews.isEmpty());

    const QString out = s.dir->filePath(QStringLiteral("out.alliance"));
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"), out}, s.work);
    CHECK(merged.code == 1);
    CHECK(merged.err.contains(QStringLiteral("does not pass its checks")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(sha256(s.mine) == mineDigest);
}

TEST_CASE("A second partnership in a copy's journal is left out, the result validates", "[hostile][merge]")
{
    Shared s;
    const QUuid second = QUuid::createUuid();
    s.craft(QStringLiteral("partnership"), second, QStringLiteral("title"), QStringLiteral("'Another'"));
    auto doc = s.openMine();
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, s.copy, &refusal);
    REQUIRE(plan);
    REQUIRE(refusedFor(*plan, second));
    CHECK(refusedFor(*plan, second)->reason == QStringLiteral("a second partnership"));
    const QString out = s.dir->filePath(QStringLiteral("out.alliance"));
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"), out}, s.work);
    INFO(str(merged.err));
    CHECK(merged.code == 0);
    CHECK(validateProjectFile(out).ok());
    CHECK(rawValue(out, QStringLiteral("SELECT count(*) FROM partnership")).toLongLong() == 1);
}

TEST_CASE("Deletions are shown first and apart, deleting the partnership or its lead is refused", "[hostile][deletion]")
{
    Shared s;
    s.craft(QStringLiteral("partnership"), s.partnership, QStringLiteral("deleted"), QStringLiteral("1"));
    s.craft(org, s.lead, QStringLiteral("deleted"), QStringLiteral("1"));
    s.craft(org, s.other, QStringLiteral("deleted"), QStringLiteral("1"));
    s.craft(noteTable, s.publicNote, QStringLiteral("deleted"), QStringLiteral("1"));
    s.craft(org, s.partner, QStringLiteral("role"), QStringLiteral("'lead'")); // taking the lead is no merge's to do
    auto doc = s.openMine();
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, s.copy, &refusal);
    REQUIRE(plan);
    REQUIRE(plan->deletions.size() == 2);
    CHECK(plan->deletions.at(0).entityId == s.other);
    CHECK(plan->deletions.at(0).by.authorName == QStringLiteral("Alice"));
    CHECK(plan->deletions.at(1).entityId == s.publicNote);
    REQUIRE(refusedFor(*plan, s.partnership));
    CHECK(refusedFor(*plan, s.partnership)->reason == QStringLiteral("would delete the partnership"));
    REQUIRE(refusedFor(*plan, s.lead));
    CHECK(refusedFor(*plan, s.lead)->reason == QStringLiteral("would delete the lead partner"));
    REQUIRE(refusedFor(*plan, s.partner));
    CHECK(refusedFor(*plan, s.partner)->reason == QStringLiteral("would change the lead partner"));

    const QString out = s.dir->filePath(QStringLiteral("out.alliance"));
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"), out}, s.work);
    INFO(str(merged.err));
    REQUIRE(merged.code == 0);
    const qsizetype deleted = merged.out.indexOf(QStringLiteral("Deleted by this merge (2):"));
    CHECK(deleted > 0);
    CHECK(deleted < merged.out.indexOf(QStringLiteral("Left out")));
    CHECK(merged.out.contains(QStringLiteral("Fondation B")));
    CHECK(rawValue(out, QStringLiteral("SELECT deleted FROM partnership")).toLongLong() == 0);
    CHECK(rawValue(out, QStringLiteral("SELECT deleted FROM organisation WHERE id = '%1'").arg(schema::idText(s.lead)))
              .toLongLong()
          == 0);
    CHECK(validateProjectFile(out).ok());
}

TEST_CASE("The merge verb prints a partner's text without escape sequences or fake lines", "[hostile][terminal]")
{
    Shared s;
    // The author's name is printed in the summary of what came in.
    REQUIRE(
        rawExec(s.copy,
                journalRowSql(noteTable, schema::idText(s.publicNote), QStringLiteral("text"), QStringLiteral("'Revu'"),
                              s.now + 1000, {}, {}, QStringLiteral("Alice\x1b[2J\r\nWrote all good")))
            .isEmpty());
    s.craft(org, s.other, QStringLiteral("deleted"), QStringLiteral("1"));
    const QString out = s.dir->filePath(QStringLiteral("out.alliance"));
    const Verb merged = runVerb({QStringLiteral("merge"), s.mine, s.copy, QStringLiteral("-o"), out}, s.work);
    INFO(str(merged.err));
    REQUIRE(merged.code == 0);
    CHECK_FALSE(merged.out.contains(QChar(27)));
    CHECK_FALSE(merged.out.contains(QChar(13)));
    for (const QString &line : merged.out.split(QLatin1Char('\n')))
        CHECK_FALSE(line.startsWith(QStringLiteral("Wrote all good")));
    CHECK(merged.out.contains(QStringLiteral("Wrote all good"))); // shown, within its line
}

TEST_CASE("A file holding what no edit could store is refused on open", "[hostile][validate]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString good = dir->filePath(QStringLiteral("good.alliance"));
    const FixtureIds ids = makeFixture(good, work);
    const QString indicator = schema::idText(ids.value(QStringLiteral("indicator")).first());
    const QString review = schema::idText(ids.value(QStringLiteral("review")).first());
    const QString note = schema::idText(ids.value(QStringLiteral("note")).first());
    const QString weight = schema::idText(ids.value(QStringLiteral("objective_weight")).first());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Case
    {
        const char *what;
        QString sql;
        Refusal refusal;
        const char *where;
    };
    const QList<Case> cases {
        {"infinite real", QStringLiteral("UPDATE indicator SET target = 9e999"), Refusal::BadValue, "indicator.target"},
        {"minus infinite real", QStringLiteral("UPDATE indicator SET baseline = -9e999"), Refusal::BadValue,
         "indicator.baseline"},
        {"NUL in a text", QStringLiteral("UPDATE note SET text = 'a' || char(0) || 'b'"), Refusal::BadValue,
         "note.text"},
        {"30 February", QStringLiteral("UPDATE review SET date = '2026-02-30'"), Refusal::BadValue, "review.date"},
        {"year 0", QStringLiteral("UPDATE review SET date = '0000-01-01'"), Refusal::BadValue, "review.date"},
        {"journal: infinite real",
         journalRowSql(QStringLiteral("indicator"), indicator, QStringLiteral("target"), QStringLiteral("9e999"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: NUL",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("'a' || char(0)"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: 30 February",
         journalRowSql(QStringLiteral("review"), review, QStringLiteral("date"), QStringLiteral("'2026-02-30'"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: 99.6 for a whole number",
         journalRowSql(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), QStringLiteral("99.6"),
                       now),
         Refusal::BadValue, "journal.value"},
        {"journal: 'yes' for yes/no",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("private"), QStringLiteral("'yes'"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: reference in capitals",
         journalRowSql(QStringLiteral("measurement"), schema::idText(QUuid::createUuid()),
                       QStringLiteral("indicator_id"), quoted(indicator.toUpper()), now),
         Refusal::BadValue, "journal.value"},
        {"journal: a 150,000-byte text",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("text"),
                       QStringLiteral("printf('%.*c', 150000, 'x')"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: 10 MB organisation of an author",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("'x'"), now, {}, {},
                       QStringLiteral("A"), QString(10 * 1024 * 1024, QLatin1Char('o'))),
         Refusal::BadValue, "journal.author_org"},
        {"journal: an installation that is no id",
         QStringLiteral("INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                        "author_org, installation) VALUES ('%1', 'note', '%2', 'text', 'x', '%3', 'A', '', "
                        "printf('%.*c', 1000000, 'i'))")
             .arg(schema::idText(QUuid::createUuid()), note,
                  Hlc {now, 0, schema::idText(QUuid::createUuid())}.toString()),
         Refusal::BadValue, "journal.installation"},
        {"journal: a choice the method does not have",
         journalRowSql(QStringLiteral("objective_weight"), weight, QStringLiteral("objective_id"),
                       QStringLiteral("'world_domination'"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: a weight of 101",
         journalRowSql(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), QStringLiteral("101"),
                       now),
         Refusal::BadValue, "journal.value"},
        {"journal: a logo that is no picture",
         journalRowSql(QStringLiteral("organisation_logo"), schema::idText(QUuid::createUuid()),
                       QStringLiteral("image"), QStringLiteral("x'3c7376673e'"), now),
         Refusal::BadValue, "journal.value"},
        {"journal: a date with a time",
         journalRowSql(QStringLiteral("review"), review, QStringLiteral("date"), QStringLiteral("'2026-02-03 10:00'"),
                       now),
         Refusal::BadValue, "journal.value"},
        {"journal: a field no version has",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("secret"), QStringLiteral("'x'"), now),
         Refusal::BadValue, "journal.field"},
        {"journal: a field of another table",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("weight"), QStringLiteral("50"), now),
         Refusal::BadValue, "journal.field"},
        {"a choice the method does not have", QStringLiteral("UPDATE objective_weight SET objective_id = 'x'"),
         Refusal::BadValue, "objective_weight.objective_id"},
        {"a text of 100,001 characters", QStringLiteral("UPDATE note SET text = printf('%.*c', 100001, 'x')"),
         Refusal::ValueTooLarge, "note.text"},
        {"journal: an item id in capitals",
         journalRowSql(QStringLiteral("note"), note.toUpper(), QStringLiteral("text"), QStringLiteral("'x'"), now),
         Refusal::BadValue, "journal.entity_id"},
        {"journal: a clock misspelled",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("'x'"), now, {},
                       QStringLiteral("tomorrow")),
         Refusal::BadValue, "journal.hlc"},
        {"journal: a change id that is no id",
         QStringLiteral("INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                        "author_org, installation) VALUES ('change-1', 'note', '%1', 'text', 'x', '%2', 'A', '', "
                        "'%3')")
             .arg(note, Hlc {now, 0, schema::idText(QUuid::createUuid())}.toString(),
                  schema::idText(QUuid::createUuid())),
         Refusal::BadValue, "journal.change_id"},
        {"two partnerships",
         QStringLiteral("INSERT INTO partnership (id, title) VALUES ('%1', 'Second')")
             .arg(schema::idText(QUuid::createUuid())),
         Refusal::BadValue, "exactly one partnership"},
        {"journal: a change dated in two days",
         journalRowSql(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("'later'"),
                       now + 2 * 86400000LL),
         Refusal::FutureChange, "in the future"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString path = dir->filePath(QStringLiteral("hostile.alliance"));
        REQUIRE(copyFile(good, path));
        REQUIRE(rawExec(path, c.sql).isEmpty());
        const QByteArray digest = sha256(path);
        const CheckResult check = validateProjectFile(path);
        INFO(str(check.message));
        CHECK(check.refusal == c.refusal);
        CHECK(check.message.contains(QString::fromLatin1(c.where)));
        CheckResult opened;
        CHECK_FALSE(Document::open(path, testAuthor(), optionsIn(work), &opened));
        CHECK(opened.refusal == c.refusal);
        CHECK(sha256(path) == digest);
    }
}

TEST_CASE("Bad journal rows are found wherever they are, and all of them counted", "[hostile][validate]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString path = dir->filePath(QStringLiteral("file.alliance"));
    makeFixture(path, work);
    // The journal is checked in ranges of rows on two connections: a bad
    // first row, and one in the middle, are each refused, and the message
    // counts both.
    REQUIRE(rawExec(path,
                    QStringLiteral("UPDATE journal SET installation = 'first' "
                                   "WHERE seq = (SELECT min(seq) FROM journal)"))
                .isEmpty());
    CheckResult check = validateProjectFile(path);
    CHECK(check.refusal == Refusal::BadValue);
    INFO(str(check.message));
    CHECK(check.message.contains(QStringLiteral("holds 1 invalid value")));
    CHECK(check.message.contains(QStringLiteral("“journal.installation”")));
    REQUIRE(rawExec(path,
                    QStringLiteral("UPDATE journal SET installation = 'middle' WHERE seq = "
                                   "(SELECT seq FROM journal ORDER BY seq LIMIT 1 OFFSET "
                                   "(SELECT count(*) / 2 FROM journal))"))
                .isEmpty());
    check = validateProjectFile(path);
    CHECK(check.refusal == Refusal::BadValue);
    CHECK(check.message.contains(QStringLiteral("holds 2 invalid value")));
    CheckResult opened;
    CHECK_FALSE(Document::open(path, testAuthor(), optionsIn(work), &opened));
    CHECK(opened.message == check.message);
}

TEST_CASE("A journal numbered from the smallest to the largest 64-bit number is checked like any other",
          "[hostile][validate]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString path = dir->filePath(QStringLiteral("file.alliance"));
    makeFixture(path, work);
    REQUIRE(rawExec(path,
                    QStringLiteral("UPDATE journal SET seq = -9223372036854775807 - 1 "
                                   "WHERE seq = (SELECT min(seq) FROM journal)"))
                .isEmpty());
    REQUIRE(rawExec(path,
                    QStringLiteral("UPDATE journal SET seq = 9223372036854775807 "
                                   "WHERE seq = (SELECT max(seq) FROM journal)"))
                .isEmpty());
    // Checked in ranges of row numbers on two connections: every row is still
    // read, so a bad one at either end is found.
    CHECK(validateProjectFile(path).ok());
    REQUIRE(rawExec(path, QStringLiteral("UPDATE journal SET installation = 'last' WHERE seq = 9223372036854775807"))
                .isEmpty());
    CheckResult check = validateProjectFile(path);
    CHECK(check.refusal == Refusal::BadValue);
    CHECK(check.message.contains(QStringLiteral("journal.installation")));
    REQUIRE(rawExec(path,
                    QStringLiteral("UPDATE journal SET installation = 'first' WHERE seq = -9223372036854775807 "
                                   "- 1"))
                .isEmpty());
    check = validateProjectFile(path);
    CHECK(check.message.contains(QStringLiteral("holds 2 invalid value")));
}

TEST_CASE("A file whose texts are not in UTF-8 is refused", "[hostile][validate]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("file.alliance"));
    makeFixture(path, dir->filePath(QStringLiteral("work")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(56));
    static const char utf16le[4] = {0, 0, 0, 2};
    REQUIRE(file.write(utf16le, 4) == 4);
    file.close();
    const CheckResult check = validateProjectFile(path);
    CHECK(check.refusal == Refusal::Corrupt);
    CHECK(check.message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("A copy with more changes than any partnership holds is refused before it is read", "[hostile][scale]")
{
    Shared s;
    const QString node = schema::idText(QUuid::createUuid());
    // Enough well-formed rows to pass the limit, made by SQL in one statement.
    REQUIRE(rawExec(s.copy,
                    QStringLiteral(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= %1) "
                        "INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                        "author_org, installation) SELECT lower(printf('%08x-0000-4000-8000-%012x', i, i)), "
                        "'note', '%2', 'text', 'x', printf('%016d-%08d-%3', %4, i % 100000000), 'A', '', '%3' FROM n")
                        .arg(schema::maxJournalRows)
                        .arg(schema::idText(s.publicNote), node)
                        .arg(s.now))
                .isEmpty());
    const CheckResult check = validateProjectFile(s.copy);
    CHECK(check.refusal == Refusal::TooLarge);
    CHECK(check.message.contains(QStringLiteral("changes, more than the")));
    auto doc = s.openMine();
    CheckResult refusal;
    CHECK_FALSE(sync::planMerge(*doc, s.copy, &refusal));
    CHECK(refusal.refusal == Refusal::TooLarge);
}
