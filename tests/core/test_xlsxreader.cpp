// Sound workbooks, as Excel and LibreOffice write them, are read with their
// values; cell references are read as written. (Hostile workbooks:
// test_xlsxreader_hostile.cpp.)
#include <catch2/catch.hpp>

#include "handmadeworkbook.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::test;

TEST_CASE("A workbook: shared strings with rich text, inline strings, numbers, booleans and sheet states", "[xlsx]")
{
    const QByteArray shared = xml("<sst ") + mainNs
        + R"( count="3" uniqueCount="3"><si><t>Nom</t></si>)"
          R"(<si><r><rPr><b/></rPr><t>« Très </t></r><r><t xml:space="preserve">bien »</t></r>)"
          R"(<rPh sb="0" eb="1"><t>guide</t></rPh></si>)"
          R"(<si><t>ligne_x000D_suivante, _x005F_x</t></si></sst>)";
    const QByteArray sheet
        = sheetXml(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                   R"(<row r="3"><c r="A3"><v>3.25</v></c><c r="C3" t="n"><v>-12</v></c>)"
                   R"(<c r="D3" t="b"><v>1</v></c><c r="E3" t="b"><v>0</v></c>)"
                   R"(<c r="F3" t="str"><v>plain</v></c><c r="G3" t="e"><v>#DIV/0!</v></c>)"
                   R"(<c r="H3" s="2"/><c r="I3" t="s"><v>2</v></c></row>)"
                   R"(<row r="4"><c r="B4" t="inlineStr"><is><t>en ligne</t></is></c>)"
                   R"(<c r="C4" t="inlineStr"><is><r><t>ri</t></r><r><t>che</t></r></is></c></row>)");
    const XlsxReadResult read = readEntries(workbook(sheet, shared));
    INFO(read.message.toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.message.isEmpty());
    REQUIRE(read.workbook.sheets.size() == 2);
    const XlsxSheet &answers = read.workbook.sheets.at(0);
    CHECK(answers.name == QStringLiteral("Réponses"));
    CHECK(answers.state == XlsxSheetState::Visible);
    CHECK(read.workbook.sheets.at(1).state == XlsxSheetState::Hidden);
    CHECK(read.workbook.sheet(QStringLiteral("Liaison"))->cell(1, 1)->text == QStringLiteral("lié"));

    CHECK(answers.cell(QStringLiteral("A1"))->text == QStringLiteral("Nom"));
    CHECK(answers.cell(1, 2)->text == QStringLiteral("« Très bien »")); // runs joined, phonetic guide left out
    CHECK(answers.cell(QStringLiteral("A3"))->kind == XlsxCellKind::Number);
    CHECK(answers.cell(QStringLiteral("A3"))->number == 3.25);
    CHECK(answers.cell(QStringLiteral("C3"))->number == -12);
    CHECK(answers.cell(QStringLiteral("C3"))->displayText() == QStringLiteral("-12"));
    CHECK(answers.cell(QStringLiteral("D3"))->kind == XlsxCellKind::Boolean);
    CHECK(answers.cell(QStringLiteral("D3"))->number == 1);
    CHECK(answers.cell(QStringLiteral("E3"))->number == 0);
    CHECK(answers.cell(QStringLiteral("F3"))->text == QStringLiteral("plain"));
    CHECK(answers.cell(QStringLiteral("G3"))->kind == XlsxCellKind::Error);
    CHECK(answers.cell(QStringLiteral("H3")) == nullptr); // a style without a value is an empty cell
    CHECK(answers.cell(QStringLiteral("I3"))->text == QStringLiteral("ligne\rsuivante, _x"));
    CHECK(answers.cell(QStringLiteral("B4"))->text == QStringLiteral("en ligne"));
    CHECK(answers.cell(QStringLiteral("C4"))->text == QStringLiteral("riche"));
    CHECK(answers.cell(2, 1) == nullptr);
    CHECK(answers.cells.size() == 11);
    CHECK(answers.lastRow() == 4);
}

TEST_CASE("A workbook: rows and cells without references follow the previous one", "[xlsx]")
{
    const QByteArray sheet = sheetXml(R"(<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row>)"
                                      R"(<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>)"
                                      R"(<row><c><v>5</v></c></row>)");
    const XlsxReadResult read = readEntries(workbook(sheet));
    INFO(read.message.toStdString());
    REQUIRE(read.ok());
    const XlsxSheet &s = read.workbook.sheets.at(0);
    CHECK(s.cell(QStringLiteral("A1"))->text == QStringLiteral("a"));
    CHECK(s.cell(QStringLiteral("B1"))->number == 2);
    CHECK(s.cell(QStringLiteral("C5"))->number == 3);
    CHECK(s.cell(QStringLiteral("D5"))->number == 4);
    CHECK(s.cell(QStringLiteral("A6"))->number == 5);
}

