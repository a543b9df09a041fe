// Committee meetings (format 6): a decision becomes an action in one undo
// step, attendees follow their contacts, and the pilot page's and report's
// questions (previous committee, next meeting, open decisions) read right.
#include "document/document.h"
#include "edits/meetingedits.h"
#include "edits/removal.h"
#include "evaluation/meetings.h"
#include "example/examplegenerator.h"
#include "example/storyclock.h"
#include "io/jsonexport.h"
#include "journal/hlc.h"
#include "journal/itemhistory.h"
#include "journal/itemlabel.h"
#include "model/ids.h"
#include "model/privacy.h"
#include "storage/schema.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace alliance;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    QUuid association = QUuid::createUuid(), company = QUuid::createUuid();
    QUuid claire = QUuid::createUuid(), sophie = QUuid::createUuid();
    QUuid june = QUuid::createUuid(), march = QUuid::createUuid(), review = QUuid::createUuid();
    QUuid taken = QUuid::createUuid(), asked = QUuid::createUuid(), declined = QUuid::createUuid();

    Fixture()
    {
        DocumentOptions options;
        options.workingFolder = dir.path();
        doc = Document::createNew(QStringLiteral("P"), {QStringLiteral("T"), {}, QUuid::createUuid()}, options);
        REQUIRE(doc);
        const QString m = QStringLiteral("meeting"), d = QStringLiteral("decision");
        ChangeSet setup(QStringLiteral("Setup"));
        setup.set(QStringLiteral("organisation"), association, QStringLiteral("name"), QStringLiteral("Passerelles"))
            .set(QStringLiteral("organisation"), company, QStringLiteral("name"), QStringLiteral("Cap Réseau"))
            .set(QStringLiteral("contact"), claire, QStringLiteral("organisation_id"), association)
            .set(QStringLiteral("contact"), claire, QStringLiteral("name"), QStringLiteral("Claire"))
            .set(QStringLiteral("contact"), sophie, QStringLiteral("organisation_id"), company)
            .set(QStringLiteral("contact"), sophie, QStringLiteral("name"), QStringLiteral("Sophie"))
            .set(m, june, QStringLiteral("date"), QDate(2026, 6, 9))
            .set(m, june, QStringLiteral("kind"), QStringLiteral("steering_committee"))
            .set(m, june, QStringLiteral("title"), QStringLiteral("Comité de juin"))
            .set(m, review, QStringLiteral("date"), QDate(2026, 10, 1))
            .set(m, review, QStringLiteral("kind"), QStringLiteral("review"))
            .set(m, march, QStringLiteral("date"), QDate(2027, 3, 16))
            .set(m, march, QStringLiteral("kind"), QStringLiteral("steering_committee"))
            .set(m, march, QStringLiteral("title"), QStringLiteral("Comité de mars"))
            .set(d, taken, QStringLiteral("meeting_id"), june)
            .set(d, taken, QStringLiteral("text"), QStringLiteral("  Ouvrir une permanence  "))
            .set(d, taken, QStringLiteral("owner_id"), company)
            .set(d, taken, QStringLiteral("due_date"), QDate(2026, 12, 15))
            .set(d, taken, QStringLiteral("status"), QStringLiteral("to_decide"))
            .set(d, declined, QStringLiteral("meeting_id"), june)
            .set(d, declined, QStringLiteral("text"), QStringLiteral("Tout faire"))
            .set(d, declined, QStringLiteral("status"), QStringLiteral("declined"))
            .set(d, asked, QStringLiteral("meeting_id"), march)
            .set(d, asked, QStringLiteral("text"), QStringLiteral("Recruter"))
            .set(d, asked, QStringLiteral("status"), QStringLiteral("to_decide"));
        REQUIRE(doc->apply(setup));
    }
};

QStringList texts(const QList<const Decision *> &decisions)
{
    QStringList list;
    for (const Decision *d : decisions)
        list << d->text.trimmed();
    return list;
}

} // namespace

