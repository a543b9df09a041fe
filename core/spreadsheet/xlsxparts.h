#pragma once
// The package's relationships (internal to the reader): which part is the
// workbook, its sheets and its shared strings. A target is resolved inside
// the archive or refused: never a path of this computer, never a link.

#include "spreadsheet/xlsxarchive.h"

#include <QList>
#include <optional>

namespace alliance::xlsx {

struct Relationship
{
    QString id;
    QString type;       ///< the type's last segment: "officeDocument", "worksheet", "sharedStrings"...
    QString target;     ///< the stored name of the entry, resolved and found; empty when absent
    QString targetText; ///< as written, for messages
};

/// Reads the relationships of `part` (for "xl/workbook.xml":
/// "xl/_rels/workbook.xml.rels"; for the package itself, an empty `part`:
/// "_rels/.rels"). A missing relationships part gives an
/// empty list. External targets, links to other workbooks and targets
/// leaving the archive are refused.
std::optional<QList<Relationship>> readRelationships(Archive &archive, const QString &part);

/// `target` relative to the folder of `sourcePart` (or from the root when it
/// starts with "/"), percent-decoded and normalised; nullopt when it leaves
/// the archive or is not a plain path.
std::optional<QString> resolveTarget(const QString &sourcePart, const QString &target);

} // namespace alliance::xlsx
