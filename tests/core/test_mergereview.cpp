// The merge review as a manager reads it: each field a partner's copy
// changes, named (item, field), with the value before and after in full, who
// changed it and when; and the summary once the merge is applied.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "document/document.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "sync/mergereview.h"
#include "sync/partnercopy.h"
#include "testsupport.h"

#include <QDate>
#include <QLocale>
#include <QTextStream>

using namespace alliance;

namespace {

const QString org = QStringLiteral("organisation");
const QString indicator = QStringLiteral("indicator");
const QString action = QStringLiteral("action");

/// A manager's project, a copy for Ville de Lyon edited by Léa Martin, and
/// the manager's own edits since; clocks the test moves.
struct Exchange
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1767225600000); // 2026-01-01
    QUuid lyon = QUuid::createUuid(), ateliers = QUuid::createUuid(), workshop = QUuid::createUuid();
    std::unique_ptr<Document> manager;
    QString theirs = dir->filePath(QStringLiteral("theirs.alliance"));
    QString longText;

    DocumentOptions options(const QString &folder) const
    {
        DocumentOptions o = test::optionsIn(dir->filePath(folder));
        auto clock = now;
        o.clock = [clock] { return *clock; };
        return o;
    }
    void tick() { *now += 60000; }

    Exchange()
    {
        QString error;
        manager = Document::createNew(QStringLiteral("Alliance numérique"),
                                      {QStringLiteral("Manager"), {}, QUuid::createUuid()},
                                      options(QStringLiteral("m")), {}, &error);
        REQUIRE(manager);
        REQUIRE(manager->apply(ChangeSet(QStringLiteral("Setup"))
                                   .set(org, lyon, QStringLiteral("name"), QStringLiteral("Ville de Lyon"))
                                   .set(indicator, ateliers, QStringLiteral("name"), QStringLiteral("Ateliers"))
                                   .set(indicator, ateliers, QStringLiteral("target"), 10.0)
                                   .set(indicator, ateliers, QStringLiteral("unit"), QStringLiteral("séances")),
                               &error));
        REQUIRE(manager->saveAs(dir->filePath(QStringLiteral("mine.alliance")), &error));
        const QString copy = dir->filePath(QStringLiteral("copy.alliance"));
        REQUIRE(sync::sharePartnerCopy(*manager, lyon, copy, &error));
        CheckResult check;
        auto partner = Document::open(copy, {QStringLiteral("Léa Martin"), lyon, QUuid::createUuid()},
                                      options(QStringLiteral("p")), &check);
        REQUIRE(partner);
        tick();
        for (int i = 0; i < 12; ++i)
            longText += QStringLiteral("Une phrase assez longue sur l’enjeu commun du territoire, numéro %1. ").arg(i);
        longText += QStringLiteral("\nEt un second paragraphe.");
        REQUIRE(partner->apply(
            ChangeSet(QStringLiteral("Partner"))
                .set(indicator, ateliers, QStringLiteral("target"), 25.0)
                .set(indicator, ateliers, QStringLiteral("unit"), QStringLiteral("ateliers"))
                .set(indicator, ateliers, QStringLiteral("baseline"), 2.0)
                .set(action, workshop, QStringLiteral("title"), QStringLiteral("Atelier au centre social"))
                .set(action, workshop, QStringLiteral("due_date"), QStringLiteral("2026-03-31"))
                .set(action, workshop, QStringLiteral("owner_id"), schema::idText(lyon))
                .set(QStringLiteral("partnership"), manager->partnershipId(), QStringLiteral("common_stake"), longText),
            &error));
        REQUIRE(partner->saveAs(theirs, &error));
        // The manager, later: the same baseline (no conflict, nothing to change) and another unit (a conflict).
        tick();
        REQUIRE(manager->apply(ChangeSet(QStringLiteral("Mine"))
                                   .set(indicator, ateliers, QStringLiteral("baseline"), 2.0)
                                   .set(indicator, ateliers, QStringLiteral("unit"), QStringLiteral("réunions")),
                               &error));
    }
};