TEST_CASE("A decision becomes an action in one undoable step, and only once", "[meetings]")
{
    Fixture f;
    const ChangeSet make = meetingedits::toAction(*f.doc, f.taken, QStringLiteral("Make it an action"));
    REQUIRE_FALSE(make.changes.isEmpty());
    REQUIRE(f.doc->apply(make));
    const Project &p = f.doc->project();
    REQUIRE(p.actions.size() == 1);
    const Action &a = p.actions.first();
    CHECK(a.id == ids::decisionAction(f.taken));
    CHECK(a.title == QStringLiteral("Ouvrir une permanence"));
    CHECK(a.ownerId == f.company);
    CHECK(a.dueDate == QDate(2026, 12, 15));
    CHECK(a.status == QStringLiteral("planned"));
    CHECK(a.stepId == QStringLiteral("pilot"));
    const Decision *d = nullptr;
    for (const auto &x : p.decisions)
        if (x.id == f.taken)
            d = &x;
    REQUIRE(d);
    CHECK(d->status == QStringLiteral("decided"));
    CHECK(d->actionId == a.id);
    CHECK(f.doc->undoText() == QStringLiteral("Make it an action"));
    // Once is enough.
    CHECK(meetingedits::toAction(*f.doc, f.taken, QStringLiteral("Again")).changes.isEmpty());
    // One undo takes back both the action and the decision's status.
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().actions.isEmpty());
    for (const auto &x : f.doc->project().decisions)
        if (x.id == f.taken) {
            CHECK(x.status == QStringLiteral("to_decide"));
            CHECK(x.actionId.isNull());
        }
    // Redone, then the action deleted: making it again brings the same action back.
    REQUIRE(f.doc->redo());
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("action"), ids::decisionAction(f.taken))));
    REQUIRE(f.doc->project().actions.isEmpty());
    REQUIRE(f.doc->apply(meetingedits::toAction(*f.doc, f.taken, QStringLiteral("Again"))));
    REQUIRE(f.doc->project().actions.size() == 1);
    CHECK(f.doc->project().actions.first().id == ids::decisionAction(f.taken));
    // A decision without words makes no action.
    CHECK(meetingedits::toAction(*f.doc, QUuid::createUuid(), QStringLiteral("Unknown")).changes.isEmpty());
}

TEST_CASE("Attendees are added and removed by contact, and leave with their organisation", "[meetings]")
{
    Fixture f;
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, true, QStringLiteral("Invite"))));
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.sophie, true, QStringLiteral("Invite"))));
    CHECK(meetingedits::setAttending(*f.doc, f.june, f.sophie, true, QStringLiteral("Again")).changes.isEmpty());
    QStringList names;
    for (const Contact *c : evaluation::attendeesOf(f.doc->project(), f.june))
        names << c->name;
    CHECK(names == QStringList {QStringLiteral("Claire"), QStringLiteral("Sophie")});
    // Uninvited, then invited again: the same row comes back.
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, false, QStringLiteral("Uninvite"))));
    CHECK(evaluation::attendeesOf(f.doc->project(), f.june).size() == 1);
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, true, QStringLiteral("Invite"))));
    CHECK(f.doc->project().meetingAttendees.size() == 2);

    // Removing the company takes Sophie and her place at the committee; the
    // decision it owned stays, with no owner.
    REQUIRE(f.doc->apply(organisationRemoval(*f.doc, f.company, QStringLiteral("Remove"))));
    const Project &p = f.doc->project();
    REQUIRE(p.meetingAttendees.size() == 1);
    CHECK(p.meetingAttendees.first().contactId == f.claire);
    CHECK(p.decisions.size() == 3);
    for (const auto &d : p.decisions)
        CHECK(d.ownerId.isNull());
    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().meetingAttendees.size() == 2);
}

TEST_CASE("A private contact's attendance and a private organisation's ownership stay out of what partners see",
          "[meetings]")
{
    Fixture f;
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.sophie, true, QStringLiteral("Invite"))));
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, true, QStringLiteral("Invite"))));
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Private"))
                             .set(QStringLiteral("contact"), f.claire, QStringLiteral("private"), true)
                             .set(QStringLiteral("organisation"), f.company, QStringLiteral("private"), true)));
    const Project shown = withoutPrivateItems(f.doc->project());
    CHECK(shown.meetingAttendees.isEmpty()); // Claire is private, Sophie belongs to a private organisation
    CHECK(shown.decisions.size() == 3);
    for (const auto &d : shown.decisions)
        CHECK(d.ownerId.isNull());
}

