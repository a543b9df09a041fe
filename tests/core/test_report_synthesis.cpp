// The synthesis at the front of the report, as data (core/report): where the
// partnership stands, the figures with the partners who answered, the risks,
// late actions and decisions, and what changed since the previous committee,
// read from the journal: who changed what after that meeting's day, grouped
// by step, private items never named.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "edits/meetingedits.h"
#include "example/examplegenerator.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "report/reportbuilder.h"
#include "report/reportsynthesis.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace alliance;

namespace {

/// Every text of a section, one block or table row a line ("a | b | c").
QStringList linesOf(const report::Section &s)
{
    QStringList lines;
    for (const report::Block &b : s.blocks) {
        switch (b.kind) {
        case report::Block::Kind::Field:
            lines << b.label + QStringLiteral(": ") + b.text;
            break;
        case report::Block::Kind::Bullets:
            lines << b.items;
            break;
        case report::Block::Kind::TableBlock:
            lines << b.table.header.join(QStringLiteral(" | "));
            for (const QStringList &row : b.table.rows)
                lines << row.join(QStringLiteral(" | "));
            break;
        default:
            lines << b.text;
        }
    }
    return lines;
}

const report::Section *sectionOf(const report::Report &r, const QString &id)
{
    for (const report::Section &s : r.sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0)).toMSecsSinceEpoch();
}

Author author(const QString &name, const QUuid &organisation = {})
{
    return Author {name, organisation, test::testAuthor().installationId};
}

/// The rows of the changes table of the synthesis: "step | who | what".
QStringList changeRows(const report::Section &s)
{
    for (const report::Block &b : s.blocks)
        if (b.kind == report::Block::Kind::TableBlock && b.table.header.value(1) == QStringLiteral("Who")) {
            QStringList rows;
            for (const QStringList &row : b.table.rows)
                rows << row.join(QStringLiteral(" | "));
            return rows;
        }
    return {};
}

} // namespace

