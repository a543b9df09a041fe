// The dashboard page: a card per chart of dashboard::charts(), whose Qt
// Charts series hold the same numbers, redrawn after an edit; exports to PNG,
// SVG and PDF (as vectors), and the window's way to the page.
#include "charts/chartcard.h"
#include "charts/dashboardchart.h"
#include "document/document.h"
#include "evaluation/dashboard.h"
#include "example/examplegenerator.h"
#include "mainwindow.h"
#include "model/clock.h"
#include "model/ids.h"
#include "pages/dashboardpage.h"
#include "projectview.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXmlStreamReader>
#include <cmath>
#include <optional>

using namespace alliance;
using dashboard::ChartData;

namespace {

/// The page's "today", fixed: the example's indicators have target dates.
const QDate dashboardToday(2026, 11, 23);

struct DashboardFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    std::unique_ptr<DashboardPage> page;
    std::optional<clock::Pin> pinned;

    explicit DashboardFixture(bool withExample = true)
    {
        DocumentOptions options;
        options.workingFolder = dir.filePath(QStringLiteral("working"));
        doc = Document::createNew(QStringLiteral("Dashboard"), {QStringLiteral("Tester"), {}, QUuid::createUuid()},
                                  options);
        REQUIRE(doc);
        if (withExample) {
            QString error;
            REQUIRE(example::fillExample(*doc, &error));
        }
        pinned.emplace(dashboardToday);
        page = std::make_unique<DashboardPage>(doc.get());
        page->resize(1280, 800);
        page->show();
        QCoreApplication::processEvents();
    }
    charts::ChartCard *card(const QString &slot) const
    {
        charts::ChartCard *c = page->findChild<charts::ChartCard *>(QStringLiteral("chartCard_") + slot);
        REQUIRE(c);
        return c;
    }
    QChart *chart(const QString &slot) const
    {
        auto *view = card(slot)->findChild<QChartView *>(QStringLiteral("chartView"));
        REQUIRE(view);
        REQUIRE(view->chart());
        return view->chart();
    }
};

/// The chart's bar values, per series, in the data's category order.
QList<QList<double>> barValues(QChart *chart, const ChartData &data)
{
    QList<QList<double>> out;
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            QList<double> values;
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            // Every bar chart lies on its side (names read whole on the
            // left) and lists the categories bottom up.
            Q_UNUSED(data);
            std::reverse(values.begin(), values.end());
            out << values;
        }
    }
    return out;
}

QList<QLineSeries *> lines(QChart *chart)
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            out << line;
    }
    return out;
}

/// Checks that `chart` draws `data`'s numbers.
void checkSeries(QChart *chart, const ChartData &data)
{
    INFO(data.id.toStdString());
    switch (data.shape) {
    case dashboard::ChartShape::Bars:
    case dashboard::ChartShape::StackedBars:
    case dashboard::ChartShape::HorizontalBars: {
        const QList<QList<double>> values = barValues(chart, data);
        REQUIRE(values.size() == data.series.size());
        for (int s = 0; s < data.series.size(); ++s) {
            REQUIRE(values.at(s).size() == data.categories.size());
            for (int i = 0; i < data.categories.size(); ++i) {
                const double expected = data.series.at(s).values.at(i);
                CHECK(values.at(s).at(i) == Approx(std::isfinite(expected) ? expected : 0.0));
            }
        }
        break;
    }
    case dashboard::ChartShape::Radar: {
        const QList<QLineSeries *> polar = lines(chart);
        REQUIRE(polar.size() == data.series.size());
        const int n = int(data.categories.size());
        for (int s = 0; s < data.series.size(); ++s) {
            REQUIRE(polar.at(s)->count() == n + 1);
            for (int i = 0; i <= n; ++i)
                CHECK(polar.at(s)->at(i).y() == Approx(data.series.at(s).values.at(i % n)));
        }
        break;
    }
    case dashboard::ChartShape::Lines: {
        const QList<QLineSeries *> drawn = lines(chart);
        // The data's series, then the target line.
        REQUIRE(drawn.size() == data.series.size() + (data.target ? 1 : 0));
        for (int s = 0; s < data.series.size(); ++s)
            CHECK(drawn.at(s)->points() == data.series.at(s).points);
        if (data.target)
            CHECK(drawn.last()->at(0).y() == Approx(*data.target));
        break;
    }
    }
}

} // namespace

