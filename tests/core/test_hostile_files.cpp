// Project files arrive by email from partners: every hostile file made here
// (by code, never stored) must be refused by validateProjectFile and by
// Document::open, for its own reason, and must be left exactly as it was.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include "document/document.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>
#include <functional>
#include <sqlite3.h>

using namespace alliance;
using namespace alliance::test;

namespace {

const char *refusalName(Refusal r)
{
    switch (r) {
    case Refusal::None:
        return "None";
    case Refusal::Missing:
        return "Missing";
    case Refusal::NotAFile:
        return "NotAFile";
    case Refusal::Unreadable:
        return "Unreadable";
    case Refusal::Empty:
        return "Empty";
    case Refusal::TooLarge:
        return "TooLarge";
    case Refusal::NotSqlite:
        return "NotSqlite";
    case Refusal::Truncated:
        return "Truncated";
    case Refusal::WrongApplication:
        return "WrongApplication";
    case Refusal::NewerVersion:
        return "NewerVersion";
    case Refusal::OlderUnsupported:
        return "OlderUnsupported";
    case Refusal::Corrupt:
        return "Corrupt";
    case Refusal::BrokenReferences:
        return "BrokenReferences";
    case Refusal::UnexpectedSchema:
        return "UnexpectedSchema";
    case Refusal::ValueTooLarge:
        return "ValueTooLarge";
    case Refusal::BadValue:
        return "BadValue";
    case Refusal::OtherPartnership:
        return "OtherPartnership";
    case Refusal::FutureChange:
        return "FutureChange";
    case Refusal::ForgedChange:
        return "ForgedChange";
    }
    return "?";
}

/// PRAGMA quick_check through a plain connection, "ok" or what it reports.
QString plainQuickCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    else
        out = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// Flips the first byte (the payload size) of the first cell of a leaf page
/// of `table`'s b-tree: the cell then claims to extend past its page.
void corruptLeafCell(const QString &path, const QString &table)
{
    const qint64 root
        = rawValue(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table))
              .toLongLong();
    REQUIRE(root > 1);
    QByteArray data = readAll(path);
    const qint64 pageSize = qFromBigEndian<quint16>(data.constData() + 16);
    qint64 page = root;
    int interiorLevels = 0;
    for (;;) {
        const qint64 start = (page - 1) * pageSize;
        REQUIRE(start + pageSize <= data.size());
        const auto type = quint8(data.at(start));
        if (type == 0x0D)
            break;             // a leaf page of a table b-tree
        REQUIRE(type == 0x05); // interior table page: follow the first cell's left child
        const quint16 cell = qFromBigEndian<quint16>(data.constData() + start + 12);
        page = qFromBigEndian<quint32>(data.constData() + start + cell);
        ++interiorLevels;
    }
    // With 200 organisations the table spans several pages: the leaf is not the root.
    REQUIRE(interiorLevels > 0);
    const qint64 start = (page - 1) * pageSize;
    REQUIRE(qFromBigEndian<quint16>(data.constData() + start + 3) > 0); // cells on the page
    const quint16 firstCell = qFromBigEndian<quint16>(data.constData() + start + 8);
    REQUIRE(firstCell >= 8);
    REQUIRE(firstCell < pageSize);
    data[start + firstCell] = char(data.at(start + firstCell) ^ 0xFF);
    writeAll(path, data);
}

struct Hostile
{
    const char *name;
    Refusal expected;
    std::function<void(const QString &path)> craft; ///< writes the hostile file at path
    QStringList mentions;                           ///< what the message must name
    QString relativePath = QStringLiteral("partner.alliance");
};

void mustCraft(const QString &path, const QString &sql)
{
    const QString error = rawExec(path, sql);
    INFO(str(sql));
    REQUIRE(error.isEmpty());
}

} // namespace

