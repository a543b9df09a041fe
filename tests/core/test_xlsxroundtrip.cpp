// The round trip the import will need: a workbook written by the export
// (libxlsxwriter) is read back by the received-workbook reader (minizip) in
// the same process, with the project's sheets, headers and values.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "exports/xlsxexport.h"
#include "interchangesupport.h"
#include "model/language.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QFile>

using namespace alliance;

namespace {

/// The 1-based column of `header` in the sheet's first row, or 0.
int columnOf(const XlsxSheet &sheet, const QString &header)
{
    for (const XlsxCell &c : sheet.cells)
        if (c.row == 1 && c.kind == XlsxCellKind::Text && c.text == header)
            return c.column;
    return 0;
}

/// The texts of a column below its header.
QStringList textsBelow(const XlsxSheet &sheet, int column)
{
    QStringList texts;
    for (const XlsxCell &c : sheet.cells)
        if (c.row > 1 && c.column == column)
            texts.append(c.text);
    return texts;
}

} // namespace

TEST_CASE("An exported workbook reads back: its sheets, headers and values", "[exports][xlsx]")
{
    auto dir = test::makeTempDir();
    auto working = test::makeTempDir();
    const QString project = dir->filePath(QStringLiteral("exemple.alliance"));
    const test::CliResult made
        = test::runVerb({QStringLiteral("new"), QStringLiteral("--example"), project}, working->path());
    INFO(test::str(made.err));
    REQUIRE(made.code == 0);
    CheckResult check;
    auto doc = Document::open(project, test::testAuthor(), test::optionsIn(working->path()), &check);
    INFO(test::str(check.message));
    REQUIRE(doc);
    exports::Options options;
    options.language = Language::load(QStringLiteral("en"));
    const QString path = dir->filePath(QStringLiteral("exemple.xlsx"));
    QString error;
    const auto written = exports::writeXlsx(*doc, path, options, &error);
    INFO(test::str(error));
    REQUIRE(written);

    const XlsxReadResult read = readXlsx(path);
    INFO(test::str(read.message));
    REQUIRE(read.ok());
    const XlsxWorkbook &book = read.workbook;
    CHECK(book.sheets.size() == written->tables);
    const XlsxSheet *organisations = book.sheet(QStringLiteral("Organisation"));
    const XlsxSheet *measurements = book.sheet(QStringLiteral("Measurement"));
    REQUIRE(organisations);
    REQUIRE(measurements);
    REQUIRE(book.sheet(QStringLiteral("Action")));

    // A header cell, and the values under it: every partner that is not private.
    const int nameColumn = columnOf(*organisations, QStringLiteral("Name"));
    REQUIRE(nameColumn > 0);
    const QStringList names = textsBelow(*organisations, nameColumn);
    const Project &p = doc->project();
    int shown = 0;
    for (const auto &o : p.organisations) {
        INFO(test::str(o.name));
        CHECK(names.contains(o.name) != o.isPrivate);
        shown += !o.isPrivate;
    }
    CHECK(names.size() == shown);

    // Numbers stay numbers: each measurement's value, on its indicator's row.
    REQUIRE_FALSE(p.measurements.isEmpty());
    for (const auto &m : p.measurements) {
        QString indicator;
        for (const auto &i : p.indicators)
            if (i.id == m.indicatorId)
                indicator = i.name;
        bool found = false;
        for (int row = 2; row <= measurements->lastRow() && !found; ++row) {
            const XlsxCell *name = measurements->cell(row, 1);
            const XlsxCell *value = measurements->cell(row, 3);
            found = name && value && name->text == indicator && value->kind == XlsxCellKind::Number
                && value->number == m.value;
        }
        INFO(test::str(indicator));
        CHECK(found);
    }

    // The same bytes, read from memory, give the same workbook.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const XlsxReadResult fromBytes = readXlsxBytes(file.readAll(), QStringLiteral("exemple.xlsx"));
    REQUIRE(fromBytes.ok());
    REQUIRE(fromBytes.workbook.sheets.size() == book.sheets.size());
    for (int i = 0; i < book.sheets.size(); ++i) {
        CHECK(fromBytes.workbook.sheets.at(i).name == book.sheets.at(i).name);
        CHECK(fromBytes.workbook.sheets.at(i).cells.size() == book.sheets.at(i).cells.size());
    }
}
