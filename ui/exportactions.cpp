#include "exportactions.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "exports/csvexport.h"
#include "exports/icsexport.h"
#include "exports/outputpath.h"
#include "exports/xlsxexport.h"
#include "io/jsonexport.h"
#include "journal/itemlabel.h"
#include "model/language.h"
#include "models/itemtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>
#include <QTableView>

namespace alliance::exportactions {

namespace {

ItemTableModel *itemModel(QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<ItemTableModel *>(model);
}

void run(QWidget *parent, const Document &document, ExportDialog &dialog, const QString &table, const QList<QUuid> &ids)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!write(parent, document, dialog, table, ids, &error)) {
        if (!error.isEmpty())
            messages::warn(parent, QCoreApplication::translate("ExportActions", "Export"), error);
        return;
    }
    messages::status(parent,
                     QCoreApplication::translate("ExportActions", "Exported to %1")
                         .arg(QDir::toNativeSeparators(dialog.outputPath())));
}

} // namespace

bool write(QWidget *parent, const Document &document, const ExportDialog &dialog, const QString &table,
           const QList<QUuid> &ids, QString *error)
{
    const QString path = dialog.outputPath();
    if (const QString refusal = exports::refusalToWrite(path, document.filePath()); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    exports::Options options;
    options.includePrivate = dialog.includePrivate();
    options.language = Language::load(dialog.language());
    if (!table.isEmpty()) {
        options.table = table;
        options.ids = ids;
    }
    // A large partnership takes a while: say so after a second, and let it be cancelled.
    QProgressDialog progress(QCoreApplication::translate("ExportActions", "Exporting…"),
                             QCoreApplication::translate("ExportActions", "Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    progress.setAutoReset(false);
    progress.setValue(0);
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(qMin<qint64>(99, done * 100 / total)) : 0);
        return !progress.wasCanceled();
    };
    std::optional<exports::Result> written;
    switch (dialog.format()) {
    case ExportDialog::Format::Xlsx:
        written = exports::writeXlsx(document, path, options, error);
        break;
    case ExportDialog::Format::Csv:
        written = table.isEmpty() ? exports::writeCsvFolder(document, path, options, error)
                                  : exports::writeCsvFile(document, path, options, error);
        break;
    case ExportDialog::Format::Ics:
        written = exports::writeIcs(document, path, options, error);
        break;
    case ExportDialog::Format::Json:
        if (!writePartnershipJson(document, path, options.includePrivate, error))
            return false;
        return true;
    }
    progress.setValue(100);
    if (!written)
        return false;
    if (written->cutTexts > 0)
        messages::status(parent,
                         QCoreApplication::translate("ExportActions",
                                                     "%n text(s) longer than a spreadsheet cell holds were cut.",
                                                     nullptr, written->cutTexts));
    return true;
}

void exportProject(QWidget *parent, const Document &document)
{
    ExportDialog dialog(document, ExportDialog::Scope::Project, {}, parent);
    run(parent, document, dialog, {}, {});
}

void exportRows(QWidget *parent, const Document &document, const QString &table, const QList<QUuid> &ids)
{
    ExportDialog dialog(document, ExportDialog::Scope::Rows, itemlabel::tableLabel(table), parent);
    run(parent, document, dialog, table, ids);
}

void offerRowExport(QTableView *view)
{
    if (!itemModel(view->model()))
        return;
    auto *action = new QAction(QCoreApplication::translate("ExportActions", "Export these rows…"), view);
    action->setObjectName(QStringLiteral("actionExportRows"));
    action->setStatusTip(
        QCoreApplication::translate("ExportActions", "Write the rows of this table to a workbook or a CSV file"));
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view] {
        ItemTableModel *items = itemModel(view->model());
        if (!items || !items->document())
            return;
        QList<QUuid> ids;
        const QAbstractItemModel *shown = view->model();
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QUuid id = shown->index(r, 0).data(ItemTableModel::IdRole).toUuid();
            if (!id.isNull())
                ids.append(id);
        }
        exportRows(view->window(), *items->document(), items->table(), ids);
    });
}

} // namespace alliance::exportactions
