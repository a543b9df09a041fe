// Interchange files are untrusted: each hostile file below is refused by
// `new --from` with a message naming what is wrong, and nothing is written.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "interchangesupport.h"
#include "io/interchange.h"
#include "io/jsonexport.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <functional>

using namespace alliance;

namespace {

/// A valid file holding a row of every table (the fixture, private items included).
const QJsonObject &validFile()
{
    static const QJsonObject file = [] {
        auto dir = test::makeTempDir();
        const QString path = dir->filePath(QStringLiteral("fixture.alliance"));
        test::makeFixture(path, dir->filePath(QStringLiteral("w")), 3);
        CheckResult check;
        auto doc
            = Document::open(path, test::testAuthor(), test::optionsIn(dir->filePath(QStringLiteral("w"))), &check);
        REQUIRE(doc);
        QString error;
        const auto json = partnershipJson(*doc, true, &error);
        REQUIRE(json);
        return test::jsonObjectOf(json->json);
    }();
    return file;
}

using Edit = std::function<void(QJsonObject &tables)>;

/// Changes row `index` of `table` with `edit`.
Edit inRow(const QString &table, int index, const std::function<void(QJsonObject &row)> &edit)
{
    return [=](QJsonObject &tables) {
        QJsonArray rows = tables.value(table).toArray();
        REQUIRE(index < rows.size());
        QJsonObject row = rows.at(index).toObject();
        edit(row);
        rows[index] = row;
        tables[table] = rows;
    };
}

Edit setField(const QString &table, int index, const QString &field, const QJsonValue &value)
{
    return inRow(table, index, [=](QJsonObject &row) { row[field] = value; });
}

QString idOf(const QString &table, int index)
{
    return validFile()
        .value(QStringLiteral("tables"))
        .toObject()
        .value(table)
        .toArray()
        .at(index)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

struct Refusal
{
    int code = -1;
    QString message;
};

/// Runs `new --from` on `content`; checks that nothing was written, neither
/// OUT nor anything left in the working folder.
Refusal refusedFile(const QByteArray &content)
{
    auto dir = test::makeTempDir();
    auto working = test::makeTempDir();
    const QString in = dir->filePath(QStringLiteral("in.json"));
    const QString out = dir->filePath(QStringLiteral("out.alliance"));
    REQUIRE(test::writeBytes(in, content));
    const test::CliResult r
        = test::runVerb({QStringLiteral("new"), QStringLiteral("--from"), in, out}, working->path());
    INFO(test::str(r.err));
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(test::folderEntries(dir->path()) == QStringList {QStringLiteral("in.json")});
    CHECK(test::folderEntries(working->path()).isEmpty());
    CHECK(r.err.contains(QStringLiteral("out.alliance” was not created")));
    return {r.code, r.err};
}

Refusal refusedEdit(const Edit &edit)
{
    QJsonObject top = validFile();
    QJsonObject tables = top.value(QStringLiteral("tables")).toObject();
    edit(tables);
    top[QStringLiteral("tables")] = tables;
    return refusedFile(QJsonDocument(top).toJson());
}

Refusal refusedTop(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject top = validFile();
    edit(top);
    return refusedFile(QJsonDocument(top).toJson());
}

void checkRefused(const Refusal &r, const QStringList &said)
{
    INFO(test::str(r.message));
    CHECK(r.code == 1);
    for (const QString &s : said)
        CHECK(r.message.contains(s));
}

} // namespace

TEST_CASE("the valid file the hostile ones start from is accepted", "[interchange][hostile]")
{
    auto dir = test::makeTempDir();
    auto working = test::makeTempDir();
    const QString in = dir->filePath(QStringLiteral("in.json"));
    const QString out = dir->filePath(QStringLiteral("out.alliance"));
    REQUIRE(test::writeBytes(in, QJsonDocument(validFile()).toJson()));
    const test::CliResult r
        = test::runVerb({QStringLiteral("new"), QStringLiteral("--from"), in, out}, working->path());
    INFO(test::str(r.err));
    CHECK(r.code == 0);
    CHECK(QFileInfo(out).isFile());
    CHECK(validateProjectFile(out).ok());
}

TEST_CASE("values of the wrong JSON type are refused, naming the field", "[interchange][hostile]")
{
    checkRefused(refusedEdit(setField(QStringLiteral("partnership"), 0, QStringLiteral("title"), 42)),
                 {QStringLiteral("partnership[0].title"), QStringLiteral("must be a string, not a number")});
    checkRefused(refusedEdit(setField(QStringLiteral("organisation"), 1, QStringLiteral("name"),
                                      QJsonArray {QJsonArray {QJsonArray {QStringLiteral("x")}}})),
                 {QStringLiteral("organisation[1].name"), QStringLiteral("not a list")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("private"), 1)),
                 {QStringLiteral("contact[0].private"), QStringLiteral("true or false")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("private"), QStringLiteral("yes"))),
                 {QStringLiteral("contact[0].private"), QStringLiteral("true or false, not a string")});
    checkRefused(
        refusedEdit(setField(QStringLiteral("contribution"), 0, QStringLiteral("value_euros"), QStringLiteral("1000"))),
        {QStringLiteral("contribution[0].value_euros"), QStringLiteral("must be a number")});
    checkRefused(refusedEdit(setField(QStringLiteral("objective_weight"), 0, QStringLiteral("weight"), true)),
                 {QStringLiteral("objective_weight[0].weight"), QStringLiteral("whole number")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("organisation_id"), 5)),
                 {QStringLiteral("contact[0].organisation_id"), QStringLiteral("an id as a string, or null")});
    checkRefused(refusedEdit(setField(QStringLiteral("step_state"), 0, QStringLiteral("start_date"), QJsonValue())),
                 {QStringLiteral("step_state[0].start_date"), QStringLiteral("not null")});
}

