#pragma once
// A partnership as CSV: a folder with one UTF-8 file per table (the same
// headers and values as the workbook), or one table's rows in one file.
// RFC 4180: commas, fields quoted when they hold a comma, a quote or a line
// break, CRLF line ends; numbers with a point, dates as 2027-03-15. A UTF-8
// byte order mark starts each file, so that spreadsheets read accents right.

#include "exports/exportoptions.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace alliance {

class Document;

namespace exports {

struct Sheet;

/// One CSV field: quoted when it must be; a text that starts like a formula
/// is prefixed with ' (cellsafety.h).
QByteArray csvField(const QString &text);
/// The file of `sheet`: header line, then one line per row.
QByteArray csvOf(const Sheet &sheet);

/// Writes a new folder `folder` holding one file per table, whole or not at all.
std::optional<Result> writeCsvFolder(const Document &doc, const QString &folder, const Options &options,
                                     QString *error);
/// Writes the rows of `options.table` (options.ids when set) to the new file `path`.
std::optional<Result> writeCsvFile(const Document &doc, const QString &path, const Options &options, QString *error);

} // namespace exports
} // namespace alliance
