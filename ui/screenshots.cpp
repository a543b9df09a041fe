#include "screenshots.h"

#include "document/document.h"
#include "example/examplegenerator.h"
#include "languages.h"
#include "mainwindow.h"
#include "method/method.h"
#include "pages/dashboardpage.h"
#include "projectview.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QTemporaryDir>

namespace alliance::screenshots {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

int write(const QString &folder, QString *error)
{
    QDir().mkpath(folder);
    int written = 0;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        languages::install(language);
        MainWindow window;
        window.setAsksForIdentity(false); // nobody at the screen to answer
        window.resize(1280, 800);
        window.show();
        settle();
        if (!window.grab().save(QStringLiteral("%1/start-%2.png").arg(folder, language))) {
            if (error)
                *error = QApplication::translate("Screenshots", "Cannot write into %1").arg(folder);
            return written;
        }
        ++written;
        if (!window.openExample()) {
            if (error)
                *error = QApplication::translate("Screenshots", "The example could not be opened.");
            return written;
        }
        for (int i = 0; i < method::steps().size(); ++i) {
            window.projectView()->showStep(i);
            settle();
            const QString name
                = QStringLiteral("%1/%2-step%3-%4.png").arg(folder, language).arg(i + 1).arg(method::steps().at(i).id);
            if (window.grab().save(name))
                ++written;
        }
        // The dashboard as the window shows it, then all its cards at once.
        window.projectView()->showDashboard();
        settle();
        if (window.grab().save(QStringLiteral("%1/%2-dashboard.png").arg(folder, language)))
            ++written;
        if (auto *scroll = window.projectView()->dashboard()->findChild<QScrollArea *>()) {
            if (scroll->widget()->grab().save(QStringLiteral("%1/%2-dashboard-all.png").arg(folder, language)))
                ++written;
        }
        // This example is throwaway: no unsaved-changes question.
        window.closeDocumentWithoutSaving();
    }
    return written;
}

} // namespace alliance::screenshots
