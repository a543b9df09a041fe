// Reading measurements from CSV files as spreadsheets write them: French and
// English conventions, byte order marks, quotes, and a clear error per line.
#include <catch2/catch.hpp>

#include "io/measurementcsv.h"

#include <cmath>

using namespace alliance;
using namespace alliance::io;

namespace {

struct Indicators
{
    QList<Indicator> list;
    QUuid volunteers;
    QUuid meals;
    Indicators()
    {
        Indicator a;
        a.id = volunteers = QUuid::createUuid();
        a.name = QStringLiteral("Bénévoles mobilisés");
        Indicator b;
        b.id = meals = QUuid::createUuid();
        b.name = QStringLiteral("Meals served");
        list << a << b;
    }
};

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

} // namespace

TEST_CASE("Decimal numbers take a dot or a comma", "[csv]")
{
    CHECK(parseDecimal(QStringLiteral("12.5")) == 12.5);
    CHECK(parseDecimal(QStringLiteral("12,5")) == 12.5);
    CHECK(parseDecimal(QStringLiteral(" -3 ")) == -3.0);
    CHECK(parseDecimal(QStringLiteral("1 234,5")) == 1234.5);
    CHECK(parseDecimal(QString(QStringLiteral("1") + QChar(0x202F) + QStringLiteral("000"))) == 1000.0);
    CHECK_FALSE(parseDecimal(QStringLiteral("1.234,5"))); // both marks: ambiguous
    CHECK_FALSE(parseDecimal(QStringLiteral("1,2,3")));
    CHECK_FALSE(parseDecimal(QStringLiteral("douze")));
    CHECK_FALSE(parseDecimal(QString()));
    CHECK_FALSE(parseDecimal(QStringLiteral("inf")));
    CHECK_FALSE(parseDecimal(QStringLiteral("nan")));
}

TEST_CASE("Dates are ISO or day/month/year", "[csv]")
{
    CHECK(parseCsvDate(QStringLiteral("2024-03-05")) == QDate(2024, 3, 5));
    CHECK(parseCsvDate(QStringLiteral("05/03/2024")) == QDate(2024, 3, 5));
    CHECK(parseCsvDate(QStringLiteral("5/3/2024")) == QDate(2024, 3, 5));
    CHECK_FALSE(parseCsvDate(QStringLiteral("31/02/2024")).isValid()); // no such day
    CHECK_FALSE(parseCsvDate(QStringLiteral("2024-13-01")).isValid());
    CHECK_FALSE(parseCsvDate(QStringLiteral("03/05/24")).isValid()); // two-digit year
    CHECK_FALSE(parseCsvDate(QStringLiteral("March 5, 2024")).isValid());
}

TEST_CASE("The separator is the one the first line uses most", "[csv]")
{
    CHECK(detectSeparator(QStringLiteral("a,b,c,d")) == QLatin1Char(','));
    // A French line: three separators, one decimal comma.
    CHECK(detectSeparator(QStringLiteral("Meals;05/03/2024;12,5;survey")) == QLatin1Char(';'));
    // Quoted text does not count.
    CHECK(detectSeparator(QStringLiteral("\"a;b;c\",x,y")) == QLatin1Char(','));
    // Blank first lines are skipped.
    CHECK(detectSeparator(QStringLiteral("\n\r\nx;y;z")) == QLatin1Char(';'));
    CHECK(detectSeparator(QString()) == QLatin1Char(','));
}

TEST_CASE("A comma file with a header and dot decimals", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("indicator,date,value,source\n"
                                              "Meals served,2024-03-05,120.5,Register\n"
                                              "meals SERVED,2024-04-05,130,\n"),
                                         ind.list);
    CHECK(csv.fileError.isEmpty());
    CHECK(csv.separator == QLatin1Char(','));
    CHECK(csv.hasHeader);
    CHECK(csv.headerLine == 1);
    CHECK_FALSE(csv.hadBom);
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.validCount() == 2);
    const auto &first = csv.lines.at(0);
    CHECK(first.lineNumber == 2);
    CHECK(first.indicatorId == ind.meals);
    CHECK(first.date == QDate(2024, 3, 5));
    CHECK(first.value == 120.5);
    CHECK(first.source == QStringLiteral("Register"));
    // Names ignore case; an empty source is fine.
    CHECK(csv.lines.at(1).indicatorId == ind.meals);
    CHECK(csv.lines.at(1).source.isEmpty());
}