TEST_CASE("values an edit would refuse are refused: choices, ranges, fractions, dates, lengths, NUL, images",
          "[interchange][hostile]")
{
    checkRefused(
        refusedEdit(setField(QStringLiteral("organisation"), 1, QStringLiteral("profile"), QStringLiteral("xyz"))),
        {QStringLiteral("organisation[1].profile"), QStringLiteral("“xyz” is not one of association, company")});
    checkRefused(refusedEdit(setField(QStringLiteral("objective_weight"), 0, QStringLiteral("weight"), 99.6)),
                 {QStringLiteral("objective_weight[0].weight"), QStringLiteral("99.6")});
    checkRefused(refusedEdit(setField(QStringLiteral("objective_weight"), 0, QStringLiteral("weight"), 101)),
                 {QStringLiteral("objective_weight[0].weight"), QStringLiteral("from 0 to 100")});
    checkRefused(refusedEdit(setField(QStringLiteral("step_state"), 0, QStringLiteral("start_date"),
                                      QStringLiteral("2026-02-30"))),
                 {QStringLiteral("step_state[0].start_date"), QStringLiteral("date")});
    checkRefused(
        refusedEdit(setField(QStringLiteral("lesson"), 0, QStringLiteral("date"), QStringLiteral("0000-01-01"))),
        {QStringLiteral("lesson[0].date")});
    checkRefused(refusedEdit(setField(QStringLiteral("note"), 0, QStringLiteral("text"),
                                      QString(schema::maxTextLength + 1, QLatin1Char('a')))),
                 {QStringLiteral("note[0].text"), QStringLiteral("at most 100000 characters")});
    checkRefused(refusedEdit(setField(QStringLiteral("note"), 0, QStringLiteral("text"), QStringLiteral("a\u0000b"))),
                 {QStringLiteral("note[0].text"), QStringLiteral("NUL")});
    checkRefused(
        refusedEdit(setField(QStringLiteral("organisation_logo"), 0, QStringLiteral("image"), QStringLiteral("!!!"))),
        {QStringLiteral("organisation_logo[0].image"), QStringLiteral("base64")});
    checkRefused(refusedEdit(setField(QStringLiteral("organisation_logo"), 0, QStringLiteral("image"),
                                      QString::fromLatin1(QByteArray("<svg onload=x>").toBase64()))),
                 {QStringLiteral("organisation_logo[0].image"), QStringLiteral("PNG or JPEG")});
    checkRefused(refusedEdit(setField(
                     QStringLiteral("organisation_logo"), 0, QStringLiteral("image"),
                     QString::fromLatin1(
                         (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(schema::maxImageBytes, 'x')).toBase64()))),
                 {QStringLiteral("organisation_logo[0].image"), QStringLiteral("256 KiB")});
}