TEST_CASE("Hostile project files are refused for their own reason and left untouched", "[hostile][filecheck]")
{
    auto dir = makeTempDir();
    const QString base = dir->filePath(QStringLiteral("base.alliance"));
    const QString big = dir->filePath(QStringLiteral("big.alliance"));
    makeFixture(base, dir->filePath(QStringLiteral("work-base")), 3);
    makeFixture(big, dir->filePath(QStringLiteral("work-big")), 200);
    REQUIRE(validateProjectFile(base).refusal == Refusal::None);
    REQUIRE(validateProjectFile(big).refusal == Refusal::None);

    auto sqlOn = [&](const QString &from, const QString &sql) {
        return [from, sql](const QString &path) {
            REQUIRE(copyFile(from, path));
            mustCraft(path, sql);
        };
    };
    const QString version = QString::number(schema::currentVersion);

    const QList<Hostile> cases {
        {"random bytes",
         Refusal::NotSqlite,
         [](const QString &path) {
             QByteArray bytes(64 * 1024, '\0');
             QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
             writeAll(path, bytes);
         },
         {QStringLiteral("not an Alliance Pilot project")}},
        {"empty file", Refusal::Empty, [](const QString &path) { writeAll(path, {}); }, {QStringLiteral("empty")}},
        {"valid project cut in half",
         Refusal::Truncated,
         [&](const QString &path) {
             REQUIRE(copyFile(base, path));
             QFile f(path);
             REQUIRE(f.resize(f.size() / 2));
         },
         {QStringLiteral("incomplete")}},
        {"flipped byte in a leaf page of organisation",
         Refusal::Corrupt,
         [&](const QString &path) {
             REQUIRE(copyFile(big, path));
             corruptLeafCell(path, QStringLiteral("organisation"));
             REQUIRE(plainQuickCheck(path) != QLatin1String("ok"));
         },
         {QStringLiteral("damaged")}},
        {"SQLite file of another program",
         Refusal::WrongApplication,
         sqlOn(base, QStringLiteral("PRAGMA application_id = 305419896")),
         {QStringLiteral("another program")}},
        {"newer user_version",
         Refusal::NewerVersion,
         sqlOn(base, QStringLiteral("PRAGMA user_version = 99")),
         {QStringLiteral("newer"), QStringLiteral("99")}},
        {"extra trigger",
         Refusal::UnexpectedSchema,
         sqlOn(base,
               QStringLiteral("CREATE TRIGGER wipe_journal AFTER UPDATE ON organisation "
                              "BEGIN DELETE FROM journal; END")),
         {QStringLiteral("trigger"), QStringLiteral("wipe_journal")}},
        {"view named like a table",
         Refusal::UnexpectedSchema,
         sqlOn(base,
               QStringLiteral("DROP TABLE lesson; CREATE VIEW lesson AS SELECT id, deleted, "
                              "'lesson' AS kind, name AS text, '' AS date FROM organisation")),
         {QStringLiteral("view"), QStringLiteral("lesson")}},
        {"extra table",
         Refusal::UnexpectedSchema,
         sqlOn(base, QStringLiteral("CREATE TABLE exfiltrate (data TEXT)")),
         {QStringLiteral("exfiltrate")}},
        {"30 MB zero blob in journal.value",
         Refusal::ValueTooLarge,
         sqlOn(base,
               QStringLiteral("UPDATE journal SET value = zeroblob(30000000) "
                              "WHERE seq = (SELECT min(seq) FROM journal)")),
         {QStringLiteral("journal")}},
        {"200,000-character text in organisation.notes",
         Refusal::ValueTooLarge,
         sqlOn(base, QStringLiteral("UPDATE organisation SET notes = hex(zeroblob(100000))")),
         {QStringLiteral("organisation.notes")}},
        {"1 MB text of NUL characters in organisation.notes",
         Refusal::ValueTooLarge,
         sqlOn(base, QStringLiteral("UPDATE organisation SET notes = CAST(zeroblob(1000000) AS TEXT)")),
         {QStringLiteral("organisation.notes")}},
        {"profile 'hacker'",
         Refusal::BadValue,
         sqlOn(base, QStringLiteral("UPDATE organisation SET profile = 'hacker'")),
         {QStringLiteral("organisation.profile")}},
        {"weight 500",
         Refusal::BadValue,
         sqlOn(base, QStringLiteral("UPDATE objective_weight SET weight = 500")),
         {QStringLiteral("objective_weight.weight")}},
        {"logo that is an SVG with a script, not a PNG or JPEG",
         Refusal::BadValue,
         sqlOn(base, QStringLiteral("UPDATE organisation_logo SET image = CAST('<svg onload=\"alert(1)\"/>' AS BLOB)")),
         {QStringLiteral("organisation_logo.image")}},
        {"missing path in a missing folder",
         Refusal::Missing,
         [](const QString &) {},
         {QStringLiteral("does not exist")},
         QStringLiteral("absent-folder/partner.alliance")},
    };

    QHash<QString, QString> caseByMessage;
    int index = 0;
    for (const Hostile &h : cases) {
        INFO("case: " << h.name);
        const QString folder = dir->filePath(QStringLiteral("case%1").arg(++index));
        const QString work = dir->filePath(QStringLiteral("work%1").arg(index));
        REQUIRE(QDir().mkpath(folder));
        const QString path = folder + QLatin1Char('/') + h.relativePath;
        h.craft(path);
        const QByteArray digest = sha256(path);
        const QStringList entries = folderEntries(folder);
        if (h.expected != Refusal::Missing)
            REQUIRE_FALSE(digest.isEmpty());

        const CheckResult check = validateProjectFile(path);
        INFO("validateProjectFile: " << refusalName(check.refusal) << " " << str(check.message));
        CHECK(refusalName(check.refusal) == std::string(refusalName(h.expected)));
        for (const QString &fragment : h.mentions)
            CHECK(check.message.contains(fragment));
        CHECK(check.message.contains(QStringLiteral("partner.alliance")));
        if (h.expected == Refusal::NewerVersion) {
            // Both versions are named: the file's and the newest this build reads.
            CHECK(check.message.contains(QRegularExpression(QStringLiteral("\\b99\\b"))));
            CHECK(check.message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(version))));
        }

        CheckResult opened;
        auto doc = Document::open(path, testAuthor(), optionsIn(work), &opened);
        INFO("Document::open: " << refusalName(opened.refusal) << " " << str(opened.message));
        CHECK_FALSE(doc);
        CHECK(refusalName(opened.refusal) == std::string(refusalName(h.expected)));
        CHECK(opened.message == check.message);
        doc.reset();

        // Untouched: same bytes, nothing created beside it (no -journal, -wal, lock), no folder made.
        CHECK(sha256(path) == digest);
        CHECK(folderEntries(folder) == entries);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        if (h.expected == Refusal::Missing) {
            CHECK_FALSE(QFileInfo::exists(path));
            CHECK_FALSE(QFileInfo::exists(QFileInfo(path).absolutePath()));
        }
        // A refused file leaves no working copy behind.
        CHECK(QDir(work).entryList({QStringLiteral("*.alliance")}, QDir::Files).isEmpty());

        const auto clash = caseByMessage.constFind(check.message);
        INFO("same message as case: " << str(clash == caseByMessage.constEnd() ? QString() : *clash));
        CHECK(clash == caseByMessage.constEnd());
        caseByMessage.insert(check.message, QString::fromUtf8(h.name));
    }
}