TEST_CASE("The previous committee, the next meeting and the open decisions", "[meetings]")
{
    Fixture f;
    const Project &p = f.doc->project();
    const QDate today(2026, 11, 30);
    const Meeting *previous = evaluation::previousCommittee(p, today);
    REQUIRE(previous);
    CHECK(previous->id == f.june); // the October meeting is a review, not a committee
    const Meeting *next = evaluation::nextMeeting(p, today);
    REQUIRE(next);
    CHECK(next->id == f.march);
    CHECK(evaluation::nextMeeting(p, QDate(2026, 6, 9))->id == f.june); // a meeting today is still to come
    CHECK_FALSE(evaluation::previousCommittee(p, QDate(2026, 6, 9)));
    CHECK_FALSE(evaluation::nextMeeting(p, QDate(2027, 3, 17)));
    // Asked of the next committee: March's; June's is past.
    CHECK(texts(evaluation::decisionsToTake(p, today)) == QStringList {QStringLiteral("Recruter")});
    // Open: both still to decide; the declined one is closed.
    CHECK(texts(evaluation::openDecisions(p))
          == QStringList {QStringLiteral("Ouvrir une permanence"), QStringLiteral("Recruter")});
    // Taken and made an action: open until the action is done.
    REQUIRE(f.doc->apply(meetingedits::toAction(*f.doc, f.taken, QStringLiteral("Act"))));
    CHECK(texts(evaluation::openDecisions(f.doc->project())).contains(QStringLiteral("Ouvrir une permanence")));
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Done"))
                             .set(QStringLiteral("action"), ids::decisionAction(f.taken), QStringLiteral("status"),
                                  QStringLiteral("done"))));
    CHECK(texts(evaluation::openDecisions(f.doc->project())) == QStringList {QStringLiteral("Recruter")});
}

TEST_CASE("The example holds committees with attendees, minutes and decisions, some already actions", "[meetings]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    auto doc = Document::createNew(QString(), {QStringLiteral("T"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    QString error;
    INFO(error.toStdString());
    REQUIRE(example::fillExample(*doc, &error));
    const Project &p = doc->project();
    REQUIRE(p.meetings.size() == 4);
    const QDate today(2026, 11, 30);
    const Meeting *previous = evaluation::previousCommittee(p, today);
    REQUIRE(previous);
    CHECK(previous->date == QDate(2026, 10, 20));
    CHECK(evaluation::attendeesOf(p, previous->id).size() == 5);
    CHECK_FALSE(previous->minutes.isEmpty());
    const Meeting *next = evaluation::nextMeeting(p, today);
    REQUIRE(next);
    CHECK(next->agenda.split(QLatin1Char('\n')).size() == 4); // one item added after the annual committee
    CHECK(evaluation::decisionsToTake(p, today).size() == 2);
    int actions = 0;
    for (const auto &d : p.decisions)
        actions += evaluation::actionOf(p, d) ? 1 : 0;
    CHECK(actions == 3);
}

