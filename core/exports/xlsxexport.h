#pragma once
// A partnership as an Excel workbook (libxlsxwriter): one sheet per table,
// headers in the chosen language, typed cells, the header row frozen.

#include "exports/exportoptions.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace alliance {

class Document;

namespace exports {

/// Most characters a spreadsheet cell holds (Excel's limit): longer texts are cut.
constexpr int maxCellText = 32767;
/// Most characters of a sheet's name (Excel's limit).
constexpr int maxSheetName = 31;

/// Sheet names for `titles`: without the characters Excel refuses in one
/// ([ ] : * ? / \), at most maxSheetName characters, unique whatever the case.
QStringList sheetNames(const QStringList &titles);

/// Writes the workbook of `doc` to `path` (a new file), whole or not at all.
/// Text is always written as text, never as a formula. Returns what was
/// written, or nullopt with `error` (translated). Reads `doc` only.
std::optional<Result> writeXlsx(const Document &doc, const QString &path, const Options &options, QString *error);

} // namespace exports
} // namespace alliance
