#include "help/helpmenu.h"

#include "help/methodguide.h"
#include "help/shortcutsdialog.h"
#include "mainwindow.h"
#include "method/method.h"
#include "projectview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace alliance::helpmenu {

void addTo(MainWindow *window, QMenu *help)
{
    QAction *guide = help->addAction(QCoreApplication::translate("HelpMenu", "&Method guide"), window, [window] {
        // In a partnership, the guide opens where the user is.
        QString stepId;
        if (const ProjectView *view = window->projectView()) {
            const int step = view->currentStep();
            if (step >= 0 && step < method::steps().size())
                stepId = method::steps().at(step).id;
        }
        MethodGuide::open(window, stepId);
    });
    guide->setObjectName(QStringLiteral("actionMethodGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(
        QCoreApplication::translate("HelpMenu", "The seven steps of the method and its tools, explained"));

    QAction *keys = help->addAction(QCoreApplication::translate("HelpMenu", "&Keyboard shortcuts"), window, [window] {
        auto *dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setStatusTip(QCoreApplication::translate("HelpMenu", "Every command that has a key, and its key"));
    help->addSeparator();
}

} // namespace alliance::helpmenu
