// A meeting's minutes as report data (attendees with their organisation and
// note, agenda, decisions with owner, due date, status and action, the
// minutes' text), the meetings in the full report's pilot section, naming a
// meeting on the command line, and removing a meeting in one undo step.
#include "document/document.h"
#include "edits/meetingedits.h"
#include "edits/removal.h"
#include "journal/itemlabel.h"
#include "model/ids.h"
#include "report/reportbuilder.h"
#include "report/reportminutes.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QLocale>
#include <QTemporaryDir>

using namespace alliance;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    QUuid association = QUuid::createUuid(), company = QUuid::createUuid();
    QUuid claire = QUuid::createUuid(), sophie = QUuid::createUuid(), secret = QUuid::createUuid();
    QUuid october = QUuid::createUuid(), march = QUuid::createUuid();
    QUuid relaunch = QUuid::createUuid(), extend = QUuid::createUuid();

    Fixture()
    {
        DocumentOptions options;
        options.workingFolder = dir.path();
        doc = Document::createNew(QStringLiteral("Alliance numérique"), {QStringLiteral("T"), {}, QUuid::createUuid()},
                                  options);
        REQUIRE(doc);
        const QString o = QStringLiteral("organisation"), c = QStringLiteral("contact"), m = QStringLiteral("meeting"),
                      d = QStringLiteral("decision");
        ChangeSet setup(QStringLiteral("Setup"));
        setup.set(o, association, QStringLiteral("name"), QStringLiteral("Passerelles"))
            .set(o, company, QStringLiteral("name"), QStringLiteral("Cap Réseau"))
            .set(c, claire, QStringLiteral("organisation_id"), association)
            .set(c, claire, QStringLiteral("name"), QStringLiteral("Claire Dufresne"))
            .set(c, claire, QStringLiteral("function"), QStringLiteral("Déléguée générale"))
            .set(c, sophie, QStringLiteral("organisation_id"), company)
            .set(c, sophie, QStringLiteral("name"), QStringLiteral("Sophie Lacombe"))
            .set(c, secret, QStringLiteral("organisation_id"), company)
            .set(c, secret, QStringLiteral("name"), QStringLiteral("Private Person"))
            .set(c, secret, QStringLiteral("private"), true)
            .set(m, october, QStringLiteral("date"), QDate(2026, 10, 1))
            .set(m, october, QStringLiteral("kind"), QStringLiteral("steering_committee"))
            .set(m, october, QStringLiteral("title"), QStringLiteral("Comité annuel"))
            .set(m, october, QStringLiteral("agenda"), QStringLiteral("Bilan de l’année\n\n  Volet entreprise  \n"))
            .set(m, october, QStringLiteral("minutes"), QStringLiteral("Premier paragraphe.\nSecond paragraphe."))
            .set(m, march, QStringLiteral("date"), QDate(2027, 3, 16))
            .set(m, march, QStringLiteral("kind"), QStringLiteral("partners_meeting"))
            .set(m, march, QStringLiteral("title"), QStringLiteral("Réunion de printemps"))
            .set(d, relaunch, QStringLiteral("meeting_id"), october)
            .set(d, relaunch, QStringLiteral("text"), QStringLiteral("Relancer le volet entreprise"))
            .set(d, relaunch, QStringLiteral("owner_id"), company)
            .set(d, relaunch, QStringLiteral("due_date"), QDate(2027, 1, 29))
            .set(d, relaunch, QStringLiteral("status"), QStringLiteral("to_decide"))
            .set(d, extend, QStringLiteral("meeting_id"), october)
            .set(d, extend, QStringLiteral("text"), QStringLiteral("Étendre à une troisième commune"))
            .set(d, extend, QStringLiteral("status"), QStringLiteral("declined"));
        REQUIRE(doc->apply(setup));
        for (const QUuid &contact : {claire, sophie, secret})
            REQUIRE(doc->apply(meetingedits::setAttending(*doc, october, contact, true, QStringLiteral("Invite"))));
        REQUIRE(doc->apply(ChangeSet(QStringLiteral("Note"))
                               .set(QStringLiteral("meeting_attendee"), ids::meetingAttendee(october, sophie),
                                    QStringLiteral("note"), QStringLiteral("excusée"))));
        REQUIRE(doc->apply(meetingedits::toAction(*doc, relaunch, QStringLiteral("Act"))));
    }

    report::Options options(const QString &language = QStringLiteral("en")) const
    {
        report::Options o;
        o.language = language;
        o.date = QDate(2026, 11, 30);
        return o;
    }
};

const report::Block *blockAfter(const report::Section &s, const QString &subheading, int offset = 1)
{
    for (int i = 0; i < s.blocks.size(); ++i)
        if (s.blocks.at(i).kind == report::Block::Kind::Subheading && s.blocks.at(i).text == subheading)
            return i + offset < s.blocks.size() ? &s.blocks.at(i + offset) : nullptr;
    return nullptr;
}

