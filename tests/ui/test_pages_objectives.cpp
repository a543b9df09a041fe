// Step 2 page: each partner's carré magique (weights kept summing to 100, one
// undo step per change), the radar overlaying the partners, the divergence
// warning and the common stake, driven through real widgets.
#include "charts/carreradarchart.h"
#include "document/document.h"
#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/ids.h"
#include "pages/objectivespage.h"
#include "widgets/carremagiqueeditor.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

using Four = std::array<int, 4>;

const QString weightTable = QStringLiteral("objective_weight");

QString objectiveId(int i)
{
    return method::objectives().at(i).id;
}

struct ObjectivesFixture : test::PageFixture<ObjectivesPage>
{
    ObjectivesFixture() : PageFixture(QStringLiteral("Objectives")) { }
    QUuid addOrganisation(const QString &name, const QString &role)
    {
        const QUuid id = QUuid::createUuid();
        const QString t = QStringLiteral("organisation");
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Add"))
                               .set(t, id, QStringLiteral("name"), name)
                               .set(t, id, QStringLiteral("profile"), QStringLiteral("association"))
                               .set(t, id, QStringLiteral("role"), role)));
        return id;
    }
    void weigh(const QUuid &organisation, Four weights)
    {
        ChangeSet c(QStringLiteral("Weigh"));
        for (int i = 0; i < 4; ++i) {
            const QUuid id = ids::objectiveWeight(organisation, objectiveId(i));
            c.set(weightTable, id, QStringLiteral("organisation_id"), organisation)
                .set(weightTable, id, QStringLiteral("objective_id"), objectiveId(i))
                .set(weightTable, id, QStringLiteral("weight"), weights[i]);
        }
        REQUIRE(doc->apply(c));
    }
    CarreMagiqueEditor *editor(const QUuid &organisation) const
    {
        auto *e = page->findChild<CarreMagiqueEditor *>(QStringLiteral("carreEditor_")
                                                        + organisation.toString(QUuid::WithoutBraces));
        REQUIRE(e);
        return e;
    }
    QSpinBox *spin(const QUuid &organisation, int objective) const
    {
        auto *s = editor(organisation)->findChild<QSpinBox *>(QStringLiteral("weightSpin_") + objectiveId(objective));
        REQUIRE(s);
        return s;
    }
    Four spins(const QUuid &organisation) const
    {
        Four out {};
        for (int i = 0; i < 4; ++i)
            out[i] = spin(organisation, i)->value();
        return out;
    }
    Four sliders(const QUuid &organisation) const
    {
        Four out {};
        for (int i = 0; i < 4; ++i)
            out[i]
                = editor(organisation)->findChild<QSlider *>(QStringLiteral("weightSlider_") + objectiveId(i))->value();
        return out;
    }
    /// The weights stored in project(), -1 where there is no live row.
    Four stored(const QUuid &organisation) const
    {
        Four out {-1, -1, -1, -1};
        for (const ObjectiveWeight &w : doc->project().objectiveWeights) {
            if (w.organisationId == organisation)
                out[method::objectiveIndex(w.objectiveId)] = w.weight;
        }
        return out;
    }
    QChart *radar() const
    {
        auto *view = page->findChild<QChartView *>(QStringLiteral("carreRadar"));
        REQUIRE(view);
        REQUIRE(view->chart());
        return view->chart();
    }
};

} // namespace

TEST_CASE("Objectives: one editor per partner expected to weight", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    const QUuid catalyst = f.addOrganisation(QStringLiteral("Catalyst"), QStringLiteral("catalyst"));
    f.open();
    CHECK(f.page->findChildren<CarreMagiqueEditor *>().size() == 1);
    CHECK(f.editor(lead));
    CHECK_FALSE(f.page->findChild<QLabel *>(QStringLiteral("noPartnerNote"))->isVisible());

    // A new partner gets its editor; the catalyst too once it has weights.
    const QUuid funder = f.addOrganisation(QStringLiteral("Funder"), QStringLiteral("funder"));
    f.weigh(catalyst, {10, 20, 30, 40});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.page->findChildren<CarreMagiqueEditor *>().size() == 3);
    CHECK(f.editor(funder));
    CHECK(f.spins(catalyst) == Four {10, 20, 30, 40});
}

