// Hostile answer workbooks, made by code: each is refused whole, or its bad
// answers ignored, with a clear message, and the project is left unchanged.
#include <catch2/catch.hpp>

#include "answersfixture.h"
#include "document/document.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "questionnaire/answersimport.h"
#include "storage/schema.h"
#include "testsupport.h"
#include "workbookentries.h"

#include <QRandomGenerator>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

struct Hostile
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<Document> doc;
    QUuid partner;
    QUuid review;
    Binding binding;
    QList<Question> questions;

    Hostile()
    {
        doc = Document::createNew(QStringLiteral("Example"), test::testAuthor(), test::optionsIn(dir->path()));
        REQUIRE(doc);
        QString error;
        REQUIRE(example::fillExample(*doc, &error));
        for (const Organisation &o : doc->project().organisations)
            if (o.role == QLatin1String("partner") && partner.isNull())
                partner = o.id;
        review = doc->project().reviews.first().id;
        binding = test::fixtureBinding(doc->project(), Kind::Review, partner, review);
        questions = questionsFor(doc->project(), Kind::Review, partner);
    }
    QString rated() const
    {
        for (const Question &q : questions)
            if (q.answer == AnswerType::Rating)
                return q.key;
        return {};
    }
    QString write(const QString &name, const QList<QStringList> &rows, const QList<test::FixtureCell> &cells = {})
    {
        test::FixtureWorkbook w;
        w.bindingRows = rows;
        w.answersSheet = binding.answersSheet;
        w.cells = cells;
        const QString file = dir->filePath(name);
        REQUIRE(test::writeFixtureWorkbook(file, w).isEmpty());
        return file;
    }
    /// A sound workbook whose answers sheet part is then replaced by `sheetXml`.
    QString withSheet(const QString &name, const QByteArray &sheetXml)
    {
        const QString file
            = write(name, binding.sealedRows(), {test::answerCell(binding, rated(), QStringLiteral("3"))});
        const QString entry = test::worksheetEntry(test::zipEntries(file), binding.answersSheet);
        REQUIRE_FALSE(entry.isEmpty());
        REQUIRE(test::replaceZipEntry(file, entry, sheetXml));
        return file;
    }
    /// Previews `file`, applies whatever it offers, and proves nothing changed.
    WorkbookAnswers importUnchanged(const QString &file)
    {
        const qint64 journal = doc->journalSize();
        const WorkbookAnswers w = readAnswers(*doc, file);
        const AnswersChanges made = answersChangeSet(*doc, {w});
        if (!made.changes.changes.isEmpty())
            REQUIRE(doc->applyOnBehalf(made.changes, made.authorOrganisations));
        CHECK(doc->journalSize() == journal);
        return w;
    }
};

QByteArray sheetStart()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
}

const QByteArray sheetEnd = "</sheetData></worksheet>";