TEST_CASE("unknown tables and fields, and missing fields, are refused", "[interchange][hostile]")
{
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("secrets")] = QJsonArray(); }),
                 {QStringLiteral("tables.secrets"), QStringLiteral("no such table")});
    // Facts about one file never travel, so a file cannot bring them.
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("partner_copy")] = QJsonArray(); }),
                 {QStringLiteral("tables.partner_copy")});
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("merge_record")] = QJsonArray(); }),
                 {QStringLiteral("tables.merge_record")});
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("journal")] = QJsonArray(); }),
                 {QStringLiteral("tables.journal")});
    checkRefused(
        refusedEdit(setField(QStringLiteral("organisation"), 0, QStringLiteral("colour"), QStringLiteral("red"))),
        {QStringLiteral("organisation[0].colour"), QStringLiteral("no such field"),
         QStringLiteral("id, name, profile")});
    checkRefused(refusedEdit(setField(QStringLiteral("note"), 0, QStringLiteral("deleted"), false)),
                 {QStringLiteral("note[0].deleted"), QStringLiteral("no such field")});
    checkRefused(
        refusedEdit(inRow(QStringLiteral("organisation"), 2, [](QJsonObject &r) { r.remove(QStringLiteral("name")); })),
        {QStringLiteral("organisation[2].name"), QStringLiteral("missing")});
    checkRefused(
        refusedEdit(inRow(QStringLiteral("contact"), 0, [](QJsonObject &r) { r.remove(QStringLiteral("id")); })),
        {QStringLiteral("contact[0].id"), QStringLiteral("needs its id")});
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("contact")] = QJsonObject(); }),
                 {QStringLiteral("tables.contact"), QStringLiteral("list of rows")});
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("note")] = QJsonArray {QStringLiteral("a note")}; }),
                 {QStringLiteral("note[0]"), QStringLiteral("must be an object")});
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("extra")] = 1; }),
                 {QStringLiteral("extra"), QStringLiteral("no such member")});
}

TEST_CASE("ids must be well-formed, each used once, and references must name a row of the file",
          "[interchange][hostile]")
{
    const QString contact = idOf(QStringLiteral("contact"), 0);
    for (const QString &bad :
         {contact.toUpper(), QLatin1Char('{') + contact + QLatin1Char('}'), QStringLiteral("1"), QString()})
        checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("id"), bad)),
                     {QStringLiteral("contact[0].id"), QStringLiteral("well-formed id")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("id"), 7)),
                 {QStringLiteral("contact[0].id"), QStringLiteral("not a number")});
    checkRefused(refusedEdit(setField(QStringLiteral("organisation"), 1, QStringLiteral("id"),
                                      idOf(QStringLiteral("organisation"), 0))),
                 {QStringLiteral("organisation[1].id"), QStringLiteral("already the id of organisation[0]")});
    checkRefused(
        refusedEdit(setField(QStringLiteral("note"), 0, QStringLiteral("id"), idOf(QStringLiteral("organisation"), 2))),
        {QStringLiteral("note[0].id"), QStringLiteral("already the id of organisation[2]")});
    const QString nowhere = schema::idText(QUuid::createUuid());
    checkRefused(
        refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("organisation_id"), nowhere)),
        {QStringLiteral("contact[0].organisation_id"), nowhere, QStringLiteral("not the id of a row of organisation")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("organisation_id"),
                                      idOf(QStringLiteral("note"), 0))),
                 {QStringLiteral("contact[0].organisation_id")});
    checkRefused(refusedEdit(setField(QStringLiteral("contact"), 0, QStringLiteral("organisation_id"),
                                      idOf(QStringLiteral("organisation"), 0).toUpper())),
                 {QStringLiteral("contact[0].organisation_id"), QStringLiteral("well-formed id")});
    // The referenced row left out of the file: what pointed at it points nowhere.
    checkRefused(refusedEdit([](QJsonObject &t) { t[QStringLiteral("indicator")] = QJsonArray(); }),
                 {QStringLiteral("measurement[0].indicator_id")});
    checkRefused(refusedEdit(setField(QStringLiteral("review_score"), 0, QStringLiteral("criterion_id"), nowhere)),
                 {QStringLiteral("review_score[0].criterion_id"), QStringLiteral("neither a criterion")});
}

TEST_CASE("a file describes exactly one partnership", "[interchange][hostile]")
{
    checkRefused(refusedEdit([](QJsonObject &t) {
                     QJsonArray rows = t.value(QStringLiteral("partnership")).toArray();
                     QJsonObject second = rows.first().toObject();
                     second[QStringLiteral("id")] = schema::idText(QUuid::createUuid());
                     rows.append(second);
                     t[QStringLiteral("partnership")] = rows;
                 }),
                 {QStringLiteral("partnership[1]"), QStringLiteral("second one")});
    checkRefused(refusedEdit([](QJsonObject &t) { t.remove(QStringLiteral("partnership")); }),
                 {QStringLiteral("tables.partnership"), QStringLiteral("has none")});
}

