#pragma once
// Text written so that no spreadsheet runs it. A cell whose text starts with
// = + - @ (or a tab or line break) is read as a formula by Excel and
// LibreOffice when it comes from a CSV file ("formula injection"): a
// partner's comment "=HYPERLINK(...)" must stay a comment.

#include <QString>

namespace alliance::exports {

/// True when a spreadsheet could take `text` for a formula.
bool startsLikeFormula(const QString &text);
/// `text` for a CSV cell: prefixed with ' when it starts like a formula.
QString neutralisedForCsv(const QString &text);
/// `text` without the control characters no spreadsheet cell holds (line
/// breaks and tabs kept; a CR LF pair becomes one line break).
QString cellText(const QString &text);

} // namespace alliance::exports
