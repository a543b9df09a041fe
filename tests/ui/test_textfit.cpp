// Nothing a user needs is cut, in French (the longer language), at 1280×800:
// chart legends and axis labels keep whole names, column headers keep whole
// words, the wizard's lists show their choice, and the history panel opens
// without widening the window.
#include "charts/chartcard.h"
#include "charts/chartlegend.h"
#include "dialogs/newpartnershipwizard.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/steppage.h"
#include "projectview.h"
#include "reportsupport.h"
#include "widgets/historypanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "frenchui.h"

using namespace alliance;

namespace {

/// French, really: a label of the method reads in French.
struct French
{
    test::FrenchUi ui;
    French()
    {
        REQUIRE(QCoreApplication::translate("Method", "Local authority")
                == QStringLiteral("Collectivité territoriale"));
    }
};

/// The French example open in a 1280×800 main window, in French.
struct FrenchWindow
{
    French french;
    QTemporaryDir dir;
    MainWindow window;
    FrenchWindow()
    {
        window.setDocument(test::exampleDocument(dir.path()));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        settle();
    }
    ~FrenchWindow() { window.closeDocumentWithoutSaving(); }
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }
};

/// Qt Charts draws its labels as text items and cuts a label that does not
/// fit with "...": the texts of `chart` that were cut.
QStringList cutTexts(QChart *chart)
{
    QStringList cut;
    if (!chart->scene())
        return cut;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->toPlainText().contains(QStringLiteral("...")))
            cut << text->toPlainText();
    }
    return cut;
}

/// The longest word of `text`, as wide as `header` draws it (bold, as for
/// a selected row), with the style's margins.
int longestWord(const QHeaderView *header, const QString &text)
{
    QFont font = header->font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
}

/// Every visible table header of `page` shows its texts whole: each column
/// at least as wide as its longest word, the header as tall as the text
/// wrapped in that width.
void checkHeaders(QWidget *page)
{
    for (QTableView *view : page->findChildren<QTableView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
            INFO(view->objectName().toStdString()
                 << " column \"" << text.toStdString() << "\" " << header->sectionSize(c) << " px");
            CHECK(header->sectionSize(c) >= longestWord(header, text));
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const QRect wrapped = header->fontMetrics().boundingRect(
                QRect(0, 0, header->sectionSize(c) - 2 * margin, 10000), Qt::TextWordWrap | Qt::AlignCenter, text);
            CHECK(header->height() >= wrapped.height());
            CHECK(header->textElideMode() == Qt::ElideNone);
        }
    }
}

/// Every chart card of the dashboard names its series whole, under the
/// chart, and Qt Charts cut none of its labels.
void checkDashboard(MainWindow &window)
{
    window.projectView()->showDashboard();
    DashboardPage *page = window.projectView()->dashboard();
    REQUIRE(page->isVisible());
    FrenchWindow::settle();
    int legends = 0;
    for (charts::ChartCard *card : page->findChildren<charts::ChartCard *>()) {
        INFO(card->objectName().toStdString());
        const dashboard::ChartData &data = card->data();
        if (data.isEmpty())
            continue;
        // The chart's own legend (which cuts names) is hidden; the card's
        // lists every series by its whole name, wrapped.
        QChart *chart = card->chartView()->chart();
        REQUIRE(chart);
        CHECK_FALSE(chart->legend()->isVisible());
        auto *legend = card->findChild<charts::ChartLegend *>(QStringLiteral("chartLegend"));
        REQUIRE(legend);
        CHECK(legend->isVisible());
        const QList<QLabel *> labels = legend->findChildren<QLabel *>(QStringLiteral("legendEntry"));
        REQUIRE(labels.size() >= data.series.size());
        for (int s = 0; s < data.series.size(); ++s) {
            QLabel *label = labels.at(s);
            INFO(label->text().toStdString());
            CHECK(label->text() == data.series.at(s).name);
            CHECK(label->textFormat() == Qt::PlainText);
            CHECK(label->wordWrap());
            // Tall enough for the lines the name wraps onto in its width.
            CHECK(label->height() >= label->heightForWidth(label->width()));
            ++legends;
        }
        // No axis label nor spoke name cut by Qt Charts.
        INFO(cutTexts(chart).join(QStringLiteral(" | ")).toStdString());
        CHECK(cutTexts(chart).isEmpty());
    }
    CHECK(legends > 10);
}

} // namespace

