#include "answersactions.h"

#include "dialogs/answersimportdialog.h"
#include "dialogs/messages.h"
#include "document/document.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace alliance::answersactions {

using namespace questionnaire;

namespace {

/// Takes drops of .xlsx files on the window it watches.
class WorkbookDrops : public QObject
{
public:
    WorkbookDrops(QMainWindow *window, std::function<Document *()> document)
        : QObject(window), m_window(window), m_document(std::move(document))
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (m_document() && drag->mimeData()->hasUrls() && !workbooksAmong(drag->mimeData()->urls()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths
                = drop->mimeData()->hasUrls() ? workbooksAmong(drop->mimeData()->urls()) : QStringList();
            if (!m_document() || paths.isEmpty())
                return false;
            drop->acceptProposedAction();
            // The dialog opens once the drop is over, not inside the drag's own loop.
            QTimer::singleShot(0, m_window, [this, paths] {
                if (Document *document = m_document())
                    importWorkbooks(m_window, *document, paths);
            });
            return true;
        }
        return false;
    }

private:
    QMainWindow *m_window;
    std::function<Document *()> m_document;
};

} // namespace

QStringList workbooksAmong(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls)
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    return paths;
}

void chooseAndImport(QMainWindow *window, Document &document)
{
    const QString folder = document.filePath().isEmpty() ? QString() : QFileInfo(document.filePath()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        window, QCoreApplication::translate("AnswersActions", "Import answers"), folder,
        QCoreApplication::translate("AnswersActions", "Questionnaire workbooks (*.xlsx)"));
    if (!paths.isEmpty())
        importWorkbooks(window, document, paths);
}

int importWorkbooks(QMainWindow *window, Document &document, const QStringList &paths)
{
    // What is being typed is written before the project is compared with the workbooks.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    const QList<WorkbookAnswers> previews = previewAnswers(document, paths);
    if (std::all_of(previews.cbegin(), previews.cend(), [](const WorkbookAnswers &w) { return w.refused(); })) {
        QStringList reasons;
        for (const WorkbookAnswers &w : previews)
            reasons.append(w.refusal);
        messages::warn(window, QCoreApplication::translate("AnswersActions", "No answers can be imported"),
                       reasons.join(QLatin1Char('\n')));
        return 0;
    }
    AnswersImportDialog dialog(document, previews, window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return applyWorkbooks(window, document, dialog.selected());
}

int applyWorkbooks(QMainWindow *window, Document &document, const QList<WorkbookAnswers> &workbooks)
{
    const AnswersChanges made = answersChangeSet(document, workbooks);
    if (made.changes.changes.isEmpty()) {
        window->statusBar()->showMessage(
            QCoreApplication::translate("AnswersActions", "No answer changed: the project already holds them."), 8000);
        return 0;
    }
    QString error;
    if (!document.applyOnBehalf(made.changes, made.authorOrganisations, &error)) {
        messages::warn(window, QCoreApplication::translate("AnswersActions", "The answers were not imported"), error);
        return -1;
    }
    window->statusBar()->showMessage(
        QCoreApplication::translate("AnswersActions", "%n answer(s) imported.", nullptr, made.answers), 8000);
    return made.answers;
}

void acceptDroppedWorkbooks(QMainWindow *window, std::function<Document *()> document)
{
    window->setAcceptDrops(true);
    window->installEventFilter(new WorkbookDrops(window, std::move(document)));
}

} // namespace alliance::answersactions
