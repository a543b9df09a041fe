// The typed edits of core/edits: each rule the user meets in a widget (no
// self-link, no duplicate link, an item with a derived id brought back under
// the same id) holds in core, so a verb or another page gets it too; and two
// copies that bring back the same item agree on one item after a merge.
#include "document/document.h"
#include "edits/actormapedits.h"
#include "edits/catalystedits.h"
#include "edits/fieldedit.h"
#include "edits/logoedits.h"
#include "edits/maturityedits.h"
#include "edits/measurementedits.h"
#include "edits/meetingedits.h"
#include "edits/revive.h"
#include "method/method.h"
#include "model/ids.h"
#include "sync/merge.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace alliance;

namespace {

Author newAuthor(const QString &name)
{
    return {name, {}, QUuid::createUuid()};
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    QUuid a = QUuid::createUuid(), b = QUuid::createUuid();

    DocumentOptions options() const
    {
        DocumentOptions o;
        o.workingFolder = dir.path();
        return o;
    }

    Fixture()
    {
        doc = Document::createNew(QStringLiteral("P"), newAuthor(QStringLiteral("T")), options());
        REQUIRE(doc);
        ChangeSet setup(QStringLiteral("Setup"));
        setup.set(QStringLiteral("organisation"), a, QStringLiteral("name"), QStringLiteral("Passerelles"))
            .set(QStringLiteral("organisation"), b, QStringLiteral("name"), QStringLiteral("Cap Réseau"));
        REQUIRE(doc->apply(setup));
    }

    bool apply(const ChangeSet &changes)
    {
        QString error;
        const bool ok = doc->apply(changes, &error);
        INFO(error.toStdString());
        return ok;
    }
};

const QString catalystFunction()
{
    return method::catalystFunctions().first().id;
}

QList<QUuid> assignmentsOf(const Project &project, const QUuid &organisation, const QString &function)
{
    QList<QUuid> ids;
    for (const auto &x : project.catalystAssignments)
        if (x.organisationId == organisation && x.functionId == function)
            ids << x.id;
    return ids;
}

} // namespace

TEST_CASE("A link between two organisations is one undo step", "[edits]")
{
    Fixture f;
    const ChangeSet link = actormapedits::addLink(f.doc->project(), f.a, f.b, QStringLiteral("Link"));
    REQUIRE(f.apply(link));
    REQUIRE(f.doc->project().actorLinks.size() == 1);
    CHECK(f.doc->project().actorLinks.first().fromId == f.a);
    CHECK(f.doc->project().actorLinks.first().toId == f.b);
    CHECK(f.doc->undoText() == QStringLiteral("Link"));
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().actorLinks.isEmpty());
}

TEST_CASE("A self-link, a second link between the same pair and a link to nobody are refused with a reason", "[edits]")
{
    Fixture f;
    QString why;
    CHECK(actormapedits::addLink(f.doc->project(), f.a, f.a, QStringLiteral("Self"), &why).changes.isEmpty());
    CHECK(why.contains(QStringLiteral("itself")));

    REQUIRE(f.apply(actormapedits::addLink(f.doc->project(), f.a, f.b, QStringLiteral("Link"))));
    why.clear();
    // Either direction: a link has no way round on the map.
    CHECK(actormapedits::addLink(f.doc->project(), f.b, f.a, QStringLiteral("Again"), &why).changes.isEmpty());
    CHECK(why.contains(QStringLiteral("already linked")));
    why.clear();
    CHECK(actormapedits::addLink(f.doc->project(), f.a, f.b, QStringLiteral("Again"), &why).changes.isEmpty());
    CHECK_FALSE(why.isEmpty());

    why.clear();
    CHECK(actormapedits::addLink(f.doc->project(), f.a, QUuid::createUuid(), QStringLiteral("Nobody"), &why)
              .changes.isEmpty());
    CHECK_FALSE(why.isEmpty());
    CHECK(f.doc->project().actorLinks.size() == 1);
}