TEST_CASE("The synthesis says who changed what since the previous committee, by step, and nothing from before",
          "[report][synthesis]")
{
    const auto dir = test::makeTempDir();
    qint64 now = at(2026, 2, 1);
    DocumentOptions options = test::optionsIn(dir->path());
    options.clock = [&now] { return now; };
    auto doc
        = Document::createNew(QStringLiteral("Committee follow-up"), author(QStringLiteral("Early Bird")), options);
    REQUIRE(doc);
    const QUuid partnership = doc->project().partnership.id;
    const QUuid orgA = QUuid::createUuid(), oldIndicator = QUuid::createUuid(), action = QUuid::createUuid(),
                committee = QUuid::createUuid(), note = QUuid::createUuid(), review = QUuid::createUuid(),
                water = QUuid::createUuid(), weight = QUuid::createUuid();
    ChangeSet before(QStringLiteral("Before the committee"));
    before.set(QStringLiteral("partnership"), partnership, QStringLiteral("start_date"), QDate(2026, 1, 5))
        .set(QStringLiteral("organisation"), orgA, QStringLiteral("name"), QStringLiteral("Asso A"))
        .set(QStringLiteral("organisation"), orgA, QStringLiteral("role"), QStringLiteral("lead"))
        .set(QStringLiteral("indicator"), oldIndicator, QStringLiteral("name"), QStringLiteral("Old indicator"))
        .set(QStringLiteral("action"), action, QStringLiteral("title"), QStringLiteral("Open the second site"))
        .set(QStringLiteral("action"), action, QStringLiteral("step_id"), QStringLiteral("pilot"));
    REQUIRE(doc->apply(before));
    // The committee is dated 10 March; it was entered beforehand.
    now = at(2026, 3, 1);
    ChangeSet meeting(QStringLiteral("Committee"));
    meeting.set(QStringLiteral("meeting"), committee, QStringLiteral("date"), QDate(2026, 3, 10))
        .set(QStringLiteral("meeting"), committee, QStringLiteral("kind"), QStringLiteral("steering_committee"))
        .set(QStringLiteral("meeting"), committee, QStringLiteral("title"), QStringLiteral("Spring committee"));
    REQUIRE(doc->apply(meeting));

    // After the committee: two people, in three steps; a private note.
    now = at(2026, 3, 20);
    doc->setAuthor(author(QStringLiteral("Alice Martin"), orgA));
    ChangeSet alice(QStringLiteral("Alice"));
    alice.set(QStringLiteral("indicator"), water, QStringLiteral("name"), QStringLiteral("Water points"))
        .set(QStringLiteral("objective_weight"), weight, QStringLiteral("organisation_id"), orgA)
        .set(QStringLiteral("objective_weight"), weight, QStringLiteral("objective_id"), method::objectives().at(0).id)
        .set(QStringLiteral("objective_weight"), weight, QStringLiteral("weight"), 40);
    REQUIRE(doc->apply(alice));
    now = at(2026, 4, 2);
    doc->setAuthor(author(QStringLiteral("Bruno Petit")));
    ChangeSet bruno(QStringLiteral("Bruno"));
    bruno.set(QStringLiteral("action"), action, QStringLiteral("status"), QStringLiteral("in_progress"))
        .set(QStringLiteral("review"), review, QStringLiteral("title"), QStringLiteral("Spring review"))
        .set(QStringLiteral("note"), note, QStringLiteral("text"), QStringLiteral("Secret plan"))
        .set(QStringLiteral("note"), note, QStringLiteral("private"), true);
    REQUIRE(doc->apply(bruno));

    report::Options o;
    o.language = QStringLiteral("en");
    o.date = QDate(2026, 6, 1);
    o.sections = {QStringLiteral("synthesis"), QStringLiteral("committee")};
    o.journal = queryRowsOf(*doc);
    const report::Report r = report::buildReport(doc->project(), o);
    const report::Section *synthesis = sectionOf(r, QStringLiteral("synthesis"));
    REQUIRE(synthesis);
    const QString all = linesOf(*synthesis).join(QLatin1Char('\n'));
    INFO(test::str(all));

    CHECK(
        all.contains(QStringLiteral("Changes made after the steering committee “Spring committee” of 10 March 2026.")));
    const QStringList rows = changeRows(*synthesis);
    INFO(test::str(rows.join(QLatin1Char('\n'))));
    // Grouped by step in the method's order, each with who changed what; a
    // step counts items, as its rows do (Alice's two fields of one objective: one).
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).startsWith(
        QStringLiteral("2. Set objectives (1 item(s) changed) | Alice Martin (Asso A) | Objective weight (1)")));
    CHECK(
        rows.at(1).startsWith(QStringLiteral("6. Pilot (2 item(s) changed) | Alice Martin (Asso A) | Indicator (1)")));
    CHECK(rows.at(2) == QStringLiteral(" | Bruno Petit | Action (1)"));
    CHECK(rows.at(3) == QStringLiteral("7. Evaluate and share (1 item(s) changed) | Bruno Petit | Review (1)"));
    // Before the committee: neither the early author nor the old indicator.
    CHECK_FALSE(all.contains(QStringLiteral("Early Bird")));

    // The committee's section names the items; the private note is never named.
    const report::Section *committeeSection = sectionOf(r, QStringLiteral("committee"));
    REQUIRE(committeeSection);
    const QString pack = linesOf(*committeeSection).join(QLatin1Char('\n'));
    INFO(test::str(pack));
    CHECK(pack.contains(QStringLiteral("Indicator “Water points”")));
    CHECK(pack.contains(QStringLiteral("Action “Open the second site”")));
    CHECK_FALSE(pack.contains(QStringLiteral("Old indicator")));
    CHECK_FALSE(pack.contains(QStringLiteral("Secret plan")));
    CHECK_FALSE(pack.contains(QStringLiteral("Note")));

    // With the private items, the note is among Bruno's changes (a general note: the partnership as a whole).
    const report::ChangesSince withPrivate
        = report::changesSince(doc->project(), doc->project(), o.journal, QDate(2026, 3, 10), true);
    QStringList named;
    for (const auto &step : withPrivate.steps)
        for (const auto &a : step.authors)
            named << a.items;
    CHECK(named.contains(QStringLiteral("Note “Secret plan”")));
    CHECK_FALSE(named.contains(QStringLiteral("Indicator “Old indicator”")));

    // Changes made on the committee's own day belong to it, not to what came after.
    const report::ChangesSince fromFirst
        = report::changesSince(doc->project(), doc->project(), o.journal, QDate(2026, 3, 20), false);
    for (const auto &step : fromFirst.steps)
        for (const auto &a : step.authors)
            CHECK_FALSE(a.author.startsWith(QStringLiteral("Alice")));

    // Without the journal, the synthesis says so rather than "nothing changed".
    o.journal = {};
    const report::Report blind = report::buildReport(doc->project(), o);
    CHECK(linesOf(*sectionOf(blind, QStringLiteral("synthesis")))
              .contains(QStringLiteral("The project's history was not read for this report.")));
}

