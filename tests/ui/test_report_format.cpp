// The report as a clean document: no word of a table cut at a line's end,
// every figure in the report's language (French "8,5", "200 000", "100 %";
// English "8.5", "200,000", "100%"), money written once, every quantity and
// indicator value with its unit, and chart texts never cut short.
#include "charts/dashboardchart.h"
#include "example/examplegenerator.h"
#include "frenchui.h"
#include "model/figures.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "report/reportwriter.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <optional>

using namespace alliance;
using namespace alliance::test;

namespace {

report::Options optionsIn(const QString &language)
{
    report::Options options;
    options.language = language;
    options.date = QDate(2026, 11, 30);
    return options;
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/// No-break spaces read as spaces, as pdftotext gives them, and the fonts'
/// ligatures ("ﬁ") as their letters.
QString plainSpaces(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

/// The PDF's text in drawing order (pdftotext -raw): a right-aligned "5 %"
/// in a table cell keeps its space, which the column-guessing modes lose.
QString rawText(const QString &pdf, int first = 1, int last = 0)
{
    QStringList arguments {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                           QStringLiteral("-f"), QString::number(first)};
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return plainSpaces(QString::fromUtf8(p.readAllStandardOutput()));
}

/// The report of the example saved in `dir`, written by the application
/// (which embeds the translations) in `language`; `more` adds arguments.
QString reportPdf(Document &doc, const QTemporaryDir &dir, const QString &language, const QStringList &more = {})
{
    const QString file = dir.filePath(QStringLiteral("example.alliance"));
    if (!QFile::exists(file))
        REQUIRE(doc.saveAs(file));
    const QString pdf = dir.filePath(language + QString::number(more.size()) + QStringLiteral(".pdf"));
    QString err;
    REQUIRE(runApp(QStringList {QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                                language}
                       + more,
                   nullptr, &err)
            == 0);
    return pdf;
}

/// Where a word was cut by a line break inside a table: "Visio|n".
struct Cut
{
    QString text, before, after;
};

/// Lays out the body of `project`'s report as the PDF does (600 dpi, the
/// report's paper and margins) and lists every line break that falls
/// between two letters or digits inside a table cell.
QList<Cut> cutWords(const Project &project, const QString &language)
{
    std::optional<FrenchUi> french;
    if (language == QLatin1String("fr"))
        french.emplace();
    const report::Report r = report::buildReport(project, optionsIn(language));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    report::preparePage(writer, report::Paper::A4);
    const QRect paint = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    report::BodyDocument body = report::layoutBody(r, {}, &writer, QSizeF(paint.width(), paint.height() * 0.85));
    QList<Cut> cuts;
    for (QTextFrame *frame : body.document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row)
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
                    const QString text = b.text();
                    const QTextLayout *layout = b.layout();
                    for (int l = 1; layout && l < layout->lineCount(); ++l) {
                        const int at = layout->lineAt(l).textStart();
                        if (at > 0 && at < text.size() && text.at(at - 1).isLetterOrNumber()
                            && text.at(at).isLetterOrNumber())
                            cuts.append({text, text.left(at).section(QLatin1Char(' '), -1),
                                         text.mid(at).section(QLatin1Char(' '), 0, 0)});
                    }
                }
            }
    }
    return cuts;
}

void checkNoCutWord(const Project &project)
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QList<Cut> cuts = cutWords(project, language);
        for (const Cut &cut : cuts)
            FAIL_CHECK("“" << cut.before.toStdString() << "|" << cut.after.toStdString() << "” in “"
                           << cut.text.toStdString() << "”");
        CHECK(cuts.isEmpty());
    }
}

/// The text between the first `from` and the next `to` after it.
QString between(const QString &text, const QString &from, const QString &to)
{
    const int start = int(text.indexOf(from));
    REQUIRE(start >= 0);
    const int end = int(text.indexOf(to, start + from.size()));
    REQUIRE(end > start);
    return text.mid(start, end - start);
}