TEST_CASE("Removing links leaves unknown ids alone, and a link's words change only when they differ", "[edits]")
{
    Fixture f;
    REQUIRE(f.apply(actormapedits::addLink(f.doc->project(), f.a, f.b, QStringLiteral("Link"))));
    const QUuid link = f.doc->project().actorLinks.first().id;
    const QUuid stranger = QUuid::createUuid();

    CHECK(actormapedits::setLinkText(f.doc->project(), link, QString(), QStringLiteral("Same")).changes.isEmpty());
    CHECK(actormapedits::setLinkText(f.doc->project(), stranger, QStringLiteral("x"), QStringLiteral("No"))
              .changes.isEmpty());
    REQUIRE(
        f.apply(actormapedits::setLinkText(f.doc->project(), link, QStringLiteral("finance"), QStringLiteral("W"))));
    CHECK(f.doc->project().actorLinks.first().label == QStringLiteral("finance"));

    const ChangeSet removal = actormapedits::removeLinks(f.doc->project(), {stranger, link}, QStringLiteral("Remove"));
    REQUIRE(removal.changes.size() == 1); // no tombstone for an id that never existed
    REQUIRE(f.apply(removal));
    CHECK(f.doc->project().actorLinks.isEmpty());
    CHECK_FALSE(f.doc->value(QStringLiteral("actor_link"), stranger, edits::deletedField).isValid());
}

TEST_CASE("A map position comes back under its derived id after a reset, at whole units", "[edits]")
{
    Fixture f;
    REQUIRE(f.apply(actormapedits::place(*f.doc, {{f.a, QPointF(10.4, -3.6)}, {QUuid::createUuid(), QPointF()}},
                                         QStringLiteral("Move"))));
    REQUIRE(f.doc->project().mapPositions.size() == 1);
    CHECK(f.doc->project().mapPositions.first().id == ids::mapPosition(f.a));
    CHECK(f.doc->project().mapPositions.first().x == 10.0);
    CHECK(f.doc->project().mapPositions.first().y == -4.0);

    REQUIRE(f.apply(actormapedits::resetLayout(f.doc->project(), QStringLiteral("Reset"))));
    CHECK(f.doc->project().mapPositions.isEmpty());
    REQUIRE(f.apply(actormapedits::place(*f.doc, {{f.a, QPointF(1, 2)}}, QStringLiteral("Move again"))));
    REQUIRE(f.doc->project().mapPositions.size() == 1);
    CHECK(f.doc->project().mapPositions.first().id == ids::mapPosition(f.a));
    CHECK(f.doc->project().mapPositions.first().organisationId == f.a);
    // One step back: the reset layout, not the first move.
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().mapPositions.isEmpty());
}

TEST_CASE("A catalyst function unassigned and assigned again is the same item, live", "[edits]")
{
    Fixture f;
    const QString function = catalystFunction();
    const QUuid derived = ids::catalystAssignment(f.a, function);
    REQUIRE(f.apply(catalystedits::setAssigned(*f.doc, f.a, function, true, QStringLiteral("Assign"))));
    CHECK(assignmentsOf(f.doc->project(), f.a, function) == QList<QUuid> {derived});
    CHECK(catalystedits::setAssigned(*f.doc, f.a, function, true, QStringLiteral("Again")).changes.isEmpty());

    REQUIRE(f.apply(catalystedits::setAssigned(*f.doc, f.a, function, false, QStringLiteral("Unassign"))));
    CHECK(assignmentsOf(f.doc->project(), f.a, function).isEmpty());
    CHECK(catalystedits::setAssigned(*f.doc, f.a, function, false, QStringLiteral("Again")).changes.isEmpty());

    REQUIRE(f.apply(catalystedits::setAssigned(*f.doc, f.a, function, true, QStringLiteral("Assign again"))));
    CHECK(assignmentsOf(f.doc->project(), f.a, function) == QList<QUuid> {derived});

    CHECK(catalystedits::setAssigned(*f.doc, f.a, QStringLiteral("no_such_function"), true, QStringLiteral("X"))
              .changes.isEmpty());
    CHECK(
        catalystedits::setAssigned(*f.doc, QUuid::createUuid(), function, true, QStringLiteral("X")).changes.isEmpty());
}