TEST_CASE("A semicolon file with a BOM, comma decimals and French dates", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("\xEF\xBB\xBF"
                                              "Bénévoles mobilisés;05/03/2024;12,5;Enquête\r\n"
                                              "Bénévoles mobilisés;06/04/2024;14;\r\n"),
                                         ind.list);
    CHECK(csv.hadBom);
    CHECK(csv.separator == QLatin1Char(';'));
    CHECK_FALSE(csv.hasHeader); // the first line is data
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.lines.at(0).isValid());
    CHECK(csv.lines.at(0).indicatorId == ind.volunteers);
    CHECK(csv.lines.at(0).value == 12.5);
    CHECK(csv.lines.at(0).date == QDate(2024, 3, 5));
    CHECK(csv.lines.at(0).source == QStringLiteral("Enquête"));
    CHECK(csv.lines.at(1).lineNumber == 2);
}

TEST_CASE("Each bad line says why, with its line number", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("indicator;date;value;source\n"
                                              "Meals served;2024-03-05;10;ok\n"
                                              "Unknown thing;2024-03-05;10;\n"
                                              "\n"
                                              "Meals served;31/02/2024;10;\n"
                                              "Meals served;2024-03-05;dix;\n"
                                              "Meals served;2024-03-05\n"
                                              "Meals served;2024-03-05;1;a;b\n"
                                              "Nope;someday;x\n"),
                                         ind.list);
    REQUIRE(csv.lines.size() == 7);
    CHECK(csv.validCount() == 1);
    CHECK(csv.errorCount() == 6);
    using E = CsvLineError;
    const auto &l = csv.lines;
    CHECK(l.at(1).lineNumber == 3);
    CHECK(l.at(1).error == E::UnknownIndicator);
    CHECK(l.at(1).message.contains(QStringLiteral("Unknown thing")));
    // The blank line 4 is skipped but still counted.
    CHECK(l.at(2).lineNumber == 5);
    CHECK(l.at(2).error == E::BadDate);
    CHECK(l.at(2).message.contains(QStringLiteral("31/02/2024")));
    CHECK(l.at(3).lineNumber == 6);
    CHECK(l.at(3).error == E::BadNumber);
    CHECK(l.at(4).error == E::MissingColumn);
    CHECK(l.at(5).error == E::TooManyColumns);
    // Every problem of a line is listed; the first one is its error.
    CHECK(l.at(6).error == E::UnknownIndicator);
    CHECK(l.at(6).message.contains(QStringLiteral("someday")));
    CHECK(l.at(6).message.contains(QStringLiteral("“x”")));
}

TEST_CASE("An unquoted decimal comma in a comma file is refused, a quoted one is read", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("Meals served,2024-03-05,12,5,survey\n"
                                              "Meals served,2024-03-05,\"12,5\",\"survey, \"\"north\"\"\"\n"),
                                         ind.list);
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.lines.at(0).error == CsvLineError::TooManyColumns);
    CHECK(csv.lines.at(1).isValid());
    CHECK(csv.lines.at(1).value == 12.5);
    CHECK(csv.lines.at(1).source == QStringLiteral("survey, \"north\""));
}

TEST_CASE("Indicators are found by id, and an ambiguous name is refused", "[csv]")
{
    Indicators ind;
    Indicator twin;
    twin.id = QUuid::createUuid();
    twin.name = QStringLiteral("Meals served");
    ind.list << twin;
    const QByteArray id = ind.meals.toString(QUuid::WithoutBraces).toUtf8();
    const auto csv = parseMeasurementCsv(id + ",2024-03-05,1\nMeals served,2024-03-05,2\n", ind.list);
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.lines.at(0).indicatorId == ind.meals);
    CHECK(csv.lines.at(1).error == CsvLineError::AmbiguousIndicator);
}

