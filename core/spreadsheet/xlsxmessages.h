#pragma once
// The translated message of each reason a workbook is refused for, in one place.

#include "spreadsheet/xlsxreader.h"

namespace alliance {

/// `workbook` names the file; `where` is the part, sheet or cell concerned
/// when the reason has one.
QString xlsxRefusalMessage(XlsxRefusal refusal, const QString &workbook, const QString &where);

} // namespace alliance
