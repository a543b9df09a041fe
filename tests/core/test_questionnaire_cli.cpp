// `alliance-pilot questionnaire`: one workbook per partner with safe file
// names, what it refuses, and a questionnaire as LibreOffice Calc shows it.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "interchangesupport.h"
#include "model/language.h"
#include "questionnaire/binding.h"
#include "questionnaire/questionnairefilename.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace alliance;

namespace {

struct Folder
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<QTemporaryDir> workingDir = test::makeTempDir();
    QString working = workingDir->path();
    QString path(const char *name) const { return dir->filePath(QString::fromLatin1(name)); }
    test::CliResult run(const QStringList &arguments) const { return test::runVerb(arguments, working); }
};

const QString hostileName = QStringLiteral("=../Les\tAmis/..\\du:Parc");

/// The example, its first partner renamed with separators, a tab and a leading "=".
QString exampleIn(const Folder &f)
{
    const QString path = f.path("exemple.alliance");
    const test::CliResult r = f.run({QStringLiteral("new"), QStringLiteral("--example"), path});
    INFO(test::str(r.err));
    REQUIRE(r.code == 0);
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(f.working), &check);
    REQUIRE(doc);
    QString error;
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Rename"))
                           .set(QStringLiteral("organisation"), doc->project().organisations.first().id,
                                QStringLiteral("name"), hostileName),
                       &error));
    INFO(test::str(error));
    REQUIRE(doc->save(&error));
    return path;
}

QStringList args(const QString &file, std::initializer_list<const char *> rest)
{
    QStringList list {QStringLiteral("questionnaire"), file};
    for (const char *a : rest)
        list << QString::fromUtf8(a);
    return list;
}

} // namespace

TEST_CASE("A questionnaire's file name is safe and never taken twice", "[questionnaire][cli]")
{
    QStringList taken {QStringLiteral("Mairie – maturity.xlsx")};
    const QString hostile = questionnaire::questionnaireFileName(hostileName, questionnaire::Kind::Maturity, &taken);
    CHECK_FALSE(hostile.contains(QLatin1Char('/')));
    CHECK_FALSE(hostile.contains(QLatin1Char('\\')));
    CHECK_FALSE(hostile.contains(QLatin1Char('\t')));
    CHECK_FALSE(hostile.contains(QLatin1Char(':')));
    CHECK_FALSE(hostile.startsWith(QLatin1Char('.')));
    CHECK(hostile.endsWith(QStringLiteral(".xlsx")));
    CHECK(questionnaire::questionnaireFileName(QStringLiteral("MAIRIE"), questionnaire::Kind::Maturity, &taken)
          == QStringLiteral("MAIRIE – maturity (2).xlsx"));
    CHECK(questionnaire::questionnaireFileName(QStringLiteral("..."), questionnaire::Kind::Needs, &taken)
          == QStringLiteral("organisation – needs.xlsx"));
    CHECK(
        questionnaire::questionnaireFileName(QString(5000, QLatin1Char('x')), questionnaire::Kind::Needs, &taken).size()
        < 120);
}

TEST_CASE("questionnaire --all-partners writes one workbook per partner into the folder, and a second run writes "
          "beside them",
          "[questionnaire][cli]")
{
    Folder f;
    const QString file = exampleIn(f);
    const QByteArray before = test::sha256(file);
    const QString out = f.path("questionnaires");
    const QStringList arguments = args(file, {"--kind", "maturity", "--lang", "en", "--all-partners"}) << out;
    test::CliResult r = f.run(arguments);
    INFO(test::str(r.err));
    REQUIRE(r.code == 0);
    const QStringList written = test::folderEntries(out);
    CHECK(written.size() == 5);
    CHECK(r.out.count(QStringLiteral("Wrote ")) == 5);
    for (const QString &name : written)
        CHECK(name.endsWith(QStringLiteral(" – maturity.xlsx")));
    CHECK(QDir(out).entryList({QStringLiteral("*.xlsx")}).size() == 5); // nothing went up or aside

    r = f.run(arguments);
    REQUIRE(r.code == 0);
    CHECK(test::folderEntries(out).size() == 10);
    CHECK(test::folderEntries(out).filter(QStringLiteral("(2).xlsx")).size() == 5);
    CHECK(test::sha256(file) == before);
}

TEST_CASE("questionnaire refuses an unknown partner or review, an anonymous questionnaire other than a review, and "
          "an existing output",
          "[questionnaire][cli]")
{
    Folder f;
    const QString file = exampleIn(f);
    const QString target = f.path("q.xlsx");

    test::CliResult r = f.run(args(file, {"--kind", "needs", "--partner", "Nobody", "-o"}) << target);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Fondation Lien Commun")));
    r = f.run(args(file, {"--kind", "review", "--review", "No such review", "--partner", "Fondation Lien Commun", "-o"})
              << target);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Revue annuelle 2026")));
    r = f.run(args(file, {"--kind", "review", "--partner", "Fondation Lien Commun", "-o"}) << target);
    CHECK(r.code == 1);
    r = f.run(args(file, {"--kind", "weights", "--anonymous", "--partner", "Fondation Lien Commun", "-o"}) << target);
    CHECK(r.code == 2);
    r = f.run(args(file, {"--kind", "weights", "--partner", "Fondation Lien Commun"}));
    CHECK(r.code == 2);
    CHECK_FALSE(QFileInfo::exists(target));

    REQUIRE(test::writeBytes(target, "mine"));
    r = f.run(args(file, {"--kind", "weights", "--partner", "Fondation Lien Commun", "-o"}) << target);
    CHECK(r.code == 1);
    CHECK(test::readBytes(target) == "mine");

    r = f.run(args(file,
                   {"--kind", "review", "--review", "revue annuelle 2026", "--anonymous", "--partner",
                    "fondation lien commun", "-o"})
              << f.path("anonymous.xlsx"));
    INFO(test::str(r.err));
    CHECK(r.code == 0);
    CHECK(QFileInfo::exists(f.path("anonymous.xlsx")));
}