QString ignoredReasons(const WorkbookAnswers &w)
{
    QStringList reasons;
    for (const AnswerChange &c : w.answers)
        if (c.status == AnswerStatus::Ignored)
            reasons.append(c.reason);
    return reasons.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Hostile answer workbooks are refused whole with the reader's reason", "[answers][hostile]")
{
    Hostile h;
    QString file;
    QString expected;
    SECTION("zip bomb")
    {
        // 60 MB of one repeated row inflate from a few dozen kilobytes.
        QByteArray rows = sheetStart();
        const QByteArray row = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>)";
        rows.reserve(60 * 1024 * 1024);
        while (rows.size() < 60 * 1024 * 1024)
            rows += row;
        file = h.withSheet(QStringLiteral("bomb.xlsx"), rows + sheetEnd);
        expected = QStringLiteral("compress");
    }
    SECTION("billion laughs")
    {
        QByteArray dtd = "<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            dtd += "<!ENTITY lol" + QByteArray::number(i) + " \""
                + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        dtd += "]>";
        file = h.withSheet(QStringLiteral("laughs.xlsx"),
                           R"(<?xml version="1.0"?>)" + dtd
                               + R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                                 R"(<sheetData><row r="4"><c r="C4" t="inlineStr"><is><t>&lol9;</t></is></c></row>)"
                               + sheetEnd);
        expected = QStringLiteral("DTD");
    }
    SECTION("external entity")
    {
        file = h.withSheet(QStringLiteral("entity.xlsx"),
                           R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>)"
                           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                           R"(<sheetData><row r="4"><c r="D4" t="inlineStr"><is><t>&secret;</t></is></c></row>)"
                               + sheetEnd);
        expected = QStringLiteral("DTD");
    }
    SECTION("1,000,000 rows")
    {
        QByteArray rows = sheetStart();
        for (int r = 1; r <= 1000000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>"
                + QByteArray::number(r % 7) + "</v></c></row>";
        file = h.withSheet(QStringLiteral("rows.xlsx"), rows + sheetEnd);
        expected = QStringLiteral("rows");
    }
    SECTION("a cell of 10 MB")
    {
        QByteArray text(10 * 1024 * 1024, Qt::Uninitialized);
        auto *random = QRandomGenerator::global();
        for (char &c : text)
            c = char('a' + random->bounded(26)); // random letters: no compression ratio to catch it first
        file = h.withSheet(QStringLiteral("cell.xlsx"),
                           sheetStart() + R"(<row r="4"><c r="D4" t="inlineStr"><is><t>)" + text + "</t></is></c></row>"
                               + sheetEnd);
        expected = QStringLiteral("longer than");
    }
    const WorkbookAnswers w = h.importUnchanged(file);
    INFO(test::str(w.refusal));
    CHECK(w.refused());
    CHECK(w.refusal.contains(QStringLiteral(".xlsx")));
    CHECK(w.refusal.contains(expected, Qt::CaseInsensitive));
}

TEST_CASE("Answer workbooks bound elsewhere or edited are refused", "[answers][hostile]")
{
    Hostile h;
    QString file;
    QString expected;
    SECTION("another partnership's binding")
    {
        Binding other = h.binding;
        other.partnership = QUuid::createUuid();
        file = h.write(QStringLiteral("other.xlsx"), other.sealedRows(),
                       {test::answerCell(h.binding, h.rated(), QStringLiteral("3"))});
        expected = QStringLiteral("another partnership");
    }
    SECTION("a tampered binding sheet: another organisation, the seal kept")
    {
        QUuid other;
        for (const Organisation &o : h.doc->project().organisations)
            if (o.id != h.partner)
                other = o.id;
        QList<QStringList> rows = h.binding.sealedRows();
        bool edited = false;
        for (QStringList &row : rows)
            if (row.value(0) == QStringLiteral("organisation")) {
                row[1] = schema::idText(other);
                edited = true;
            }
        REQUIRE(edited);
        file = h.write(QStringLiteral("tampered.xlsx"), rows,
                       {test::answerCell(h.binding, h.rated(), QStringLiteral("3"))});
        expected = QStringLiteral("tampered.xlsx");
    }
    SECTION("no binding sheet: not a questionnaire")
    {
        test::FixtureWorkbook w;
        w.withBindingSheet = false;
        file = h.dir->filePath(QStringLiteral("plain.xlsx"));
        REQUIRE(test::writeFixtureWorkbook(file, w).isEmpty());
        expected = QStringLiteral("not a questionnaire");
    }
    SECTION("the answers sheet is missing")
    {
        test::FixtureWorkbook w;
        w.bindingRows = h.binding.sealedRows();
        w.withAnswersSheet = false;
        file = h.dir->filePath(QStringLiteral("noanswers.xlsx"));
        REQUIRE(test::writeFixtureWorkbook(file, w).isEmpty());
        expected = QStringLiteral("sheet of answers");
    }
    SECTION("an unknown organisation")
    {
        Binding other = h.binding;
        other.organisation = QUuid::createUuid();
        file = h.write(QStringLiteral("stranger.xlsx"), other.sealedRows());
        expected = QStringLiteral("organisation");
    }
    SECTION("an unknown review")
    {
        Binding other = h.binding;
        other.review = QUuid::createUuid();
        file = h.write(QStringLiteral("review.xlsx"), other.sealedRows());
        expected = QStringLiteral("review");
    }
    const WorkbookAnswers w = h.importUnchanged(file);
    INFO(test::str(w.refusal));
    CHECK(w.refused());
    CHECK(w.refusal.contains(expected));
}

