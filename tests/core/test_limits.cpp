// Every limit is one rule: a value an edit accepts is saved, reopened and
// merged; a value just past the limit is refused by the edit, and a file
// holding it (in a table or in the journal) is refused on open.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "document/fieldvalue.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "sync/merge.h"
#include "testsupport.h"

#include <QDate>
#include <QUuid>
#include <limits>

using namespace alliance;
using namespace alliance::test;

namespace {

QByteArray pngOfSize(int bytes)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    return png + QByteArray(bytes - png.size(), 'p');
}

/// Values at the edges of what `column` may hold: each must be accepted.
QList<QVariant> edgeValues(const schema::Column &c)
{
    switch (c.type) {
    case schema::ColumnType::Text: {
        // Characters outside the BMP count once, as SQLite counts them.
        static const QString emoji = QStringLiteral("🤝").repeated(schema::maxTextLength);
        REQUIRE(schema::textLength(emoji) == schema::maxTextLength);
        return {QString(schema::maxTextLength, QLatin1Char('a')), emoji, QString()};
    }
    case schema::ColumnType::Integer:
        return {qint64(c.min), qint64(c.max)};
    case schema::ColumnType::Real:
        return {std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(), 0.0};
    case schema::ColumnType::Bool:
        return {true, false};
    case schema::ColumnType::Date:
        return {QString::fromLatin1(schema::minDate), QString::fromLatin1(schema::maxDate), QString()};
    case schema::ColumnType::Image:
        // 150,000 bytes: once accepted by the editor, then refused on open.
        return {pngOfSize(schema::maxImageBytes), pngOfSize(150000)};
    case schema::ColumnType::Choice:
        return {c.choices().last().id};
    case schema::ColumnType::Reference:
        return {};
    }
    return {};
}

/// Values just past the edges: each must be refused by the edit.
QList<QVariant> beyondValues(const schema::Column &c)
{
    switch (c.type) {
    case schema::ColumnType::Text:
        // A lone surrogate is stored as one replacement character: it counts as one.
        return {QString(schema::maxTextLength + 1, QLatin1Char('a')), QString::fromUtf8("a\0b", 3),
                QString(schema::maxTextLength, QLatin1Char('a')) + QChar(0xDC00)};
    case schema::ColumnType::Integer:
        return {qint64(c.min) - 1, qint64(c.max) + 1};
    case schema::ColumnType::Real:
        return {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::quiet_NaN()};
    case schema::ColumnType::Date:
        return {QStringLiteral("0000-01-01"), QStringLiteral("2026-02-30"), QStringLiteral("10000-01-01")};
    case schema::ColumnType::Image:
        return {pngOfSize(schema::maxImageBytes + 1)};
    case schema::ColumnType::Choice:
        return {QStringLiteral("not-a-choice")};
    default:
        return {};
    }
}

} // namespace

TEST_CASE("Each field at each of its limits is saved, reopened and merged, past them, refused", "[limits][hostile]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    const QString base = dir->filePath(QStringLiteral("base.alliance"));
    const FixtureIds refs = makeFixture(base, work);
    CheckResult opened;
    auto doc = Document::open(base, testAuthor(), optionsIn(work), &opened);
    REQUIRE(doc);
    QString error;
    struct Expected
    {
        QString table;
        QUuid id;
        QString field;
        QVariant stored;
    };
    QList<Expected> expected;
    int refusedEdits = 0;
    for (const auto &t : schema::tables()) {
        if (t.name == QLatin1String("partnership"))
            continue; // exactly one; its fields are set on the existing row below
        for (const auto &c : t.columns) {
            if (t.name == QLatin1String("review_score") && c.name == QLatin1String("criterion_id"))
                continue; // a criterion's id, not free text: checked as a reference
            for (const QVariant &edge : edgeValues(c)) {
                // A new item, every other field valid, this one at its edge.
                const QUuid id = QUuid::createUuid();
                ChangeSet change(QStringLiteral("Edge"));
                for (const auto &other : t.columns)
                    change.set(t.name, id, other.name,
                               other.name == c.name ? edge : validValue(t.name, other.name, refs));
                INFO(str(t.name + QLatin1Char('.') + c.name) << " " << str(error));
                REQUIRE(doc->apply(change, &error));
                expected.append({t.name, id, c.name, *storedValue(t.name, c.name, edge, nullptr)});
            }
            for (const QVariant &beyond : beyondValues(c)) {
                const QUuid id = QUuid::createUuid();
                INFO(str(t.name + QLatin1Char('.') + c.name));
                CHECK_FALSE(doc->apply(ChangeSet(QStringLiteral("Beyond")).set(t.name, id, c.name, beyond), &error));
                CHECK_FALSE(error.isEmpty());
                ++refusedEdits;
            }
        }
    }
    const QUuid partnership = doc->partnershipId();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Edge title"))
                           .set(QStringLiteral("partnership"), partnership, QStringLiteral("title"),
                                QString(schema::maxTextLength, QLatin1Char('t'))),
                       &error));
    CHECK(refusedEdits > 40);

    // Saved, the file passes every check and reopens with each value as typed.
    const QString saved = dir->filePath(QStringLiteral("edges.alliance"));
    REQUIRE(doc->saveAs(saved, &error));
    const CheckResult check = validateProjectFile(saved);
    INFO(str(check.message));
    REQUIRE(check.ok());
    auto reopened = Document::open(saved, testAuthor(), optionsIn(work), &opened);
    INFO(str(opened.message));
    REQUIRE(reopened);
    int mismatches = 0;
    for (const auto &e : expected) {
        const QVariant actual = reopened->value(e.table, e.id, e.field);
        if (!(actual == e.stored && actual.isNull() == e.stored.isNull()) && ++mismatches < 5)
            FAIL_CHECK(str(e.table + QLatin1Char('.') + e.field));
    }
    CHECK(mismatches == 0);

    // A copy holding all of them merges into the fixture it came from.
    // Opened on another computer: the edges' changes are not its own.
    auto fixture
        = Document::open(base, Author {QStringLiteral("Manager"), {}, QUuid::createUuid()}, optionsIn(work), &opened);
    REQUIRE(fixture);
    CheckResult refusal;
    const auto plan = sync::planMerge(*fixture, saved, &refusal);
    INFO(str(refusal.message));
    REQUIRE(plan);
    REQUIRE(fixture->applyMerge(*plan, {}, &error));
    CHECK(fixture->value(QStringLiteral("partnership"), partnership, QStringLiteral("title")).toString().size()
          == schema::maxTextLength);
}