TEST_CASE("Dashboard page: a card per chart, drawing the core's numbers", "[ui][dashboard]")
{
    DashboardFixture f;
    const QList<ChartData> all = dashboard::charts(f.doc->project(), dashboardToday);
    QList<ChartData> trends;
    for (const ChartData &data : all) {
        if (data.id.startsWith(QStringLiteral("trend:"))) {
            trends << data;
            continue;
        }
        charts::ChartCard *card = f.card(data.id);
        CHECK(card->data() == data);
        CHECK(card->findChild<QLabel *>(QStringLiteral("chartTitle"))->text() == data.title);
        CHECK(card->findChild<QLabel *>(QStringLiteral("chartTitle"))->textFormat() == Qt::PlainText);
        CHECK(card->findChild<QChartView *>(QStringLiteral("chartView"))->isVisible());
        CHECK_FALSE(card->findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
        checkSeries(f.chart(data.id), data);
    }

    // One trend card; the chooser lists every indicator and switches the chart.
    REQUIRE(trends.size() == f.doc->project().indicators.size());
    REQUIRE(trends.size() >= 2);
    auto *chooser = f.page->findChild<QComboBox *>(QStringLiteral("trendIndicator"));
    REQUIRE(chooser);
    CHECK(chooser->count() == trends.size());
    CHECK(f.card(QStringLiteral("trend"))->data() == trends.first());
    checkSeries(f.chart(QStringLiteral("trend")), trends.first());
    chooser->setCurrentIndex(2);
    Q_EMIT chooser->activated(2);
    CHECK(f.card(QStringLiteral("trend"))->data() == trends.at(2));
    checkSeries(f.chart(QStringLiteral("trend")), trends.at(2));
    CHECK(chooser->currentText() == f.doc->project().indicators.at(2).name);
}

TEST_CASE("Dashboard page: an edit redraws the charts it changes", "[ui][dashboard]")
{
    DashboardFixture f;
    auto *chooser = f.page->findChild<QComboBox *>(QStringLiteral("trendIndicator"));
    chooser->setCurrentIndex(1);
    Q_EMIT chooser->activated(1);
    const ChartData before = f.card(QStringLiteral("steps"))->data();
    QChart *contributionsChart = f.chart(QStringLiteral("contributions"));

    // Step 7 done: its bar moves to the "done" series at 100.
    const QUuid stepRow = ids::stepState(f.doc->partnershipId(), QStringLiteral("evaluate"));
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Done"))
            .set(QStringLiteral("step_state"), stepRow, QStringLiteral("step_id"), QStringLiteral("evaluate"))
            .set(QStringLiteral("step_state"), stepRow, QStringLiteral("status"), QStringLiteral("done"))));
    // Redrawn on the next event loop turn, not during the edit.
    CHECK(f.card(QStringLiteral("steps"))->data() == before);
    QCoreApplication::processEvents();
    const ChartData after = f.card(QStringLiteral("steps"))->data();
    CHECK(after != before);
    CHECK(after == *dashboard::chart(f.doc->project(), QStringLiteral("steps"), dashboardToday));
    CHECK(after.series.at(0).values.last() == 100);
    checkSeries(f.chart(QStringLiteral("steps")), after);
    // A chart whose data did not change is not rebuilt; the chosen indicator stays.
    CHECK(f.chart(QStringLiteral("contributions")) == contributionsChart);
    CHECK(chooser->currentIndex() == 1);

    // Undo: back as before.
    REQUIRE(f.doc->undo());
    QCoreApplication::processEvents();
    CHECK(f.card(QStringLiteral("steps"))->data() == before);
}

TEST_CASE("Dashboard page: an empty partnership says what to enter", "[ui][dashboard]")
{
    DashboardFixture f(false);
    for (charts::ChartCard *card : f.page->findChildren<charts::ChartCard *>()) {
        INFO(card->objectName().toStdString());
        auto *hint = card->findChild<QLabel *>(QStringLiteral("emptyHint"));
        CHECK(hint->isVisible());
        CHECK_FALSE(hint->text().isEmpty());
        CHECK(hint->textFormat() == Qt::PlainText);
        CHECK_FALSE(card->findChild<QChartView *>(QStringLiteral("chartView"))->isVisible());
        CHECK_FALSE(card->findChild<QPushButton *>(QStringLiteral("exportPngButton"))->isEnabled());
        CHECK_FALSE(card->findChild<QPushButton *>(QStringLiteral("exportSvgButton"))->isEnabled());
    }
    CHECK(f.page->findChildren<charts::ChartCard *>().size() == 10);
}

