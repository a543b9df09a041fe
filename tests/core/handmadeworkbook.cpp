#include "handmadeworkbook.h"

#include "testsupport.h"

#include <algorithm>
#include <memory>

namespace alliance::test {

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

const char *const mainNs = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
const char *const relNs = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return xml("<worksheet ") + mainNs + "><sheetData>" + sheetData + "</sheetData></worksheet>";
}

QByteArray relationship(const char *id, const char *type, const QByteArray &target, const char *extra)
{
    return QByteArray("<Relationship Id=\"") + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/" + type + "\" Target=\"" + target + "\" " + extra + "/>";
}

QByteArray relationships(const QByteArray &body)
{
    return xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") + body
        + "</Relationships>";
}

QList<ZipEntry> workbook(const QByteArray &sheet1, const QByteArray &shared)
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

void requireRefused(const XlsxReadResult &read, XlsxRefusal reason)
{
    INFO(read.message.toStdString());
    REQUIRE(read.refusal == reason);
    REQUIRE(read.message.contains(QStringLiteral("reçu.xlsx")));
    REQUIRE(read.workbook.sheets.isEmpty());
}

Producer letters(qint64 count, int alphabet)
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

} // namespace alliance::test
