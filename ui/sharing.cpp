#include "sharing.h"

#include "dialogs/mergedialog.h"
#include "dialogs/messages.h"
#include "dialogs/sharedialog.h"
#include "document/document.h"
#include "journal/itemlabel.h"
#include "storage/samefile.h"
#include "sync/merge.h"
#include "sync/mergereview.h"
#include "sync/partnercopy.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace alliance::sharing {

namespace {

// lupdate files these tr() calls under the namespace's name: translate with that context.
QString tr(const char *text)
{
    return QCoreApplication::translate("alliance::sharing", text);
}

/// Writes what is being typed before the document is read: editors write on
/// focus loss, which a dialog would otherwise cause after a merge was planned.
void commitTyping()
{
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
}

/// Shows and hides a widget with another.
class FollowVisibility : public QObject
{
public:
    FollowVisibility(QWidget *follower, QObject *parent) : QObject(parent), m_follower(follower) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Sent on show() and hide() even while the window itself is hidden.
        if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
            m_follower->setVisible(event->type() == QEvent::ShowToParent);
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_follower;
};

/// What the merge did, in the status bar and in a window that does not
/// block: the user reads it while the project is already usable.
void showOutcome(QWidget *parent, const sync::MergeOutcome &outcome)
{
    messages::status(parent, sync::outcomeLine(outcome), 30000);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Merge applied"), sync::outcomeText(outcome),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("mergeOutcome"));
    box->setTextFormat(Qt::PlainText); // names of partners and files
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace

bool shareWithPartner(QWidget *parent, Document &document)
{
    commitTyping();
    ShareDialog dialog(document, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.partnerId().isNull())
        return false;
    const QString path = QFileInfo(dialog.outputPath()).absoluteFilePath();
    if (const QString refusal = refusalToReplaceProject(path, document.filePath()); !refusal.isEmpty()) {
        messages::warn(parent, tr("Share with a partner"), refusal);
        return false;
    }
    if (QFileInfo::exists(path)
        && messages::ask(parent, tr("Share with a partner"),
                         tr("“%1” exists. Replace it with the partner's copy?").arg(QFileInfo(path).fileName()))
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!sync::sharePartnerCopy(document, dialog.partnerId(), path, &error)) {
        messages::warn(parent, tr("The copy was not written"), error);
        return false;
    }
    const Organisation *partner = document.project().organisation(dialog.partnerId());
    messages::inform(parent, tr("Share with a partner"),
                     tr("The copy for %1 is written to “%2”. Send it to them; when they send it back, merge it "
                        "with File > Merge.")
                         .arg(partner ? itemlabel::oneLine(partner->name, 80) : QString(), path));
    return true;
}

bool chooseAndMerge(QWidget *parent, Document &document)
{
    const QString folder = document.filePath().isEmpty() ? QString() : QFileInfo(document.filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Merge a partner's copy"), folder,
                                                      tr("Alliance Pilot projects (*.alliance)"));
    return !path.isEmpty() && mergeFile(parent, document, path);
}

bool mergeFile(QWidget *parent, Document &document, const QString &path)
{
    commitTyping();
    CheckResult refusal;
    const auto plan = sync::planMerge(document, path, &refusal);
    if (!plan) {
        messages::warn(parent, tr("This file cannot be merged"), refusal.message);
        return false;
    }
    if (plan->isEmpty() && plan->refused.isEmpty()) {
        // Nothing comes in; the open file's version read is known.
        if (QString error; !document.applyMerge(*plan, {}, &error)) {
            messages::warn(parent, tr("The merge was not applied"), error);
            return false;
        }
        messages::inform(parent, tr("Nothing to merge"),
                         tr("Everything in “%1” is already in your partnership.").arg(QFileInfo(path).fileName()));
        return plan->ownFileVersion.has_value();
    }
    MergeDialog dialog(document, *plan, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    const QList<sync::Conflict> flipped = dialog.flipped();
    if (!document.applyMerge(*plan, flipped, &error)) {
        messages::warn(parent, tr("The merge was not applied"), error);
        return false;
    }
    showOutcome(parent, sync::mergeOutcome(*plan, dialog.changes(), flipped));
    return true;
}

QWidget *withMergeButton(QLabel *banner, QWidget *parent, std::function<void()> merge)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    banner->setParent(row);
    layout->addWidget(banner, 1);
    auto *button = new QPushButton(tr("Merge their changes"), row);
    button->setObjectName(QStringLiteral("mergeChangesButton"));
    button->setToolTip(tr("Merge the file's new content into yours, then save"));
    button->setVisible(banner->isVisibleTo(parent));
    layout->addWidget(button);
    banner->installEventFilter(new FollowVisibility(button, button));
    QObject::connect(button, &QPushButton::clicked, row, std::move(merge));
    return row;
}

QString partnerCopyNotice(const Document &document)
{
    const QUuid partner = sync::copyMadeFor(document);
    // Only when the preferences did not name another organisation of the project.
    if (partner.isNull() || document.author().organisationId != partner)
        return {};
    const Organisation *o = document.project().organisation(partner);
    if (!o)
        return {};
    return tr("This copy was made for %1: your changes are recorded in its name (File > Preferences names "
              "another organisation).")
        .arg(itemlabel::oneLine(o->name, 80));
}

} // namespace alliance::sharing