TEST_CASE("Before any committee, the changes count from the partnership's start, and say so", "[report][synthesis]")
{
    Project p;
    p.partnership.startDate = QDate(2025, 9, 1);
    bool afterCommittee = true;
    CHECK(report::changesSinceDate(p, QDate(2026, 1, 1), &afterCommittee) == QDate(2025, 9, 1));
    CHECK_FALSE(afterCommittee);
    // A committee still to come, or a meeting of another kind, is not "the previous committee".
    p.meetings << Meeting {QUuid::createUuid(), QDate(2026, 2, 1), QStringLiteral("steering_committee"), {}, {}, {}, {}}
               << Meeting {QUuid::createUuid(), QDate(2025, 11, 1), QStringLiteral("partners_meeting"), {}, {}, {}, {}};
    CHECK(report::changesSinceDate(p, QDate(2026, 1, 1), &afterCommittee) == QDate(2025, 9, 1));
    CHECK_FALSE(afterCommittee);
    p.meetings << Meeting {QUuid::createUuid(),
                           QDate(2025, 12, 1),
                           QStringLiteral("steering_committee"),
                           QStringLiteral("Winter"),
                           {},
                           {},
                           {}};
    QString title;
    CHECK(report::changesSinceDate(p, QDate(2026, 1, 1), &afterCommittee, &title) == QDate(2025, 12, 1));
    CHECK(afterCommittee);
    CHECK(title == QStringLiteral("Winter"));
}

