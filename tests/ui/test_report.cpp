// The evaluation report as a reader of the PDF sees it: sections, names and
// figures found by pdftotext, the languages, the paper, the page count that
// follows the data, private items, and user text that stays text.
#include "dialogs/reportoptionsdialog.h"
#include "document/document.h"
#include "evaluation/owneffects.h"
#include "evaluation/performance.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "report/reportactions.h"
#include "report/reportoptions.h"
#include "report/reportwriter.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::test;

namespace {

report::Options english()
{
    report::Options options;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 11, 23);
    return options;
}

QString writePdf(const Document &doc, const report::Options &options, const QString &path)
{
    QString error;
    const int pages = report::writeReportPdf(doc.project(), options, path, &error);
    INFO(error.toStdString());
    REQUIRE(pages > 0);
    REQUIRE(pdfPages(path) == pages);
    return path;
}

QString percentText(double value)
{
    return QStringLiteral("%1%").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', 0));
}

/// Every number printed after the contents, headers and footers left out.
QStringList numbersOfBody(const QString &pdf)
{
    const QString text = pdfBodyText(pdf, 3);
    QStringList numbers;
    auto it = QRegularExpression(QStringLiteral("\\d+")).globalMatch(text);
    while (it.hasNext())
        numbers.append(it.next().captured());
    return numbers;
}

} // namespace

TEST_CASE("report: the example's PDF has every section, the partners, the indicators' figures and the review scores",
          "[report]")
{
    QTemporaryDir dir;
    const auto doc = exampleDocument(dir.path());
    const QString pdf = writePdf(*doc, english(), dir.filePath(QStringLiteral("report.pdf")));
    const QString text = flattened(pdfText(pdf));

    // The full report: the synthesis, then every section (the committee pack's own section apart).
    for (const QString &id : report::presetSections(report::Preset::Full)) {
        INFO(id.toStdString());
        CHECK(text.contains(report::sectionName(id)));
    }
    CHECK_FALSE(text.contains(report::sectionName(QStringLiteral("committee"))));
    CHECK(text.contains(QStringLiteral("Contents")));
    for (const auto &o : doc->project().organisations) {
        INFO(o.name.toStdString());
        CHECK(text.contains(o.name));
    }
    const auto performance = evaluation::evaluatePerformance(doc->project(), english().date);
    int checked = 0;
    for (int i = 0; i < performance.indicators.size(); ++i) {
        const auto &indicator = doc->project().indicators.at(i);
        INFO(indicator.name.toStdString());
        CHECK(text.contains(indicator.name));
        if (const auto achieved = performance.indicators.at(i).achievedPercent) {
            CHECK(text.contains(percentText(*achieved)));
            ++checked;
        }
        // The target date, and the progress expected by the latest measurement.
        if (indicator.targetDate.isValid()) {
            CHECK(text.contains(indicator.targetDate.toString(QStringLiteral("dd/MM/yyyy"))));
            REQUIRE(performance.indicators.at(i).expectedPercent);
            CHECK(text.contains(percentText(*performance.indicators.at(i).expectedPercent)));
        }
    }
    CHECK(checked > 0);
    CHECK(text.contains(QStringLiteral("Target date")));
    CHECK(text.contains(QStringLiteral("Expected")));
    // On the report's date (23 November 2026) the computers, due on 31
    // October, missed their target: the summary counts it off track.
    CHECK(QString(text)
              .replace(QChar(0xfb00), QStringLiteral("ff")) // pdftotext gives the "ff" ligature
              .contains(QStringLiteral("4 on track, 1 at risk, 1 off track, 0 without data")));
    const auto reviews = evaluation::scoreReviews(doc->project());
    REQUIRE(!reviews.isEmpty());
    const auto answered
        = [](int n) { return QCoreApplication::translate("Report", "%n partner(s) answered", nullptr, n); };
    for (const auto &review : reviews) {
        // Every figure with the number of partners behind it.
        QStringList angles;
        for (const auto &angle : review.angles)
            angles.append(QStringLiteral("%1 %2 (%3)")
                              .arg(method::choiceLabel(method::evaluationAngles(), angle.id),
                                   percentText(*angle.percent), answered(angle.respondents)));
        INFO(angles.join(QStringLiteral(" · ")).toStdString());
        CHECK(text.contains(angles.join(QStringLiteral(" · "))));
        // The step-back answers as counts, never as a score.
        for (const auto &count : review.stepBack) {
            QStringList counts;
            for (const auto &answer : method::stepBackAnswers())
                counts << QStringLiteral("%1 %2").arg(method::tr(answer.label)).arg(count.count(answer.id));
            const QString line
                = QStringLiteral("%1 (%2)").arg(counts.join(QStringLiteral(" · ")), answered(count.respondents));
            INFO(line.toStdString());
            CHECK(text.contains(line));
        }
    }
    // Each review in the four parts, in order (ligatures read as letters).
    const QString plain = text.normalized(QString::NormalizationForm_KC);
    qsizetype from = plain.indexOf(report::sectionName(QStringLiteral("reviews")),
                                   plain.indexOf(QStringLiteral("Contents")) + 200);
    REQUIRE(from > 0);
    for (int part = 1; part <= method::reviewPartCount; ++part) {
        const qsizetype at = plain.indexOf(method::tr(method::reviewPartTitle(part)), from);
        INFO(part);
        CHECK(at > from);
        from = at;
    }
    // Each partner's own effects beside its weights, in a sentence.
    const auto effects = evaluation::ownEffects(doc->project(), reviews.constLast().reviewId);
    REQUIRE(effects.size() == 4);
    for (const auto &e : effects) {
        const QString sentence = evaluation::ownEffectsSentence(e, doc->project().organisation(e.organisationId)->name);
        INFO(sentence.toStdString());
        CHECK(plain.contains(sentence));
    }
    CHECK(text.contains(QStringLiteral("Weight in step 2")));
    // Each answer with its words; a rating question answered in words only prints no score.
    const auto &score = doc->project().reviewScores.constFirst();
    CHECK(text.contains(QStringLiteral("%1/5").arg(score.score)));
    int withWords = 0;
    for (const auto &s : doc->project().reviewScores)
        if (!s.comment.isEmpty()) {
            CHECK(text.contains(flattened(s.comment)));
            if (++withWords == 5)
                break;
        }
    for (const auto &s : doc->project().reviewScores)
        if (s.criterionId == QLatin1String("unexpected_results")) {
            const QString who = doc->project().organisation(s.organisationId)->name;
            // The words as written, after the partner's name and no score (their start: a line may break in a word).
            CHECK(plain.contains(
                QStringLiteral("%1: %2").arg(who, s.comment.left(25).normalized(QString::NormalizationForm_KC))));
        }
    // Header and footer on the pages after the cover.
    const QString second = flattened(pdfText(pdf, 2, 2));
    CHECK(second.contains(doc->project().partnership.title));
    CHECK(second.contains(QStringLiteral("23 November 2026")));
    CHECK(second.contains(QStringLiteral("Page 2 of %1").arg(pdfPages(pdf))));
}

