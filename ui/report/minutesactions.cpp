#include "report/minutesactions.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "languages.h"
#include "report/minuteswriter.h"
#include "storage/samefile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace alliance::minutesactions {

QString suggestedPath(const Document &document, const QUuid &meeting)
{
    QStringList parts;
    for (const Meeting &m : document.project().meetings)
        if (m.id == meeting) {
            if (m.date.isValid())
                parts << m.date.toString(Qt::ISODate);
            if (!m.title.trimmed().isEmpty())
                parts << m.title.trimmed().left(80);
        }
    QString name = parts.join(QStringLiteral(" – "));
    // Characters a file name cannot hold on common systems.
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    const QString file = name.isEmpty() ? QCoreApplication::translate("MinutesActions", "minutes.pdf")
                                        : QCoreApplication::translate("MinutesActions", "%1 – minutes.pdf").arg(name);
    const QString folder = document.filePath().isEmpty() ? QString() : QFileInfo(document.filePath()).absolutePath();
    return folder.isEmpty() ? file : folder + QLatin1Char('/') + file;
}

void exportMinutes(QWidget *parent, const Document &document, const QUuid &meeting)
{
    const QString title = QCoreApplication::translate("MinutesActions", "Print the minutes");
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath(document, meeting),
                                                QCoreApplication::translate("MinutesActions", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const QString refusal = refusalToReplaceProject(path, document.filePath()); !refusal.isEmpty()) {
        messages::warn(parent, title, refusal);
        return;
    }
    report::Options options;
    options.language = languages::current(); // the minutes read as the interface does
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = report::writeMinutesPdf(document.project(), meeting, options, path, &error);
    QApplication::restoreOverrideCursor();
    if (pages == 0) {
        messages::warn(parent, title, error);
        return;
    }
    messages::status(
        parent,
        QCoreApplication::translate("MinutesActions", "Minutes written to %1 (%n page(s)).", nullptr, pages)
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace alliance::minutesactions