TEST_CASE("The synthesis opens the report with the step, the figures and who answered, the risks, late actions "
          "and decisions to take",
          "[report][synthesis]")
{
    Project p;
    p.partnership.title = QStringLiteral("Synthesis");
    p.partnership.startDate = QDate(2026, 1, 1);
    p.partnership.endDate = QDate(2027, 12, 31);
    const Organisation a {QUuid::createUuid(),
                          QStringLiteral("Asso A"),
                          QStringLiteral("association"),
                          QStringLiteral("lead"),
                          {},
                          {},
                          {},
                          false};
    const Organisation b {QUuid::createUuid(),
                          QStringLiteral("Company B"),
                          QStringLiteral("company"),
                          QStringLiteral("partner"),
                          {},
                          {},
                          {},
                          false};
    p.organisations << a << b;
    // One indicator well behind what its target date calls for, one on track.
    Indicator behind {QUuid::createUuid(),
                      QStringLiteral("Meals served"),
                      QStringLiteral("meals"),
                      0,
                      100,
                      QStringLiteral("increase"),
                      {},
                      QStringLiteral("performance"),
                      {},
                      QDate(2026, 12, 31)};
    Indicator fine {QUuid::createUuid(),
                    QStringLiteral("Volunteers trained"),
                    {},
                    0,
                    10,
                    QStringLiteral("increase"),
                    {},
                    QStringLiteral("performance"),
                    {},
                    {}};
    p.indicators << behind << fine;
    p.measurements << Measurement {QUuid::createUuid(), behind.id, QDate(2026, 9, 1), 10, {}}
                   << Measurement {QUuid::createUuid(), fine.id, QDate(2026, 9, 1), 10, {}};
    // Six late actions: the synthesis shows four and counts the rest.
    for (int i = 1; i <= 6; ++i)
        p.actions << Action {QUuid::createUuid(),
                             QStringLiteral("Late action %1").arg(i),
                             QStringLiteral("pilot"),
                             a.id,
                             QDate(2026, 8, i),
                             QStringLiteral("planned"),
                             false,
                             {}};
    p.actions << Action {QUuid::createUuid(),
                         QStringLiteral("Public launch"),
                         QStringLiteral("pilot"),
                         b.id,
                         QDate(2026, 12, 1),
                         QStringLiteral("planned"),
                         true,
                         {}};
    const Review review {QUuid::createUuid(), QDate(2026, 9, 15), QStringLiteral("interim"), QStringLiteral("Interim")};
    p.reviews << review;
    p.reviewScores
        << ReviewScore {QUuid::createUuid(), review.id, a.id, QStringLiteral("own_organisation"), 4, {}, {}, false}
        << ReviewScore {QUuid::createUuid(), review.id, b.id, QStringLiteral("own_organisation"), 2, {}, {}, false}
        << ReviewScore {QUuid::createUuid(), review.id, b.id, QStringLiteral("trust_people"), 5, {}, {}, false};
    const Meeting next {QUuid::createUuid(),
                        QDate(2026, 11, 20),
                        QStringLiteral("steering_committee"),
                        QStringLiteral("Autumn committee"),
                        QStringLiteral("Budget\nSecond site"),
                        {},
                        {}};
    p.meetings << next;
    p.decisions << Decision {
        QUuid::createUuid(),         next.id, QStringLiteral("Hire a second mediator"), b.id, QDate(2027, 1, 31),
        QStringLiteral("to_decide"), {}};

    report::Options o;
    o.language = QStringLiteral("en");
    o.date = QDate(2026, 10, 1);
    const report::Report r = report::buildReport(p, o);
    REQUIRE_FALSE(r.sections.isEmpty());
    CHECK(r.sections.first().id == QStringLiteral("synthesis"));
    CHECK(sectionOf(r, QStringLiteral("committee")) == nullptr); // the full report: not the committee pack's section
    const QStringList lines = linesOf(r.sections.first());
    const QString all = lines.join(QLatin1Char('\n'));
    INFO(test::str(all));

    // The current step, its status said as a suggestion (the manager set none), the period.
    CHECK(all.contains(QStringLiteral("Current step: 1. Diagnose")));
    CHECK(all.contains(QStringLiteral("(suggested from what was entered")));
    CHECK(all.contains(QStringLiteral("Period: 1 January 2026 to 31 December 2027")));
    // Figures with what they rest on: indicators with data, partners who answered.
    CHECK(all.contains(QStringLiteral("Indicators against their targets | 55% | 2 of 2 indicator(s) with data")));
    CHECK(all.contains(QStringLiteral("Review: Performance | 60% | 2 partner(s) answered")));
    CHECK(all.contains(QStringLiteral("Impact: Trust | 100% | 1 partner(s) answered")));
    CHECK(all.contains(QStringLiteral("(55% and 60%)")));
    // The indicator at risk by the time-aware rule, and only it.
    CHECK(all.contains(QStringLiteral("Meals served: 10% achieved")));
    CHECK_FALSE(all.contains(QStringLiteral("Volunteers trained:")));
    // Late actions, oldest first, capped; the next milestone and meeting; the decision to take.
    CHECK(all.contains(QStringLiteral("Late on 1 October 2026: 6 action(s)")));
    CHECK(lines.contains(QStringLiteral("Late action 1: Asso A, due 1 August 2026")));
    CHECK_FALSE(all.contains(QStringLiteral("Late action 5")));
    CHECK(lines.contains(QStringLiteral("and 2 more")));
    CHECK(lines.contains(QStringLiteral("1 December 2026: Public launch (Company B)")));
    CHECK(all.contains(QStringLiteral("Next meeting: 20 November 2026, Autumn committee (Steering committee)")));
    CHECK(lines.contains(QStringLiteral("Hire a second mediator (Company B, by 31 January 2027)")));

    // The committee pack: the synthesis, then the agenda, open decisions and risks in full.
    o.preset = report::Preset::Committee;
    const report::Report pack = report::buildReport(p, o);
    REQUIRE(pack.sections.size() == 2);
    CHECK(pack.sections.at(0).id == QStringLiteral("synthesis"));
    CHECK(pack.sections.at(1).id == QStringLiteral("committee"));
    const QStringList packLines = linesOf(pack.sections.at(1));
    INFO(test::str(packLines.join(QLatin1Char('\n'))));
    CHECK(packLines.contains(QStringLiteral("Budget")));
    CHECK(packLines.contains(QStringLiteral("Second site")));
    CHECK(packLines.join(QLatin1Char('\n')).contains(QStringLiteral("Hire a second mediator | Company B")));
    CHECK(packLines.join(QLatin1Char('\n')).contains(QStringLiteral("Meals served | 10%")));
}