TEST_CASE("A valid project file opens without being written", "[hostile][filecheck]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("partner.alliance"));
    const FixtureIds ids = makeFixture(path, dir->filePath(QStringLiteral("work-make")), 3);
    const QByteArray digest = sha256(path);

    const CheckResult check = validateProjectFile(path);
    INFO(str(check.message));
    REQUIRE(check.refusal == Refusal::None);
    CHECK(check.schemaVersion == schema::currentVersion);

    CheckResult opened;
    auto doc = Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("work"))), &opened);
    INFO(str(opened.message));
    REQUIRE(doc);
    CHECK(opened.refusal == Refusal::None);
    CHECK_FALSE(doc->isModified());
    const Project &p = doc->project();
    CHECK(p.partnership.title == QStringLiteral("Partnership <b>x</b>"));
    REQUIRE(p.organisations.size() == 3);
    const auto first
        = projectItem(p, QStringLiteral("organisation"), ids.value(QStringLiteral("organisation")).first());
    REQUIRE(first);
    CHECK(first->value(QStringLiteral("name")).toString() == QStringLiteral("<b>x</b> Organisation 0"));
    // Every table's item made by the fixture is there.
    for (const auto &t : schema::tables()) {
        INFO(str(t.name));
        CHECK(projectIds(p, t.name).size() == ids.value(t.name).size());
    }
    CHECK(doc->workingCopyPath() != QFileInfo(path).absoluteFilePath());
    CHECK(sha256(path) == digest);
    doc.reset();
    CHECK(sha256(path) == digest);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A format-1 project file is migrated on open, the original left as it was", "[hostile][migration]")
{
    REQUIRE(schema::oldestVersion == 1);
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("old.alliance"));
    const QString partnership = schema::idText(QUuid::createUuid());
    const QString organisation = schema::idText(QUuid::createUuid());
    {
        SqliteDb db;
        REQUIRE(db.open(path, SqliteDb::Mode::Create));
        QStringList sql {QStringLiteral("BEGIN")};
        sql << schema::ddl(1);
        sql << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
            << QStringLiteral("PRAGMA user_version = 1")
            << QStringLiteral("INSERT INTO partnership (id, title, common_stake) VALUES ('%1', "
                              "'Old <i>partnership</i>', 'Kept stake')")
                   .arg(partnership)
            << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', "
                              "'Old organisation', 'association', 'lead')")
                   .arg(organisation)
            << QStringLiteral("COMMIT");
        for (const QString &s : sql) {
            INFO(str(s) << ": " << str(db.errorMessage()));
            REQUIRE(db.exec(s));
        }
    }
    // Format 1 has no map_position table.
    REQUIRE(
        rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'map_position'")).toLongLong()
        == 0);
    const QByteArray digest = sha256(path);
    const QStringList entries = folderEntries(dir->path());

    const CheckResult check = validateProjectFile(path);
    INFO(str(check.message));
    REQUIRE(check.refusal == Refusal::None);
    CHECK(check.schemaVersion == 1);
    CHECK(sha256(path) == digest);

    CheckResult opened;
    auto doc = Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("work"))), &opened);
    INFO(str(opened.message));
    REQUIRE(doc);
    const Project &p = doc->project();
    CHECK(p.schemaVersion == schema::currentVersion);
    CHECK(p.partnership.id == QUuid::fromString(partnership));
    CHECK(p.partnership.title == QStringLiteral("Old <i>partnership</i>"));
    CHECK(p.partnership.commonStake == QStringLiteral("Kept stake"));
    REQUIRE(p.organisations.size() == 1);
    CHECK(p.organisations.first().name == QStringLiteral("Old organisation"));
    CHECK(p.organisations.first().role == QStringLiteral("lead"));

    // The migrated working copy takes a version-2 edit.
    const QUuid position = QUuid::createUuid();
    QString error;
    CHECK(doc->apply(ChangeSet(QStringLiteral("Place"))
                         .set(QStringLiteral("map_position"), position, QStringLiteral("organisation_id"), organisation)
                         .set(QStringLiteral("map_position"), position, QStringLiteral("x"), 12.5),
                     &error));
    INFO(str(error));
    CHECK(doc->project().mapPositions.size() == 1);

    // The original is still format 1, byte for byte.
    CHECK(sha256(path) == digest);
    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toLongLong() == 1);

    // Saved elsewhere, it is a current-format file that validates.
    const QString upgraded = dir->filePath(QStringLiteral("upgraded.alliance"));
    REQUIRE(doc->saveAs(upgraded, &error));
    CHECK(validateProjectFile(upgraded).refusal == Refusal::None);
    CHECK(rawValue(upgraded, QStringLiteral("PRAGMA user_version")).toLongLong() == schema::currentVersion);
    CHECK(rawValue(upgraded, QStringLiteral("SELECT title FROM partnership")).toString()
          == QStringLiteral("Old <i>partnership</i>"));
    doc.reset();
    CHECK(sha256(path) == digest);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("HTML and script in every text field are stored and read back as the same text", "[hostile][html]")
{
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)><b>bold</b>&amp; <script>alert('x')</script>"
                                           " \"quoted\" 'single' é ; DROP TABLE journal; --");
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString path = dir->filePath(QStringLiteral("html.alliance"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("HTML"), testAuthor(), optionsIn(work), {}, &error);
    REQUIRE(doc);

    // One item per table, referencing items made before it, with every text field hostile.
    FixtureIds ids;
    QList<QPair<QString, QString>> fields; // (table, column) set to `hostile`
    for (const auto &t : schema::tables()) {
        const QUuid id = t.name == QLatin1String("partnership") ? doc->partnershipId() : QUuid::createUuid();
        ids[t.name].append(id);
        ChangeSet change(QStringLiteral("HTML in %1").arg(t.name));
        for (const auto &c : t.columns) {
            // review_score.criterion_id is typed Text but holds a criterion id, not free text.
            const bool freeText = c.type == schema::ColumnType::Text
                && !(t.name == QLatin1String("review_score") && c.name == QLatin1String("criterion_id"));
            if (freeText)
                fields.append({t.name, c.name});
            change.set(t.name, id, c.name, freeText ? QVariant(hostile) : validValue(t.name, c.name, ids));
        }
        INFO(str(t.name));
        REQUIRE(doc->apply(change, &error));
    }
    REQUIRE(fields.size() > 25);
    REQUIRE(doc->saveAs(path, &error));
    doc.reset();

    const QByteArray digest = sha256(path);
    const CheckResult check = validateProjectFile(path);
    INFO(str(check.message));
    REQUIRE(check.refusal == Refusal::None);
    CheckResult opened;
    auto reopened = Document::open(path, testAuthor(), optionsIn(work), &opened);
    REQUIRE(reopened);
    const Project &p = reopened->project();
    for (const auto &[table, column] : fields) {
        INFO(str(table) << "." << str(column));
        const QString id = schema::idText(ids.value(table).first());
        // As the user sees it.
        const auto item = projectItem(p, table, ids.value(table).first());
        REQUIRE(item);
        REQUIRE(item->contains(column));
        CHECK(item->value(column).toString() == hostile);
        // As stored in the saved file: text, not escaped, not a blob.
        const auto rows
            = rawRows(path, QStringLiteral("SELECT typeof(%1), %1 FROM %2 WHERE id = '%3'").arg(column, table, id));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().value(0).toString() == QStringLiteral("text"));
        CHECK(rows.first().value(1).toString() == hostile);
        // Through the document's working copy.
        CHECK(reopened->value(table, ids.value(table).first(), column).toString() == hostile);
    }
    // The journal holds the same text for each of those fields.
    CHECK(rawValue(path,
                   QStringLiteral("SELECT count(*) FROM journal WHERE value = '%1'")
                       .arg(QString(hostile).replace(QLatin1Char('\''), QLatin1String("''"))))
              .toLongLong()
          == fields.size());
    reopened.reset();
    CHECK(sha256(path) == digest);
}

