// Received workbooks are hostile: each hostile workbook below, made by code,
// is refused with its own reason before anything of it is returned.
#include <catch2/catch.hpp>

#include "handmadeworkbook.h"
#include "spreadsheet/xlsxlimits.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

using namespace alliance;
using namespace alliance::test;

TEST_CASE("Hostile workbooks: zip bombs are refused before they are inflated", "[xlsx]")
{
    SECTION("an entry inflating past the per-entry limit")
    {
        auto entries = workbook(sheetXml(""));
        const qint64 size = xlsx::maxEntryBytes + 1024 * 1024;
        // Compressed to about 19 MB: under the file's limit and the ratio's.
        entries.append({QStringLiteral("xl/media/big.bin"), {}, letters(size, 4)});
        requireRefused(readEntries(entries), XlsxRefusal::EntryTooLarge);
    }
    SECTION("a small entry of a very high ratio")
    {
        auto entries = workbook(sheetXml(""));
        // 20 MB of one repeated row compresses to about 20 KB.
        const QByteArray row = R"(<row><c><v>1</v></c></row>)";
        auto left = std::make_shared<int>(20 * 1024 * 1024 / (row.size() * 1000));
        const Producer rows = [row, left]() { return (*left)-- > 0 ? row.repeated(1000) : QByteArray(); };
        remove(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
        entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                        {},
                        sequence({once(QByteArray("<worksheet><sheetData>")), rows})});
        requireRefused(readEntries(entries), XlsxRefusal::CompressionRatio);
    }
    SECTION("an entry whose header claims less than it inflates to")
    {
        // 80 MB of shared strings, deflated (about 200 KB), stored as if
        // they were 1 MB: the inflater stops at the size claimed, and the
        // checksum fails.
        const QByteArray strings = QByteArray("<sst>") + QByteArray("<si><t>a</t></si>").repeated(5 * 1024 * 1024);
        const QByteArray zlib = qCompress(strings, 9);
        const QByteArray raw = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4); // no length, zlib header, adler32
        auto dir = test::makeTempDir();
        const QString path = dir->filePath(QStringLiteral("reçu.xlsx"));
        auto entries = workbook(sheetXml(""));
        remove(entries, QStringLiteral("xl/sharedStrings.xml"));
        writeZip(path, entries);
        ZipWriter zip(path, true);
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(strings.constData()), strings.size()));
        zip.addRaw(QStringLiteral("xl/sharedStrings.xml"), raw, 1024 * 1024, crc);
        zip.close();
        requireRefused(readXlsx(path), XlsxRefusal::Damaged);
    }
    SECTION("an entry whose header claims more than it inflates to")
    {
        // Checksum right, size claimed 1 KB larger: the entry ends early,
        // which minizip alone would not report.
        const QByteArray strings = xml("") + "<sst " + mainNs + R"( count="1" uniqueCount="1"><si><t>a</t></si></sst>)";
        const QByteArray zlib = qCompress(strings, 9);
        const QByteArray raw = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
        auto dir = test::makeTempDir();
        const QString path = dir->filePath(QStringLiteral("reçu.xlsx"));
        auto entries = workbook(sheetXml(""));
        remove(entries, QStringLiteral("xl/sharedStrings.xml"));
        writeZip(path, entries);
        ZipWriter zip(path, true);
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(strings.constData()), strings.size()));
        zip.addRaw(QStringLiteral("xl/sharedStrings.xml"), raw, strings.size() + 1024, crc);
        zip.close();
        requireRefused(readXlsx(path), XlsxRefusal::Damaged);
    }
}

TEST_CASE("Hostile workbooks: a DTD is refused, so no entity is expanded or fetched", "[xlsx]")
{
    SECTION("billion laughs")
    {
        QByteArray dtd = "<!DOCTYPE sst [<!ENTITY lol0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            dtd += QByteArray("<!ENTITY lol") + QByteArray::number(i) + " \"" + QByteArray("&lol")
                + QByteArray::number(i - 1) + ";" + "\">";
        dtd += "]>";
        const QByteArray shared = xml("") + dtd + "<sst " + mainNs + "><si><t>&lol9;</t></si></sst>";
        requireRefused(readEntries(workbook(sheetXml(""), shared)), XlsxRefusal::DocumentType);
    }
    SECTION("an external entity naming a file of this computer")
    {
        const QByteArray sheet = xml(R"(<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>)")
            + "<worksheet " + mainNs
            + R"(><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c>)"
              R"(</row></sheetData></worksheet>)";
        const XlsxReadResult read = readEntries(workbook(sheet));
        requireRefused(read, XlsxRefusal::DocumentType);
        CHECK(!read.message.contains(QStringLiteral("root:")));
    }
}