/// Every table header word of the report, as it builds in `language`.
QStringList headerWords(const Project &project, const QString &language)
{
    std::optional<FrenchUi> french;
    if (language == QLatin1String("fr"))
        french.emplace();
    const report::Report r = report::buildReport(project, optionsIn(language));
    QStringList words;
    for (const report::Section &s : r.sections)
        for (const report::Block &b : s.blocks)
            if (b.kind == report::Block::Kind::TableBlock)
                for (const QString &h : b.table.header)
                    for (const QString &word : plainSpaces(h).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        if (!words.contains(word))
                            words.append(word);
    return words;
}

} // namespace

TEST_CASE("report: no word of a table is cut at a line's end, in the example's French and English reports",
          "[report][format]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    checkNoCutWord(doc->project());
}

TEST_CASE("report: no word of a table is cut in a large project's report, many partners with long names",
          "[report][format]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Large"));
    example::LargeSize size;
    size.organisations = 6; // one column per partner in the reviews' ratings
    size.contacts = 12;
    size.actions = 12;
    size.indicators = 6;
    size.measurementsPerIndicator = 4;
    size.reviews = 2;
    size.criteria = 12;
    size.minimumJournal = 0;
    QString error;
    REQUIRE(example::fillLarge(*doc, &error, size));
    checkNoCutWord(doc->project());
}