const sync::IncomingChange *find(const QList<sync::IncomingChange> &changes, const QString &table, const QString &field)
{
    for (const auto &c : changes)
        if (c.table == table && c.field == field)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("Each field a partner's copy changes is named, with its value before and after, who and when",
          "[sync][mergereview]")
{
    Exchange x;
    CheckResult check;
    const auto plan = sync::planMerge(*x.manager, x.theirs, &check);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    const auto changes = sync::incomingChanges(*x.manager, *plan);

    const auto *target = find(changes, indicator, QStringLiteral("target"));
    REQUIRE(target);
    CHECK(target->item == QStringLiteral("Indicator “Ateliers”"));
    CHECK(target->fieldLabel == QStringLiteral("Target"));
    CHECK(target->before == QStringLiteral("10"));
    CHECK(target->after == QStringLiteral("25"));
    CHECK_FALSE(target->newItem);
    CHECK(target->by.authorName == QStringLiteral("Léa Martin"));
    CHECK(target->by.authorOrganisation == QStringLiteral("Ville de Lyon"));
    CHECK(target->by.when == QDateTime::fromMSecsSinceEpoch(1767225660000, Qt::UTC));
    CHECK(target->partner == QStringLiteral("Ville de Lyon"));
    CHECK(target->stepId == QStringLiteral("pilot"));
    CHECK(sync::authorText(target->by) == QStringLiteral("Léa Martin (Ville de Lyon)"));

    // An item new in their copy is named by what came in; references and dates read as people say them.
    const auto *title = find(changes, action, QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->newItem);
    CHECK(title->item == QStringLiteral("Action “Atelier au centre social”"));
    CHECK(title->before == QStringLiteral("(new item)"));
    CHECK(title->after == QStringLiteral("Atelier au centre social"));
    const auto *due = find(changes, action, QStringLiteral("due_date"));
    REQUIRE(due);
    CHECK(due->fieldLabel == QStringLiteral("Due date"));
    CHECK(due->after == QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat));
    const auto *owner = find(changes, action, QStringLiteral("owner_id"));
    REQUIRE(owner);
    CHECK(owner->after == QStringLiteral("Ville de Lyon"));

    // A long text comes whole, its line break kept.
    const auto *stake = find(changes, QStringLiteral("partnership"), QStringLiteral("common_stake"));
    REQUIRE(stake);
    CHECK(stake->fieldLabel == QStringLiteral("Common stake"));
    CHECK(stake->before == QStringLiteral("(empty)"));
    CHECK(stake->after == x.longText.trimmed());
    CHECK(stake->stepId == QStringLiteral("objectives"));

    // The conflict is listed apart; the baseline both set alike changes nothing and is not listed.
    CHECK_FALSE(find(changes, indicator, QStringLiteral("unit")));
    CHECK_FALSE(find(changes, indicator, QStringLiteral("baseline")));
    CHECK(changes.size() == 5);
    // Steps in the method's order: 2. Objectives before 6. Pilot; the action's fields together.
    CHECK(changes.first().stepId == QStringLiteral("objectives"));
    QStringList tables;
    for (const auto &c : changes)
        tables << c.table;
    CHECK(tables.join(QLatin1Char(',')) == QStringLiteral("partnership,indicator,action,action,action"));
}