TEST_CASE("Objectives: a partner without weights shows 25 each with a note", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();
    CHECK(f.spins(lead) == Four {25, 25, 25, 25});
    CHECK(f.sliders(lead) == Four {25, 25, 25, 25});
    auto *note = f.editor(lead)->findChild<QLabel *>(QStringLiteral("notWeightedNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK_FALSE(note->text().isEmpty());
    CHECK(f.stored(lead) == Four {-1, -1, -1, -1});
    CHECK(f.radar()->series().isEmpty());
}

TEST_CASE("Objectives: changing one weight keeps the sum at 100 in one undo step", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();

    // Typed in the spin box, committed with Enter.
    QSpinBox *processes = f.spin(lead, 0);
    processes->setFocus();
    processes->selectAll();
    QTest::keyClicks(processes, QStringLiteral("40"));
    QTest::keyClick(processes, Qt::Key_Enter);
    CHECK(f.stored(lead) == Four {40, 20, 20, 20});
    CHECK(f.spins(lead) == Four {40, 20, 20, 20});
    CHECK(f.sliders(lead) == Four {40, 20, 20, 20});
    // The note says nothing more, and keeps its place.
    CHECK(f.editor(lead)->findChild<QLabel *>(QStringLiteral("notWeightedNote"))->text().isEmpty());
    CHECK(f.doc->undoText() == QStringLiteral("Weight the objectives of Lead"));
    for (const ObjectiveWeight &w : f.doc->project().objectiveWeights)
        CHECK(w.id == ids::objectiveWeight(lead, w.objectiveId));

    // With the slider (keyboard or click: no drag): the 40 set before stays,
    // the two untouched ones make room.
    auto *slider = f.editor(lead)->findChild<QSlider *>(QStringLiteral("weightSlider_") + objectiveId(2));
    slider->setValue(50);
    CHECK(f.stored(lead) == Four {40, 5, 50, 5});
    CHECK(f.spins(lead) == Four {40, 5, 50, 5});

    // One undo restores all four, on screen and in the project.
    REQUIRE(f.doc->undo());
    CHECK(f.stored(lead) == Four {40, 20, 20, 20});
    CHECK(f.spins(lead) == Four {40, 20, 20, 20});
    CHECK(f.sliders(lead) == Four {40, 20, 20, 20});

    // Undoing the first weighting leaves the partner unweighted again.
    REQUIRE(f.doc->undo());
    CHECK(f.stored(lead) == Four {-1, -1, -1, -1});
    CHECK(f.spins(lead) == Four {25, 25, 25, 25});
    CHECK_FALSE(f.editor(lead)->findChild<QLabel *>(QStringLiteral("notWeightedNote"))->text().isEmpty());

    // Weighting again revives the undone items.
    f.spin(lead, 3)->setValue(70);
    CHECK(f.stored(lead) == Four {10, 10, 10, 70});
}

namespace {

void typeWeight(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Enter);
}

} // namespace

TEST_CASE("Objectives: a weight the user set stays when they set another", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();
    typeWeight(f.spin(lead, 0), QStringLiteral("50"));
    typeWeight(f.spin(lead, 1), QStringLiteral("10"));
    CHECK(f.stored(lead) == Four {50, 10, 21, 19});
    CHECK(f.spins(lead) == Four {50, 10, 21, 19});
    // The case the other way round: 10 first, then 50.
    REQUIRE(f.doc->undo());
    REQUIRE(f.doc->undo());
    typeWeight(f.spin(lead, 2), QStringLiteral("10"));
    typeWeight(f.spin(lead, 0), QStringLiteral("50"));
    CHECK(f.stored(lead) == Four {50, 20, 10, 20});
    // A third: the two set before both fit and stay.
    typeWeight(f.spin(lead, 3), QStringLiteral("30"));
    CHECK(f.stored(lead) == Four {50, 10, 10, 30});
    CHECK(f.editor(lead)->setOrder() == QList<int> {3, 0, 2});
    // An undo changes the weights behind the editor's back: the order is forgotten.
    REQUIRE(f.doc->undo());
    CHECK(f.editor(lead)->setOrder().isEmpty());
}

TEST_CASE("Objectives: nothing moves on the page when a partner weights for the first time", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    const QUuid partner = f.addOrganisation(QStringLiteral("Partner"), QStringLiteral("partner"));
    f.open();
    auto where = [&](const QUuid &organisation) {
        QList<QRect> out;
        for (int i = 0; i < 4; ++i) {
            QSpinBox *spin = f.spin(organisation, i);
            auto *slider
                = f.editor(organisation)->findChild<QSlider *>(QStringLiteral("weightSlider_") + objectiveId(i));
            out << QRect(spin->mapTo(f.page.get(), QPoint()), spin->size())
                << QRect(slider->mapTo(f.page.get(), QPoint()), slider->size());
        }
        return out;
    };
    QApplication::processEvents();
    const QList<QRect> before = where(partner);
    const QList<QRect> leadBefore = where(lead);
    typeWeight(f.spin(lead, 0), QStringLiteral("40"));
    QApplication::processEvents();
    CHECK(f.stored(lead) == Four {40, 20, 20, 20});
    CHECK(where(partner) == before);
    CHECK(where(lead) == leadBefore);
    // An out-of-range weight's message takes the note's place: nothing moves either.
    typeWeight(f.spin(lead, 1), QStringLiteral("300"));
    QApplication::processEvents();
    CHECK(where(partner) == before);
}

TEST_CASE("Objectives: a weight typed out of range is refused with the range and kept", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();
    typeWeight(f.spin(lead, 0), QStringLiteral("40"));
    const qint64 journal = f.doc->journalSize();
    QSpinBox *spin = f.spin(lead, 1);
    typeWeight(spin, QStringLiteral("150"));
    auto *note = f.editor(lead)->findChild<QLabel *>(QStringLiteral("notWeightedNote"));
    // The range comes from the schema's limit for objective_weight.weight.
    CHECK(note->text().contains(QStringLiteral("150")));
    CHECK(note->text().contains(QStringLiteral("from 0 to 100")));
    CHECK(spin->text().contains(QStringLiteral("150"))); // kept for correction
    CHECK(f.doc->journalSize() == journal);
    CHECK(f.stored(lead) == Four {40, 20, 20, 20});
    // Leaving the box does not put the old value back either.
    f.spin(lead, 2)->setFocus();
    CHECK(spin->text().contains(QStringLiteral("150")));
    CHECK(f.doc->journalSize() == journal);
    // Corrected, it is taken and the message goes.
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("15"));
    QTest::keyClick(spin, Qt::Key_Enter);
    CHECK(f.stored(lead) == Four {40, 15, 23, 22});
    CHECK(note->text().isEmpty());
}

