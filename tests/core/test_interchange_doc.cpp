// docs/interchange-format.md cannot drift from the code: its list of tables,
// fields and limits is the one the schema gives, and its example file is one
// that `new --from` accepts and `export` writes again byte for byte.
#include <catch2/catch.hpp>

#include "interchangesupport.h"
#include "io/interchange.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

using namespace alliance;

namespace {

QString sourcePath(const char *relative)
{
    return QStringLiteral(ALLIANCE_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

QString codes(const QStringList &items)
{
    QStringList out;
    for (const QString &i : items)
        out << code(i);
    return out.join(QStringLiteral(", "));
}

QString typeAndValues(const schema::Table &t, const schema::Column &c)
{
    if (t.name == QLatin1String("review_score") && c.name == QLatin1String("criterion_id")) {
        QStringList ids;
        for (const auto &criterion : method::criteria())
            ids << criterion.id;
        return QStringLiteral("text | a criterion of the method (%1) or the id of a `custom_criterion` row")
            .arg(codes(ids));
    }
    switch (c.type) {
    case schema::ColumnType::Text:
        return QStringLiteral("text | up to %1 characters, no NUL").arg(schema::maxTextLength);
    case schema::ColumnType::Integer:
        return QStringLiteral("whole number | from %1 to %2").arg(qint64(c.min)).arg(qint64(c.max));
    case schema::ColumnType::Real:
        return QStringLiteral("number | any finite number");
    case schema::ColumnType::Bool:
        return QStringLiteral("boolean | `true` or `false`");
    case schema::ColumnType::Date:
        return QStringLiteral("date | `\"yyyy-MM-dd\"` from %1 to %2, or `\"\"`")
            .arg(QLatin1String(schema::minDate), QLatin1String(schema::maxDate));
    case schema::ColumnType::Reference:
        return QStringLiteral("reference | the id of a row of `%1` in the file, or `null`").arg(c.refTable);
    case schema::ColumnType::Choice:
        return QStringLiteral("choice | %1%2")
            .arg(codes(method::idsOf(c.choices())), c.optional ? QStringLiteral(", or `\"\"`") : QString());
    case schema::ColumnType::Image:
        return QStringLiteral("image | a PNG or JPEG file of up to %1 bytes in base64, or `\"\"`")
            .arg(schema::maxImageBytes);
    }
    return QString();
}

QString since(int version)
{
    return version > interchange::oldestVersion ? QStringLiteral(" (since version %1)").arg(version) : QString();
}

/// The part of the document made from the schema.
QString generatedReference()
{
    QString out;
    out += QStringLiteral("Versions: this Alliance Pilot writes version %1 and reads versions %2 to %1.\n\n")
               .arg(interchange::currentVersion)
               .arg(interchange::oldestVersion);
    out += QStringLiteral("Limits: a file of at most %1 bytes; at most %2 values (fields of rows, ids aside) in "
                          "all; texts of at most %3 characters; images of at most %4 bytes.\n")
               .arg(interchange::maxFileBytes)
               .arg(interchange::maxValues)
               .arg(schema::maxTextLength)
               .arg(schema::maxImageBytes);
    QStringList local;
    for (const auto &t : schema::tables()) {
        if (!interchange::carries(t)) {
            local << t.name;
            continue;
        }
        out += QStringLiteral("\n### `%1`%2\n\n").arg(t.name, since(t.sinceVersion));
        out += QStringLiteral("| field | type | values |\n|---|---|---|\n");
        out += QStringLiteral("| `id` | id | the row's id, unique in the file |\n");
        for (const auto &c : t.columns)
            out += QStringLiteral("| `%1`%2 | %3 |\n").arg(c.name, since(c.sinceVersion), typeAndValues(t, c));
    }
    out += QStringLiteral("\nNot carried (facts about one file): %1, and the journal.\n").arg(codes(local));
    return out;
}

const QString beginMarker = QStringLiteral("<!-- generated from the schema: begin -->\n");
const QString endMarker = QStringLiteral("<!-- generated from the schema: end -->");

} // namespace

TEST_CASE("the format document lists every table and field with its type and limits, as the schema says",
          "[interchange][doc]")
{
    const QString doc = QString::fromUtf8(test::readBytes(sourcePath("docs/interchange-format.md")));
    const qsizetype begin = doc.indexOf(beginMarker);
    const qsizetype end = doc.indexOf(endMarker);
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const QString listed = doc.mid(begin + beginMarker.size(), end - begin - beginMarker.size());
    const QString expected = generatedReference();
    if (listed != expected) {
        // What to paste between the markers.
        const QString path = QDir::current().absoluteFilePath(QStringLiteral("interchange-tables.md"));
        test::writeBytes(path, expected.toUtf8());
        FAIL_CHECK("docs/interchange-format.md lists other tables or fields than the schema: replace the text "
                   "between its markers by "
                   << test::str(path));
    }
    // Every carried table and field is there (the comparison above says so; this says it plainly).
    for (const auto &t : schema::tables()) {
        INFO(test::str(t.name));
        CHECK(listed.contains(QStringLiteral("### `%1`").arg(t.name)) == interchange::carries(t));
        if (interchange::carries(t))
            for (const auto &c : t.columns)
                CHECK(listed.contains(QStringLiteral("| `%1`").arg(c.name)));
    }
}

TEST_CASE("the document's example file builds a project, and exporting it gives the same file", "[interchange][doc]")
{
    const QString example = sourcePath("docs/examples/partnership.json");
    REQUIRE(QFileInfo(example).isFile());
    auto dir = test::makeTempDir();
    auto working = test::makeTempDir();
    const QString project = dir->filePath(QStringLiteral("example.alliance"));
    const test::CliResult made
        = test::runVerb({QStringLiteral("new"), QStringLiteral("--from"), example, project}, working->path());
    INFO(test::str(made.err));
    REQUIRE(made.code == 0);
    CHECK(validateProjectFile(project).ok());
    const QString again = dir->filePath(QStringLiteral("again.json"));
    const test::CliResult exported
        = test::runVerb({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("-o"), again, QStringLiteral("--private")},
                        working->path());
    REQUIRE(exported.code == 0);
    // The example is written exactly as export writes: it shows the real layout.
    INFO("to refresh it: alliance-pilot new --from docs/examples/partnership.json x.alliance && alliance-pilot "
         "export x.alliance --format json --private -o docs/examples/partnership.json");
    const bool same = test::readBytes(again) == test::readBytes(example);
    CHECK(same);
    // It shows every table, a private item and an image.
    const QJsonObject tables = test::jsonObjectOf(test::readBytes(example)).value(QStringLiteral("tables")).toObject();
    for (const auto &t : schema::tables())
        CHECK(tables.contains(t.name) == interchange::carries(t));
    CHECK(test::readBytes(example).contains("\"private\": true"));
    CHECK(test::readBytes(example).contains("\"image\": \"iVBOR"));
}
