#include "io/measurementcsv.h"

#include "model/clock.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>
#include <cmath>

namespace alliance::io {

namespace {

const QChar quote = QLatin1Char('"');

/// One record of the file: its first physical line and its fields.
struct Record
{
    int line = 0;
    QStringList fields;
    bool isBlank() const
    {
        for (const auto &f : fields)
            if (!f.trimmed().isEmpty())
                return false;
        return true;
    }
};

// RFC 4180 with two tolerances spreadsheets need: any line ending, and a quote
// inside an unquoted field opens quoting rather than failing the file.
QList<Record> splitRecords(const QString &text, QChar separator)
{
    QList<Record> records;
    int line = 1;
    Record current {line, {}};
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (inQuotes) {
            if (c == quote) {
                if (next == quote) {
                    field += quote;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && next != QLatin1Char('\n')))
                    ++line;
                field += c;
            }
        } else if (c == quote) {
            inQuotes = true;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && next == QLatin1Char('\n'))
                ++i;
            current.fields.append(field);
            field.clear();
            records.append(current);
            current = Record {++line, {}};
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        current.fields.append(field);
        records.append(current);
    }
    return records;
}

/// Where an indicator name or id leads.
struct Resolved
{
    QUuid id;
    int matches = 0;
};

Resolved resolveIndicator(const QString &text, const QList<Indicator> &indicators)
{
    Resolved r;
    const QUuid asId = QUuid::fromString(text);
    if (!asId.isNull()) {
        for (const auto &i : indicators)
            if (i.id == asId)
                return {i.id, 1};
    }
    for (const auto &i : indicators) {
        if (i.name.trimmed().compare(text, Qt::CaseInsensitive) == 0) {
            if (r.matches == 0)
                r.id = i.id;
            ++r.matches;
        }
    }
    return r;
}

/// "indicator, date, value, source", translated.
QString columnNames()
{
    QStringList names;
    for (const MeasurementCsvColumn &c : measurementCsvColumns())
        names << QCoreApplication::translate("MeasurementCsv", c.name);
    return names.join(QStringLiteral(", "));
}

void fail(MeasurementCsvLine &line, CsvLineError error, const QString &message)
{
    if (line.error == CsvLineError::None)
        line.error = error;
    //: Two problems of one line, one after the other
    line.message = line.message.isEmpty()
        ? message
        : QCoreApplication::translate("MeasurementCsv", "%1; %2").arg(line.message, message);
}

MeasurementCsvLine readLine(const Record &record, const QList<Indicator> &indicators)
{
    MeasurementCsvLine line;
    line.lineNumber = record.line;
    for (const auto &f : record.fields)
        line.fields.append(f.trimmed());
    const auto count = line.fields.size();
    if (count < requiredMeasurementCsvColumns()) {
        fail(line, CsvLineError::MissingColumn,
             QCoreApplication::translate("MeasurementCsv", "Missing column: %1 found, expected %2")
                 .arg(count)
                 .arg(columnNames()));
        return line;
    }
    if (count > measurementCsvColumns().size()) {
        fail(line, CsvLineError::TooManyColumns,
             QCoreApplication::translate("MeasurementCsv",
                                         "Too many columns: %1 found, at most %2 expected (a decimal comma "
                                         "must be in quotes when the separator is a comma)")
                 .arg(count)
                 .arg(measurementCsvColumns().size()));
        return line;
    }

    const QString &indicator = line.fields.at(0);
    if (indicator.isEmpty()) {
        fail(line, CsvLineError::UnknownIndicator, QCoreApplication::translate("MeasurementCsv", "Missing indicator"));
    } else {
        const Resolved r = resolveIndicator(indicator, indicators);
        if (r.matches == 0)
            fail(line, CsvLineError::UnknownIndicator,
                 QCoreApplication::translate("MeasurementCsv", "Unknown indicator “%1”").arg(indicator));
        else if (r.matches > 1)
            fail(line, CsvLineError::AmbiguousIndicator,
                 QCoreApplication::translate("MeasurementCsv",
                                             "Several indicators are named “%1”: use the indicator's id")
                     .arg(indicator));
        else
            line.indicatorId = r.id;
    }

    const QString &date = line.fields.at(1);
    line.date = parseCsvDate(date);
    if (date.isEmpty())
        fail(line, CsvLineError::BadDate, QCoreApplication::translate("MeasurementCsv", "Missing date"));
    else if (!line.date.isValid())
        fail(line, CsvLineError::BadDate,
             QCoreApplication::translate("MeasurementCsv", "Bad date “%1”: use yyyy-mm-dd or dd/mm/yyyy").arg(date));

    const QString &value = line.fields.at(2);
    const auto number = parseDecimal(value);
    if (value.isEmpty())
        fail(line, CsvLineError::BadNumber, QCoreApplication::translate("MeasurementCsv", "Missing value"));
    else if (!number)
        fail(line, CsvLineError::BadNumber,
             QCoreApplication::translate("MeasurementCsv",
                                         "Bad number “%1”: use digits with one dot or comma as decimal mark")
                 .arg(value));
    else
        line.value = *number;

    if (count == 4)
        line.source = line.fields.at(3);
    if (line.source.size() > schema::maxTextLength)
        fail(line, CsvLineError::TooLong, QCoreApplication::translate("MeasurementCsv", "The source is too long"));
    return line;
}