TEST_CASE("Hostile workbooks: 1,000,000 rows are refused at the row cap", "[xlsx]")
{
    // About 40 MB of sheet, streamed into the archive; the reader stops at
    // row maxRows + 1 and returns nothing.
    auto row = std::make_shared<int>(0);
    const Producer rows = [row]() {
        QByteArray chunk;
        for (int i = 0; i < 10000 && *row < 1000000; ++i) {
            const QByteArray n = QByteArray::number(++*row);
            chunk += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c></row>";
        }
        return chunk;
    };
    auto entries = workbook({});
    remove(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
    entries.append(
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         {},
         sequence({once(QByteArray("<worksheet><sheetData>")), rows, once(QByteArray("</sheetData></worksheet>"))})});
    const XlsxReadResult read = readEntries(entries);
    requireRefused(read, XlsxRefusal::TooManyRows);
    CHECK(read.message.contains(QStringLiteral("Réponses")));
    CHECK(*row == 1000000); // the workbook did hold them all
}

TEST_CASE("Hostile workbooks: a cell of 10 MB is refused", "[xlsx]")
{
    SECTION("an inline string")
    {
        auto entries = workbook({});
        remove(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
        entries.append(
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             {},
             sequence({once(QByteArray(R"(<worksheet><sheetData><row><c t="inlineStr"><is><t>)")),
                       letters(10 * 1024 * 1024), once(QByteArray("</t></is></c></row></sheetData></worksheet>"))})});
        const XlsxReadResult read = readEntries(entries);
        requireRefused(read, XlsxRefusal::CellTooLong);
        CHECK(read.message.contains(QStringLiteral("A1")));
    }
    SECTION("a shared string")
    {
        auto entries = workbook(sheetXml(""));
        remove(entries, QStringLiteral("xl/sharedStrings.xml"));
        entries.append({QStringLiteral("xl/sharedStrings.xml"),
                        {},
                        sequence({once(QByteArray("<sst><si><t>")), letters(10 * 1024 * 1024),
                                  once(QByteArray("</t></si></sst>"))})});
        const XlsxReadResult read = readEntries(entries);
        requireRefused(read, XlsxRefusal::CellTooLong);
        CHECK(read.message.contains(QStringLiteral("shared texts")));
    }
}

TEST_CASE("Hostile workbooks: names and links leading outside the workbook are refused", "[xlsx]")
{
    SECTION("an entry named with ../")
    {
        auto entries = workbook(sheetXml(""));
        entries.append({QStringLiteral("../../evil.sh"), "rm -rf ~", {}});
        requireRefused(readEntries(entries), XlsxRefusal::UnsafeEntryName);
    }
    SECTION("an absolute entry name")
    {
        auto entries = workbook(sheetXml(""));
        entries.append({QStringLiteral("/etc/evil"), "x", {}});
        requireRefused(readEntries(entries), XlsxRefusal::UnsafeEntryName);
    }
    SECTION("a sheet's relationship leaving the archive")
    {
        auto entries = workbook(sheetXml(""));
        replace(entries, QStringLiteral("xl/_rels/workbook.xml.rels"),
                relationships(relationship("rId1", "worksheet", "../../../etc/passwd")
                              + relationship("rId2", "worksheet", "worksheets/sheet2.xml")));
        requireRefused(readEntries(entries), XlsxRefusal::UnsafeEntryName);
    }
    SECTION("a relationship to a file of this computer")
    {
        auto entries = workbook(sheetXml(""));
        replace(entries, QStringLiteral("xl/_rels/workbook.xml.rels"),
                relationships(relationship("rId1", "worksheet", "file:///etc/passwd")
                              + relationship("rId2", "worksheet", "worksheets/sheet2.xml")));
        requireRefused(readEntries(entries), XlsxRefusal::UnsafeEntryName);
    }
    SECTION("a link to another workbook (externalLink)")
    {
        auto entries = workbook(sheetXml(""));
        replace(entries, QStringLiteral("xl/_rels/workbook.xml.rels"),
                relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                              + relationship("rId2", "worksheet", "worksheets/sheet2.xml")
                              + relationship("rId9", "externalLink", "externalLinks/externalLink1.xml")));
        entries.append(
            {QStringLiteral("xl/externalLinks/externalLink1.xml"), xml("<externalLink ") + mainNs + "/>", {}});
        requireRefused(readEntries(entries), XlsxRefusal::ExternalReference);
    }
    SECTION("a relationship with TargetMode=\"External\"")
    {
        auto entries = workbook(sheetXml(""));
        replace(entries, QStringLiteral("xl/_rels/workbook.xml.rels"),
                relationships(
                    relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                    + relationship("rId2", "worksheet", "worksheets/sheet2.xml")
                    + relationship("rId3", "sharedStrings", "http://example.org/s.xml", R"(TargetMode="External")")));
        requireRefused(readEntries(entries), XlsxRefusal::ExternalReference);
    }
}