TEST_CASE("LibreOffice Calc opens a questionnaire and shows its questions, the partner's name as written",
          "[questionnaire][cli][libreoffice]")
{
    Folder f;
    const QString file = exampleIn(f);
    const QString target = f.path("maturite.xlsx");
    const QString partner = hostileName;
    test::CliResult r = f.run(args(file, {"--kind", "maturity", "--lang", "fr", "--partner"})
                              << partner << QStringLiteral("-o") << target);
    INFO(test::str(r.err));
    REQUIRE(r.code == 0);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Calc is needed (packaging/install-deps.sh installs libreoffice-calc-nogui)");
    REQUIRE_FALSE(soffice.isEmpty());
    const auto profile = test::makeTempDir();
    const QString out = f.path("csv");
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=file://%1").arg(profile->path()), QStringLiteral("--headless"),
              QStringLiteral("--convert-to"),
              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"),
              QStringLiteral("--outdir"), out, target});
    REQUIRE(lo.waitForFinished(120000));
    INFO(lo.readAll().toStdString());
    REQUIRE(lo.exitCode() == 0);
    // The answers sheet's name, as the binding gives it (French when the
    // translations are at hand, else English: the same for the questions below).
    const auto french = Language::load(QStringLiteral("fr"));
    const auto original = readXlsx(target);
    REQUIRE(original.ok());
    QString answersName;
    for (const auto &sheet : original.workbook.sheets)
        if (sheet.state == XlsxSheetState::Visible && sheet.cell(4, 1))
            answersName = sheet.name;
    REQUIRE_FALSE(answersName.isEmpty());
    const QString csvPath = QDir(out).filePath(QStringLiteral("maturite-%1.csv").arg(answersName));
    INFO(test::str(QDir(out).entryList().join(QLatin1Char(' '))));
    REQUIRE(QFileInfo::exists(csvPath));
    const QString answers = QString::fromUtf8(test::readBytes(csvPath));
    // Every question of the self-diagnostic, in French, and the name as typed.
    CheckResult check;
    auto doc = Document::open(file, test::testAuthor(), test::optionsIn(f.working), &check);
    REQUIRE(doc);
    QList<questionnaire::Question> questions;
    {
        WritingIn writing(french);
        questions = questionnaire::questionsFor(doc->project(), questionnaire::Kind::Maturity,
                                                doc->project().organisations.first().id);
    }
    REQUIRE(questions.size() > 5);
    for (const auto &q : questions) {
        INFO(test::str(q.label));
        CHECK(answers.contains(q.label));
    }
    CHECK(answers.contains(QStringLiteral("=../Les")));

    // Re-saved by LibreOffice as a partner would: the binding is still
    // hidden, sealed, and names the same rows.
    const QString resaved = f.path("resaved");
    QProcess again;
    again.setProcessChannelMode(QProcess::MergedChannels);
    again.start(soffice,
                {QStringLiteral("-env:UserInstallation=file://%1").arg(profile->path()), QStringLiteral("--headless"),
                 QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), resaved, target});
    REQUIRE(again.waitForFinished(120000));
    REQUIRE(again.exitCode() == 0);
    const auto read = readXlsx(QDir(resaved).filePath(QStringLiteral("maturite.xlsx")));
    INFO(test::str(read.message));
    REQUIRE(read.ok());
    const XlsxSheet *binding = read.workbook.sheet(QString::fromLatin1(questionnaire::layout::bindingSheet));
    REQUIRE(binding);
    // LibreOffice knows no "very hidden": it keeps the sheet hidden. The
    // seal, not the state, is what guards the binding.
    CHECK(binding->state != XlsxSheetState::Visible);
    QList<QStringList> rows;
    for (const auto &cell : binding->cells) {
        while (rows.size() < cell.row)
            rows.append(QStringList());
        while (rows[cell.row - 1].size() < cell.column)
            rows[cell.row - 1].append(QString());
        rows[cell.row - 1][cell.column - 1] = cell.displayText();
    }
    QString error;
    const auto bound = questionnaire::Binding::fromRows(rows, &error);
    INFO(test::str(error));
    REQUIRE(bound.has_value());
    CHECK(bound->questions.size() == questions.size());
    const XlsxSheet *before = original.workbook.sheet(bound->answersSheet);
    const XlsxSheet *after = read.workbook.sheet(bound->answersSheet);
    REQUIRE(before);
    REQUIRE(after);
    for (const auto &q : bound->questions) {
        REQUIRE(after->cell(q.row, 2));
        CHECK(after->cell(q.row, 2)->text == before->cell(q.row, 2)->text);
    }
}