TEST_CASE("A workbook: a formula is reported as one, with no value, and never evaluated", "[xlsx]")
{
    const QByteArray sheet = sheetXml(R"(<row r="1"><c r="A1"><f>1+2</f><v>3</v></c>)"
                                      R"(<c r="B1" t="str"><f>WEBSERVICE("http://example.org")</f><v>sent</v></c>)"
                                      R"(<c r="C1"><f t="shared" si="0"/><v>4</v></c><c r="D1"><v>5</v></c></row>)");
    const XlsxReadResult read = readEntries(workbook(sheet));
    REQUIRE(read.ok());
    const XlsxSheet &s = read.workbook.sheets.at(0);
    for (const char *ref : {"A1", "B1", "C1"}) {
        const XlsxCell *cell = s.cell(QString::fromLatin1(ref));
        REQUIRE(cell);
        CHECK(cell->isFormula());
        CHECK(cell->text.isEmpty());
        CHECK(cell->number == 0);
        CHECK(cell->displayText().isEmpty());
    }
    CHECK(!s.cell(QStringLiteral("D1"))->isFormula());
}

TEST_CASE("Cell references", "[xlsx]")
{
    CHECK(xlsx::cellReference(3, 2) == QStringLiteral("B3"));
    CHECK(xlsx::cellReference(1, 27) == QStringLiteral("AA1"));
    CHECK(xlsx::cellReference(1048576, 16384) == QStringLiteral("XFD1048576"));
    const auto xfd = xlsx::parseCellReference(QStringLiteral("XFD1048576"));
    REQUIRE(xfd);
    CHECK(xfd->row == 1048576);
    CHECK(xfd->column == 16384);
    CHECK(!xlsx::parseCellReference(QStringLiteral("XFE1")));
    CHECK(!xlsx::parseCellReference(QStringLiteral("A0")));
    CHECK(!xlsx::parseCellReference(QStringLiteral("A01")));
    CHECK(!xlsx::parseCellReference(QStringLiteral("A1048577")));
    CHECK(!xlsx::parseCellReference(QStringLiteral("1A")));
    CHECK(!xlsx::parseCellReference(QStringLiteral("a1")));
}

TEST_CASE("A workbook written by LibreOffice Calc is read with its values intact", "[xlsx][libreoffice]")
{
    // Runs LibreOffice (libreoffice-calc-nogui, installed by
    // packaging/install-deps.sh): a two-sheet spreadsheet, the second hidden,
    // converted to .xlsx the way a partner's copy would be saved.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("soffice (LibreOffice) is needed: run packaging/install-deps.sh");
    REQUIRE(!soffice.isEmpty());
    auto dir = test::makeTempDir();
    const QString fods = dir->filePath(QStringLiteral("réponses.fods"));
    QFile file(fods);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><style:style style:name="hidden" style:family="table">
<style:table-properties table:display="false"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Réponses">
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>« Café » élève</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="3.5"><text:p>3,5</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="-12"><text:p>-12</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:number-columns-repeated="2"/>
 <table:table-cell table:formula="of:=[.B1]*2" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Fin <text:span>riche</text:span> ’ok’</text:p></table:table-cell>
</table:table-row>
</table:table>
<table:table table:name="Liaison" table:style-name="hidden"><table:table-row>
 <table:table-cell office:value-type="string"><text:p>caché</text:p></table:table-cell>
</table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
)");
    file.close();
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=file://") + dir->filePath(QStringLiteral("profile")),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
              QStringLiteral("--outdir"), dir->path(), fods});
    REQUIRE(lo.waitForFinished(120000));
    INFO(lo.readAll().toStdString());
    const QString xlsx = dir->filePath(QStringLiteral("réponses.xlsx"));
    REQUIRE(QFile::exists(xlsx));

    const XlsxReadResult read = readXlsx(xlsx);
    INFO(read.message.toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.workbook.sheets.size() == 2);
    const XlsxSheet &answers = read.workbook.sheets.at(0);
    CHECK(answers.name == QStringLiteral("Réponses"));
    CHECK(answers.state == XlsxSheetState::Visible);
    CHECK(answers.cell(QStringLiteral("A1"))->text == QStringLiteral("« Café » élève"));
    CHECK(answers.cell(QStringLiteral("B1"))->number == 3.5);
    CHECK(answers.cell(QStringLiteral("C1"))->number == -12);
    CHECK(answers.cell(QStringLiteral("C2"))->isFormula());
    CHECK(answers.cell(QStringLiteral("D2"))->text == QStringLiteral("Fin riche ’ok’"));
    CHECK(answers.cell(QStringLiteral("A2")) == nullptr);
    CHECK(answers.cells.size() == 5);
    const XlsxSheet &binding = read.workbook.sheets.at(1);
    CHECK(binding.name == QStringLiteral("Liaison"));
    CHECK(binding.state == XlsxSheetState::Hidden);
    CHECK(binding.cell(1, 1)->text == QStringLiteral("caché"));
}