TEST_CASE("Objectives: dragging a slider previews and commits once on release", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();
    auto *slider = f.editor(lead)->findChild<QSlider *>(QStringLiteral("weightSlider_") + objectiveId(1));
    const qint64 journal = f.doc->journalSize();
    slider->setSliderDown(true);
    slider->setValue(30);
    slider->setValue(55);
    CHECK(f.spin(lead, 1)->value() == 55);
    CHECK(f.doc->journalSize() == journal);
    slider->setSliderDown(false); // emits sliderReleased
    CHECK(f.stored(lead) == Four {15, 55, 15, 15});
}

TEST_CASE("Objectives: the radar has one closed line per weighted partner", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid a = f.addOrganisation(QStringLiteral("<b>x</b>"), QStringLiteral("lead"));
    const QUuid b = f.addOrganisation(QStringLiteral("Mairie"), QStringLiteral("partner"));
    f.addOrganisation(QStringLiteral("Pas encore"), QStringLiteral("partner"));
    f.open();
    f.weigh(b, {10, 20, 30, 40});
    f.spin(a, 0)->setValue(40);

    const QList<QAbstractSeries *> series = f.radar()->series();
    REQUIRE(series.size() == 2);
    auto *first = qobject_cast<QLineSeries *>(series.at(0));
    auto *second = qobject_cast<QLineSeries *>(series.at(1));
    REQUIRE(first);
    REQUIRE(second);
    // Legend labels are rich text in Qt Charts: the name is escaped to show literally.
    CHECK(first->name() == QStringLiteral("&lt;b&gt;x&lt;/b&gt;"));
    CHECK(second->name() == QStringLiteral("Mairie"));
    const QList<QPointF> points = first->points();
    REQUIRE(points.size() == 5);
    const Four expected {40, 20, 20, 20};
    for (int i = 0; i < 4; ++i) {
        CHECK(points.at(i).x() == Approx(i));
        CHECK(points.at(i).y() == Approx(expected[i]));
    }
    CHECK(points.at(4) == QPointF(4, 40)); // closes the polygon
    CHECK(second->points().at(3).y() == Approx(40));

    // The partner's name is shown as typed, never as markup.
    auto *title = f.editor(a)->findChild<QLabel *>(QStringLiteral("partnerTitle"));
    REQUIRE(title);
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text().startsWith(QStringLiteral("<b>x</b>")));
}

