#pragma once
// The portfolio's table written for a spreadsheet: a CSV file or a
// workbook of one sheet, with the columns of portfoliotable.h. Counts are
// numbers; everything else is text, neutralised so that no spreadsheet
// takes a title for a formula (exports/cellsafety.h). Written beside the
// target, then moved into place: a new file, whole or not at all.

#include "portfolio/summary.h"

#include <QList>
#include <QString>

namespace alliance::portfolio {

/// Writes `rows` to the new file `path` as CSV. False with `error` (translated).
bool writeCsv(const QList<PartnershipSummary> &rows, const QString &path, QString *error);
/// Writes `rows` to the new file `path` as an xlsx workbook. False with `error` (translated).
bool writeXlsx(const QList<PartnershipSummary> &rows, const QString &path, QString *error);

} // namespace alliance::portfolio