TEST_CASE("report: a title or name written as HTML prints as it was typed, and the PDF holds no picture", "[report]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("x"));
    const QString title = QStringLiteral("<img src=\"/etc/hosts\"> & <b>bold</b>");
    const QUuid org = QUuid::createUuid();
    const QUuid indicator = QUuid::createUuid();
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("hostile"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"), title)
                           .set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("<b>x</b>"))
                           .set(QStringLiteral("indicator"), indicator, QStringLiteral("name"),
                                QStringLiteral("<script>alert(1)</script>"))
                           .set(QStringLiteral("indicator"), indicator, QStringLiteral("target"), 10.0)));
    const QString pdf = writePdf(*doc, english(), dir.filePath(QStringLiteral("hostile.pdf")));
    const QString text = flattened(pdfText(pdf));
    CHECK(text.contains(title));
    CHECK(text.contains(QStringLiteral("<b>x</b>")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(pdfImageCount(pdf) == 0);
}

TEST_CASE("report: the example's report, charts included, has no raster image", "[report]")
{
    QTemporaryDir dir;
    const auto doc = exampleDocument(dir.path());
    const QString pdf = writePdf(*doc, english(), dir.filePath(QStringLiteral("report.pdf")));
    CHECK(pdfImageCount(pdf) == 0);
}

TEST_CASE("report: the page count grows with the data", "[report]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Growing"));
    const int empty = pdfPages(writePdf(*doc, english(), dir.filePath(QStringLiteral("empty.pdf"))));
    ChangeSet actions(QStringLiteral("actions"));
    for (int i = 0; i < 150; ++i)
        actions.set(QStringLiteral("action"), QUuid::createUuid(), QStringLiteral("title"),
                    QStringLiteral("Action number %1 of the plan").arg(i));
    REQUIRE(doc->apply(actions));
    const int withActions = pdfPages(writePdf(*doc, english(), dir.filePath(QStringLiteral("actions.pdf"))));
    CHECK(withActions > empty);
    const auto example = exampleDocument(dir.path());
    const int full = pdfPages(writePdf(*example, english(), dir.filePath(QStringLiteral("example.pdf"))));
    CHECK(full > empty);
}