TEST_CASE("Objectives: the radar builder normalises stored weights", "[ui][objectives][chart]")
{
    evaluation::PartnerWeighting p;
    p.name = QStringLiteral("A & B");
    p.weights = {0.5, 0.25, 0.25, 0};
    std::unique_ptr<QChart> chart(makeCarreRadarChart(QList<evaluation::PartnerWeighting> {p}));
    REQUIRE(chart->series().size() == 1);
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    REQUIRE(line);
    CHECK(line->name() == QStringLiteral("A &amp; B"));
    CHECK(line->points().at(0).y() == Approx(50));
    CHECK(line->points().at(3).y() == Approx(0));
    CHECK(chart->axes().size() == 2);
    // The four spokes are labelled, the first objective at the top (value 4).
    auto *angular = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(angular);
    const QStringList labels = angular->categoriesLabels();
    REQUIRE(labels.size() == 4);
    CHECK(angular->endValue(labels.last()) == Approx(4));
    CHECK(QString(labels.last()).replace(QStringLiteral("<br>"), QStringLiteral(" "))
          == method::tr(method::objectives().at(0).name).toHtmlEscaped());
}

TEST_CASE("Objectives: each partner's reading is said, different readings are no warning", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid a = f.addOrganisation(QStringLiteral("Association"), QStringLiteral("lead"));
    const QUuid b = f.addOrganisation(QStringLiteral("Entreprise"), QStringLiteral("partner"));
    f.open();
    auto *readings = f.page->findChild<QLabel *>(QStringLiteral("partnerReadings"));
    REQUIRE(readings);
    CHECK(readings->textFormat() == Qt::PlainText);
    f.weigh(a, {10, 70, 10, 10});
    f.weigh(b, {10, 10, 10, 70});
    const QString text = readings->text();
    CHECK(
        text.contains(QStringLiteral("Association puts “%1” first").arg(method::tr(method::objectives().at(1).name))));
    CHECK(text.contains(QStringLiteral("Entreprise puts “%1” first").arg(method::tr(method::objectives().at(3).name))));
    CHECK_FALSE(text.contains(QStringLiteral("Warning")));
    CHECK_FALSE(text.contains(QStringLiteral("diverge")));
    CHECK(readings->styleSheet().isEmpty());
}

TEST_CASE("Objectives: the common stake and an objective's text are stored", "[ui][objectives]")
{
    ObjectivesFixture f;
    const QUuid lead = f.addOrganisation(QStringLiteral("Lead"), QStringLiteral("lead"));
    f.open();
    auto *stake = f.page->findChild<FieldTextEdit *>(QStringLiteral("commonStake"));
    REQUIRE(stake);
    stake->setFocus();
    QTest::keyClicks(stake, QStringLiteral("Digital inclusion"));
    auto *text = f.editor(lead)->findChild<FieldTextEdit *>(QStringLiteral("weightText_") + objectiveId(3));
    REQUIRE(text);
    text->setFocus(); // leaving the stake commits it
    CHECK(f.doc->project().partnership.commonStake == QStringLiteral("Digital inclusion"));

    QTest::keyClicks(text, QStringLiteral("Be known locally"));
    stake->setFocus();
    const QList<ObjectiveWeight> &weights = f.doc->project().objectiveWeights;
    REQUIRE(weights.size() == 1);
    CHECK(weights.first().organisationId == lead);
    CHECK(weights.first().objectiveId == objectiveId(3));
    CHECK(weights.first().text == QStringLiteral("Be known locally"));
    // A text alone is not a weighting.
    CHECK(f.spins(lead) == Four {25, 25, 25, 25});
}