TEST_CASE("Report presets and sections parse as the command line and the dialog need", "[report][synthesis]")
{
    CHECK(report::parsePreset(QStringLiteral(" Committee ")) == report::Preset::Committee);
    CHECK(report::parsePreset(QStringLiteral("full")) == report::Preset::Full);
    CHECK_FALSE(report::parsePreset(QStringLiteral("bogus")));
    CHECK(report::sectionIds().first() == QStringLiteral("synthesis"));
    CHECK(report::presetSections(report::Preset::Committee)
          == QStringList {QStringLiteral("synthesis"), QStringLiteral("committee")});
    CHECK_FALSE(report::presetSections(report::Preset::Full).contains(QStringLiteral("committee")));
    CHECK(report::presetSections(report::Preset::Full).size() == report::sectionIds().size() - 1);
    // Chosen sections win over the preset's.
    report::Options o;
    o.preset = report::Preset::Committee;
    o.sections = {QStringLiteral("indicators")};
    CHECK(report::includes(o, QStringLiteral("indicators")));
    CHECK_FALSE(report::includes(o, QStringLiteral("synthesis")));
}

TEST_CASE("Every figure of the report that summarises the partners' answers says how many answered",
          "[report][synthesis]")
{
    const auto dir = test::makeTempDir();
    auto doc = Document::createNew(QStringLiteral("Example"), test::testAuthor(), test::optionsIn(dir->path()));
    REQUIRE(doc);
    QString error;
    REQUIRE(example::fillExample(*doc, &error));
    report::Options o;
    o.language = QStringLiteral("en");
    o.date = QDate(2026, 11, 23);
    o.journal = queryRowsOf(*doc);
    const report::Report r = report::buildReport(doc->project(), o);
    const QRegularExpression percent(QStringLiteral("\\d+%"));
    const QRegularExpression counted(QStringLiteral("\\d+% \\(\\d+ partner\\(s\\) answered\\)"));
    int angleLines = 0, tables = 0;
    for (const report::Section &s : r.sections) {
        for (const report::Block &b : s.blocks) {
            // The review's angles and impacts: each percentage with its respondents.
            if (b.kind == report::Block::Kind::Field
                && (b.label == QStringLiteral("Angles") || b.label == QStringLiteral("Impacts"))) {
                INFO(test::str(b.text));
                CHECK(b.text.count(percent) == b.text.count(counted));
                ++angleLines;
            }
            if (b.kind != report::Block::Kind::TableBlock)
                continue;
            const report::Table &t = b.table;
            // The reviews held (step 7): a column of respondents.
            if (t.header.contains(QStringLiteral("Performance")) && t.header.contains(QStringLiteral("Review"))) {
                CHECK(t.header.constLast() == QStringLiteral("Respondents"));
                ++tables;
            }
            // Ratings of a review's questions: each mean with how many rated it.
            if (t.header.constLast() == QStringLiteral("Mean (partners who answered)")) {
                for (const QStringList &row : t.rows) {
                    INFO(test::str(row.join(QStringLiteral(" | "))));
                    CHECK(row.constLast().contains(QRegularExpression(QStringLiteral("\\(\\d+\\)$"))));
                }
                ++tables;
            }
            // The synthesis's figures: respondents, or the indicators behind the achievement.
            if (t.header.value(2) == QStringLiteral("Based on")) {
                for (const QStringList &row : t.rows) {
                    INFO(test::str(row.join(QStringLiteral(" | "))));
                    CHECK((row.value(2).contains(QStringLiteral("answered"))
                           || row.value(2).contains(QStringLiteral("with data"))));
                }
                ++tables;
            }
            // Maturity: each partner's own answers, counted.
            if (t.header.constLast() == QStringLiteral("Questions answered")) {
                for (const QStringList &row : t.rows)
                    CHECK(row.constLast().contains(QRegularExpression(QStringLiteral("^\\d+ of \\d+$"))));
                ++tables;
            }
        }
    }
    CHECK(angleLines >= 4);
    CHECK(tables >= 5);
}