TEST_CASE("report: A4 by default, Letter when asked", "[report]")
{
    QTemporaryDir dir;
    const auto doc = newDocument(dir.path(), QStringLiteral("Paper"));
    report::Options options = english();
    CHECK(pdfPageSize(writePdf(*doc, options, dir.filePath(QStringLiteral("a4.pdf")))) == QStringLiteral("595 x 842"));
    options.paper = report::Paper::Letter;
    CHECK(pdfPageSize(writePdf(*doc, options, dir.filePath(QStringLiteral("letter.pdf"))))
          == QStringLiteral("612 x 792"));
}

TEST_CASE("report: only the chosen sections, and private items only when asked", "[report]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QUuid note = QUuid::createUuid();
    const QUuid secret = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("private"))
            .set(QStringLiteral("note"), note, QStringLiteral("step_id"), QStringLiteral("pilot"))
            .set(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("Internal budget worry"))
            .set(QStringLiteral("note"), note, QStringLiteral("private"), true)
            .set(QStringLiteral("organisation"), secret, QStringLiteral("name"), QStringLiteral("Hidden Ally"))
            .set(QStringLiteral("organisation"), secret, QStringLiteral("private"), true)));
    report::Options options = english();
    options.sections = {QStringLiteral("pilot"), QStringLiteral("indicators")};
    const QString text = flattened(pdfText(writePdf(*doc, options, dir.filePath(QStringLiteral("some.pdf")))));
    CHECK(text.contains(report::sectionName(QStringLiteral("indicators"))));
    CHECK(text.contains(QStringLiteral("6. Pilot")));
    CHECK_FALSE(text.contains(QStringLiteral("1. Diagnose")));
    CHECK_FALSE(text.contains(report::sectionName(QStringLiteral("lessons"))));
    CHECK_FALSE(text.contains(QStringLiteral("Internal budget worry")));
    CHECK_FALSE(text.contains(QStringLiteral("Hidden Ally")));

    options.includePrivate = true;
    const QString all = flattened(pdfText(writePdf(*doc, options, dir.filePath(QStringLiteral("private.pdf")))));
    CHECK(all.contains(QStringLiteral("Internal budget worry")));
    CHECK(all.contains(QStringLiteral("Hidden Ally")));
}

TEST_CASE("report: step 1 sets each partner's view of the needs side by side and ends with the next tools", "[report]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    // A private organisation's view stays out of the report unless asked.
    const QUuid secret = QUuid::createUuid();
    const QUuid view = QUuid::createUuid();
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("private"))
            .set(QStringLiteral("organisation"), secret, QStringLiteral("name"), QStringLiteral("Hidden Ally"))
            .set(QStringLiteral("organisation"), secret, QStringLiteral("private"), true)
            .set(QStringLiteral("need_answer"), view, QStringLiteral("organisation_id"), secret)
            .set(QStringLiteral("need_answer"), view, QStringLiteral("need_id"), QStringLiteral("alliance"))
            .set(QStringLiteral("need_answer"), view, QStringLiteral("answer"),
                 QStringLiteral("Secret view of the alliance"))));
    report::Options options = english();
    options.sections = {QStringLiteral("diagnose")};
    const QString text = flattened(pdfText(writePdf(*doc, options, dir.filePath(QStringLiteral("diagnose.pdf")))));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Needs of the territory, from each partner's view")));
    // Each organisation's own words are there, the catalyst's too (their first
    // words: a table's cells are read line by line across the row, and the
    // PDF's ligatures are read back as single letters).
    QString plain = text;
    plain.replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
    int views = 0;
    for (const auto &a : doc->project().needAnswers)
        if (a.needId == QLatin1String("digital") && a.organisationId != secret) {
            // pdftotext reads French non-breaking spaces back as ordinary ones.
            QString start = a.answer.section(QLatin1Char(' '), 0, 2);
            start.replace(QChar::Nbsp, QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
            INFO(start.toStdString());
            CHECK(plain.contains(start));
            ++views;
        }
    CHECK(views == 5);
    // Each need says where the priorities differ, by whom.
    CHECK(plain.contains(QStringLiteral("Learn to ally: priorities differ: high for")));
    CHECK_FALSE(text.contains(QStringLiteral("Secret view of the alliance")));
    // The maturity table has the fourth axis, and the next tools follow.
    CHECK(text.contains(QStringLiteral("Place in the ecosystem")));
    CHECK(text.contains(QStringLiteral("Next tools to use")));
    CHECK(text.contains(QStringLiteral("Overall maturity:")));
    CHECK(text.contains(QStringLiteral("map your ecosystem")));
    CHECK(text.contains(QString::fromUtf8("carré magique")));

    // In French, whatever the interface's language (the application carries the translations).
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const QString frPdf = dir.filePath(QStringLiteral("diagnostic.pdf"));
    REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), frPdf, QStringLiteral("--lang"),
                    QStringLiteral("fr"), QStringLiteral("--sections"), QStringLiteral("diagnose")})
            == 0);
    const QString fr = flattened(pdfText(frPdf));
    INFO(fr.toStdString());
    CHECK(fr.contains(QString::fromUtf8("Prochains outils à utiliser")));
    CHECK(fr.contains(QString::fromUtf8("Maturité globale")));
    CHECK_FALSE(fr.contains(QStringLiteral("Next tools to use")));
}