TEST_CASE("A logo of 150,000 bytes is saved and the file opens again", "[limits][logo]")
{
    auto dir = makeTempDir();
    const QString work = dir->filePath(QStringLiteral("work"));
    QString error;
    auto doc = Document::createNew(QStringLiteral("Logos"), testAuthor(), optionsIn(work), {}, &error);
    REQUIRE(doc);
    const QUuid organisation = QUuid::createUuid();
    const QUuid logo = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Logo"))
            .set(QStringLiteral("organisation"), organisation, QStringLiteral("name"), QStringLiteral("Lead"))
            .set(QStringLiteral("organisation_logo"), logo, QStringLiteral("organisation_id"),
                 schema::idText(organisation))
            .set(QStringLiteral("organisation_logo"), logo, QStringLiteral("image"), pngOfSize(150000)),
        &error));
    const QString path = dir->filePath(QStringLiteral("logo.alliance"));
    REQUIRE(doc->saveAs(path, &error));
    const CheckResult check = validateProjectFile(path);
    INFO(str(check.message));
    CHECK(check.ok());
}

TEST_CASE("A value read from a file must be exactly its stored form: nothing is coerced", "[limits][merge]")
{
    QString why;
    const QString weight = QStringLiteral("objective_weight");
    CHECK(checkedStoredForm(weight, QStringLiteral("weight"), qint64(40), &why));
    CHECK_FALSE(checkedStoredForm(weight, QStringLiteral("weight"), 99.6, &why));
    CHECK(why.contains(QStringLiteral("99.6")));
    CHECK_FALSE(checkedStoredForm(weight, QStringLiteral("weight"), QStringLiteral("40"), &why));
    CHECK_FALSE(checkedStoredForm(QStringLiteral("note"), QStringLiteral("private"), QStringLiteral("yes"), &why));
    CHECK_FALSE(checkedStoredForm(QStringLiteral("note"), QStringLiteral("private"), qint64(2), &why));
    CHECK(checkedStoredForm(QStringLiteral("note"), QStringLiteral("private"), qint64(1), &why));
    const QString id = schema::idText(QUuid::createUuid());
    CHECK(checkedStoredForm(QStringLiteral("contact"), QStringLiteral("organisation_id"), id, &why));
    CHECK_FALSE(checkedStoredForm(QStringLiteral("contact"), QStringLiteral("organisation_id"), id.toUpper(), &why));
    CHECK_FALSE(checkedStoredForm(QStringLiteral("contact"), QStringLiteral("organisation_id"),
                                  QStringLiteral("not an id"), &why));
    CHECK(checkedStoredForm(QStringLiteral("contact"), QStringLiteral("organisation_id"), QVariant(), &why));
    CHECK(checkedStoredForm(QStringLiteral("indicator"), QStringLiteral("target"), qint64(5), &why));
    CHECK_FALSE(
        checkedStoredForm(QStringLiteral("review"), QStringLiteral("date"), QStringLiteral("2026-02-30"), &why));
    CHECK_FALSE(
        checkedStoredForm(QStringLiteral("review"), QStringLiteral("date"), QStringLiteral("0000-01-01"), &why));
}
