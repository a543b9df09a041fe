// "Prepare questionnaires…" as a manager meets it: the dialog offers the
// four questionnaires, every partner ticked, the review only for a review,
// anonymous only for a review; it writes one workbook per ticked partner
// into the folder; the File menu and the pages offer it.
#include "dialogs/questionnairedialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "model/language.h"
#include "pages/diagnosepage.h"
#include "pages/evaluatepage.h"
#include "pages/objectivespage.h"
#include "questionnaireactions.h"
#include "spreadsheet/xlsxreader.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>

using namespace alliance;
using test::child;

TEST_CASE("Prepare questionnaires: every partner ticked, the review and anonymity for reviews only, one workbook per "
          "ticked partner",
          "[ui][questionnaire]")
{
    test::ProjectFixture f(QStringLiteral("Alliance du Val"));
    f.addOrganisation(QStringLiteral("Mairie du Val"), QStringLiteral("local_authority"), QStringLiteral("lead"));
    f.addOrganisation(QStringLiteral("Les Amis / du Parc"), QStringLiteral("association"), QStringLiteral("partner"));
    f.addOrganisation(QStringLiteral("Fondation Lien"), QStringLiteral("foundation"), QStringLiteral("funder"));
    f.addReview(QStringLiteral("Revue de mi-parcours"));
    const QUuid latest = f.addReview(QStringLiteral("Revue annuelle"), QDate(2025, 6, 1));

    QuestionnaireDialog dialog(*f.doc);
    auto *kind = child<QComboBox>(&dialog, "questionnaireKind");
    auto *review = child<QComboBox>(&dialog, "questionnaireReview");
    auto *partners = child<QListWidget>(&dialog, "questionnairePartners");
    auto *anonymous = child<QCheckBox>(&dialog, "questionnaireAnonymous");
    auto *prepare = child<QPushButton>(&dialog, "questionnairePrepare");
    dialog.show();
    CHECK(kind->count() == 4);
    CHECK(dialog.kind() == questionnaire::Kind::Review);
    CHECK(dialog.review() == latest);
    REQUIRE(partners->count() == 3);
    CHECK(dialog.partners().size() == 3);
    CHECK(anonymous->isVisible());
    CHECK(prepare->isEnabled());
    CHECK(child<QLineEdit>(&dialog, "questionnaireFolder")->text().contains(QStringLiteral("Alliance du Val")));

    // Weights: no review, no anonymity.
    kind->setCurrentIndex(kind->findData(int(questionnaire::Kind::Weights)));
    CHECK_FALSE(review->isVisible());
    CHECK_FALSE(anonymous->isVisible());
    anonymous->setChecked(true);
    CHECK_FALSE(dialog.anonymous());
    CHECK(dialog.review().isNull());

    // Nobody ticked: nothing to prepare.
    for (int i = 0; i < partners->count(); ++i)
        partners->item(i)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(prepare->isEnabled());
    for (int i = 0; i < partners->count(); ++i)
        if (!partners->item(i)->text().startsWith(QStringLiteral("Mairie")))
            partners->item(i)->setCheckState(Qt::Checked);
    CHECK(prepare->isEnabled());

    const QString folder = f.dir.filePath(QStringLiteral("questionnaires"));
    dialog.setFolder(folder);
    QStringList written;
    QString error;
    REQUIRE(questionnaireactions::write(&dialog, *f.doc, dialog, &written, &error));
    INFO(error.toStdString());
    REQUIRE(written.size() == 2);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    CHECK(files.size() == 2);
    for (const QString &file : files) {
        CHECK_FALSE(file.contains(QLatin1Char('/')));
        CHECK(file.endsWith(QStringLiteral(".xlsx")));
        CHECK_FALSE(file.startsWith(QStringLiteral("Mairie")));
    }

    // An anonymous review for one partner.
    kind->setCurrentIndex(kind->findData(int(questionnaire::Kind::Review)));
    CHECK(dialog.anonymous());
    written.clear();
    REQUIRE(questionnaireactions::write(&dialog, *f.doc, dialog, &written, &error));
    CHECK(written.size() == 2);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 4);
}

TEST_CASE("Prepare questionnaires is in the File menu and on the review, diagnose and objectives pages",
          "[ui][questionnaire]")
{
    MainWindow window;
    auto *action = child<QAction>(&window, "actionPrepareQuestionnaires");
    CHECK_FALSE(action->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = true;
    CHECK(inFileMenu);

    test::ProjectFixture f;
    EvaluatePage evaluate(f.doc.get());
    child<QPushButton>(&evaluate, "prepareReviewQuestionnaires");
    DiagnosePage diagnose(f.doc.get());
    child<QPushButton>(&diagnose, "prepareMaturityQuestionnaires");
    child<QPushButton>(&diagnose, "prepareNeedsQuestionnaires");
    ObjectivesPage objectives(f.doc.get());
    child<QPushButton>(&objectives, "prepareWeightsQuestionnaires");
}

TEST_CASE("Questionnaires prepared in French are in French, whatever the application's language", "[ui][questionnaire]")
{
    // The tests do not embed the translations: they read those built beside the application.
    Language::setTranslationFolder(QFileInfo(QStringLiteral(ALLIANCE_APP)).absolutePath());
    test::ProjectFixture f(QStringLiteral("Alliance du Val"));
    f.addOrganisation(QStringLiteral("Les Amis du Parc"), QStringLiteral("association"), QStringLiteral("partner"));
    QuestionnaireDialog dialog(*f.doc, questionnaire::Kind::Needs);
    auto *language = child<QComboBox>(&dialog, "questionnaireLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    dialog.setFolder(f.dir.filePath(QStringLiteral("besoins")));
    QStringList written;
    QString error;
    REQUIRE(questionnaireactions::write(&dialog, *f.doc, dialog, &written, &error));
    REQUIRE(written.size() == 1);
    CHECK(QFileInfo(written.first()).fileName() == QStringLiteral("Les Amis du Parc – besoins.xlsx"));
    const auto read = readXlsx(written.first());
    REQUIRE(read.ok());
    REQUIRE(read.workbook.sheets.size() == 3);
    CHECK(read.workbook.sheets.at(0).name == QStringLiteral("Mode d’emploi"));
    CHECK(read.workbook.sheets.at(1).name == QStringLiteral("Réponses"));
    const XlsxCell *header = read.workbook.sheets.at(1).cell(QStringLiteral("C4"));
    REQUIRE(header);
    CHECK(header->text == QStringLiteral("Réponse"));
    // The application itself stays in English.
    CHECK(QCoreApplication::translate("Questionnaire", "Answers") == QStringLiteral("Answers"));
}