TEST_CASE("report: a PDF that cannot be written leaves the old file as it was", "[report]")
{
    QTemporaryDir dir;
    const auto doc = newDocument(dir.path(), QStringLiteral("Locked"));
    QString error;
    CHECK(
        report::writeReportPdf(doc->project(), english(), dir.filePath(QStringLiteral("missing/folder/r.pdf")), &error)
        == 0);
    CHECK(error.contains(QStringLiteral("r.pdf")));
}

TEST_CASE("report verb: French and English reports differ in their labels, not in their figures", "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const QString fr = dir.filePath(QStringLiteral("fr.pdf"));
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    // Sections whose tables fit on their page: a table row split over two
    // pages is drawn clipped on both, and pdftotext reads clipped text too.
    const QString sections = QStringLiteral("objectives,model,evaluate,indicators,lessons");
    REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), fr, QStringLiteral("--lang"),
                    QStringLiteral("fr"), QStringLiteral("--sections"), sections})
            == 0);
    REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), en, QStringLiteral("--lang"),
                    QStringLiteral("en"), QStringLiteral("--sections"), sections})
            == 0);
    const QString frText = flattened(pdfText(fr));
    const QString enText = flattened(pdfText(en));
    CHECK(enText.contains(QStringLiteral("Contents")));
    CHECK(enText.contains(QStringLiteral("Lessons learnt and next steps")));
    CHECK(enText.contains(QStringLiteral("Overall achievement")));
    CHECK(frText.contains(QStringLiteral("Sommaire")));
    CHECK(frText.contains(QStringLiteral("Enseignements et prochaines étapes")));
    CHECK(frText.contains(QStringLiteral("Réalisation globale")));
    CHECK_FALSE(frText.contains(QStringLiteral("Overall achievement")));
    QStringList frNumbers = numbersOfBody(fr);
    QStringList enNumbers = numbersOfBody(en);
    frNumbers.sort();
    enNumbers.sort();
    CHECK(frNumbers.size() > 50);
    CHECK(frNumbers == enNumbers);
}

TEST_CASE("report verb: the reviews in French and English say how many partners answered", "[report][verb]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    QString texts[2];
    const char *languages[2] = {"fr", "en"};
    for (int i = 0; i < 2; ++i) {
        const QString pdf = dir.filePath(QStringLiteral("%1.pdf").arg(QLatin1String(languages[i])));
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                        QString::fromLatin1(languages[i]), QStringLiteral("--sections"), QStringLiteral("reviews")})
                == 0);
        // Compatibility form: ligatures (ﬀ) as letters, no-break spaces as spaces.
        texts[i] = flattened(pdfText(pdf).normalized(QString::NormalizationForm_KC));
    }
    const QString &fr = texts[0], &en = texts[1];
    // Four partners answered the annual review, every angle.
    CHECK(fr.contains(QStringLiteral("(4 partenaires ont répondu)")));
    CHECK(fr.contains(QStringLiteral("1. Effets sur la performance de chaque partenaire")));
    CHECK(fr.contains(QStringLiteral("4. Enseignements et cohérence")));
    CHECK(fr.contains(QStringLiteral("pèse le plus pour")));
    CHECK(fr.contains(QStringLiteral("Poids à l’étape 2")));
    CHECK(fr.contains(QStringLiteral("Oui 2 · En partie 2 · Non 0")));
    CHECK_FALSE(fr.contains(QStringLiteral("partner")));
    CHECK_FALSE(fr.contains(QStringLiteral("weighed most")));
    CHECK(en.contains(QStringLiteral("(4 partners answered)")));
    CHECK_FALSE(en.contains(QStringLiteral("partner(s)")));
    CHECK(en.contains(QStringLiteral("weighed most for")));
    CHECK(en.contains(QStringLiteral("1. Effects on each partner's own performance")));
}