QString fieldValue(const report::Section &s, const QString &label)
{
    for (const auto &b : s.blocks)
        if (b.kind == report::Block::Kind::Field && b.label == label)
            return b.text;
    return {};
}

} // namespace

TEST_CASE("The minutes say who attended for which organisation, the agenda, the decisions and what was said",
          "[meetings][minutes]")
{
    Fixture f;
    const auto minutes = report::buildMinutes(f.doc->project(), f.october, f.options());
    REQUIRE(minutes);
    CHECK_FALSE(minutes->coverAndContents); // no cover nor contents for a page or two
    REQUIRE(minutes->sections.size() == 1);
    const report::Section &s = minutes->sections.first();
    CHECK(s.title == QStringLiteral("Minutes: Comité annuel"));
    CHECK(fieldValue(s, QStringLiteral("Date")) == QStringLiteral("1 October 2026"));
    CHECK(fieldValue(s, QStringLiteral("Kind")) == QStringLiteral("Steering committee"));
    CHECK(fieldValue(s, QStringLiteral("Next meeting")) == QStringLiteral("16 March 2027, Réunion de printemps"));

    // Attendees by name, with their function, organisation and note; the private contact is left out.
    const report::Block *attendees = blockAfter(s, QStringLiteral("Attendees"));
    REQUIRE(attendees);
    REQUIRE(attendees->kind == report::Block::Kind::TableBlock);
    CHECK(
        attendees->table.rows
        == QList<QStringList> {
            {QStringLiteral("Claire Dufresne, Déléguée générale"), QStringLiteral("Passerelles"), QStringLiteral("–")},
            {QStringLiteral("Sophie Lacombe"), QStringLiteral("Cap Réseau"), QStringLiteral("excusée")}});

    // One agenda item per written line, blank lines dropped.
    const report::Block *agenda = blockAfter(s, QStringLiteral("Agenda"));
    REQUIRE(agenda);
    CHECK(agenda->items == QStringList {QStringLiteral("Bilan de l’année"), QStringLiteral("Volet entreprise")});

    // Decisions with owner, due date, status and the action each became.
    const report::Block *decisions = blockAfter(s, QStringLiteral("Decisions"));
    REQUIRE(decisions);
    REQUIRE(decisions->table.rows.size() == 2);
    CHECK(decisions->table.rows.at(0)
          == QStringList {QStringLiteral("Relancer le volet entreprise"), QStringLiteral("Cap Réseau"),
                          QStringLiteral("29/01/2027"), QStringLiteral("Decided"), QStringLiteral("Planned")});
    CHECK(decisions->table.rows.at(1)
          == QStringList {QStringLiteral("Étendre à une troisième commune"), QStringLiteral("–"), QStringLiteral("–"),
                          QStringLiteral("Declined"), QStringLiteral("–")});

    // The minutes' text, a paragraph per line.
    const report::Block *first = blockAfter(s, QStringLiteral("Minutes"));
    const report::Block *second = blockAfter(s, QStringLiteral("Minutes"), 2);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->text == QStringLiteral("Premier paragraphe."));
    CHECK(second->text == QStringLiteral("Second paragraphe."));

    // Asked for, the private contact is there; in French, the date is in French words.
    auto withPrivate = f.options(QStringLiteral("fr"));
    withPrivate.includePrivate = true;
    const auto all = report::buildMinutes(f.doc->project(), f.october, withPrivate);
    REQUIRE(all);
    CHECK(blockAfter(all->sections.first(), QStringLiteral("Attendees"))->table.rows.size() == 3);
    CHECK(fieldValue(all->sections.first(), QStringLiteral("Date")) == QStringLiteral("1er octobre 2026"));

    // A meeting with nothing written says so rather than printing empty headings.
    const auto empty = report::buildMinutes(f.doc->project(), f.march, f.options());
    REQUIRE(empty);
    CHECK(blockAfter(empty->sections.first(), QStringLiteral("Attendees"))->kind == report::Block::Kind::Empty);
    CHECK(blockAfter(empty->sections.first(), QStringLiteral("Decisions"))->kind == report::Block::Kind::Empty);
    CHECK(blockAfter(empty->sections.first(), QStringLiteral("Minutes"))->kind == report::Block::Kind::Empty);
    CHECK_FALSE(report::buildMinutes(f.doc->project(), QUuid::createUuid(), f.options()));
}