TEST_CASE("Hostile workbooks: not a workbook, cut short, or incomplete", "[xlsx]")
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("reçu.xlsx"));
    SECTION("not a zip at all")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nom;Note\nÉtienne;3\n");
        file.close();
        requireRefused(readXlsx(path), XlsxRefusal::NotZip);
    }
    SECTION("a truncated zip")
    {
        writeZip(path, workbook(sheetXml(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() * 2 / 3));
        file.close();
        requireRefused(readXlsx(path), XlsxRefusal::NotZip);
    }
    SECTION("a missing workbook.xml")
    {
        auto entries = workbook(sheetXml(""));
        remove(entries, QStringLiteral("xl/workbook.xml"));
        const XlsxReadResult read = readEntries(entries);
        requireRefused(read, XlsxRefusal::MissingPart);
        CHECK(read.message.contains(QStringLiteral("xl/workbook.xml")));
    }
    SECTION("no file at that path")
    {
        requireRefused(readXlsx(path), XlsxRefusal::Missing);
    }
    SECTION("an empty file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        requireRefused(readXlsx(path), XlsxRefusal::NotZip);
    }
}

TEST_CASE("Hostile workbooks: cells that cannot be placed or are not of their type", "[xlsx]")
{
    const auto refusedSheet = [](const char *data) { return readEntries(workbook(sheetXml(data))); };
    const XlsxReadResult outOfTable = refusedSheet(R"(<row r="1"><c r="A1"/><c r="C1" t="s"><v>7</v></c></row>)");
    requireRefused(outOfTable, XlsxRefusal::BadCell);
    CHECK(outOfTable.message.contains(QStringLiteral("C1")));
    CHECK(outOfTable.message.contains(QStringLiteral("Réponses")));
    requireRefused(refusedSheet(R"(<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>)"),
                   XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="1"><c r="A2"><v>1</v></c></row>)"), XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="2"/><row r="1"/>)"), XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="1"><c r="A1"><v>1e999</v></c></row>)"), XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="1"><c r="A1" t="b"><v>yes</v></c></row>)"), XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="1"><c r="$A$1"><v>1</v></c></row>)"), XlsxRefusal::BadCell);
    requireRefused(refusedSheet(R"(<row r="200000"><c><v>1</v></c></row>)"), XlsxRefusal::TooManyRows);
    requireRefused(refusedSheet(R"(<row r="1"><c r="A1"><v>1</v></row>)"), XlsxRefusal::Malformed);
}

TEST_CASE("Hostile workbooks: too many entries, sheets, shared strings or cells", "[xlsx]")
{
    SECTION("entries")
    {
        auto entries = workbook(sheetXml(""));
        for (int i = 0; i < xlsx::maxEntries; ++i)
            entries.append({QStringLiteral("xl/media/image%1.png").arg(i), "x", {}});
        requireRefused(readEntries(entries), XlsxRefusal::TooManyEntries);
    }
    SECTION("sheets")
    {
        auto entries = workbook(sheetXml(""));
        QByteArray sheets;
        for (int i = 0; i <= xlsx::maxSheets; ++i)
            sheets += "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"1\" r:id=\"rId1\"/>";
        replace(entries, QStringLiteral("xl/workbook.xml"),
                xml("<workbook ") + mainNs + " " + relNs + "><sheets>" + sheets + "</sheets></workbook>");
        requireRefused(readEntries(entries), XlsxRefusal::TooManySheets);
    }
    SECTION("shared strings")
    {
        auto entries = workbook(sheetXml(""));
        auto next = std::make_shared<int>(0);
        const Producer strings = [next]() {
            QByteArray chunk;
            for (int i = 0; i < 10000 && *next <= xlsx::maxSharedStrings; ++i)
                chunk += "<si><t>" + QByteArray::number(++*next) + "</t></si>";
            return chunk;
        };
        remove(entries, QStringLiteral("xl/sharedStrings.xml"));
        entries.append(
            {QStringLiteral("xl/sharedStrings.xml"), {}, sequence({once("<sst>"), strings, once("</sst>")})});
        requireRefused(readEntries(entries), XlsxRefusal::TooManySharedStrings);
    }
    SECTION("cells")
    {
        // Within the row cap: maxRows rows of 11 cells.
        auto row = std::make_shared<int>(0);
        const Producer rows = [row]() {
            QByteArray chunk;
            for (int i = 0; i < 1000 && *row < xlsx::maxRows; ++i) {
                chunk += "<row>";
                ++*row;
                for (int c = 0; c < 11; ++c)
                    chunk += "<c><v>" + QByteArray::number(*row * 11 + c) + "</v></c>";
                chunk += "</row>";
            }
            return chunk;
        };
        auto entries = workbook({});
        remove(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
        entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                        {},
                        sequence({once("<worksheet><sheetData>"), rows, once("</sheetData></worksheet>")})});
        requireRefused(readEntries(entries), XlsxRefusal::TooManyCells);
    }
}