TEST_CASE("In French at 1280×800, the dashboard's legends and axis labels keep whole names", "[ui][textfit]")
{
    FrenchWindow f;
    auto *toggle = f.window.findChild<QAction *>(QStringLiteral("actionHistory"));
    REQUIRE(toggle);
    SECTION("the history panel closed: two cards a row")
    {
        if (toggle->isChecked())
            toggle->trigger();
        checkDashboard(f.window);
        CHECK(f.window.projectView()->dashboard()->columns() == 2);
    }
    SECTION("the history panel open: the cards keep their room, one a row")
    {
        if (!toggle->isChecked())
            toggle->trigger();
        checkDashboard(f.window);
        CHECK(f.window.projectView()->dashboard()->columns() == 1);
        toggle->trigger();
    }
}

TEST_CASE("In French at 1280×800, every step's table headers show whole words", "[ui][textfit]")
{
    FrenchWindow f;
    for (int step = 0; step < 7; ++step) {
        INFO("step " << step + 1);
        f.window.projectView()->showStep(step);
        FrenchWindow::settle();
        checkHeaders(f.window.projectView()->page(step));
    }
}

TEST_CASE("In French at 1280×800, step 2's radar names every partner whole and its description boxes show their "
          "hint",
          "[ui][textfit]")
{
    FrenchWindow f;
    f.window.projectView()->showStep(1);
    FrenchWindow::settle();
    StepPage *page = f.window.projectView()->page(1);
    auto *radar = page->findChild<QChartView *>(QStringLiteral("carreRadar"));
    REQUIRE(radar);
    CHECK_FALSE(radar->chart()->legend()->isVisible());
    auto *legend = page->findChild<charts::ChartLegend *>(QStringLiteral("chartLegend"));
    REQUIRE(legend);
    const QList<QLabel *> labels = legend->findChildren<QLabel *>(QStringLiteral("legendEntry"));
    REQUIRE(labels.size() >= 4);
    for (QLabel *label : labels) {
        INFO(label->text().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
    CHECK(cutTexts(radar->chart()).isEmpty());
    // The boxes saying what an objective means for a partner: the hint reads
    // whole on its line.
    int boxes = 0;
    for (QPlainTextEdit *box : page->findChildren<QPlainTextEdit *>()) {
        if (!box->objectName().startsWith(QStringLiteral("weightText_")) || !box->isVisible())
            continue;
        ++boxes;
        INFO(box->placeholderText().toStdString());
        CHECK(box->fontMetrics().horizontalAdvance(box->placeholderText()) < box->viewport()->width());
        CHECK(box->height() >= 2 * box->fontMetrics().lineSpacing());
    }
    CHECK(boxes >= 16);
}

TEST_CASE("Opening the history panel does not widen the window, and the page stays usable", "[ui][textfit][history]")
{
    FrenchWindow f;
    for (int step : {0, 3, 5, 6}) {
        INFO("step " << step + 1);
        f.window.projectView()->showStep(step);
        auto *toggle = f.window.findChild<QAction *>(QStringLiteral("actionHistory"));
        REQUIRE(toggle);
        if (toggle->isChecked())
            toggle->trigger();
        FrenchWindow::settle();
        const int width = f.window.width();
        CHECK(width == 1280);
        toggle->trigger();
        FrenchWindow::settle();
        auto *panel = f.window.findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
        REQUIRE(panel);
        CHECK(panel->isVisible());
        CHECK(f.window.width() == width);
        CHECK(f.window.minimumSizeHint().width() <= 1280);
        // The page keeps most of the width, the panel a readable column.
        CHECK(f.window.projectView()->width() >= 760);
        CHECK(panel->width() >= 240);
        toggle->trigger();
        FrenchWindow::settle();
    }
}

TEST_CASE("The wizard's partner table shows the whole profile and role chosen", "[ui][textfit][wizard]")
{
    French french;
    NewPartnershipWizard wizard;
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("wizardPartners"));
    REQUIRE(table);
    auto *add = wizard.findChild<QWidget *>(QStringLiteral("wizardAddPartner"));
    REQUIRE(add);
    QMetaObject::invokeMethod(add, "click");
    REQUIRE(table->rowCount() == 1);
    auto *profile = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    REQUIRE(profile);
    const int territorial = profile->findText(QStringLiteral("Collectivité territoriale"));
    REQUIRE(territorial >= 0);
    profile->setCurrentIndex(territorial);
    for (int column : {1, 2}) {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(0, column));
        REQUIRE(combo);
        int widest = 0;
        for (int i = 0; i < combo->count(); ++i)
            widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
        INFO("column " << column);
        // The text, the arrow and the frame.
        CHECK(table->horizontalHeader()->sectionSize(column) >= widest + 20);
    }
}