TEST_CASE("The committee pack never names a private contact, even one uninvited since the committee",
          "[report][synthesis][meetings]")
{
    const auto dir = test::makeTempDir();
    qint64 now = at(2026, 2, 1);
    DocumentOptions options = test::optionsIn(dir->path());
    options.clock = [&now] { return now; };
    auto doc = Document::createNew(QStringLiteral("Private attendance"), author(QStringLiteral("Manager")), options);
    REQUIRE(doc);
    const QUuid org = QUuid::createUuid(), secret = QUuid::createUuid(), open = QUuid::createUuid(),
                committee = QUuid::createUuid(), next = QUuid::createUuid();
    ChangeSet setup(QStringLiteral("Setup"));
    setup.set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Asso A"))
        .set(QStringLiteral("contact"), secret, QStringLiteral("organisation_id"), org)
        .set(QStringLiteral("contact"), secret, QStringLiteral("name"), QStringLiteral("Hidden Person"))
        .set(QStringLiteral("contact"), secret, QStringLiteral("private"), true)
        .set(QStringLiteral("contact"), open, QStringLiteral("organisation_id"), org)
        .set(QStringLiteral("contact"), open, QStringLiteral("name"), QStringLiteral("Open Person"))
        .set(QStringLiteral("meeting"), committee, QStringLiteral("date"), QDate(2026, 3, 10))
        .set(QStringLiteral("meeting"), committee, QStringLiteral("kind"), QStringLiteral("steering_committee"))
        .set(QStringLiteral("meeting"), next, QStringLiteral("date"), QDate(2026, 9, 10))
        .set(QStringLiteral("meeting"), next, QStringLiteral("title"), QStringLiteral("Autumn"));
    REQUIRE(doc->apply(setup));
    // After the committee, both are invited to the next one; the private one is then uninvited.
    now = at(2026, 4, 1);
    REQUIRE(doc->apply(meetingedits::setAttending(*doc, next, secret, true, QStringLiteral("Invite"))));
    REQUIRE(doc->apply(meetingedits::setAttending(*doc, next, open, true, QStringLiteral("Invite"))));
    REQUIRE(doc->apply(meetingedits::setAttending(*doc, next, secret, false, QStringLiteral("Uninvite"))));

    report::Options o;
    o.language = QStringLiteral("en");
    o.date = QDate(2026, 6, 1);
    o.preset = report::Preset::Committee;
    o.journal = queryRowsOf(*doc);
    const report::Report r = report::buildReport(doc->project(), o);
    QStringList all;
    for (const report::Section &s : r.sections)
        all << linesOf(s);
    const QString text = all.join(QLatin1Char('\n'));
    INFO(test::str(text));
    CHECK(text.contains(QStringLiteral("Open Person"))); // a shared contact's attendance is named
    CHECK_FALSE(text.contains(QStringLiteral("Hidden Person")));
    // The next meeting has no title: the cover names its kind, never "“”".
    CHECK(r.cover.dateLine.startsWith(QStringLiteral("Pack for “")));
    CHECK_FALSE(r.cover.dateLine.contains(QStringLiteral("“”")));
}
