#pragma once
// Reading and replacing the parts (zip entries) of a workbook a test wrote,
// to fill answers in the sheet XML or make hostile variants of it.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace alliance::test {

/// Every entry of the zip at `path`, in order: name and inflated bytes.
QList<QPair<QString, QByteArray>> zipEntries(const QString &path);

/// Writes `entries` as a new zip at `path` (deflated). False on failure.
bool writeZipEntries(const QString &path, const QList<QPair<QString, QByteArray>> &entries);

/// Rewrites the workbook at `path` with entry `name` holding `bytes`
/// (added when missing). False on failure.
bool replaceZipEntry(const QString &path, const QString &name, const QByteArray &bytes);

/// The entry of the worksheet named `sheet` ("xl/worksheets/sheetN.xml"),
/// from the order of the sheets in xl/workbook.xml.
QString worksheetEntry(const QList<QPair<QString, QByteArray>> &entries, const QString &sheet);

} // namespace alliance::test
