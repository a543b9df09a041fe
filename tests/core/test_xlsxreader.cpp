// Received workbooks are hostile: each hostile workbook below, made by code,
// is refused with its own reason before anything of it is returned; sound
// ones, as Excel and LibreOffice write them, are read with their values.
#include <catch2/catch.hpp>

#include "spreadsheet/xlsxlimits.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <functional>
#include <minizip/zip.h>
#include <zlib.h>

using namespace alliance;

namespace {

/// Gives an entry's bytes chunk by chunk, empty at the end: large entries are
/// streamed into the archive, never held whole.
using Producer = std::function<QByteArray()>;

struct ZipEntry
{
    QString name;
    QByteArray data;
    Producer producer; ///< used instead of data when set
};

/// A zip being written with minizip (the library the reader reads with).
class ZipWriter
{
public:
    /// Creates the archive, or adds to the one already at that path.
    ZipWriter(const QString &path, bool add = false)
        : m_zip(zipOpen64(QFile::encodeName(path).constData(), add ? APPEND_STATUS_ADDINZIP : APPEND_STATUS_CREATE))
    {
        REQUIRE(m_zip != nullptr);
    }
    ~ZipWriter()
    {
        if (m_zip)
            zipClose(m_zip, nullptr);
    }
    void close()
    {
        REQUIRE(zipClose(m_zip, nullptr) == ZIP_OK);
        m_zip = nullptr;
    }
    /// Deflates an entry (names flagged as UTF-8).
    void add(const ZipEntry &entry)
    {
        open(entry.name, Z_DEFLATED, 1, false);
        if (entry.producer) {
            for (QByteArray chunk = entry.producer(); !chunk.isEmpty(); chunk = entry.producer())
                write(chunk);
        } else {
            write(entry.data);
        }
        REQUIRE(zipCloseFileInZip(m_zip) == ZIP_OK);
    }
    /// Stores bytes already deflated under a header that says what the
    /// caller wants (a lying size or checksum).
    void addRaw(const QString &name, const QByteArray &deflated, qint64 claimedSize, quint32 claimedCrc)
    {
        open(name, Z_DEFLATED, 9, true);
        write(deflated);
        REQUIRE(zipCloseFileInZipRaw64(m_zip, ZPOS64_T(claimedSize), uLong(claimedCrc)) == ZIP_OK);
    }

private:
    void open(const QString &name, int method, int level, bool raw)
    {
        zip_fileinfo info {};
        REQUIRE(zipOpenNewFileInZip4_64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        method, level, raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                        nullptr, 0, 0, 0x800 /* UTF-8 name */, 0)
                == ZIP_OK);
    }
    void write(const QByteArray &bytes)
    {
        REQUIRE(zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK);
    }
    zipFile m_zip;
};

void writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    ZipWriter zip(path);
    for (const ZipEntry &entry : entries)
        zip.add(entry);
    zip.close();
}

QByteArray xml(const char *body)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + body;
}

const char *mainNs = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
const char *relNs = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return xml("<worksheet ") + mainNs + "><sheetData>" + sheetData + "</sheetData></worksheet>";
}

QByteArray relationship(const char *id, const char *type, const QByteArray &target, const char *extra = "")
{
    return QByteArray("<Relationship Id=\"") + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/" + type + "\" Target=\"" + target + "\" " + extra + "/>";
}

QByteArray relationships(const QByteArray &body)
{
    return xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") + body
        + "</Relationships>";
}

/// A sound workbook the way Excel writes one: two sheets (the second hidden)
/// and a shared string table. Tests replace or remove parts of it.
QList<ZipEntry> workbook(const QByteArray &sheet1, const QByteArray &shared = {})
{
    const QByteArray sharedStrings
        = shared.isNull() ? xml("<sst ") + mainNs + R"( count="1" uniqueCount="1"><si><t>Nom</t></si></sst>)" : shared;
    return {
        {QStringLiteral("[Content_Types].xml"),
         xml(R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"),
         {}},
        {QStringLiteral("_rels/.rels"), relationships(relationship("rId1", "officeDocument", "xl/workbook.xml")), {}},
        {QStringLiteral("xl/workbook.xml"),
         xml("<workbook ") + mainNs + " " + relNs
             + R"(><sheets><sheet name="Réponses" sheetId="1" r:id="rId1"/>)"
               R"(<sheet name="Liaison" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>)",
         {}},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                       + relationship("rId2", "worksheet", "/xl/worksheets/sheet2.xml")
                       + relationship("rId3", "sharedStrings", "sharedStrings.xml")),
         {}},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet1, {}},
        {QStringLiteral("xl/worksheets/sheet2.xml"),
         sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>lié</t></is></c></row>)"),
         {}},
        {QStringLiteral("xl/sharedStrings.xml"), sharedStrings, {}},
    };
}

void replace(QList<ZipEntry> &entries, const QString &name, const QByteArray &data)
{
    for (ZipEntry &e : entries) {
        if (e.name == name) {
            e.data = data;
            return;
        }
    }
    entries.append({name, data, {}});
}

void remove(QList<ZipEntry> &entries, const QString &name)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const ZipEntry &e) { return e.name == name; }),
                  entries.end());
}

XlsxReadResult readEntries(const QList<ZipEntry> &entries)
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("reçu.xlsx"));
    writeZip(path, entries);
    return readXlsx(path);
}

/// The refusal every hostile workbook gets: its reason, a message naming the
/// file, and nothing of the workbook.
void requireRefused(const XlsxReadResult &read, XlsxRefusal reason)
{
    INFO(read.message.toStdString());
    REQUIRE(read.refusal == reason);
    REQUIRE(read.message.contains(QStringLiteral("reçu.xlsx")));
    REQUIRE(read.workbook.sheets.isEmpty());
}

/// `count` bytes of random letters among the first `alphabet`, which deflate
/// compresses little (about 1.6 times for 26, 3.5 times for 4).
Producer letters(qint64 count, int alphabet = 26)
{
    auto left = std::make_shared<qint64>(count);
    auto seed = std::make_shared<quint32>(12345);
    return [left, seed, alphabet]() {
        QByteArray chunk(int(qMin<qint64>(*left, 1 << 20)), Qt::Uninitialized);
        for (char &c : chunk) {
            *seed = *seed * 1103515245u + 12345u;
            c = char('a' + (*seed >> 16) % alphabet);
        }
        *left -= chunk.size();
        return chunk;
    };
}

/// A producer giving `parts` in turn.
Producer sequence(QList<Producer> parts)
{
    auto list = std::make_shared<QList<Producer>>(std::move(parts));
    return [list]() {
        while (!list->isEmpty()) {
            const QByteArray chunk = list->first()();
            if (!chunk.isEmpty())
                return chunk;
            list->removeFirst();
        }
        return QByteArray();
    };
}

Producer once(const QByteArray &bytes)
{
    auto done = std::make_shared<bool>(false);
    return [bytes, done]() {
        if (*done)
            return QByteArray();
        *done = true;
        return bytes;
    };
}

} // namespace

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
