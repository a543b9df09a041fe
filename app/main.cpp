// Starts Alliance Pilot: the GUI, or a headless verb of the command line.
// Only starts things: the verbs live in core/cli, the window in ui/.
#include "cli/cli.h"
#include "cli/portfoliopdfhook.h"
#include "mainwindow.h"
#include "model/language.h"
#include "portfolio/portfoliopdf.h"
#include "report/reportverb.h"
#include "screenshots.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlliancePilot"));
    QCoreApplication::setApplicationName(QStringLiteral("alliance-pilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCE_VERSION));
}

/// The language chosen in the preferences, read from the settings alone:
/// the headless verbs need no dialog.
void useChosenLanguage()
{
    alliance::setApplicationLanguage(
        alliance::Language::load(alliance::chosenLanguage(alliance::Settings().language())));
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (argc > 1 && qstrcmp(argv[1], "screenshots") == 0) {
        if (argc != 3) {
            std::fprintf(stderr, "usage: alliance-pilot screenshots FOLDER\n");
            return 2;
        }
        // Pictures of every page, drawn without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QString error;
        const int written = alliance::screenshots::write(QString::fromLocal8Bit(argv[2]), &error);
        std::fprintf(stderr, "%d pictures written to %s\n", written, argv[2]);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        // Charts are drawn by Qt Charts, which needs a QApplication: offscreen, no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        useChosenLanguage();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return alliance::report::runReportVerb(QCoreApplication::arguments().mid(1), out, err);
    }
    if (argc > 1 && qstrcmp(argv[1], "portfolio") == 0) {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        if (alliance::cli::asksForPortfolioPdf(arguments)) {
            // The board's report draws charts (Qt Charts): a QApplication, offscreen.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            useChosenLanguage();
            alliance::cli::setPortfolioPdfWriter(&alliance::portfolio::writePortfolioPdf);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return alliance::cli::run(QCoreApplication::arguments(), out, err);
        }
    }
    if (alliance::cli::isHeadless(argc, argv)) {
        // No QApplication: verbs must run without a display.
        QCoreApplication app(argc, argv);
        useChosenLanguage();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return alliance::cli::run(QCoreApplication::arguments(), out, err);
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/alliance-pilot.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.alliancepilot.AlliancePilot"));
    useChosenLanguage();
    alliance::MainWindow window;
    window.show();
    window.offerRecovery();
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (!files.isEmpty() && !window.document())
        window.openFile(files.first());
    return app.exec();
}