TEST_CASE("A maturity answer cleared and scored again comes back under its derived id", "[edits]")
{
    Fixture f;
    const QString question = method::maturityQuestions().first().id;
    const QUuid derived = ids::maturityAnswer(f.a, question);
    REQUIRE(f.apply(maturityedits::score(*f.doc, f.a, question, 2, QStringLiteral("Score"))));
    CHECK(maturityedits::score(*f.doc, f.a, question, 2, QStringLiteral("Same")).changes.isEmpty());
    REQUIRE(f.apply(maturityedits::score(*f.doc, f.a, question, std::nullopt, QStringLiteral("Clear"))));
    CHECK(f.doc->project().maturityAnswers.isEmpty());
    CHECK(maturityedits::score(*f.doc, f.a, question, std::nullopt, QStringLiteral("Clear")).changes.isEmpty());

    REQUIRE(f.apply(maturityedits::score(*f.doc, f.a, question, 3, QStringLiteral("Score again"))));
    REQUIRE(f.doc->project().maturityAnswers.size() == 1);
    const MaturityAnswer &answer = f.doc->project().maturityAnswers.first();
    CHECK(answer.id == derived);
    CHECK(answer.organisationId == f.a);
    CHECK(answer.questionId == question);
    CHECK(answer.score == 3);

    CHECK(maturityedits::score(*f.doc, f.a, QStringLiteral("no_such_question"), 1, QStringLiteral("X"))
              .changes.isEmpty());
    // Out of range: the document refuses it with its reason, nothing changes.
    QString error;
    CHECK_FALSE(f.doc->apply(maturityedits::score(*f.doc, f.a, question, 99, QStringLiteral("X")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(f.doc->project().maturityAnswers.first().score == 3);
}

TEST_CASE("reviveOrCreate writes what an item is only when it is missing or removed", "[edits]")
{
    Fixture f;
    const QString table = QStringLiteral("map_position");
    const QUuid id = ids::mapPosition(f.a);
    const QVariantMap fields {{QStringLiteral("organisation_id"), f.a}};

    ChangeSet create(QStringLiteral("Create"));
    edits::reviveOrCreate(create, *f.doc, table, id, fields);
    CHECK(create.changes.size() == 2); // "deleted" = 0 and the organisation
    REQUIRE(f.apply(create));
    CHECK(edits::isLive(*f.doc, table, id));

    ChangeSet live(QStringLiteral("Live"));
    edits::reviveOrCreate(live, *f.doc, table, id, fields);
    CHECK(live.changes.isEmpty());

    REQUIRE(f.apply(ChangeSet(QStringLiteral("Remove")).remove(table, id)));
    CHECK_FALSE(edits::isLive(*f.doc, table, id));
    CHECK_FALSE(edits::liveValue(*f.doc, table, id, QStringLiteral("organisation_id")).isValid());
    ChangeSet revive(QStringLiteral("Revive"));
    edits::reviveOrCreate(revive, *f.doc, table, id, fields);
    REQUIRE(f.apply(revive));
    CHECK(edits::isLive(*f.doc, table, id));
}

TEST_CASE("A field editor's edit brings its derived-id item back, and a removed item shows empty", "[edits]")
{
    Fixture f;
    const QString question = method::maturityQuestions().first().id;
    const fieldedit::Target comment {QStringLiteral("maturity_answer"),
                                     ids::maturityAnswer(f.a, question),
                                     QStringLiteral("comment"),
                                     {{QStringLiteral("organisation_id"), f.a},
                                      {QStringLiteral("question_id"), question},
                                      {QStringLiteral("score"), 0}}};
    REQUIRE(f.apply(fieldedit::set(*f.doc, comment, QStringLiteral("solide"), QStringLiteral("Comment"))));
    CHECK(fieldedit::shown(*f.doc, comment) == QStringLiteral("solide"));
    REQUIRE(f.apply(ChangeSet(QStringLiteral("Remove")).remove(comment.table, comment.id)));
    CHECK(fieldedit::shown(*f.doc, comment).toString().isEmpty());

    REQUIRE(f.apply(fieldedit::set(*f.doc, comment, QStringLiteral("fragile"), QStringLiteral("Comment"))));
    REQUIRE(f.doc->project().maturityAnswers.size() == 1);
    CHECK(f.doc->project().maturityAnswers.first().comment == QStringLiteral("fragile"));
    CHECK(f.doc->project().maturityAnswers.first().organisationId == f.a);

    // Clearing is setting an empty value; a target with no item changes nothing.
    REQUIRE(f.apply(fieldedit::set(*f.doc, comment, QString(), QStringLiteral("Clear"))));
    CHECK(f.doc->project().maturityAnswers.first().comment.isEmpty());
    CHECK(fieldedit::set(*f.doc, {comment.table, QUuid(), comment.field}, QStringLiteral("x"), QStringLiteral("X"))
              .changes.isEmpty());
}

TEST_CASE("Two copies that bring back the same removed item agree on one live item after a merge", "[edits]")
{
    Fixture f;
    const QString function = catalystFunction();
    const QString question = method::maturityQuestions().first().id;
    REQUIRE(f.apply(catalystedits::setAssigned(*f.doc, f.a, function, true, QStringLiteral("Assign"))));
    REQUIRE(f.apply(catalystedits::setAssigned(*f.doc, f.a, function, false, QStringLiteral("Unassign"))));
    REQUIRE(f.apply(maturityedits::score(*f.doc, f.b, question, 1, QStringLiteral("Score"))));
    REQUIRE(f.apply(maturityedits::score(*f.doc, f.b, question, std::nullopt, QStringLiteral("Clear"))));
    const QString base = f.dir.filePath(QStringLiteral("base.alliance"));
    QString error;
    REQUIRE(f.doc->saveAs(base, &error));

    QStringList copies;
    for (int i = 0; i < 2; ++i) {
        CheckResult opened;
        auto copy = Document::open(base, newAuthor(QStringLiteral("Partner %1").arg(i)), f.options(), &opened);
        REQUIRE(copy);
        REQUIRE(copy->apply(catalystedits::setAssigned(*copy, f.a, function, true, QStringLiteral("Assign"))));
        REQUIRE(copy->apply(maturityedits::score(*copy, f.b, question, 2 + i, QStringLiteral("Score"))));
        copies << f.dir.filePath(QStringLiteral("copy%1.alliance").arg(i));
        REQUIRE(copy->saveAs(copies.last(), &error));
    }

    CheckResult opened;
    auto merged = Document::open(copies.at(0), newAuthor(QStringLiteral("Merger")), f.options(), &opened);
    REQUIRE(merged);
    CheckResult refusal;
    const auto plan = sync::planMerge(*merged, copies.at(1), &refusal);
    REQUIRE(plan);
    REQUIRE(merged->applyMerge(*plan, {}, &error));
    const Project &project = merged->project();
    CHECK(assignmentsOf(project, f.a, function) == QList<QUuid> {ids::catalystAssignment(f.a, function)});
    REQUIRE(project.maturityAnswers.size() == 1); // one answer, the scores conflict on one field
    CHECK(project.maturityAnswers.first().id == ids::maturityAnswer(f.b, question));
}

TEST_CASE("A measurement is recorded only for an indicator of the project", "[edits]")
{
    Fixture f;
    const QUuid indicator = QUuid::createUuid();
    REQUIRE(
        f.apply(ChangeSet(QStringLiteral("Indicator"))
                    .set(QStringLiteral("indicator"), indicator, QStringLiteral("name"), QStringLiteral("Jeunes"))));
    QString why;
    const measurementedits::Measurement figure {indicator, QDate(2026, 5, 4), 12.5, QStringLiteral("registre")};
    REQUIRE(f.apply(measurementedits::add(f.doc->project(), figure, QStringLiteral("Add"), &why)));
    CHECK(why.isEmpty());
    REQUIRE(f.doc->project().measurements.size() == 1);
    CHECK(f.doc->project().measurements.first().value == 12.5);
    CHECK(f.doc->project().measurements.first().date == QDate(2026, 5, 4));
    // The same figure again is a second fact, not a duplicate to refuse.
    REQUIRE(f.apply(measurementedits::add(f.doc->project(), figure, QStringLiteral("Add"), &why)));
    CHECK(f.doc->project().measurements.size() == 2);

    measurementedits::Measurement stray = figure;
    stray.indicator = QUuid::createUuid();
    CHECK(measurementedits::add(f.doc->project(), stray, QStringLiteral("Add"), &why).changes.isEmpty());
    CHECK_FALSE(why.isEmpty());
}

TEST_CASE("A logo lives on its organisation's derived id and comes back after a removal", "[edits]")
{
    Fixture f;
    const QUuid logo = ids::organisationLogo(f.a);
    REQUIRE(f.apply(logoedits::set(*f.doc, f.a, QByteArray(), QStringLiteral("Logo"))));
    CHECK(edits::isLive(*f.doc, QStringLiteral("organisation_logo"), logo));
    REQUIRE(f.apply(ChangeSet(QStringLiteral("Remove")).remove(QStringLiteral("organisation_logo"), logo)));
    REQUIRE(f.apply(logoedits::set(*f.doc, f.a, QByteArray(), QStringLiteral("Logo again"))));
    CHECK(edits::isLive(*f.doc, QStringLiteral("organisation_logo"), logo));
    CHECK(logoedits::set(*f.doc, QUuid::createUuid(), QByteArray(), QStringLiteral("X")).changes.isEmpty());
    // Not a picture: the document refuses it with its reason.
    QString error;
    CHECK_FALSE(f.doc->apply(logoedits::set(*f.doc, f.a, QByteArray("<svg/>"), QStringLiteral("X")), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A meeting's review and an attendance note change only when they differ", "[edits]")
{
    Fixture f;
    const QUuid meeting = QUuid::createUuid(), review = QUuid::createUuid(), contact = QUuid::createUuid();
    REQUIRE(f.apply(ChangeSet(QStringLiteral("Setup"))
                        .set(QStringLiteral("meeting"), meeting, QStringLiteral("date"), QDate(2026, 6, 9))
                        .set(QStringLiteral("review"), review, QStringLiteral("date"), QDate(2026, 6, 1))
                        .set(QStringLiteral("contact"), contact, QStringLiteral("organisation_id"), f.a)
                        .set(QStringLiteral("contact"), contact, QStringLiteral("name"), QStringLiteral("Claire"))));

    CHECK(meetingedits::setReviewDiscussed(*f.doc, meeting, QUuid(), QStringLiteral("None")).changes.isEmpty());
    CHECK(meetingedits::setReviewDiscussed(*f.doc, meeting, QUuid::createUuid(), QStringLiteral("Unknown"))
              .changes.isEmpty());
    REQUIRE(f.apply(meetingedits::setReviewDiscussed(*f.doc, meeting, review, QStringLiteral("Review"))));
    CHECK(f.doc->project().meetings.first().reviewId == review);
    CHECK(meetingedits::setReviewDiscussed(*f.doc, meeting, review, QStringLiteral("Same")).changes.isEmpty());
    REQUIRE(f.apply(meetingedits::setReviewDiscussed(*f.doc, meeting, QUuid(), QStringLiteral("None"))));
    CHECK(f.doc->project().meetings.first().reviewId.isNull());

    REQUIRE(f.apply(meetingedits::setAttending(*f.doc, meeting, contact, true, QStringLiteral("Invite"))));
    const QUuid attendee = f.doc->project().meetingAttendees.first().id;
    REQUIRE(f.apply(
        meetingedits::setAttendanceNote(*f.doc, attendee, QStringLiteral("  excusée "), QStringLiteral("Note"))));
    CHECK(f.doc->project().meetingAttendees.first().note == QStringLiteral("excusée"));
    CHECK(meetingedits::setAttendanceNote(*f.doc, attendee, QStringLiteral("excusée"), QStringLiteral("Same"))
              .changes.isEmpty());
    CHECK(meetingedits::setAttendanceNote(*f.doc, QUuid::createUuid(), QStringLiteral("x"), QStringLiteral("X"))
              .changes.isEmpty());
}