TEST_CASE("Dashboard charts: PNG and SVG exports write valid files", "[ui][dashboard]")
{
    DashboardFixture f;
    // An indicator named with markup: its trend's title quotes it.
    const QUuid hostile = QUuid::createUuid();
    const QString table = QStringLiteral("indicator");
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Add"))
            .set(table, hostile, QStringLiteral("name"), QStringLiteral("<b>x</b> & \"y\" <img src=/etc/passwd>"))
            .set(table, hostile, QStringLiteral("target"), 10.0)));
    const QUuid m = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Measure"))
                             .set(QStringLiteral("measurement"), m, QStringLiteral("indicator_id"), hostile)
                             .set(QStringLiteral("measurement"), m, QStringLiteral("date"), QDate(2026, 5, 1))
                             .set(QStringLiteral("measurement"), m, QStringLiteral("value"), 4.0)));
    QTemporaryDir out;
    for (const ChartData &data : dashboard::charts(f.doc->project(), dashboardToday)) {
        INFO(data.id.toStdString());
        const QString base = out.filePath(QString(data.id).replace(QLatin1Char(':'), QLatin1Char('_')));
        QString error;
        REQUIRE(charts::exportChartPng(data, base + QStringLiteral(".png"), QSize(800, 450), &error));
        const QImage image(base + QStringLiteral(".png"));
        CHECK(image.size() == QSize(800, 450));
        // A chart drawn on the white background, not a blank page.
        int inked = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        CHECK(inked > 200);
        REQUIRE(charts::exportChartSvg(data, base + QStringLiteral(".svg"), QSize(800, 450), &error));
        QFile svg(base + QStringLiteral(".svg"));
        REQUIRE(svg.open(QIODevice::ReadOnly));
        const QByteArray content = svg.readAll();
        QXmlStreamReader xml(content);
        int paths = 0;
        while (!xml.atEnd()) {
            // Qt writes lines and curves as path or polyline, bars as rect.
            if (xml.readNext() == QXmlStreamReader::StartElement
                && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")
                    || xml.name() == QLatin1String("rect")))
                ++paths;
        }
        CHECK_FALSE(xml.hasError());
        CHECK(paths > 0);
        CHECK_FALSE(content.contains("<image"));
        CHECK_FALSE(content.contains("<img"));
    }
    // A folder that does not exist: refused, with a reason.
    const ChartData steps = *dashboard::chart(f.doc->project(), QStringLiteral("steps"), dashboardToday);
    QString error;
    CHECK_FALSE(
        charts::exportChartSvg(steps, out.filePath(QStringLiteral("no/such/folder.svg")), QSize(800, 450), &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(
        charts::exportChartPng(steps, out.filePath(QStringLiteral("no/such/folder.png")), QSize(800, 450), &error));
    CHECK_FALSE(error.isEmpty());
    // The card's export writes the same.
    REQUIRE(f.card(QStringLiteral("maturity"))
                ->exportTo(out.filePath(QStringLiteral("card.png")), charts::ChartCard::Format::Png, &error));
    CHECK(QImage(out.filePath(QStringLiteral("card.png"))).size() == QSize(1600, 900));
}

TEST_CASE("Dashboard charts: painted into a PDF as vectors, no raster image", "[ui][dashboard]")
{
    DashboardFixture f;
    QTemporaryDir out;
    // DASHBOARD_PDF=path keeps the PDF, to look at it.
    const QString pdf = qEnvironmentVariableIsSet("DASHBOARD_PDF") ? qEnvironmentVariable("DASHBOARD_PDF")
                                                                   : out.filePath(QStringLiteral("charts.pdf"));
    const QList<ChartData> all = dashboard::charts(f.doc->project(), dashboardToday);
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(1200);
        QPainter painter(&writer);
        // 16 x 9 cm per chart, two a page.
        const double cm = writer.resolution() / 2.54;
        for (int i = 0; i < all.size(); ++i) {
            if (i > 0 && i % 2 == 0)
                writer.newPage();
            charts::paintChart(all.at(i), painter, QRectF(1 * cm, (1 + (i % 2) * 10) * cm, 16 * cm, 9 * cm));
        }
    }
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(60000));
    REQUIRE(images.exitCode() == 0);
    // The listing's two header lines, and no image below them.
    const QList<QByteArray> listing = images.readAllStandardOutput().trimmed().split('\n');
    CHECK(listing.size() == 2);

    // The titles and labels are text in the PDF.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (const ChartData &data : all) {
        INFO(data.title.toStdString());
        if (!data.id.startsWith(QStringLiteral("trend:")))
            CHECK(words.contains(data.title.left(12)));
    }
    CHECK(words.contains(f.doc->project().organisations.first().name.left(8)));
}