bool looksLikeHeader(const Record &record, const QList<Indicator> &indicators)
{
    const QStringList &f = record.fields;
    if (resolveIndicator(f.value(0).trimmed(), indicators).matches > 0)
        return false;
    if (f.size() > 1 && parseCsvDate(f.at(1).trimmed()).isValid())
        return false;
    if (f.size() > 2 && parseDecimal(f.at(2)))
        return false;
    return true;
}

} // namespace

const QList<MeasurementCsvColumn> &measurementCsvColumns()
{
    static const QList<MeasurementCsvColumn> columns {
        {"indicator_id", QT_TRANSLATE_NOOP("MeasurementCsv", "indicator"),
         QT_TRANSLATE_NOOP("MeasurementCsv", "the indicator's name as written in the project (any case), or its id"),
         true},
        {"date", QT_TRANSLATE_NOOP("MeasurementCsv", "date"),
         QT_TRANSLATE_NOOP("MeasurementCsv", "the day of the measurement, as yyyy-mm-dd or dd/mm/yyyy"), true},
        {"value", QT_TRANSLATE_NOOP("MeasurementCsv", "value"),
         QT_TRANSLATE_NOOP("MeasurementCsv", "a number, with a dot or a comma as decimal mark"), true},
        {"source", QT_TRANSLATE_NOOP("MeasurementCsv", "source"),
         QT_TRANSLATE_NOOP("MeasurementCsv", "where the figure comes from (optional)"), false},
    };
    return columns;
}

int requiredMeasurementCsvColumns()
{
    int n = 0;
    for (const MeasurementCsvColumn &c : measurementCsvColumns()) {
        if (!c.required)
            break;
        ++n;
    }
    return n;
}

QString measurementCsvExample(const QString &indicatorName, QChar separator)
{
    auto field = [separator](const QString &text) {
        if (!text.contains(separator) && !text.contains(quote) && !text.contains(QLatin1Char('\n')))
            return text;
        QString quoted = text;
        quoted.replace(quote, QStringLiteral("\"\""));
        return quote + quoted + quote;
    };
    const QString name = indicatorName.trimmed().isEmpty()
        ? QCoreApplication::translate("MeasurementCsv", "Volunteers involved")
        : indicatorName.trimmed();
    const QString value = separator == QLatin1Char(';') ? QStringLiteral("12,5") : QStringLiteral("12.5");
    // Where ";" separates, the comma is the decimal mark and dates are written day first.
    const QDate today = clock::today();
    const QString date
        = separator == QLatin1Char(';') ? today.toString(QStringLiteral("dd/MM/yyyy")) : today.toString(Qt::ISODate);
    return QStringList {field(name), date, value,
                        field(QCoreApplication::translate("MeasurementCsv", "Quarterly report"))}
        .join(separator);
}

int MeasurementCsv::validCount() const
{
    int n = 0;
    for (const auto &l : lines)
        n += l.isValid() ? 1 : 0;
    return n;
}

int MeasurementCsv::errorCount() const
{
    return int(lines.size()) - validCount();
}

std::optional<double> parseDecimal(const QString &text)
{
    QString t = text.trimmed();
    // Thousands separators as spreadsheets write them in French: spaces.
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    if (t.isEmpty())
        return std::nullopt;
    const bool comma = t.contains(QLatin1Char(','));
    if (comma && t.contains(QLatin1Char('.')))
        return std::nullopt; // "1.234,5" or "1,234.5": which one is meant cannot be told
    if (comma)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QDate parseCsvDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == quote) {
            inQuotes = !inQuotes; // "" toggles twice: no effect on the count
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (commas + semicolons > 0)
                break;
        } else if (!inQuotes && c == QLatin1Char(',')) {
            ++commas;
        } else if (!inQuotes && c == QLatin1Char(';')) {
            ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

MeasurementCsv parseMeasurementCsv(const QByteArray &bytes, const QList<Indicator> &indicators)
{
    MeasurementCsv csv;
    if (bytes.size() > maxMeasurementCsvBytes) {
        csv.fileError = QCoreApplication::translate("MeasurementCsv", "The file is larger than %1 MB.")
                            .arg(maxMeasurementCsvBytes / (1024 * 1024));
        return csv;
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        csv.hadBom = true;
        data.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        csv.fileError = QCoreApplication::translate(
            "MeasurementCsv", "The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.");
        return csv;
    }
    csv.separator = detectSeparator(text);
    bool first = true;
    for (const Record &record : splitRecords(text, csv.separator)) {
        if (record.isBlank())
            continue;
        if (first) {
            first = false;
            if (looksLikeHeader(record, indicators)) {
                csv.hasHeader = true;
                csv.headerLine = record.line;
                continue;
            }
        }
        csv.lines.append(readLine(record, indicators));
    }
    return csv;
}

ChangeSet measurementImport(const MeasurementCsv &csv, const QString &description)
{
    ChangeSet changes(description);
    const QString table = QStringLiteral("measurement");
    for (const auto &line : csv.lines) {
        if (!line.isValid())
            continue;
        const QUuid id = QUuid::createUuid();
        changes.set(table, id, QStringLiteral("indicator_id"), schema::idText(line.indicatorId))
            .set(table, id, QStringLiteral("date"), line.date)
            .set(table, id, QStringLiteral("value"), line.value)
            .set(table, id, QStringLiteral("source"), line.source);
    }
    return changes;
}

} // namespace alliance::io
