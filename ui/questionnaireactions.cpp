#include "questionnaireactions.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "model/language.h"
#include "questionnaire/questionnairebatch.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace alliance::questionnaireactions {

namespace {

/// Where the workbooks went, with a button that opens the folder.
void tellWritten(QWidget *parent, const QString &folder, const QStringList &written)
{
    const QString where = QDir::toNativeSeparators(folder);
    messages::status(parent,
                     QCoreApplication::translate("QuestionnaireActions", "%n questionnaire(s) written to %1", nullptr,
                                                 int(written.size()))
                         .arg(where));
    QMessageBox box(QMessageBox::Information,
                    QCoreApplication::translate("QuestionnaireActions", "Questionnaires prepared"),
                    QCoreApplication::translate("QuestionnaireActions",
                                                "%n workbook(s) written to the folder %1. Send each partner theirs.",
                                                nullptr, int(written.size()))
                        .arg(where),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("questionnairesWritten"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *open = box.addButton(QCoreApplication::translate("QuestionnaireActions", "&Open the folder"),
                                      QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace

bool write(QWidget *parent, const Document &document, const QuestionnaireDialog &dialog, QStringList *written,
           QString *error)
{
    const auto language = Language::load(dialog.language());
    auto planned = questionnaire::planQuestionnaires(document.project(), dialog.kind(), dialog.partners(),
                                                     dialog.folder(), language, error);
    if (!planned)
        return false;
    questionnaire::WriteOptions options;
    options.kind = dialog.kind();
    options.review = dialog.review();
    options.anonymous = dialog.anonymous();
    options.language = language;
    // Sixty partners take a moment: say so after a second, and let it be cancelled.
    QProgressDialog progress(QCoreApplication::translate("QuestionnaireActions", "Preparing the questionnaires…"),
                             QCoreApplication::translate("QuestionnaireActions", "Cancel"), 0, int(planned->size()),
                             parent);
    progress.setObjectName(QStringLiteral("questionnaireProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    progress.setAutoReset(false);
    progress.setValue(0);
    const int done = questionnaire::writeQuestionnaires(
        document, options, *planned,
        [&progress](int count, int) {
            progress.setValue(count);
            return !progress.wasCanceled();
        },
        error);
    progress.setValue(int(planned->size()));
    for (int i = 0; i < done; ++i)
        written->append(planned->at(i).path);
    return done == planned->size();
}

void prepare(QWidget *parent, const Document &document, questionnaire::Kind kind, const QUuid &review)
{
    QuestionnaireDialog dialog(document, kind, review, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList written;
    QString error;
    if (!write(parent, document, dialog, &written, &error)) {
        const QString title = QCoreApplication::translate("QuestionnaireActions", "Prepare questionnaires");
        messages::warn(parent, title,
                       written.isEmpty() ? error
                                         : QCoreApplication::translate("QuestionnaireActions",
                                                                       "%n workbook(s) written before this stopped: %1",
                                                                       nullptr, int(written.size()))
                                               .arg(error));
        return;
    }
    tellWritten(parent, dialog.folder(), written);
}

QHBoxLayout *prepareButtonRow(QWidget *page, const Document &document, questionnaire::Kind kind, const QString &name,
                              const std::function<QUuid()> &review)
{
    auto *button
        = new QPushButton(QCoreApplication::translate("QuestionnaireActions", "Prepare questionnaires…"), page);
    button->setObjectName(name);
    button->setToolTip(QCoreApplication::translate("QuestionnaireActions",
                                                   "Write the workbooks partners fill in with a spreadsheet, without "
                                                   "the app"));
    QObject::connect(button, &QPushButton::clicked, page,
                     [page, &document, kind, review] { prepare(page, document, kind, review ? review() : QUuid()); });
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    return row;
}

} // namespace alliance::questionnaireactions
