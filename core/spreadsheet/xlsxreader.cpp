#include "spreadsheet/xlsxreader.h"

#include "spreadsheet/xlsxarchive.h"
#include "spreadsheet/xlsxlimits.h"
#include "spreadsheet/xlsxmessages.h"
#include "spreadsheet/xlsxparts.h"
#include "spreadsheet/xlsxxml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace alliance {

namespace {

using namespace xlsx;

/// A sheet named in workbook.xml, and the part holding its cells.
struct SheetEntry
{
    QString name;
    XlsxSheetState state = XlsxSheetState::Visible;
    QString part; ///< stored entry name; empty for a chart or dialog sheet (no cells)
};

QString cellPlace(const QString &sheet, int row, int column)
{
    return QCoreApplication::translate("XlsxReader", "cell %1 of the sheet “%2”")
        .arg(cellReference(row, column), sheet);
}

/// Reads an <si> or <is>: its own <t> and its rich text runs' <t>, without
/// phonetic guides (<rPh>), which are not part of the text. The caller
/// locates a refusal.
bool readRichText(XmlPart &xml, QString &out)
{
    out.clear();
    const QString element = xml.name().toString();
    QString run;
    while (xml.next()) {
        if (xml.isEnd() && xml.name() == element)
            return true;
        if (!xml.isStart())
            continue;
        if (xml.name() == u"t") {
            if (!xml.readText(run))
                return false;
            out += run;
            if (out.size() > maxCellChars)
                return xml.failure().set(XlsxRefusal::CellTooLong, {});
        } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
            if (!xml.skip())
                return false;
        }
    }
    return xml.failure().failed() ? false : xml.malformed();
}

bool readSharedStrings(Archive &archive, const QString &part, QStringList &strings)
{
    XmlPart xml(archive, part);
    QString text;
    while (xml.next()) {
        if (!xml.isStart() || xml.name() != u"si")
            continue;
        if (strings.size() >= maxSharedStrings)
            return archive.failure().set(XlsxRefusal::TooManySharedStrings, {});
        if (!readRichText(xml, text))
            return archive.failure().locate(QCoreApplication::translate("XlsxReader", "the table of shared texts"));
        strings.append(decodeExcelEscapes(text));
    }
    return !archive.failure().failed() && xml.finish();
}

std::optional<XlsxSheetState> sheetState(QStringView state)
{
    if (state.isEmpty() || state == u"visible")
        return XlsxSheetState::Visible;
    if (state == u"hidden")
        return XlsxSheetState::Hidden;
    if (state == u"veryHidden")
        return XlsxSheetState::VeryHidden;
    return std::nullopt;
}

std::optional<QList<SheetEntry>> readWorkbookPart(Archive &archive, const QString &part,
                                                  const QList<Relationship> &relationships)
{
    Failure &failure = archive.failure();
    XmlPart xml(archive, part);
    QList<SheetEntry> sheets;
    while (xml.next()) {
        if (!xml.isStart())
            continue;
        if (xml.name() == u"externalReferences" || xml.name() == u"externalReference") {
            failure.set(XlsxRefusal::ExternalReference, part);
            return std::nullopt;
        }
        if (xml.name() != u"sheet")
            continue;
        if (sheets.size() >= maxSheets) {
            failure.set(XlsxRefusal::TooManySheets, {});
            return std::nullopt;
        }
        SheetEntry sheet;
        sheet.name = xml.attribute(QLatin1String("name")).toString();
        const auto state = sheetState(xml.attribute(QLatin1String("state")));
        const QStringView id = xml.namespacedAttribute(QLatin1String("id"));
        const auto relationship = std::find_if(relationships.begin(), relationships.end(),
                                               [&](const Relationship &r) { return r.id == id; });
        if (sheet.name.isEmpty() || sheet.name.size() > 255 || !state || relationship == relationships.end()) {
            xml.malformed();
            return std::nullopt;
        }
        for (const SheetEntry &other : sheets) {
            if (other.name.compare(sheet.name, Qt::CaseInsensitive) == 0) {
                xml.malformed(); // Excel forbids it; answers could land in the wrong one
                return std::nullopt;
            }
        }
        sheet.state = *state;
        if (relationship->type == QLatin1String("worksheet")) {
            if (relationship->target.isEmpty()) {
                failure.set(XlsxRefusal::MissingPart, relationship->targetText);
                return std::nullopt;
            }
            sheet.part = relationship->target;
        }
        sheets.append(sheet);
        if (!xml.skip())
            return std::nullopt;
    }
    if (failure.failed() || !xml.finish())
        return std::nullopt;
    return sheets;
}