TEST_CASE("Dashboard: after step 7, from the navigator, the View menu and Ctrl+0", "[ui][dashboard]")
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openExample());
    ProjectView *view = window.projectView();
    REQUIRE(view);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionDashboard"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    CHECK(view->currentStep() == ProjectView::dashboardIndex);
    view->showStep(0);
    action->trigger();
    CHECK(view->currentStep() == ProjectView::dashboardIndex);
    CHECK(view->dashboard()->isVisible());
    CHECK(view->page(ProjectView::dashboardIndex) == nullptr);
    view->showStep(2);
    CHECK_FALSE(view->dashboard()->isVisible());
    auto *navigator = view->findChild<QListWidget *>(QStringLiteral("stepNavigator"));
    REQUIRE(navigator);
    CHECK(navigator->count() == 8);
    navigator->setCurrentRow(7);
    CHECK(view->dashboard()->isVisible());
    window.closeDocumentWithoutSaving();
}

TEST_CASE("Dashboard charts: titled axes, a legend, exact values in tooltips", "[ui][dashboard]")
{
    DashboardFixture f;
    for (const ChartData &data : dashboard::charts(f.doc->project(), dashboardToday)) {
        INFO(data.id.toStdString());
        std::unique_ptr<QChart> chart(charts::buildChart(data));
        CHECK(chart->title() == data.title.toHtmlEscaped());
        CHECK(chart->legend()->isVisible());
        int titled = 0;
        for (QAbstractAxis *axis : chart->axes()) {
            if (axis->isVisible() && !axis->titleText().isEmpty())
                ++titled;
        }
        // Radars name their spokes instead of titling axes.
        if (data.shape != dashboard::ChartShape::Radar)
            CHECK(titled == 2);
    }

    // Hovering a bar: series, category and the exact value, user text escaped.
    ChartData data;
    data.id = QStringLiteral("test");
    data.title = QStringLiteral("Test");
    data.categories = QStringList {QStringLiteral("<i>Org</i>"), QStringLiteral("Other")};
    data.series << dashboard::Series {QStringLiteral("<b>Series</b>"), {12.345, 20}, {}, {}, {}, {}};
    data.decimals = 1;
    data.unit = figures::Unit::euros();
    std::unique_ptr<QChart> bars(charts::buildChart(data));
    auto *barSeries = qobject_cast<QAbstractBarSeries *>(bars->series().first());
    REQUIRE(barSeries);
    // Names from partners are shown as typed, never read as markup.
    CHECK(barSeries->barSets().first()->label() == QStringLiteral("&lt;b&gt;Series&lt;/b&gt;"));
    // The names on the left, bottom up: the first category is the last label.
    auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Vertical).first());
    REQUIRE(categoryAxis);
    CHECK(categoryAxis->categories().last() == QStringLiteral("&lt;i&gt;Org&lt;/i&gt;"));
    QToolTip::hideText();
    Q_EMIT barSeries->barSets().first()->hovered(true, 1);
    CHECK(QToolTip::text().contains(dashboard::valueText(data, 12.345).toHtmlEscaped()));
    CHECK(dashboard::valueText(data, 12.345).contains(QLocale().toString(12.35, 'f', 2)));
    CHECK(QToolTip::text().contains(QStringLiteral("&lt;b&gt;Series&lt;/b&gt;")));
    CHECK(QToolTip::text().contains(QStringLiteral("&lt;i&gt;Org&lt;/i&gt;")));

    // An evaluation figure says how many partners answered, in its tooltip.
    const ChartData perReview = *dashboard::chart(f.doc->project(), QStringLiteral("angles_reviews"), dashboardToday);
    REQUIRE_FALSE(perReview.isEmpty());
    std::unique_ptr<QChart> reviewChart(charts::buildChart(perReview));
    auto *reviewBars = qobject_cast<QAbstractBarSeries *>(reviewChart->series().first());
    REQUIRE(reviewBars);
    const dashboard::Series &performance = perReview.series.first();
    REQUIRE_FALSE(performance.notes.value(0).isEmpty());
    QToolTip::hideText();
    Q_EMIT reviewBars->barSets().first()->hovered(true, int(perReview.categories.size()) - 1); // bottom up
    CHECK(QToolTip::text().contains(
        QStringLiteral("%1 (%2)")
            .arg(dashboard::valueText(perReview, performance.values.at(0)), performance.notes.at(0))
            .toHtmlEscaped()));
    CHECK(performance.notes.at(0).contains(QStringLiteral("answered")));
    CHECK(perReview.xTitle.contains(QStringLiteral("answered")));

    // Hovering near a point of a line: that point's date and value.
    ChartData trend = *dashboard::chart(f.doc->project(),
                                        QStringLiteral("trend:")
                                            + f.doc->project().indicators.first().id.toString(QUuid::WithoutBraces),
                                        dashboardToday);
    std::unique_ptr<QChart> lineChart(charts::buildChart(trend));
    auto *line = qobject_cast<QLineSeries *>(lineChart->series().first());
    REQUIRE(line);
    const QPointF third = trend.series.first().points.at(2);
    Q_EMIT line->hovered(third + QPointF(3600 * 1000, 0.1), true);
    CHECK(QToolTip::text().contains(dashboard::valueText(trend, third.y()).toHtmlEscaped()));
    CHECK(QToolTip::text().contains(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(third.x()), Qt::UTC).date(), QLocale::ShortFormat)));
}