TEST_CASE("Formulas, answers out of range and weights not summing to 100 are ignored, naming the question",
          "[answers][hostile]")
{
    Hostile h;
    SECTION("a formula is never read, not even its cached result")
    {
        test::FixtureCell formula = test::answerCell(h.binding, h.rated(), QStringLiteral("=1+2"));
        formula.kind = test::FixtureCell::Formula;
        formula.number = 3;
        test::FixtureCell words = test::answerCell(h.binding, h.rated(), QStringLiteral("=HYPERLINK(\"x\")"), true);
        words.kind = test::FixtureCell::Formula;
        const WorkbookAnswers w
            = h.importUnchanged(h.write(QStringLiteral("formula.xlsx"), h.binding.sealedRows(), {formula, words}));
        CHECK_FALSE(w.refused());
        CHECK(w.changeCount() == 0);
        CHECK(ignoredReasons(w).count(QStringLiteral("formula")) == 2);
    }
    SECTION("an answer out of range")
    {
        const WorkbookAnswers w
            = h.importUnchanged(h.write(QStringLiteral("range.xlsx"), h.binding.sealedRows(),
                                        {test::answerCell(h.binding, h.rated(), QStringLiteral("9"))}));
        CHECK(w.changeCount() == 0);
        const QString label = questionsFor(h.doc->project(), Kind::Review, h.partner).first().label;
        INFO(test::str(ignoredReasons(w)));
        CHECK(ignoredReasons(w).contains(QStringLiteral("“9”")));
        CHECK(ignoredReasons(w).contains(QStringLiteral("“%1”").arg(label)));
    }
    SECTION("weights that do not add up to 100, the rest of the workbook still read")
    {
        const Binding b = test::fixtureBinding(h.doc->project(), Kind::Weights, h.partner);
        QList<test::FixtureCell> cells;
        for (const auto &objective : method::objectives())
            cells.append(test::answerCell(b, objective.id, QStringLiteral("30")));
        const WorkbookAnswers w = h.importUnchanged(h.write(QStringLiteral("weights.xlsx"), b.sealedRows(), cells));
        CHECK_FALSE(w.refused());
        CHECK(w.changeCount() == 0);
        CHECK(ignoredReasons(w).contains(QStringLiteral("120")));
    }
}

TEST_CASE("A binding sheet left visible, or very hidden, reads the same", "[answers]")
{
    Hostile h;
    test::FixtureWorkbook w;
    w.bindingRows = h.binding.sealedRows();
    w.answersSheet = h.binding.answersSheet;
    w.cells = {test::answerCell(h.binding, h.rated(), QStringLiteral("1"), true)};
    const QString visible = h.dir->filePath(QStringLiteral("visible.xlsx"));
    w.bindingHidden = false;
    REQUIRE(test::writeFixtureWorkbook(visible, w).isEmpty());
    const QString veryHidden = h.dir->filePath(QStringLiteral("veryhidden.xlsx"));
    w.bindingHidden = true;
    REQUIRE(test::writeFixtureWorkbook(veryHidden, w).isEmpty());
    auto entries = test::zipEntries(veryHidden);
    for (auto &[name, bytes] : entries)
        if (name == QStringLiteral("xl/workbook.xml"))
            bytes.replace("state=\"hidden\"", "state=\"veryHidden\"");
    REQUIRE(test::writeZipEntries(veryHidden, entries));
    for (const QString &file : {visible, veryHidden}) {
        const WorkbookAnswers a = readAnswers(*h.doc, file);
        INFO(test::str(a.refusal));
        CHECK_FALSE(a.refused());
        CHECK(a.changeCount() == 1);
    }
}