/// Reads a <c> element's content into `cell`; false on a refusal, which the
/// caller locates.
bool readCell(XmlPart &xml, XlsxCell &cell, bool &holdsSomething, const QStringList &shared)
{
    const QString type = xml.attribute(QLatin1String("t")).toString();
    QString value;
    bool hasValue = false;
    bool formula = false;
    QString inlineText;
    bool hasInline = false;
    while (xml.next()) {
        if (xml.isEnd() && xml.name() == u"c")
            break;
        if (!xml.isStart())
            continue;
        if (xml.name() == u"v") {
            if (!xml.readText(value))
                return false;
            hasValue = true;
        } else if (xml.name() == u"f") {
            formula = true; // never evaluated; its cached result is not used either
            if (!xml.skip())
                return false;
        } else if (xml.name() == u"is") {
            if (!readRichText(xml, inlineText))
                return false;
            hasInline = true;
        } else if (!xml.skip()) {
            return false;
        }
    }
    if (xml.failure().failed())
        return false;
    Failure &failure = xml.failure();
    holdsSomething = true;
    if (formula) {
        cell.kind = XlsxCellKind::Formula;
        return true;
    }
    if (type == QLatin1String("inlineStr")) {
        cell.kind = XlsxCellKind::Text;
        cell.text = decodeExcelEscapes(inlineText);
        holdsSomething = hasInline;
        return true;
    }
    if (!hasValue) {
        holdsSomething = false; // a cell with a style only
        return true;
    }
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= shared.size())
            return failure.set(XlsxRefusal::BadCell, {});
        cell.kind = XlsxCellKind::Text;
        cell.text = shared.at(index);
    } else if (type == QLatin1String("str") || type == QLatin1String("d")) {
        cell.kind = XlsxCellKind::Text;
        cell.text = decodeExcelEscapes(value);
    } else if (type == QLatin1String("e")) {
        cell.kind = XlsxCellKind::Error;
        cell.text = value;
    } else if (type == QLatin1String("b")) {
        const QString v = value.trimmed();
        if (v != QLatin1String("0") && v != QLatin1String("1"))
            return failure.set(XlsxRefusal::BadCell, {});
        cell.kind = XlsxCellKind::Boolean;
        cell.number = v == QLatin1String("1") ? 1 : 0;
    } else if (type.isEmpty() || type == QLatin1String("n")) {
        bool ok = false;
        cell.number = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(cell.number))
            return failure.set(XlsxRefusal::BadCell, {});
        cell.kind = XlsxCellKind::Number;
    } else {
        return failure.set(XlsxRefusal::BadCell, {});
    }
    return true;
}

/// Reads a sheet's cells, in the way Excel writes them (every row and cell
/// with its reference) or without references (each row or cell then follows
/// the previous one, as some writers do). Rows and cells must come in order.
bool readSheetPart(Archive &archive, XlsxSheet &sheet, const QString &part, const QStringList &shared,
                   qint64 &cellCount)
{
    Failure &failure = archive.failure();
    XmlPart xml(archive, part);
    int rowNumber = 0;
    int rowCount = 0;
    int column = 0;
    bool inData = false;
    while (xml.next()) {
        if (xml.name() == u"sheetData") {
            inData = xml.isStart();
            continue;
        }
        if (!inData || !xml.isStart())
            continue;
        if (xml.name() == u"row") {
            const QStringView r = xml.attribute(QLatin1String("r"));
            int number = rowNumber + 1;
            if (!r.isEmpty()) {
                bool ok = false;
                number = r.toInt(&ok);
                if (!ok || number <= rowNumber)
                    return failure.set(XlsxRefusal::BadCell,
                                       QCoreApplication::translate("XlsxReader", "row %1 of the sheet “%2”")
                                           .arg(r.toString(), sheet.name));
            }
            if (++rowCount > maxRows || number > maxRows)
                return failure.set(XlsxRefusal::TooManyRows, sheet.name);
            rowNumber = number;
            column = 0;
            continue;
        }
        if (xml.name() != u"c") {
            if (!xml.skip())
                return false;
            continue;
        }
        if (rowNumber == 0)
            return xml.malformed(); // a cell outside any row
        XlsxCell cell;
        cell.row = rowNumber;
        cell.column = column + 1;
        const QStringView r = xml.attribute(QLatin1String("r"));
        if (!r.isEmpty()) {
            const auto position = parseCellReference(r.toString());
            if (!position || position->row != rowNumber || position->column <= column)
                return failure.set(
                    XlsxRefusal::BadCell,
                    QCoreApplication::translate("XlsxReader", "the cell reference “%1” of the sheet “%2”")
                        .arg(r.left(16).toString(), sheet.name));
            cell.column = position->column;
        }
        if (cell.column > maxColumns)
            return failure.set(XlsxRefusal::BadCell, cellPlace(sheet.name, cell.row, cell.column));
        column = cell.column;
        bool holdsSomething = false;
        if (!readCell(xml, cell, holdsSomething, shared))
            return failure.locate(cellPlace(sheet.name, cell.row, cell.column));
        if (!holdsSomething)
            continue;
        if (++cellCount > maxCells)
            return failure.set(XlsxRefusal::TooManyCells, {});
        sheet.cells.append(cell);
    }
    return !failure.failed() && xml.finish();
}