TEST_CASE("report verb: refuses bad input with a message and exit code 1, a wrong command line with 2",
          "[report][verb]")
{
    QTemporaryDir dir;
    const QString notProject = dir.filePath(QStringLiteral("notes.alliance"));
    QFile f(notProject);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("just some text, not a project");
    f.close();
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    QString err;
    CHECK(runApp({QStringLiteral("report"), notProject, QStringLiteral("-o"), out}, nullptr, &err) == 1);
    CHECK(err.contains(QStringLiteral("notes.alliance")));
    CHECK_FALSE(QFile::exists(out));

    auto doc = newDocument(dir.path(), QStringLiteral("Fine"));
    const QString file = dir.filePath(QStringLiteral("fine.alliance"));
    REQUIRE(doc->saveAs(file));
    CHECK(runApp({QStringLiteral("report"), file}, nullptr, &err) == 2);
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), out, QStringLiteral("--lang"),
                  QStringLiteral("de")},
                 nullptr, &err)
          == 2);
    CHECK(err.contains(QStringLiteral("de")));
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), out, QStringLiteral("--sections"),
                  QStringLiteral("pilot,budget")},
                 nullptr, &err)
          == 2);
    CHECK(err.contains(QStringLiteral("budget")));
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), out, QStringLiteral("--paper"),
                  QStringLiteral("a3")},
                 nullptr, &err)
          == 2);
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/r.pdf"))},
                 nullptr, &err)
          == 1);
    CHECK(err.contains(QStringLiteral("r.pdf")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), out, QStringLiteral("--paper"),
                  QStringLiteral("letter")})
          == 0);
    CHECK(pdfPageSize(out) == QStringLiteral("612 x 792"));
}

TEST_CASE("report options: the dialog gives the language, paper, sections and private choice", "[report]")
{
    ReportOptionsDialog dialog(QStringLiteral("Export"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("reportPaper"));
    auto *sections = dialog.findChild<QListWidget *>(QStringLiteral("reportSections"));
    auto *privateItems = dialog.findChild<QCheckBox *>(QStringLiteral("reportPrivate"));
    REQUIRE(language);
    REQUIRE(paper);
    REQUIRE(sections);
    REQUIRE(privateItems);
    REQUIRE(sections->count() == report::sectionIds().size());
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("reportPreset"));
    REQUIRE(preset);
    // Choosing what the report is for checks the preset's sections, and the options follow the preset.
    preset->setCurrentIndex(preset->findData(QStringLiteral("committee")));
    for (int i = 0; i < sections->count(); ++i) {
        const QString id = sections->item(i)->data(Qt::UserRole).toString();
        INFO(id.toStdString());
        CHECK((sections->item(i)->checkState() == Qt::Checked)
              == (id == QStringLiteral("synthesis") || id == QStringLiteral("committee")));
    }
    CHECK(dialog.options().preset == report::Preset::Committee);
    CHECK(dialog.options().sections.isEmpty());
    preset->setCurrentIndex(preset->findData(QStringLiteral("full")));
    CHECK(dialog.options().preset == report::Preset::Full);
    CHECK(dialog.options().sections.isEmpty());                                  // the full report's own
    CHECK(sections->item(0)->checkState() == Qt::Checked);                       // the synthesis
    CHECK(sections->item(sections->count() - 1)->checkState() == Qt::Unchecked); // the committee's
    privateItems->setChecked(false);
    CHECK_FALSE(dialog.options().includePrivate);

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    sections->item(0)->setCheckState(Qt::Unchecked);
    privateItems->setChecked(true);
    const report::Options chosen = dialog.options();
    CHECK(chosen.language == QStringLiteral("en"));
    CHECK(chosen.paper == report::Paper::Letter);
    CHECK(chosen.includePrivate);
    CHECK(chosen.sections == report::presetSections(report::Preset::Full).mid(1));

    // Nothing to print: the button that accepts is disabled.
    for (int i = 0; i < sections->count(); ++i)
        sections->item(i)->setCheckState(Qt::Unchecked);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("report: the file offered is named after the partnership and says whether it is a report or a committee "
          "pack",
          "[report]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Title"))
                           .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                                QStringLiteral("Eau/Vie: 2026?"))));
    report::Options full;
    CHECK(QFileInfo(reportactions::suggestedPath(*doc, full)).fileName()
          == QStringLiteral("Eau-Vie- 2026- – report.pdf"));
    report::Options committee;
    committee.preset = report::Preset::Committee;
    CHECK(QFileInfo(reportactions::suggestedPath(*doc, committee)).fileName()
          == QStringLiteral("Eau-Vie- 2026- – committee pack.pdf"));
}
