#pragma once
// Reading measurements from a CSV file made by a partner or a spreadsheet:
// one measurement per line (indicator name or id, date, value, source).
// Parsing only: nothing is written until the caller applies the ChangeSet of
// measurementImport(), and only the lines without error go into it.
//
// What is accepted:
// - UTF-8, with or without a byte order mark; anything else refuses the file;
// - separator "," or ";", detected on the first non-blank line (the one that
//   appears more often outside quotes wins; "," on a tie);
// - fields in double quotes may hold the separator, line breaks and "" for a quote;
// - an optional header line: the first non-blank line is taken as a header when
//   its first field names no indicator, its second is not a date and its third
//   is not a number;
// - blank lines are skipped; line numbers count every physical line from 1.

#include "journal/change.h"
#include "model/project.h"

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace alliance::io {

/// Largest file parseMeasurementCsv() reads; larger files are refused whole.
constexpr qsizetype maxMeasurementCsvBytes = 8 * 1024 * 1024;

/// One column of the file, in order: what the importer reads there. The
/// import dialog shows these (and an example line) before a file is chosen,
/// so what the user is told is what the parser does.
struct MeasurementCsvColumn
{
    const char *field;   ///< the measurement field it fills: "indicator_id", "date", "value", "source"
    const char *name;    ///< short name, context "MeasurementCsv" (translate with QCoreApplication::translate)
    const char *accepts; ///< what is accepted there, context "MeasurementCsv"
    bool required;
};
/// The columns in file order; the required ones come first (only the source may be left out).
const QList<MeasurementCsvColumn> &measurementCsvColumns();
/// How many leading columns a line must have.
int requiredMeasurementCsvColumns();
/// One data line as the parser accepts it: `indicatorName` (a translated
/// placeholder when empty, quoted when needed), today's date and a decimal
/// value as spreadsheets write them with that separator (";": dd/mm/yyyy and
/// "12,5"; otherwise yyyy-mm-dd and "12.5"), and a source.
QString measurementCsvExample(const QString &indicatorName, QChar separator);

/// Why a line cannot be imported (the first problem found; the message lists all).
enum class CsvLineError {
    None,
    MissingColumn,      ///< fewer than 3 fields (source may be left out)
    TooManyColumns,     ///< more than 4 fields: often an unquoted decimal comma
    UnknownIndicator,   ///< no indicator has this id or name (names ignore case)
    AmbiguousIndicator, ///< several indicators share this name
    BadDate,            ///< empty, or neither yyyy-mm-dd nor dd/mm/yyyy, or no such day
    BadNumber,          ///< empty, not a number, or not finite
    TooLong,            ///< the source is longer than a field may hold
};

/// One data line of the file.
struct MeasurementCsvLine
{
    int lineNumber = 0; ///< physical line (from 1) where the record starts
    QStringList fields; ///< as read, trimmed
    QUuid indicatorId;  ///< set when the indicator was found
    QDate date;         ///< valid when the date parsed
    double value = 0;
    QString source;
    CsvLineError error = CsvLineError::None;
    QString message; ///< translated; empty when the line is valid

    bool isValid() const { return error == CsvLineError::None; }
};

/// A parsed file.
struct MeasurementCsv
{
    /// Set (translated) when the whole file is refused: not UTF-8, too large.
    /// `lines` is then empty.
    QString fileError;
    QChar separator = QLatin1Char(',');
    bool hadBom = false;
    bool hasHeader = false;
    int headerLine = 0;              ///< line number of the header, 0 without
    QList<MeasurementCsvLine> lines; ///< data lines in file order, blank lines left out

    int validCount() const;
    int errorCount() const;
};

/// A number with "." or "," as decimal mark ("12.5", "12,5", "-3", "1 234,5":
/// spaces and no-break spaces are ignored). Both marks at once, several
/// marks, an empty text, NaN or infinity give nullopt.
std::optional<double> parseDecimal(const QString &text);

/// A date as yyyy-mm-dd or dd/mm/yyyy (d/m/yyyy also); an invalid QDate otherwise.
QDate parseCsvDate(const QString &text);

/// "," or ";": the one found more often outside quotes in the first
/// non-blank line of `text` ("," on a tie).
QChar detectSeparator(const QString &text);

/// Parses `bytes` against the project's `indicators` (never fails: problems
/// are reported per line, or in fileError for the whole file).
MeasurementCsv parseMeasurementCsv(const QByteArray &bytes, const QList<Indicator> &indicators);

/// One new measurement per valid line of `csv`, in file order, as one change
/// set (one undo step) described by `description`. Empty when no line is valid.
ChangeSet measurementImport(const MeasurementCsv &csv, const QString &description);

} // namespace alliance::io
