// The synthesis and the committee pack as a reader of the PDF sees them:
// two pages at most right after the contents, with the current step, the
// indicators at risk, the late actions, every figure with how many partners
// answered in the report's language, and who changed what since the previous
// committee; the committee pack in a few pages with the agenda and the open
// decisions; a mistyped preset refused on the command line.
#include "evaluation/meetings.h"
#include "evaluation/overdue.h"
#include "evaluation/performance.h"
#include "evaluation/stepprogress.h"
#include "method/method.h"
#include "model/shorttext.h"
#include "report/reportoptions.h"
#include "report/reportrenderer.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace alliance;
using namespace alliance::test;

namespace {

/// Writes the report of `file` through the verb (the report's language needs
/// the application's translations). Its date is today's.
QString writePdf(const QString &file, const QString &language, const QString &path)
{
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), path, QStringLiteral("--lang"), language},
                   &out, &err)
            == 0);
    return path;
}

/// The page whose first lines (after the running header) hold `heading`; 0 when none.
int pageOpenedBy(const QString &pdf, const QString &heading)
{
    for (int page = 3; page <= pdfPages(pdf); ++page) {
        QStringList lines;
        for (const QString &line : pdfText(pdf, page, page).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        if (lines.mid(0, 3).contains(heading))
            return page;
    }
    return 0;
}

} // namespace

TEST_CASE("report: the synthesis follows the contents, two pages at most, with the step, risks, late actions, "
          "respondents and who changed what since the committee, in French and English",
          "[report][synthesis]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    // Two people change things after the example's last committee (20 October 2026).
    Author camille = doc->author();
    camille.name = QStringLiteral("Camille Roux");
    doc->setAuthor(camille);
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Stake"))
                           .set(QStringLiteral("partnership"), doc->project().partnership.id,
                                QStringLiteral("common_stake"), QStringLiteral("Un enjeu commun revu"))));
    Author yanis = doc->author();
    yanis.name = QStringLiteral("Yanis Morel");
    doc->setAuthor(yanis);
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Lesson"))
                           .set(QStringLiteral("lesson"), QUuid::createUuid(), QStringLiteral("text"),
                                QStringLiteral("Une leçon de l’automne"))));
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const QDate reportDate = QDate::currentDate(); // the verb's
    const Project &p = doc->project();
    const evaluation::PerformanceSummary performance = evaluation::evaluatePerformance(p, reportDate);
    QStringList atRisk;
    for (int i = 0; i < performance.indicators.size(); ++i)
        if (performance.indicators.at(i).status == evaluation::IndicatorStatus::AtRisk
            || performance.indicators.at(i).status == evaluation::IndicatorStatus::OffTrack)
            atRisk << p.indicators.at(i).name;
    REQUIRE_FALSE(atRisk.isEmpty());
    const Action *oldestLate = nullptr;
    for (const Action &a : p.actions)
        if (evaluation::isOverdue(a, reportDate) && (!oldestLate || a.dueDate < oldestLate->dueDate))
            oldestLate = &a;
    REQUIRE(oldestLate);
    REQUIRE(evaluation::stepProgress(p).currentStepId == QStringLiteral("pilot"));
    const Meeting *committee = evaluation::previousCommittee(p, reportDate);
    REQUIRE(committee);

    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const bool french = language == QLatin1String("fr");
        const QString pdf = writePdf(file, language, dir.filePath(language + QStringLiteral(".pdf")));
        const QString synthesisTitle = french ? QStringLiteral("Synthèse") : QStringLiteral("Synthesis");
        const QString firstStep = french ? QStringLiteral("1. Diagnostiquer") : QStringLiteral("1. Diagnose");
        CHECK(pageOpenedBy(pdf, synthesisTitle) == 3);
        const int next = pageOpenedBy(pdf, firstStep);
        CHECK(next >= 4);
        CHECK(next <= 5); // two pages at most
        const QString synthesis = flattened(pdfText(pdf, 3, next - 1));
        INFO(synthesis.toStdString());

        CHECK(synthesis.contains(french ? QStringLiteral("Étape en cours : 6. Piloter")
                                        : QStringLiteral("Current step: 6. Pilot")));
        for (const QString &name : std::as_const(atRisk))
            CHECK(synthesis.contains(flattened(shortName(name))));
        CHECK(synthesis.contains(flattened(shortName(oldestLate->title))));
        // Respondents beside the review figures, in the report's language.
        const QRegularExpression answered(french ? QStringLiteral("\\d+ partenaires ont répondu")
                                                 : QStringLiteral("\\d+ partners answered"));
        CHECK(synthesis.count(answered) >= 6);
        CHECK(synthesis.contains(french ? QStringLiteral("6 indicateurs sur 6 avec des données")
                                        : QStringLiteral("6 of 6 indicators with data")));
        // The previous committee, its date in the report's language.
        CHECK(synthesis.contains(flattened(committee->title)));
        if (committee->date == QDate(2026, 10, 20))
            CHECK(synthesis.contains(french ? QStringLiteral("20 octobre 2026") : QStringLiteral("20 October 2026")));
        // Who changed what since the committee, by step.
        CHECK(synthesis.contains(QStringLiteral("Camille Roux")));
        CHECK(synthesis.contains(QStringLiteral("Yanis Morel")));
        // (pdftotext writes "fi" as one ligature: "ses objectifs" rather than "Définir".)
        const qsizetype objectives = synthesis.indexOf(
            french ? QStringLiteral("ses objectifs (") : QStringLiteral("2. Set objectives ("),
            synthesis.indexOf(french ? QStringLiteral("Ce qui a changé") : QStringLiteral("What changed")));
        const qsizetype evaluate = synthesis.indexOf(french ? QStringLiteral("7. Évaluer et valoriser (")
                                                            : QStringLiteral("7. Evaluate and share ("),
                                                     objectives);
        CHECK(objectives > 0);
        CHECK(evaluate > objectives);
        CHECK(synthesis.indexOf(QStringLiteral("Camille Roux")) > objectives);
        CHECK(synthesis.indexOf(QStringLiteral("Camille Roux")) < evaluate);
        CHECK(synthesis.indexOf(QStringLiteral("Yanis Morel")) > evaluate);
    }
}

