#pragma once
// A sheet made "very hidden" in a written workbook: Excel's and
// LibreOffice's "Unhide sheet" do not list it (only a macro shows it).
// libxlsxwriter 1.1.4 writes hidden sheets only, so the written archive's
// xl/workbook.xml is changed, every other part copied as it is (minizip).

#include <QString>

namespace alliance::questionnaire {

/// Rewrites the workbook at `path` (written by libxlsxwriter, the sheet
/// `sheet` hidden) with that sheet very hidden. False with `error`
/// (translated) when the archive cannot be read or written, or the sheet is
/// not found hidden.
bool makeVeryHidden(const QString &path, const QString &sheet, QString *error);

} // namespace alliance::questionnaire