/// The workbook part, from the package's relationships.
QString workbookPart(Archive &archive)
{
    const auto root = readRelationships(archive, QString());
    if (!root)
        return {};
    for (const Relationship &r : *root) {
        if (r.type == QLatin1String("officeDocument")) {
            if (r.target.isEmpty())
                archive.failure().set(XlsxRefusal::MissingPart, r.targetText);
            return r.target;
        }
    }
    archive.failure().set(XlsxRefusal::MissingPart, QStringLiteral("xl/workbook.xml"));
    return {};
}

bool readArchive(Archive &archive, XlsxWorkbook &workbook)
{
    Failure &failure = archive.failure();
    if (!archive.open())
        return false;
    const QString part = workbookPart(archive);
    if (part.isEmpty())
        return false;
    const auto relationships = readRelationships(archive, part);
    if (!relationships)
        return false;
    const auto sheets = readWorkbookPart(archive, part, *relationships);
    if (!sheets)
        return false;
    QStringList shared;
    for (const Relationship &r : *relationships) {
        if (r.type != QLatin1String("sharedStrings"))
            continue;
        if (r.target.isEmpty())
            return failure.set(XlsxRefusal::MissingPart, r.targetText);
        if (!readSharedStrings(archive, r.target, shared))
            return false;
        break;
    }
    qint64 cellCount = 0;
    for (const SheetEntry &entry : *sheets) {
        XlsxSheet sheet;
        sheet.name = entry.name;
        sheet.state = entry.state;
        if (!entry.part.isEmpty() && !readSheetPart(archive, sheet, entry.part, shared, cellCount))
            return false;
        workbook.sheets.append(sheet);
    }
    return true;
}

XlsxReadResult readDevice(QIODevice *device, const QString &name)
{
    XlsxReadResult result;
    Archive archive(device);
    if (!readArchive(archive, result.workbook)) {
        const Failure &failure = archive.failure();
        result.refusal = failure.failed() ? failure.reason : XlsxRefusal::Malformed;
        result.message = xlsxRefusalMessage(result.refusal, name, failure.where);
        result.workbook = {}; // nothing of a refused workbook is used
    }
    return result;
}

XlsxReadResult refuse(XlsxRefusal refusal, const QString &name)
{
    XlsxReadResult result;
    result.refusal = refusal;
    result.message = xlsxRefusalMessage(refusal, name, {});
    return result;
}

} // namespace

XlsxReadResult readXlsx(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refuse(XlsxRefusal::Missing, name);
    if (!info.isFile())
        return refuse(XlsxRefusal::Unreadable, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(XlsxRefusal::Unreadable, name);
    // The size of what is open, not of what the path named a moment ago.
    if (file.size() > maxFileBytes)
        return refuse(XlsxRefusal::FileTooLarge, name);
    return readDevice(&file, name);
}

XlsxReadResult readXlsxBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > maxFileBytes)
        return refuse(XlsxRefusal::FileTooLarge, name);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(&buffer, name);
}

} // namespace alliance