TEST_CASE("A meeting is named on the command line by its date or its title", "[meetings][minutes]")
{
    Fixture f;
    const Project &p = f.doc->project();
    QString why;
    REQUIRE(report::findMeeting(p, QStringLiteral("2026-10-01")));
    CHECK(report::findMeeting(p, QStringLiteral("2026-10-01"))->id == f.october);
    REQUIRE(report::findMeeting(p, QStringLiteral("  réunion DE printemps ")));
    CHECK(report::findMeeting(p, QStringLiteral("réunion de printemps"))->id == f.march);
    CHECK_FALSE(report::findMeeting(p, QStringLiteral("2026-10-02"), &why));
    CHECK(why.contains(QStringLiteral("2026-10-01, Comité annuel")));
    CHECK(why.contains(QStringLiteral("2027-03-16, Réunion de printemps")));
    // Two meetings on one day: the date alone does not say which.
    REQUIRE(f.doc->apply(
        ChangeSet(QStringLiteral("Same day"))
            .set(QStringLiteral("meeting"), QUuid::createUuid(), QStringLiteral("date"), QDate(2026, 10, 1))));
    why.clear();
    CHECK_FALSE(report::findMeeting(f.doc->project(), QStringLiteral("2026-10-01"), &why));
    CHECK(why.startsWith(QStringLiteral("Several meetings match")));
    CHECK(report::findMeeting(f.doc->project(), QStringLiteral("Comité annuel"))->id == f.october);
}

TEST_CASE("The full report's pilot section lists the meetings held and to come, and their decisions",
          "[meetings][minutes]")
{
    Fixture f;
    auto options = f.options();
    options.sections = {QStringLiteral("pilot")};
    const report::Report r = report::buildReport(f.doc->project(), options);
    REQUIRE(r.sections.size() == 1);
    const report::Section &s = r.sections.first();
    const report::Block *held = blockAfter(s, QStringLiteral("Committees and meetings"), 2);
    const report::Block *toCome = blockAfter(s, QStringLiteral("Committees and meetings"), 4);
    const report::Block *decisions = blockAfter(s, QStringLiteral("Committees and meetings"), 6);
    REQUIRE(held);
    REQUIRE(toCome);
    REQUIRE(decisions);
    // Attendees counted as partners see them: the private contact is not.
    CHECK(held->table.rows
          == QList<QStringList> {{QStringLiteral("01/10/2026"), QStringLiteral("Steering committee"),
                                  QStringLiteral("Comité annuel"), QStringLiteral("2")}});
    CHECK(toCome->table.rows
          == QList<QStringList> {{QStringLiteral("16/03/2027"), QStringLiteral("Partners' meeting"),
                                  QStringLiteral("Réunion de printemps"), QStringLiteral("0")}});
    REQUIRE(decisions->table.rows.size() == 2);
    CHECK(decisions->table.rows.at(0).at(4) == QStringLiteral("Decided; action: Planned"));
    CHECK(decisions->table.rows.at(1).at(4) == QStringLiteral("Declined"));
}

TEST_CASE("Removing a meeting takes its attendees and decisions in one undo step, their actions stay",
          "[meetings][removal]")
{
    Fixture f;
    const ChangeSet removal = meetingRemoval(*f.doc, f.october, QStringLiteral("Remove the committee"));
    REQUIRE(f.doc->apply(removal));
    const Project &p = f.doc->project();
    REQUIRE(p.meetings.size() == 1);
    CHECK(p.meetings.first().id == f.march);
    CHECK(p.meetingAttendees.isEmpty());
    CHECK(p.decisions.isEmpty());
    // The plan keeps what the committee decided.
    REQUIRE(p.actions.size() == 1);
    CHECK(p.actions.first().id == ids::decisionAction(f.relaunch));
    CHECK(f.doc->undoText() == QStringLiteral("Remove the committee"));
    // Gone already, or never there: nothing to change.
    CHECK(meetingRemoval(*f.doc, f.october, QStringLiteral("Again")).changes.isEmpty());
    CHECK(meetingRemoval(*f.doc, QUuid::createUuid(), QStringLiteral("Unknown")).changes.isEmpty());

    REQUIRE(f.doc->undo());
    const Project &back = f.doc->project();
    CHECK(back.meetings.size() == 2);
    CHECK(back.meetingAttendees.size() == 3);
    CHECK(back.decisions.size() == 2);
    CHECK(back.actions.size() == 1);
}

TEST_CASE("The merge review names a meeting, an attendance and a decision, an untitled meeting by its date",
          "[meetings][sync]")
{
    Fixture f;
    ItemLabels labels(*f.doc);
    CHECK(labels.label(QStringLiteral("meeting"), f.october) == QStringLiteral("Meeting “Comité annuel”"));
    CHECK(labels.label(QStringLiteral("meeting_attendee"), ids::meetingAttendee(f.october, f.sophie))
          == QStringLiteral("Attendee “Sophie Lacombe – Comité annuel”"));
    CHECK(labels.label(QStringLiteral("decision"), f.extend)
          == QStringLiteral("Decision “Étendre à une troisième commune”"));
    REQUIRE(f.doc->apply(ChangeSet(QStringLiteral("Untitle"))
                             .set(QStringLiteral("meeting"), f.october, QStringLiteral("title"), QString())));
    labels.clear();
    CHECK(labels.label(QStringLiteral("meeting"), f.october)
          == QStringLiteral("Meeting “%1”").arg(QLocale().toString(QDate(2026, 10, 1), QLocale::ShortFormat)));
}