TEST_CASE("Dashboard charts: each indicator with a target date has a mark at its expected progress",
          "[ui][dashboard][time]")
{
    DashboardFixture f;
    const ChartData data = *dashboard::chart(f.doc->project(), QStringLiteral("indicators"), dashboardToday);
    // Shown, so that the legend says which of its entries are visible.
    QChartView view(charts::buildChart(data)); // owns the chart
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QChart *chart = view.chart();
    // One short stroke per mark, across its bar, and the target line.
    QList<QLineSeries *> strokes;
    for (QLineSeries *line : lines(chart))
        if (line->count() == 2 && line->at(0).x() == line->at(1).x() && line->at(0).y() != line->at(1).y()
            && line->at(1).y() - line->at(0).y() < 1)
            strokes << line;
    const int n = int(data.categories.size());
    int marks = 0;
    for (int i = 0; i < n; ++i) {
        if (std::isnan(data.marks.value(i, std::nan(""))))
            continue;
        ++marks;
        // Bars are drawn bottom up: category i is at n - 1 - i.
        const bool drawn = std::any_of(strokes.cbegin(), strokes.cend(), [&](QLineSeries *s) {
            return std::abs(s->at(0).x() - data.marks.at(i)) < 1e-9 && s->at(0).y() < n - 1 - i
                && s->at(1).y() > n - 1 - i;
        });
        CHECK(drawn);
    }
    CHECK(marks == 5);
    CHECK(strokes.size() == marks);
    // One legend entry for them all.
    int shown = 0;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible() && marker->label() == data.marksName.toHtmlEscaped())
            ++shown;
    CHECK(shown == 1);
    // Hovering a bar says what was expected by when.
    int dated = -1;
    for (int i = 0; i < n && dated < 0; ++i)
        if (!std::isnan(data.marks.value(i, std::nan(""))))
            dated = i;
    REQUIRE(dated >= 0);
    QAbstractBarSeries *bars = nullptr;
    for (QAbstractSeries *series : chart->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(series))
            bars = b;
    REQUIRE(bars);
    QToolTip::hideText();
    for (QBarSet *set : bars->barSets())
        Q_EMIT set->hovered(true, n - 1 - dated);
    CHECK(QToolTip::text().contains(data.markNotes.at(dated).toHtmlEscaped()));
    CHECK(QToolTip::text().contains(dashboard::valueText(data, data.marks.at(dated)).toHtmlEscaped()));
}

TEST_CASE("Dashboard charts: two organisations of the same name keep a bar each", "[ui][dashboard]")
{
    ChartData data;
    data.id = QStringLiteral("test");
    data.title = QStringLiteral("Test");
    data.categories = QStringList {QStringLiteral("Same"), QStringLiteral("Same"), QString()};
    data.series << dashboard::Series {QStringLiteral("A"), {1, 2, std::nan("")}, {}, {}, {}, {}};
    std::unique_ptr<QChart> chart(charts::buildChart(data));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    REQUIRE(axis);
    CHECK(axis->count() == 3);
    checkSeries(chart.get(), data);
}