TEST_CASE("A format-4 file upgrades: the needs become the lead's view, step-back scores become yes / partly / no",
          "[hostile][migration]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("v4.alliance"));
    const QString partnership = schema::idText(QUuid::createUuid());
    const QString lead = schema::idText(QUuid::createUuid());
    const QString partner = schema::idText(QUuid::createUuid());
    const QString review = schema::idText(QUuid::createUuid());
    auto scoreRow = [&](const char *criterion, int score) {
        return QStringLiteral("INSERT INTO review_score (id, review_id, organisation_id, criterion_id, score, comment) "
                              "VALUES ('%1', '%2', '%3', '%4', %5, 'said %5')")
            .arg(schema::idText(QUuid::createUuid()), review, partner, QLatin1String(criterion))
            .arg(score);
    };
    {
        SqliteDb db;
        REQUIRE(db.open(path, SqliteDb::Mode::Create));
        QStringList sql {QStringLiteral("BEGIN")};
        sql << schema::ddl(4);
        sql << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
            << QStringLiteral("PRAGMA user_version = 4")
            << QStringLiteral("INSERT INTO partnership (id, title) VALUES ('%1', 'P')").arg(partnership)
            << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', 'Partner', "
                              "'company', 'partner')")
                   .arg(partner)
            << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', 'Lead', "
                              "'association', 'lead')")
                   .arg(lead)
            << QStringLiteral("INSERT INTO need_answer (id, need_id, answer, priority) VALUES ('%1', '%2', "
                              "'Kept answer', 'high')")
                   .arg(schema::idText(QUuid::createUuid()), method::territoryNeeds().first().id)
            << QStringLiteral("INSERT INTO review (id, date, kind, title) VALUES ('%1', '2025-06-30', 'annual', 'R')")
                   .arg(review)
            << scoreRow("reduced_fragilities", 5) << scoreRow("sustainable_drivers", 3)
            << scoreRow("own_organisation", 1) << QStringLiteral("COMMIT");
        for (const QString &s : sql) {
            INFO(str(s) << ": " << str(db.errorMessage()));
            REQUIRE(db.exec(s));
        }
    }
    const QByteArray digest = sha256(path);
    CheckResult opened;
    auto doc = Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("work"))), &opened);
    INFO(str(opened.message));
    REQUIRE(doc);
    const Project &p = doc->project();
    CHECK(p.schemaVersion == schema::currentVersion);
    REQUIRE(p.needAnswers.size() == 1);
    CHECK(p.needAnswers.first().organisationId == QUuid::fromString(lead));
    CHECK(p.needAnswers.first().answer == QStringLiteral("Kept answer"));
    CHECK(p.needAnswers.first().priority == QStringLiteral("high"));
    QHash<QString, ReviewScore> byCriterion;
    for (const ReviewScore &s : p.reviewScores)
        byCriterion.insert(s.criterionId, s);
    REQUIRE(byCriterion.size() == 3);
    CHECK(byCriterion.value(QStringLiteral("reduced_fragilities")).answer == QStringLiteral("yes"));
    CHECK(byCriterion.value(QStringLiteral("sustainable_drivers")).answer == QStringLiteral("partly"));
    // Scores and comments are kept as they were; a rating question gets no answer.
    CHECK(byCriterion.value(QStringLiteral("sustainable_drivers")).score == 3);
    CHECK(byCriterion.value(QStringLiteral("sustainable_drivers")).comment == QStringLiteral("said 3"));
    CHECK(byCriterion.value(QStringLiteral("own_organisation")).answer.isEmpty());
    CHECK(byCriterion.value(QStringLiteral("own_organisation")).score == 1);
    CHECK_FALSE(byCriterion.value(QStringLiteral("own_organisation")).noScore);
    // The original file is untouched.
    CHECK(sha256(path) == digest);
    // The upgraded project is a valid current file.
    QString error;
    const QString upgraded = dir->filePath(QStringLiteral("v5.alliance"));
    REQUIRE(doc->saveAs(upgraded, &error));
    CHECK(validateProjectFile(upgraded).refusal == Refusal::None);
}