TEST_CASE("The summary of an applied merge counts changes per step, names who made them and how conflicts went",
          "[sync][mergereview]")
{
    Exchange x;
    CheckResult check;
    const auto plan = sync::planMerge(*x.manager, x.theirs, &check);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    REQUIRE_FALSE(plan->conflicts.first().theirsWins); // the manager's unit is later
    const auto changes = sync::incomingChanges(*x.manager, *plan);

    const sync::MergeOutcome kept = sync::mergeOutcome(*plan, changes, {});
    CHECK(kept.changes == 5);
    CHECK(kept.conflictsKeptMine == 1);
    CHECK(kept.conflictsTookTheirs == 0);
    REQUIRE(kept.steps.size() == 2);
    CHECK(kept.steps.at(0).stepId == QStringLiteral("objectives"));
    CHECK(kept.steps.at(0).changes == 1);
    CHECK(kept.steps.at(1).stepId == QStringLiteral("pilot"));
    CHECK(kept.steps.at(1).changes == 4);

    const sync::MergeOutcome flipped = sync::mergeOutcome(*plan, changes, plan->conflicts);
    CHECK(flipped.changes == 6);
    CHECK(flipped.conflictsKeptMine == 0);
    CHECK(flipped.conflictsTookTheirs == 1);
    CHECK(flipped.from == QStringList {QStringLiteral("Léa Martin (Ville de Lyon)")});
    // Plural forms come from the translations, which the core tests do not load: "(s)" stays.
    const QString text = sync::outcomeText(flipped);
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("“theirs.alliance” is merged: 6 change(s) applied.")));
    CHECK(text.contains(QStringLiteral("From: Léa Martin (Ville de Lyon).")));
    CHECK(text.contains(QStringLiteral("%1: 1 change(s)").arg(sync::stepTitle(QStringLiteral("objectives")))));
    CHECK(text.contains(QStringLiteral("6. Pilot: 5 change(s)")));
    CHECK(text.contains(QStringLiteral("1 conflict(s) settled with your partner’s value.")));
    CHECK(sync::outcomeLine(flipped)
          == QStringLiteral("Merged “theirs.alliance”: 6 change(s) applied, 1 conflict(s) settled."));

    // Applying gives what the summary says.
    QString error;
    REQUIRE(x.manager->applyMerge(*plan, plan->conflicts, &error));
    CHECK(x.manager->value(indicator, x.ateliers, QStringLiteral("unit")).toString() == QStringLiteral("ateliers"));
    CHECK(x.manager->value(indicator, x.ateliers, QStringLiteral("target")).toDouble() == 25.0);
}

TEST_CASE("A partner's new answer to a need is named by the need and its organisation, whose tie is not a change "
          "of its own",
          "[sync][mergereview]")
{
    Exchange x;
    const method::TerritoryNeed &need = method::territoryNeeds().first();
    const method::MaturityQuestion &question = method::maturityQuestions().first();
    const QString needTable = QStringLiteral("need_answer"), maturityTable = QStringLiteral("maturity_answer");
    const QUuid answer = QUuid::createUuid(), maturity = QUuid::createUuid();
    QString error;
    CheckResult check;
    {
        // The partner answers a need and a maturity question the way the Diagnose page creates rows.
        auto partner = Document::open(x.theirs, {QStringLiteral("Léa Martin"), x.lyon, QUuid::createUuid()},
                                      x.options(QStringLiteral("p2")), &check);
        REQUIRE(partner);
        x.tick();
        REQUIRE(
            partner->apply(ChangeSet(QStringLiteral("Need"))
                               .set(needTable, answer, QStringLiteral("deleted"), 0)
                               .set(needTable, answer, QStringLiteral("need_id"), need.id)
                               .set(needTable, answer, QStringLiteral("organisation_id"), schema::idText(x.lyon))
                               .set(needTable, answer, QStringLiteral("answer"), QStringLiteral("Des ateliers"))
                               .set(maturityTable, maturity, QStringLiteral("deleted"), 0)
                               .set(maturityTable, maturity, QStringLiteral("question_id"), question.id)
                               .set(maturityTable, maturity, QStringLiteral("organisation_id"), schema::idText(x.lyon))
                               .set(maturityTable, maturity, QStringLiteral("score"), 3),
                           &error));
        REQUIRE(partner->save(&error));
    }
    const auto plan = sync::planMerge(*x.manager, x.theirs, &check);
    REQUIRE(plan);
    const auto changes = sync::incomingChanges(*x.manager, *plan);
    const QString needName = method::tr(need.name);
    const QString questionName = itemlabel::oneLine(method::tr(question.text), 50);

    const auto *text = find(changes, needTable, QStringLiteral("answer"));
    REQUIRE(text);
    CHECK(text->item.toStdString()
          == QStringLiteral("Territory need “%1 – Ville de Lyon”").arg(needName).toStdString());
    CHECK(text->after == QStringLiteral("Des ateliers"));
    const auto *score = find(changes, maturityTable, QStringLiteral("score"));
    REQUIRE(score);
    CHECK(score->item.toStdString()
          == QStringLiteral("Maturity answer “%1 – Ville de Lyon”").arg(questionName).toStdString());
    // The fields that only say which need, question and organisation are read in the name.
    CHECK_FALSE(find(changes, needTable, QStringLiteral("organisation_id")));
    CHECK_FALSE(find(changes, needTable, QStringLiteral("need_id")));
    CHECK_FALSE(find(changes, maturityTable, QStringLiteral("organisation_id")));
    CHECK_FALSE(find(changes, maturityTable, QStringLiteral("question_id")));

    // The headline counts what the list shows, and the conflicts apart.
    CHECK(sync::incomingHeadline(QStringLiteral("theirs.alliance"), int(changes.size()), 1)
          == QStringLiteral("%1 change(s) and 1 conflict(s) came in from “theirs.alliance”.").arg(changes.size()));
    CHECK(sync::incomingHeadline(QStringLiteral("f.alliance"), 2, 0)
          == QStringLiteral("2 change(s) came in from “f.alliance”."));

    // Applied all the same; the history names the rows alike.
    REQUIRE(x.manager->applyMerge(*plan, {}, &error));
    CHECK(x.manager->value(needTable, answer, QStringLiteral("organisation_id")).toString() == schema::idText(x.lyon));
    CHECK(x.manager->value(needTable, answer, QStringLiteral("need_id")).toString() == need.id);
    CHECK(x.manager->value(maturityTable, maturity, QStringLiteral("organisation_id")).toString()
          == schema::idText(x.lyon));
    ItemLabels history(*x.manager);
    CHECK(history.label(needTable, answer).toStdString() == text->item.toStdString());
    CHECK(history.label(maturityTable, maturity).toStdString() == score->item.toStdString());
}