TEST_CASE("A quoted field may span lines, line numbers follow the file", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("Meals served,2024-03-05,1,\"first\nsecond\"\n"
                                              "Meals served,2024-03-06,bad\n"),
                                         ind.list);
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.lines.at(0).source == QStringLiteral("first\nsecond"));
    CHECK(csv.lines.at(1).lineNumber == 3);
}

TEST_CASE("A file that is not UTF-8 or too large is refused whole", "[csv]")
{
    Indicators ind;
    const auto latin1 = parseMeasurementCsv(QByteArray("B\xE9n\xE9voles,2024-03-05,1\n"), ind.list);
    CHECK_FALSE(latin1.fileError.isEmpty());
    CHECK(latin1.lines.isEmpty());
    const auto huge = parseMeasurementCsv(QByteArray(maxMeasurementCsvBytes + 1, 'a'), ind.list);
    CHECK_FALSE(huge.fileError.isEmpty());
    CHECK(parseMeasurementCsv(QByteArray(), ind.list).lines.isEmpty());
}

TEST_CASE("The import holds one new measurement per valid line", "[csv]")
{
    Indicators ind;
    const auto csv = parseMeasurementCsv(utf8("Meals served;2024-03-05;12,5;Register\n"
                                              "Meals served;bad;1;\n"
                                              "Bénévoles mobilisés;2024-03-06;3;\n"),
                                         ind.list);
    const ChangeSet changes = measurementImport(csv, QStringLiteral("Import 2 measurements"));
    CHECK(changes.description == QStringLiteral("Import 2 measurements"));
    REQUIRE(changes.changes.size() == 8); // 2 lines x 4 fields
    const auto &c = changes.changes;
    CHECK(c.at(0).table == QStringLiteral("measurement"));
    CHECK(c.at(0).field == QStringLiteral("indicator_id"));
    CHECK(c.at(0).value.toString() == ind.meals.toString(QUuid::WithoutBraces));
    CHECK(c.at(1).value.toDate() == QDate(2024, 3, 5));
    CHECK(c.at(2).value.toDouble() == 12.5);
    CHECK(c.at(3).value.toString() == QStringLiteral("Register"));
    CHECK(c.at(4).entityId != c.at(0).entityId);
    CHECK(measurementImport(parseMeasurementCsv("x;y;z\n", ind.list), QString()).changes.isEmpty());
}

TEST_CASE("The example line shown before choosing a file is one the importer accepts", "[csv]")
{
    for (const QString &name : {QStringLiteral("Bénévoles mobilisés"), QStringLiteral("Meals; served, \"hot\"")}) {
        for (const QChar separator : {QLatin1Char(';'), QLatin1Char(',')}) {
            Indicator indicator;
            indicator.id = QUuid::createUuid();
            indicator.name = name;
            const QString example = measurementCsvExample(name, separator);
            const MeasurementCsv csv = parseMeasurementCsv(example.toUtf8(), {indicator});
            INFO(example.toStdString());
            CHECK(csv.separator == separator);
            REQUIRE(csv.lines.size() == 1);
            CHECK(csv.lines.first().isValid());
            CHECK(csv.lines.first().indicatorId == indicator.id);
            CHECK(csv.lines.first().value == 12.5);
            CHECK(csv.lines.first().fields.size() == measurementCsvColumns().size());
        }
    }
    // The first column names an indicator; without one, a placeholder keeps the shape.
    const QString placeholder = measurementCsvExample(QString(), QLatin1Char(';'));
    CHECK(placeholder.split(QLatin1Char(';')).size() == measurementCsvColumns().size());
}

TEST_CASE("A line is refused by the columns the format declares", "[csv]")
{
    const Indicators indicators;
    REQUIRE(requiredMeasurementCsvColumns() == 3);
    REQUIRE(measurementCsvColumns().size() == 4);
    const MeasurementCsv csv = parseMeasurementCsv(
        utf8("Meals served;2026-01-31\nMeals served;2026-01-31;3;report;extra\n"), indicators.list);
    REQUIRE(csv.lines.size() == 2);
    CHECK(csv.lines.at(0).error == CsvLineError::MissingColumn);
    CHECK(csv.lines.at(0).message.contains(QStringLiteral("indicator, date, value, source")));
    CHECK(csv.lines.at(1).error == CsvLineError::TooManyColumns);
}