TEST_CASE("report verb: the committee pack is a few pages with the agenda and the open decisions, a mistyped "
          "preset is refused",
          "[report][synthesis][verb]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    REQUIRE(doc->saveAs(file));
    const Project &p = doc->project();
    const QDate today = QDate::currentDate(); // the verb's report date
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString pdf = dir.filePath(language + QStringLiteral("-committee.pdf"));
        QString out, err;
        REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language,
                        QStringLiteral("--preset"), QStringLiteral("committee")},
                       &out, &err)
                == 0);
        const int pages = pdfPages(pdf);
        CHECK(pages >= 4);
        CHECK(pages <= 6);
        const QString text = flattened(pdfText(pdf));
        INFO(text.toStdString());
        CHECK(text.contains(language == QLatin1String("fr") ? QStringLiteral("Pour le comité de pilotage")
                                                            : QStringLiteral("For the steering committee")));
        // Not the detailed sections: the contents list the synthesis and the committee's section.
        const QString contents = flattened(pdfText(pdf, 2, 2));
        CHECK_FALSE(contents.contains(language == QLatin1String("fr") ? QStringLiteral("1. Diagnostiquer")
                                                                      : QStringLiteral("1. Diagnose")));
        if (const Meeting *next = evaluation::nextMeeting(p, today)) {
            for (const QString &item : next->agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                CHECK(text.contains(flattened(item.trimmed())));
        }
        const QList<const Decision *> open = evaluation::openDecisions(p);
        REQUIRE_FALSE(open.isEmpty());
        for (const Decision *d : open)
            CHECK(text.contains(flattened(d->text).left(20)));
    }

    // The full report is the default, and keeps the sections.
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), full, QStringLiteral("--preset"),
                    QStringLiteral("FULL")})
            == 0);
    CHECK(pdfPages(full) > 20);

    QString out, err;
    const QString bogus = dir.filePath(QStringLiteral("bogus.pdf"));
    CHECK(runApp({QStringLiteral("report"), file, QStringLiteral("-o"), bogus, QStringLiteral("--preset"),
                  QStringLiteral("bogus")},
                 &out, &err)
          == 2);
    CHECK(err.contains(QStringLiteral("bogus")));
    CHECK(err.contains(QStringLiteral("committee")));
    CHECK_FALSE(QFile::exists(bogus));
}

TEST_CASE("report: what follows a table is drawn when a heading before it moved to the next page",
          "[report][synthesis]")
{
    QTemporaryDir dir;
    // Whatever the text before it, the heading kept with what follows lands
    // on every line of a page: then a table, and text after it.
    for (int lines = 20; lines < 60; lines += 3) {
        INFO(lines << " lines before");
        report::Report r;
        r.pageOf = QStringLiteral("Page %1 of %2");
        report::Section first;
        first.title = QStringLiteral("First section");
        for (int i = 0; i < lines; ++i)
            first.blocks.append(report::Block::paragraph(QStringLiteral("Line %1").arg(i)));
        first.blocks.append(report::Block::subheading(QStringLiteral("Kept heading")));
        first.blocks.append(report::Block::paragraph(QStringLiteral("What the heading introduces")));
        report::Table t {{QStringLiteral("Step"), QStringLiteral("Who"), QStringLiteral("What")}, {}, {}};
        for (int row = 0; row < 12; ++row)
            t.rows.append({QStringLiteral("Step %1").arg(row), QStringLiteral("Someone"),
                           QStringLiteral("Several things that take a line or two in a narrow column of the table")});
        first.blocks.append(report::Block::tableOf(t));
        first.blocks.append(report::Block::paragraph(QStringLiteral("Afterthetable")));
        report::Section second;
        second.title = QStringLiteral("Second section");
        second.blocks.append(report::Block::paragraph(QStringLiteral("Secondsectiontext")));
        r.sections << first << second;
        const QString pdf = dir.filePath(QStringLiteral("moved%1.pdf").arg(lines));
        {
            QPdfWriter writer(pdf);
            report::preparePage(writer, report::Paper::A4);
            REQUIRE(report::renderReport(r, {}, writer) > 0);
        }
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Afterthetable")));
        CHECK(text.contains(QStringLiteral("Secondsectiontext")));
    }
}
