#pragma once
// A PDF file written whole or not at all: what every report, the minutes
// and the portfolio's report are saved through.

#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace alliance::report {

/// Draws pages on a device: their number, or 0 with the error set.
using PagePrinter = std::function<int(QPagedPaintDevice &device, QString *error)>;

/// Writes what `print` draws as a PDF file titled `title` at `path`,
/// replacing an existing file only once the new one is complete. Returns
/// the number of pages, or 0 with `error` set (translated) and `path` as it was.
int writePdfFile(const QString &path, const QString &title, const PagePrinter &print, QString *error);

} // namespace alliance::report