TEST_CASE("Hostile workbooks: entries too large together", "[xlsx]")
{
    SECTION("as the archive declares them")
    {
        // Four entries that claim 60 MB each (each under the per-entry limit
        // and the ratio): refused from the archive's directory, never inflated.
        auto dir = test::makeTempDir();
        const QString path = dir->filePath(QStringLiteral("reçu.xlsx"));
        writeZip(path, workbook(sheetXml("")));
        ZipWriter zip(path, true);
        const QByteArray payload = letters(700 * 1024)();
        for (int i = 0; i < 4; ++i)
            zip.addRaw(QStringLiteral("xl/media/big%1.bin").arg(i), payload, 60 * 1024 * 1024, 0);
        zip.close();
        requireRefused(readXlsx(path), XlsxRefusal::TotalTooLarge);
    }
    SECTION("as they are read: one part named by many sheets")
    {
        // 250 sheets of the same part of about 1 MB: each inflation is
        // counted, and reading stops past maxTotalBytes.
        auto entries = workbook({});
        remove(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
        entries.append(
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             {},
             sequence({once("<worksheet><x>"), letters(1000 * 1000), once("</x><sheetData/></worksheet>")})});
        QByteArray sheets;
        for (int i = 0; i < 250; ++i)
            sheets += "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"1\" r:id=\"rId1\"/>";
        replace(entries, QStringLiteral("xl/workbook.xml"),
                xml("<workbook ") + mainNs + " " + relNs + "><sheets>" + sheets + "</sheets></workbook>");
        requireRefused(readEntries(entries), XlsxRefusal::TotalTooLarge);
    }
}

TEST_CASE("Hostile workbooks: XML shapes that would make the XML reader slow", "[xlsx]")
{
    // Each takes the XML reader seconds to minutes when let through (its
    // check of repeated attributes is quadratic); refused at once here.
    SECTION("a start tag with 100,000 attributes")
    {
        QByteArray tag = "<row r=\"1\"><c r=\"A1\"";
        for (int i = 0; i < 100000; ++i)
            tag += " a" + QByteArray::number(i) + "=\"\"";
        tag += "><v>1</v></c></row>";
        requireRefused(readEntries(workbook(sheetXml(tag))), XlsxRefusal::Malformed);
    }
    SECTION("a start tag of 200 KB")
    {
        const QByteArray tag = "<row r=\"1\" spans=\"" + QByteArray(200 * 1024, '1') + "\"/>";
        requireRefused(readEntries(workbook(sheetXml(tag))), XlsxRefusal::Malformed);
    }
    SECTION("100,000 nested elements")
    {
        const QByteArray nested = QByteArray("<x>").repeated(100000) + QByteArray("</x>").repeated(100000);
        requireRefused(readEntries(workbook(sheetXml(nested))), XlsxRefusal::Malformed);
    }
    SECTION("namespace declarations piled up")
    {
        QByteArray declarations;
        for (int i = 0; i < 200; ++i)
            declarations += " xmlns:p" + QByteArray::number(i) + "=\"urn:" + QByteArray::number(i) + "\"";
        const QByteArray nested = "<x" + declarations + "><y" + declarations + "/></x>";
        requireRefused(readEntries(workbook(sheetXml(nested))), XlsxRefusal::Malformed);
    }
}