TEST_CASE("report: a table too wide for its words at the body's size takes a smaller size, never cuts a word",
          "[report][format]")
{
    report::Report r;
    report::Section s;
    s.title = QStringLiteral("Section");
    report::Table t;
    // Seven columns of long words: 9 points cannot hold them side by side.
    for (int c = 0; c < 7; ++c)
        t.header << QStringLiteral("Établissement");
    t.rows << t.header;
    s.blocks << report::Block::tableOf(t);
    r.sections << s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    report::preparePage(writer, report::Paper::A4);
    const QRect paint = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    report::BodyDocument body = report::layoutBody(r, {}, &writer, QSizeF(paint.width(), paint.height()));
    QTextTable *table = nullptr;
    for (QTextFrame *frame : body.document->rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable *>(frame);
    REQUIRE(table);
    QTextCursor inCell = table->cellAt(1, 0).firstCursorPosition();
    inCell.movePosition(QTextCursor::NextCharacter);
    CHECK(inCell.charFormat().font().pointSizeF() < 9);
    for (int row = 0; row < 2; ++row)
        for (int c = 0; c < 7; ++c)
            CHECK(table->cellAt(row, c).firstCursorPosition().block().layout()->lineCount() == 1);
}

TEST_CASE("report: the French report writes every figure the French way, money once, quantities with their units",
          "[report][format]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const Project &project = doc->project();
    const QLocale fr = localeOf(QStringLiteral("fr"));
    const QString pdf = reportPdf(*doc, dir, QStringLiteral("fr"));
    const QString text = rawText(pdf);

    // "5 %", never "5%"; "8,5", never "8.5" nor "8,50"; "200 000", never "200000".
    auto expectNone = [&](const QString &pattern) {
        const auto match = QRegularExpression(pattern).match(text);
        INFO(pattern.toStdString() << " found: “"
                                   << text.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 80).toStdString()
                                   << "”");
        CHECK_FALSE(match.hasMatch());
    };
    expectNone(QStringLiteral("\\d%"));
    expectNone(QStringLiteral("\\d\\.\\d"));
    expectNone(QStringLiteral(",\\d0(?!\\d)"));
    expectNone(QStringLiteral("(?<![\\d/])\\d{5,}(?![\\d/])"));
    expectNone(QStringLiteral("€\\d"));
    CHECK(text.contains(QStringLiteral("100 %")));
    CHECK(text.contains(QStringLiteral("1er septembre 2025")));
    CHECK(text.contains(QStringLiteral("351 100 €")));
    // The indicators chart's target and an indicator's target in its trend chart.
    CHECK(text.contains(QStringLiteral("Cible : 100 %")));
    CHECK(text.contains(QStringLiteral("Cible : 30 %")));
    CHECK(text.contains(QStringLiteral("Cible : 8,5 note sur 10")));

    // The contributions table: a money contribution's amount once, every
    // other contribution's quantity with its unit in words.
    const QString contributions = between(text, QStringLiteral("Partenaire Nature Description Quantité Valeur"),
                                          QStringLiteral("Ce qu’il apporte"));
    QHash<QString, int> expectedTimes;
    int money = 0;
    for (const Contribution &c : project.contributions) {
        expectedTimes[plainSpaces(figures::euros(c.valueEuros, fr))] += 1;
        if (c.kind == QLatin1String("money")) {
            ++money;
            continue;
        }
        const QString unit = c.kind == QLatin1String("material") ? QStringLiteral("unités?") : QStringLiteral("jours?");
        const QString quantity = plainSpaces(figures::number(c.quantity, fr));
        INFO(c.description.toStdString());
        CHECK(QRegularExpression(QStringLiteral("(?<![\\d ])%1 %2\\b").arg(QRegularExpression::escape(quantity), unit))
                  .match(contributions)
                  .hasMatch());
    }
    REQUIRE(money >= 2);
    for (auto it = expectedTimes.cbegin(); it != expectedTimes.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(contributions.count(it.key()) == it.value());
    }

    // The partners' totals: a partner giving money alone has its amount once.
    const QString totals = between(text, QStringLiteral("Ce qu’il apporte"), QStringLiteral("Convention"));
    CHECK(totals.count(QStringLiteral("60 000 €")) == 1);
    CHECK(totals.contains(QStringLiteral("Argent : 15 000 €"))); // beside other kinds, the money's share

    // Every indicator value with the indicator's unit, in the indicators' table.
    const QString indicators
        = between(text, QStringLiteral("Réalisation globale"), QStringLiteral("Atteint : la part"));
    for (const Indicator &ind : project.indicators) {
        INFO(ind.name.toStdString());
        const QString target = plainSpaces(figures::withUnit(ind.target, figures::Unit::fromText(ind.unit), fr));
        CHECK(flattened(indicators).contains(target));
    }
    CHECK(flattened(indicators).contains(QStringLiteral("874 heures (31/10/2026)")));

    // Every table header word whole (a word cut in two would read as two).
    const QStringList tokens = flattened(text).split(QLatin1Char(' '));
    for (const QString &word : headerWords(project, QStringLiteral("fr"))) {
        INFO(word.toStdString());
        CHECK(tokens.contains(word));
    }
}

