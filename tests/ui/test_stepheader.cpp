// A step page's header in French at 1280 x 800, the history panel open: a
// readable owner, whole dates, every button inside the page; a period that
// ends before it starts is pointed out where it is typed, and kept.
#include "charts/dashboardchart.h"
#include "document/document.h"
#include "languages.h"
#include "mainwindow.h"
#include "pages/cobuildpage.h"
#include "pages/steppage.h"
#include "projectview.h"
#include "widgets/dateedit.h"
#include "widgets/fieldeditors.h"
#include "widgets/historypanel.h"
#include "widgets/periodwarning.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "frenchui.h"
#include "settings/settings.h"

using namespace alliance;
using test::child;

namespace {

using French = test::FrenchUi;

StepPage *shownStepPage(QWidget *window)
{
    for (StepPage *page : window->findChildren<StepPage *>())
        if (page->isVisible())
            return page;
    return nullptr;
}

} // namespace

TEST_CASE("Step header at 1280 x 800 in French, history panel open: nothing is cut", "[ui][stepheader]")
{
    Settings().setHistoryVisible(false);
    French french;
    MainWindow window;
    window.setAsksForIdentity(false);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openExample());
    child<QAction>(&window, "actionHistory")->trigger();
    REQUIRE(child<HistoryPanel>(&window, "historyPanel")->isVisible());

    for (int step = 0; step < 7; ++step) {
        window.projectView()->showStep(step);
        QApplication::processEvents();
        StepPage *page = shownStepPage(&window);
        if (!page)
            continue; // not a step page (the dashboard)
        INFO("page " << page->objectName().toStdString());
        auto *owner = child<QComboBox>(page, "stepOwner");
        CHECK(owner->width() >= owner->fontMetrics().averageCharWidth() * 20);
        for (const char *name : {"stepStart", "stepEnd"}) {
            auto *date = child<DateLineEdit>(page, name);
            CHECK(date->width() >= DateLineEdit::widthFor(date->font()));
        }
        const QRect inside = page->rect();
        for (const char *name : {"helpToggle", "stepGuide", "stepMore", "acceptStepSuggestion"}) {
            auto *button = child<QAbstractButton>(page, name);
            if (!button->isVisible())
                continue;
            INFO("button " << name << " " << button->text().toStdString());
            const QRect at(button->mapTo(page, QPoint(0, 0)), button->size());
            CHECK(inside.contains(at));
            CHECK(at.right() < inside.right()); // a margin: the border is not on the page's edge
        }
    }
    window.closeDocumentWithoutSaving();
}

TEST_CASE("Dates ending before they start: a warning beside them, what was typed is kept", "[ui][period]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    auto doc
        = Document::createNew(QStringLiteral("Test"), {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    CoBuildPage page(doc.get());
    page.resize(1280, 800);
    page.show();
    auto *start = child<FieldDateEdit>(&page, "startDateEdit");
    auto *end = child<FieldDateEdit>(&page, "endDateEdit");
    auto *warning = child<PeriodWarning>(&page, "agreementPeriodWarning");
    CHECK_FALSE(warning->isVisible());

    start->setFocus();
    QTest::keyClicks(start, QStringLiteral("31/03/2026"));
    QTest::keyClick(start, Qt::Key_Return);
    end->setFocus();
    QTest::keyClicks(end, QStringLiteral("15/02/2026"));
    CHECK(warning->isVisible()); // while typing already
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(warning->isVisible());
    CHECK(warning->text() == QStringLiteral("The end date is before the start date."));
    CHECK(warning->textFormat() == Qt::PlainText);
    // Kept as typed: the start date may be the one being corrected.
    CHECK(doc->project().partnership.endDate == QDate(2026, 2, 15));
    CHECK(end->text() == QStringLiteral("15/02/2026"));

    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("01/01/2026"));
    QTest::keyClick(start, Qt::Key_Return);
    CHECK_FALSE(warning->isVisible());
    CHECK(doc->project().partnership.startDate == QDate(2026, 1, 1));

    // Undo brings the inverted period back, and the warning with it.
    REQUIRE(doc->undo());
    CHECK(warning->isVisible());
    QLocale::setDefault(before);
}

TEST_CASE("A step's dates ending before they start show the warning in the header", "[ui][period]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    auto doc
        = Document::createNew(QStringLiteral("Test"), {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    CoBuildPage page(doc.get());
    page.show();
    auto *header = child<QWidget>(&page, "stepFollowUp");
    auto *start = child<FieldDateEdit>(header, "stepStart");
    auto *end = child<FieldDateEdit>(header, "stepEnd");
    auto *warning = child<PeriodWarning>(header, "stepPeriodWarning");
    CHECK_FALSE(warning->isVisible());
    start->setFocus();
    QTest::keyClicks(start, QStringLiteral("2026-05-01")); // ISO dates are understood in every language
    QTest::keyClick(start, Qt::Key_Return);
    end->setFocus();
    QTest::keyClicks(end, QStringLiteral("2026-04-01"));
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(warning->isVisible());
    CHECK(warning->text() == QStringLiteral("The end date is before the start date."));
    CHECK(end->date() == QDate(2026, 4, 1));
}

TEST_CASE("A trend's time axis never repeats a label", "[ui][dashboard][dateaxis]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto at = [](int y, int m, int d) {
        return double(QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    };
    // About three months, the span where five ticks fell twice in a month;
    // also shorter and longer spans, and a single reading.
    const QList<QList<double>> spans {{at(2026, 10, 1), at(2026, 11, 10), at(2026, 12, 31)},
                                      {at(2026, 10, 1), at(2026, 12, 20)},
                                      {at(2026, 10, 1), at(2026, 11, 15)},
                                      {at(2026, 10, 1)},
                                      {at(2025, 1, 1), at(2026, 12, 31)}};
    for (const QList<double> &xs : spans) {
        dashboard::ChartData data;
        data.id = QStringLiteral("trend:test");
        data.title = QStringLiteral("Trend");
        data.shape = dashboard::ChartShape::Lines;
        dashboard::Series series;
        series.name = QStringLiteral("Readings");
        for (double x : xs)
            series.points << QPointF(x, 5);
        data.series << series;
        std::unique_ptr<QChart> chart(charts::buildChart(data));
        QDateTimeAxis *axis = nullptr;
        for (QAbstractAxis *a : chart->axes())
            if (auto *d = qobject_cast<QDateTimeAxis *>(a))
                axis = d;
        REQUIRE(axis);
        // The labels as Qt Charts writes them: evenly spaced ticks, both ends included.
        const qint64 first = axis->min().toMSecsSinceEpoch(), last = axis->max().toMSecsSinceEpoch();
        const int ticks = axis->tickCount();
        REQUIRE(ticks >= 2);
        QStringList labels;
        for (int i = 0; i < ticks; ++i)
            labels << QLocale().toString(QDateTime::fromMSecsSinceEpoch(first + (last - first) * i / (ticks - 1)),
                                         axis->format());
        INFO(labels.join(QStringLiteral(", ")).toStdString());
        CHECK(labels.removeDuplicates() == 0);
    }
    QLocale::setDefault(before);
}
