#pragma once
// The JSON interchange format of a partnership (docs/interchange-format.md):
// its name, its versions and its limits, declared once for export and import.

#include "storage/schema.h"

namespace alliance::interchange {

/// The "format" member of every interchange file.
inline const char *formatName = "alliance-pilot-partnership";
/// The version written: the project file's schema version, whose tables and
/// columns the file carries.
constexpr int currentVersion = schema::currentVersion;
/// The first version of the format. Files of an older number are refused.
constexpr int oldestVersion = 4;

/// Most values (fields of rows, ids aside) a file may hold. Building a project
/// from a file journals at most one change per value, and a project's history
/// holds at most schema::maxJournalRows changes.
constexpr qint64 maxValues = schema::maxJournalRows;
/// Bytes a short value takes in an exported file, with its name, quotes,
/// indentation and line break: the longest, a reference such as
/// `        "organisation_id": "<36 characters>",`, takes 64; ids and braces
/// of rows are shared among their values.
constexpr qint64 shortValueBytes = 128;
/// Long values a file may carry besides: texts of schema::maxTextLength
/// characters (of up to 4 bytes in UTF-8), or logos in base64.
constexpr qint64 longValues = 32;
/// Largest interchange file read or written, in bytes (64 MB). A larger file
/// is refused before it is parsed; an export that would be larger is refused
/// too, since it could not be read back.
constexpr qint64 maxFileBytes = maxValues * shortValueBytes + longValues * 4 * qint64(schema::maxTextLength);

/// True for the tables a file carries: those whose rows travel between
/// copies of a partnership (not facts about one file, schema::Table::merged).
inline bool carries(const schema::Table &table)
{
    return table.merged;
}

} // namespace alliance::interchange