TEST_CASE("the format and its version are checked: another format, a newer or unknown version",
          "[interchange][hostile]")
{
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("version")] = interchange::currentVersion + 1; }),
                 {QStringLiteral("version %1").arg(interchange::currentVersion + 1), QStringLiteral("newer"),
                  QStringLiteral("Update Alliance Pilot")});
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("version")] = interchange::oldestVersion - 1; }),
                 {QStringLiteral("version %1").arg(interchange::oldestVersion - 1), QStringLiteral("does not exist")});
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("version")] = QStringLiteral("4"); }),
                 {QStringLiteral("version"), QStringLiteral("whole number, not a string")});
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("version")] = 4.5; }),
                 {QStringLiteral("version"), QStringLiteral("whole number")});
    checkRefused(refusedTop([](QJsonObject &top) { top[QStringLiteral("format")] = QStringLiteral("other"); }),
                 {QStringLiteral("not an Alliance Pilot partnership file")});
    checkRefused(refusedTop([](QJsonObject &top) { top.remove(QStringLiteral("tables")); }),
                 {QStringLiteral("tables"), QStringLiteral("must be an object")});
}

TEST_CASE("files that are not partnership files are refused before their content is read", "[interchange][hostile]")
{
    checkRefused(refusedFile(QByteArray()), {QStringLiteral("not valid JSON")});
    checkRefused(refusedFile("{\"format\": \"alliance-pilot-partnership\", "), {QStringLiteral("not valid JSON")});
    checkRefused(refusedFile("[1, 2, 3]"), {QStringLiteral("one JSON object")});
    checkRefused(refusedFile("SQLite format 3"), {QStringLiteral("not valid JSON")});
    // Qt's parser stops at its own depth; the message says what it means.
    checkRefused(refusedFile(QByteArray(100000, '[') + QByteArray(100000, ']')), {QStringLiteral("nested too deeply")});
}

TEST_CASE("a file larger than the format's limit is refused by its size, before it is parsed", "[interchange][hostile]")
{
    // A 100 MB string: far past the limit, and no JSON parser ever sees it.
    QByteArray huge = QByteArray("{\"format\": \"alliance-pilot-partnership\", \"version\": 4, \"tables\": {\"note\": "
                                 "[{\"id\": \"00000000-0000-4000-8000-000000000000\", \"text\": \"");
    huge += QByteArray(100 * 1000 * 1000, 'a');
    huge += "\"}]}}";
    REQUIRE(huge.size() > interchange::maxFileBytes);
    checkRefused(refusedFile(huge), {QStringLiteral("in.json"), QStringLiteral("MB"), QStringLiteral("was not read")});
}

TEST_CASE("a file with more values than a partnership's history may hold is refused", "[interchange][hostile]")
{
    // Rows of ids alone: values are counted before they are read.
    const qint64 rows = interchange::maxValues / schema::table(QStringLiteral("key_document"))->columns.size() + 1;
    QByteArray json = "{\"format\": \"alliance-pilot-partnership\", \"version\": "
        + QByteArray::number(interchange::currentVersion) + ", \"tables\": {\"partnership\": [";
    const QJsonObject partnership = validFile()
                                        .value(QStringLiteral("tables"))
                                        .toObject()
                                        .value(QStringLiteral("partnership"))
                                        .toArray()
                                        .first()
                                        .toObject();
    json += QJsonDocument(partnership).toJson(QJsonDocument::Compact) + "], \"key_document\": [";
    for (qint64 i = 0; i < rows; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":\"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"}";
    }
    json += "]}}";
    REQUIRE(json.size() < interchange::maxFileBytes);
    checkRefused(refusedFile(json), {QStringLiteral("values")});
}

TEST_CASE("new --from names a missing input file", "[interchange][hostile]")
{
    auto dir = test::makeTempDir();
    auto working = test::makeTempDir();
    const QString out = dir->filePath(QStringLiteral("out.alliance"));
    const test::CliResult r = test::runVerb(
        {QStringLiteral("new"), QStringLiteral("--from"), dir->filePath(QStringLiteral("absent.json")), out},
        working->path());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("absent.json")));
    CHECK_FALSE(QFileInfo::exists(out));
}
