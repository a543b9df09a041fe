#pragma once
// File > Export… and every item table's "Export these rows…": ask
// (ExportDialog), then write through core/exports, with a progress dialog
// when it takes more than a second, errors in a message, and where it went
// in the status bar.

#include "dialogs/exportdialog.h"

#include <QList>
#include <QString>
#include <QUuid>

class QTableView;
class QWidget;

namespace alliance {

class Document;

namespace exportactions {

/// File > Export…: the dialog, then the export.
void exportProject(QWidget *parent, const Document &document);

/// "Export these rows…": `ids` of `table`, in the order shown.
void exportRows(QWidget *parent, const Document &document, const QString &table, const QList<QUuid> &ids);

/// Writes what `dialog` chose (`table` and `ids` for rows). False with
/// `error` (translated) when refused or failed; the caller shows it.
bool write(QWidget *parent, const Document &document, const ExportDialog &dialog, const QString &table,
           const QList<QUuid> &ids, QString *error);

/// Adds "Export these rows…" (objectName "actionExportRows") to the context
/// menu of `view`, a table of an ItemTableModel (directly or through
/// proxies): the rows it shows, in its order. Does nothing for other models.
void offerRowExport(QTableView *view);

} // namespace exportactions
} // namespace alliance
