// Exports as a manager meets them: File > Export… (format, language, where
// to write; refusals said), and "Export these rows…" on an item table,
// which writes exactly the rows the table shows.
#include "dialogs/exportdialog.h"
#include "document/document.h"
#include "exportactions.h"
#include "mainwindow.h"
#include "model/language.h"
#include "pages/pilotpage.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace alliance;
using test::child;

namespace {

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("File > Export: the dialog offers every format, names the file after the partnership, and writes it",
          "[ui][exports]")
{
    test::ProjectFixture f(QStringLiteral("Alliance: numérique / Lyon"));
    f.addAction(QStringLiteral("Atelier de lancement"), QDate(2027, 3, 15), QStringLiteral("planned"), true);
    ExportDialog dialog(*f.doc, ExportDialog::Scope::Project);
    auto *format = child<QComboBox>(&dialog, "exportFormat");
    CHECK(format->count() == 4);
    auto *path = child<QLineEdit>(&dialog, "exportPath");
    // A file name without the characters file systems refuse, with the format's extension.
    CHECK(QFileInfo(path->text()).fileName() == QStringLiteral("Alliance- numérique - Lyon.xlsx"));
    dialog.setFormat(ExportDialog::Format::Csv);
    CHECK(QFileInfo(dialog.outputPath()).fileName() == QStringLiteral("Alliance- numérique - Lyon"));
    dialog.setFormat(ExportDialog::Format::Ics);
    CHECK(dialog.outputPath().endsWith(QStringLiteral(".ics")));
    CHECK_FALSE(child<QCheckBox>(&dialog, "exportPrivate")->isChecked());

    // A chosen name keeps its name when the format changes.
    dialog.setOutputPath(f.dir.filePath(QStringLiteral("dates")));
    CHECK(dialog.outputPath() == f.dir.filePath(QStringLiteral("dates.ics")));
    QString error;
    REQUIRE(exportactions::write(&dialog, *f.doc, dialog, {}, {}, &error));
    CHECK(error.isEmpty());
    const QString calendar = fileText(f.dir.filePath(QStringLiteral("dates.ics")));
    CHECK(calendar.contains(QStringLiteral("BEGIN:VEVENT")));
    CHECK(calendar.contains(QStringLiteral("DTSTART;VALUE=DATE:20270315")));

    // Again over the same name: refused, said, the file left as it was.
    CHECK_FALSE(exportactions::write(&dialog, *f.doc, dialog, {}, {}, &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(fileText(f.dir.filePath(QStringLiteral("dates.ics"))) == calendar);

    dialog.setFormat(ExportDialog::Format::Xlsx);
    CHECK(dialog.outputPath() == f.dir.filePath(QStringLiteral("dates.xlsx")));
    REQUIRE(exportactions::write(&dialog, *f.doc, dialog, {}, {}, &error));
    CHECK(fileText(f.dir.filePath(QStringLiteral("dates.xlsx"))).startsWith(QStringLiteral("PK")));
}

TEST_CASE("File > Export in French writes French headers, whatever the application's language", "[ui][exports]")
{
    // The tests do not embed the translations: they read those built beside the application.
    Language::setTranslationFolder(QFileInfo(QStringLiteral(ALLIANCE_APP)).absolutePath());
    test::ProjectFixture f(QStringLiteral("Alliance numérique"));
    f.addAction(QStringLiteral("Atelier de lancement"), QDate(2027, 3, 15), QStringLiteral("planned"), true);
    ExportDialog dialog(*f.doc, ExportDialog::Scope::Project);
    dialog.setFormat(ExportDialog::Format::Csv);
    auto *language = child<QComboBox>(&dialog, "exportLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    dialog.setOutputPath(f.dir.filePath(QStringLiteral("tableaux")));
    QString error;
    REQUIRE(exportactions::write(&dialog, *f.doc, dialog, {}, {}, &error));
    const QString actions = fileText(f.dir.filePath(QStringLiteral("tableaux/Action.csv")));
    INFO(actions.toStdString());
    CHECK(actions.contains(QStringLiteral("Titre,Étape,Responsable,Échéance,Statut,Jalon,Notes")));
    CHECK(actions.contains(QStringLiteral("Atelier de lancement")));
    CHECK(actions.contains(QStringLiteral(",Prévu,")));
    // The application itself stays in English.
    CHECK(QCoreApplication::translate("Export", "The export was cancelled.")
          == QStringLiteral("The export was cancelled."));
}

TEST_CASE("File > Export is in the File menu once a partnership is open", "[ui][exports]")
{
    MainWindow window;
    auto *action = child<QAction>(&window, "actionExport");
    CHECK_FALSE(action->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = true;
    CHECK(inFileMenu);
}

TEST_CASE("Export these rows: an item table's context menu writes the rows it shows, in its order", "[ui][exports]")
{
    test::ProjectFixture f;
    f.addAction(QStringLiteral("Premier atelier"), QDate(2027, 1, 10), QStringLiteral("planned"));
    f.addAction(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QDate(2027, 2, 10), QStringLiteral("done"));
    PilotPage page(f.doc.get());
    page.resize(1280, 800);
    auto *table = child<QTableView>(&page, "actionsTable");
    QAction *exportRows = nullptr;
    for (QAction *a : table->actions())
        if (a->objectName() == QLatin1String("actionExportRows"))
            exportRows = a;
    REQUIRE(exportRows);
    CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);

    const QString target = f.dir.filePath(QStringLiteral("actions.csv"));
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        CHECK(child<QComboBox>(dialog, "exportFormat")->count() == 2); // a workbook or a CSV file
        CHECK(dialog->findChild<QCheckBox *>(QStringLiteral("exportPrivate")) == nullptr);
        dialog->setFormat(ExportDialog::Format::Csv);
        dialog->setOutputPath(target);
        child<QPushButton>(dialog, "exportButton")->click();
    });
    exportRows->trigger();
    CHECK(seen);
    const QString csv = fileText(target);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // the header and the two rows
    CHECK(lines.at(0).contains(QStringLiteral("Title")));
    // In the order the table shows them.
    const QModelIndex first = table->model()->index(0, 0);
    const bool premierFirst = first.data().toString() == QLatin1String("Premier atelier");
    CHECK(lines.at(premierFirst ? 1 : 2).startsWith(QStringLiteral("Premier atelier,")));
    // A text that looks like a formula is written so that no spreadsheet runs it.
    CHECK(lines.at(premierFirst ? 2 : 1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")));
}