TEST_CASE("The example's journal tells its story: the file brought up to date before the annual committee, four "
          "partners' edits after it",
          "[meetings][example]")
{
    QTemporaryDir dir;
    DocumentOptions options;
    options.workingFolder = dir.path();
    example::StoryClock story;
    options.clock = story.clock();
    const Author caller {QStringLiteral("Manager"), {}, QUuid::createUuid()};
    QString error;
    auto doc = Document::createNew(QString(), caller, options, {}, &error);
    REQUIRE(doc);
    INFO(error.toStdString());
    REQUIRE(example::fillExample(*doc, &error, &story));
    CHECK(doc->author().name == caller.name); // left as it was
    const QDateTime committee(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC);
    QSet<QString> before, after;
    for (const JournalEntry &e : history::allChanges(queryRowsOf(*doc))) {
        const auto hlc = Hlc::parse(e.hlc);
        REQUIRE(hlc);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(hlc->wallMs, Qt::UTC);
        CHECK(when.date() >= QDate(2025, 1, 6));
        (when < committee ? before : after).insert(e.authorName);
    }
    CHECK(before
          == QSet<QString> {caller.name, QStringLiteral("Claire Dufresne")}); // who created the file, then the lead
    CHECK(after
          == QSet<QString> {QStringLiteral("Claire Dufresne"), QStringLiteral("Julien Roques"),
                            QStringLiteral("Mehdi Benali"), QStringLiteral("Aurélie Sentenac"),
                            QStringLiteral("Hélène Vasseur")});
    // Once written, the example's edits carry the real time again.
    REQUIRE(doc->apply(
        ChangeSet(QStringLiteral("Now"))
            .set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"), QStringLiteral("Now"))));
    const QList<JournalEntry> latest = doc->history(QStringLiteral("partnership"), doc->partnershipId());
    REQUIRE_FALSE(latest.isEmpty());
    const auto last = Hlc::parse(latest.last().hlc);
    REQUIRE(last);
    CHECK(qAbs(last->wallMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

TEST_CASE("Invited again, a contact has a fresh place, duplicate places all go when uninvited", "[meetings]")
{
    Fixture f;
    const QString t = QStringLiteral("meeting_attendee");
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, true, QStringLiteral("Invite"))));
    const QUuid place = ids::meetingAttendee(f.june, f.claire);
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Note")).set(t, place, QStringLiteral("note"), QStringLiteral("excused"))));
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, false, QStringLiteral("Uninvite"))));
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, true, QStringLiteral("Invite"))));
    REQUIRE(f.doc->project().meetingAttendees.size() == 1);
    CHECK(f.doc->project().meetingAttendees.first().note.isEmpty());

    // A second row for the same place (as a merge of two copies may leave).
    const QUuid twin = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Twin"))
                             .set(t, twin, QStringLiteral("meeting_id"), f.june)
                             .set(t, twin, QStringLiteral("contact_id"), f.claire)));
    REQUIRE(f.doc->project().meetingAttendees.size() == 2);
    REQUIRE(f.doc->apply(meetingedits::setAttending(*f.doc, f.june, f.claire, false, QStringLiteral("Uninvite"))));
    CHECK(evaluation::attendeesOf(f.doc->project(), f.june).isEmpty());
}

TEST_CASE("A decision whose meeting is gone is neither open nor asked of the next committee", "[meetings]")
{
    Fixture f;
    // As a merge may leave it: March's meeting deleted, its decision not.
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Gone")).remove(QStringLiteral("meeting"), f.march)));
    REQUIRE(f.doc->project().decisions.size() == 3);
    CHECK(texts(evaluation::decisionsToTake(f.doc->project(), QDate(2026, 11, 30))).isEmpty());
    CHECK(texts(evaluation::openDecisions(f.doc->project())) == QStringList {QStringLiteral("Ouvrir une permanence")});
}

TEST_CASE("Exported without the review it discussed or the action a decision became, a meeting and its decision "
          "stay, their references empty",
          "[meetings][interchange]")
{
    Fixture f;
    const QUuid review = QUuid::createUuid();
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Review"))
                             .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("Annual"))
                             .set(QStringLiteral("meeting"), f.june, QStringLiteral("review_id"), review)));
    REQUIRE(f.doc->apply(meetingedits::toAction(*f.doc, f.taken, QStringLiteral("Act"))));
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Delete"))
                             .remove(QStringLiteral("review"), review)
                             .remove(QStringLiteral("action"), ids::decisionAction(f.taken))));
    QString error;
    const auto json = partnershipJson(*f.doc, true, &error);
    INFO(error.toStdString());
    REQUIRE(json);
    const QByteArray bytes = json->json;
    CHECK(bytes.contains("Comité de juin"));
    CHECK(bytes.contains("Ouvrir une permanence"));
    CHECK_FALSE(bytes.contains(schema::idText(review).toUtf8()));
    CHECK_FALSE(bytes.contains(schema::idText(ids::decisionAction(f.taken)).toUtf8()));
}