TEST_CASE("The history, the merge review, its conflicts and the merge verb name an item and its field alike",
          "[sync][mergereview][history]")
{
    Exchange x;
    QString error;
    const QString mine = x.dir->filePath(QStringLiteral("mine-later.alliance"));
    REQUIRE(x.manager->saveAs(mine, &error));
    CheckResult check;
    const auto plan = sync::planMerge(*x.manager, x.theirs, &check);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    const sync::Conflict &unit = plan->conflicts.first();
    const auto changes = sync::incomingChanges(*x.manager, *plan);
    const auto *target = find(changes, indicator, QStringLiteral("target"));
    REQUIRE(target);

    const QString name = QStringLiteral("Indicator “Ateliers”");
    CHECK(ItemLabels(*x.manager).label(indicator, x.ateliers) == name); // the history panel
    CHECK(unit.itemLabel == name);                                      // the conflicts
    CHECK(target->item == name);                                        // the merge review
    CHECK(itemlabel::fieldLabel(unit.table, unit.field) == QStringLiteral("Unit"));

    // The verb prints the same name and the field's label, never its column's name.
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const QString merged = x.dir->filePath(QStringLiteral("merged.alliance"));
    const int code = cli::run(
        {QStringLiteral("alliance-pilot"), QStringLiteral("merge"), mine, x.theirs, QStringLiteral("-o"), merged},
        outStream, errStream, x.options(QStringLiteral("cli")));
    outStream.flush();
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(code == cli::Ok);
    CHECK(out.contains(QStringLiteral("  %1, Unit\n").arg(name)));
    CHECK(out.contains(QStringLiteral("“réunions”")));
    CHECK(out.contains(QStringLiteral("“ateliers”")));
    CHECK_FALSE(out.contains(QStringLiteral(", unit\n")));
    // Their indicator of the same item, in the merged file, is named alike by a checked file's reader.
    SqliteDb db;
    REQUIRE(openCheckedProjectFile(merged, db).ok());
    CHECK(ItemLabels(queryRowsOf(db)).label(indicator, x.ateliers) == name);
}
