#include "report/reportactions.h"

#include "dialogs/messages.h"
#include "dialogs/reportoptionsdialog.h"
#include "document/document.h"
#include "journal/itemlabel.h"
#include "report/reportwriter.h"
#include "storage/samefile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStatusBar>
#include <optional>

namespace alliance::reportactions {

namespace {

std::optional<report::Options> askOptions(QWidget *parent, const Document &document, const QString &action)
{
    ReportOptionsDialog dialog(action, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    report::Options options = dialog.options();
    // The synthesis says what changed since the last committee, from the journal.
    options.journal = queryRowsOf(document);
    return options;
}

} // namespace

QString suggestedPath(const Document &document, const report::Options &options)
{
    const QString folder = document.filePath().isEmpty() ? QString() : QFileInfo(document.filePath()).absolutePath();
    QString name = document.project().partnership.title;
    // Characters a file name cannot hold on common systems.
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    if (name.trimmed().isEmpty())
        name = QCoreApplication::translate("ReportActions", "report");
    const QString file = options.preset == report::Preset::Committee
        ? QCoreApplication::translate("ReportActions", "%1 – committee pack.pdf").arg(name.trimmed())
        : QCoreApplication::translate("ReportActions", "%1 – report.pdf").arg(name.trimmed());
    return folder.isEmpty() ? file : folder + QLatin1Char('/') + file;
}

void exportPdf(QWidget *parent, const Document &document)
{
    const auto options = askOptions(parent, document, QCoreApplication::translate("ReportActions", "Export"));
    if (!options)
        return;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ReportActions", "Export the report"), suggestedPath(document, *options),
        QCoreApplication::translate("ReportActions", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const QString refusal = refusalToReplaceProject(path, document.filePath()); !refusal.isEmpty()) {
        messages::warn(parent, QCoreApplication::translate("ReportActions", "Export the report"), refusal);
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = report::writeReportPdf(document.project(), *options, path, &error);
    QApplication::restoreOverrideCursor();
    if (pages == 0) {
        messages::warn(parent, QCoreApplication::translate("ReportActions", "Export the report"), error);
        return;
    }
    messages::status(parent,
                     QCoreApplication::translate("ReportActions", "Report written to %1 (%n page(s)).", nullptr, pages)
                         .arg(QDir::toNativeSeparators(path)));
}

void printPreview(QWidget *parent, const Document &document)
{
    const auto options = askOptions(parent, document, QCoreApplication::translate("ReportActions", "Preview"));
    if (!options)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(QCoreApplication::translate("ReportActions", "Report preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        QString error;
        if (report::printReport(document.project(), *options, *target, &error) == 0)
            messages::warn(parent, QCoreApplication::translate("ReportActions", "Report preview"), error);
    });
    preview.exec();
}

void print(QWidget *parent, const Document &document)
{
    const auto options = askOptions(parent, document, QCoreApplication::translate("ReportActions", "Print"));
    if (!options)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = report::printReport(document.project(), *options, printer, &error);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        messages::warn(parent, QCoreApplication::translate("ReportActions", "Print the report"), error);
    else
        messages::status(
            parent,
            QCoreApplication::translate("ReportActions", "Report sent to the printer (%n page(s)).", nullptr, pages));
}

} // namespace alliance::reportactions