TEST_CASE("report: the English report writes every figure the English way", "[report][format]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    const Project &project = doc->project();
    const QString pdf = reportPdf(*doc, dir, QStringLiteral("en"));
    const QString text = rawText(pdf);
    // The example's own texts are French: check what the report writes.
    const QString contributions
        = between(text, QStringLiteral("Partner Kind Description Quantity Value"), QStringLiteral("What it brings"));
    const QString totals = between(text, QStringLiteral("What it brings"), QStringLiteral("Agreement"));
    const QString indicators
        = between(text, QStringLiteral("Overall achievement"), QStringLiteral("Achieved: the share"));
    for (const QString &part : {contributions, totals, indicators}) {
        CHECK_FALSE(QRegularExpression(QStringLiteral("\\d %")).match(part).hasMatch());
        CHECK_FALSE(QRegularExpression(QStringLiteral("\\d,\\d{1,2}(?!\\d)")).match(part).hasMatch());
        CHECK_FALSE(QRegularExpression(QStringLiteral("\\d ?€(?!\\d)")).match(part).hasMatch());
        CHECK_FALSE(QRegularExpression(QStringLiteral("€\\d{4,}")).match(part).hasMatch());
        CHECK_FALSE(QRegularExpression(QStringLiteral("(?<![\\d/])\\d{5,}(?![\\d/])")).match(part).hasMatch());
    }
    CHECK(contributions.count(QStringLiteral("€60,000")) == 1); // a money contribution: its value only
    CHECK(contributions.contains(QStringLiteral("180 days")));
    CHECK(contributions.contains(QStringLiteral("400 items")));
    CHECK(contributions.contains(QStringLiteral("3 items")));
    CHECK(totals.contains(QStringLiteral("€351,100 100%")));
    CHECK(totals.count(QStringLiteral("€60,000")) == 1);
    CHECK(flattened(indicators).contains(QStringLiteral("0 → 1,440 heures")));
    CHECK(flattened(indicators).contains(QStringLiteral("18% → 30%")));
    CHECK(flattened(indicators).contains(QStringLiteral("8.4 note sur 10")));
    CHECK(text.contains(QStringLiteral("Target: 100%")));
    CHECK(text.contains(QStringLiteral("Target: 8.5 note sur 10")));
    CHECK(text.contains(QStringLiteral("1 September 2025")));
    // Every review's figures are printed, whatever heading moved to a new page before them.
    CHECK(text.count(QStringLiteral("Angles:")) == project.reviews.size());
    const QStringList tokens = flattened(text).split(QLatin1Char(' '));
    for (const QString &word : headerWords(project, QStringLiteral("en"))) {
        INFO(word.toStdString());
        CHECK(tokens.contains(word));
    }
}

TEST_CASE("report: the dashboard's charts name the model whole and cut no title or legend", "[report][format]")
{
    QTemporaryDir dir;
    auto doc = exampleDocument(dir.path());
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString pdf = reportPdf(*doc, dir, language, {QStringLiteral("--sections"), QStringLiteral("dashboard")});
        const QString text = rawText(pdf, 3);
        const QString model
            = language == QLatin1String("fr") ? QStringLiteral("R&D sociétale") : QStringLiteral("Societal R&D");
        CHECK(flattened(text).contains(model));
        CHECK_FALSE(text.contains(QStringLiteral("…")));
        CHECK_FALSE(text.contains(QStringLiteral("...")));
        // Every partner's whole name in the legends.
        for (const Organisation &o : doc->project().organisations)
            CHECK(flattened(text).contains(o.name));
    }
}

TEST_CASE("report: a chart of many partners lists every name whole under it", "[report][format]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Many partners"));
    example::LargeSize size;
    size.organisations = 30; // more names than a third of a chart holds
    size.contacts = 4;
    size.actions = 4;
    size.indicators = 2;
    size.measurementsPerIndicator = 3;
    size.reviews = 1;
    size.criteria = 8;
    size.minimumJournal = 0;
    QString error;
    REQUIRE(example::fillLarge(*doc, &error, size));
    report::Options options = optionsIn(QStringLiteral("en"));
    options.sections = QStringList {QStringLiteral("dashboard")};
    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    INFO(error.toStdString());
    REQUIRE(report::writeReportPdf(doc->project(), options, pdf, &error) > 0);
    const QString text = flattened(rawText(pdf, 3));
    // Every legend entry of every chart, whole.
    int mostEntries = 0;
    for (const dashboard::ChartData &chart : dashboard::charts(doc->project(), options.date)) {
        if (chart.isEmpty())
            continue;
        // A trend prints as a small multiple: its indicator's name over it,
        // its lines said once in the paragraph above the group.
        const bool trend = chart.id.startsWith(QLatin1String("trend:"));
        for (const dashboard::Series &series : chart.series) {
            if (trend && series.colourKey == QLatin1String("expected"))
                continue;
            INFO(chart.id.toStdString() << ": " << series.name.toStdString());
            CHECK(text.contains(plainSpaces(series.name)));
        }
        mostEntries = std::max(mostEntries, int(chart.series.size()));
    }
    CHECK(mostEntries > charts::paintedLegendEntriesAtMost);
    CHECK_FALSE(text.contains(QStringLiteral("…")));
}
