// A report is written in its own language: the application keeps its own,
// on this thread once the report is built and on every other thread meanwhile.
#include "frenchui.h"
#include "languages.h"
#include "model/language.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <atomic>
#include <thread>

using namespace alliance;

namespace {

report::Options optionsIn(const QString &language)
{
    report::Options options;
    options.language = language;
    options.date = QDate(2026, 11, 30);
    return options;
}

/// Every string the report prints but the cover's (the project's own words).
QString allText(const report::Report &r)
{
    QStringList out {r.contentsTitle, r.footerDate, r.pageOf, r.cover.dateLine};
    for (const report::Section &s : r.sections) {
        out << s.title;
        for (const report::Block &b : s.blocks) {
            out << b.label << b.text << b.items << b.table.header;
            for (const QStringList &row : b.table.rows)
                out << row;
        }
    }
    return out.join(QLatin1Char('\n'));
}

/// What the application's own tr() gives now, on this thread.
QString appContents()
{
    return QCoreApplication::translate("Report", "Contents");
}

/// The lines of `text` where `pattern` is found, to say where a check failed.
QString linesWith(const QString &text, const QRegularExpression &pattern)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(pattern))
            out << line;
    return out.join(QLatin1Char('\n'));
}

// The example's contributions add up to 351,100 euros: a figure the report
// computes (the project's own words, in French, hold other amounts).
const QRegularExpression englishTotal(QStringLiteral("€351,100"));
const QRegularExpression frenchTotal(QStringLiteral("351[\\x{a0}\\x{202f} ]100[\\x{a0}\\x{202f} ]€"));

} // namespace

TEST_CASE("Report language: an English report from the French application, which stays French", "[report][language]")
{
    QTemporaryDir dir;
    auto doc = test::exampleDocument(dir.path());
    const test::FrenchUi french;
    REQUIRE(appContents() == QStringLiteral("Sommaire"));

    const report::Report r = report::buildReport(doc->project(), optionsIn(QStringLiteral("en")));
    CHECK(r.contentsTitle == QStringLiteral("Contents"));
    CHECK(r.pageOf == QStringLiteral("Page %1 of %2"));
    CHECK(r.footerDate == QStringLiteral("30 November 2026"));
    REQUIRE(r.sections.size() > 2);
    CHECK(r.sections.at(0).title == QStringLiteral("Synthesis"));
    CHECK(r.sections.at(1).title == QStringLiteral("1. Diagnose")); // the method's labels too
    const QString text = allText(r);
    CHECK(text.contains(QStringLiteral("Current step")));
    CHECK_FALSE(text.contains(QStringLiteral("Étape en cours")));
    CHECK(text.contains(englishTotal));
    INFO(linesWith(text, frenchTotal).toStdString());
    CHECK_FALSE(text.contains(frenchTotal));

    // The application still speaks and counts in French.
    CHECK(appContents() == QStringLiteral("Sommaire"));
    CHECK(languages::current() == QStringLiteral("fr"));
    CHECK(QLocale().toString(12345.5, 'f', 1) == QLocale(QLocale::French).toString(12345.5, 'f', 1));
    CHECK(writingLocale().language() == QLocale::French);
}

TEST_CASE("Report language: a French report from the English application, which stays English", "[report][language]")
{
    QTemporaryDir dir;
    auto doc = test::exampleDocument(dir.path());
    {
        const test::FrenchUi loadsTheFrenchCatalogue;
    } // the tests do not embed it; English again after
    REQUIRE(languages::current() == QStringLiteral("en"));
    REQUIRE(appContents() == QStringLiteral("Contents"));

    const report::Report r = report::buildReport(doc->project(), optionsIn(QStringLiteral("fr")));
    CHECK(r.contentsTitle == QStringLiteral("Sommaire"));
    CHECK(r.pageOf == QStringLiteral("Page %1 sur %2"));
    CHECK(r.footerDate == QStringLiteral("30 novembre 2026"));
    REQUIRE(r.sections.size() > 2);
    CHECK(r.sections.at(0).title == QStringLiteral("Synthèse"));
    CHECK(r.sections.at(1).title == QStringLiteral("1. Diagnostiquer"));
    const QString text = allText(r);
    CHECK(text.contains(QStringLiteral("Étape en cours")));
    CHECK(text.contains(frenchTotal));
    INFO(linesWith(text, englishTotal).toStdString());
    CHECK_FALSE(text.contains(englishTotal));

    CHECK(appContents() == QStringLiteral("Contents"));
    CHECK(QLocale().language() == QLocale::English);
}

TEST_CASE("Report language: while a report is written in English on one thread, the others stay French",
          "[report][language]")
{
    const test::FrenchUi french;
    std::atomic<int> step {0};
    QString inWorker;
    QLocale workerLocale;
    std::thread worker([&] {
        const WritingIn english(Language::load(QStringLiteral("en")));
        inWorker = appContents();
        workerLocale = writingLocale();
        step = 1;
        while (step != 2)
            std::this_thread::yield();
    });
    while (step != 1)
        std::this_thread::yield();
    // The worker writes English at this very moment; this thread is still French.
    CHECK(appContents() == QStringLiteral("Sommaire"));
    CHECK(writingLocale().language() == QLocale::French);
    step = 2;
    worker.join();
    CHECK(inWorker == QStringLiteral("Contents"));
    CHECK(workerLocale.language() == QLocale::English);
    CHECK(workerLocale.toString(12345.5, 'f', 1) == QStringLiteral("12,345.5"));
}
