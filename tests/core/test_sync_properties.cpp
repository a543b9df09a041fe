// Properties of merging, proven on random scenarios: several copies of one
// project edited apart by partners who keep the rules (fields set, items
// made, deleted, undone, copies merged into each other), then merged in every
// order. The merged content must not depend on the order, merging a copy into
// itself changes nothing, no edit is lost (every field ends at its latest
// change by clock), and private items never reach a partner's copy.
// Hostile scenarios: a partner's copy, made before the manager marked items
// private, edits them anyway, flips who is private, deletes the lead and the
// partnership, or holds a clock spelled another way; the manager's private
// items and the lead come out of the merge untouched, and the result is valid.
//   ALLIANCE_SYNC_SEED=N runs the one scenario of seed N;
//   ALLIANCE_SYNC_SCENARIOS=N changes how many run (default 1000).
#include <catch2/catch.hpp>

#include "document/document.h"
#include "edits/removal.h"
#include "model/ids.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"
#include "syncscenario.h"
#include "testsupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <memory>

using namespace alliance;
using namespace alliance::test;

namespace {

QString typed(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QString:
        return QStringLiteral("t:") + v.toString();
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QStringLiteral("null");
    }
}

const QString journalColumns
    = QStringLiteral("change_id, entity, entity_id, field, value, hlc, author_name, author_org, installation");

/// What a merge must agree on: every shared table's rows and the journal as a
/// set (its order and sequence numbers are each file's own), sorted.
QMap<QString, QStringList> content(const QString &path)
{
    QMap<QString, QStringList> out;
    SqliteDb db; // one connection for the whole file: scenarios read many
    REQUIRE(db.open(path, SqliteDb::Mode::ReadOnlyImmutable));
    auto lines = [&](const QString &sql) {
        QStringList l;
        bool ok = true;
        const auto rows = db.rows(sql, {}, &ok);
        REQUIRE(ok);
        for (const auto &row : rows) {
            QStringList cells;
            for (const auto &v : row)
                cells << typed(v);
            l << cells.join(QLatin1Char('|'));
        }
        l.sort();
        return l;
    };
    for (const auto &t : schema::tables())
        if (t.merged)
            out.insert(t.name, lines(QStringLiteral("SELECT * FROM %1").arg(t.name)));
    out.insert(QStringLiteral("journal"),
               lines(QStringLiteral("SELECT %1 FROM journal WHERE entity <> 'partner_copy'").arg(journalColumns)));
    return out;
}

/// The first difference between two contents, for failure messages.
QString difference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QStringList other = b.value(it.key());
        if (*it == other)
            continue;
        for (int i = 0; i < qMax(it->size(), other.size()); ++i)
            if (it->value(i) != other.value(i))
                return QStringLiteral("%1 line %2:\n  %3\n  %4").arg(it.key()).arg(i).arg(it->value(i), other.value(i));
    }
    return {};
}

/// Checks that every field of the file at `path` holds the value of its
/// latest change (by clock, then change id) among the journal entries of
/// `union`, and that its journal is exactly that union.
void checkLatestWins(const QString &path, const QMap<QString, QStringList> &unionContent)
{
    // entity|entity_id|field -> (hlc|change_id, value)
    QHash<QString, QPair<QString, QVariant>> latest;
    QSet<QString> items;
    SqliteDb db;
    REQUIRE(db.open(path, SqliteDb::Mode::ReadOnlyImmutable));
    for (const auto &row : db.rows(QStringLiteral("SELECT %1 FROM journal").arg(journalColumns))) {
        if (row.at(1).toString() == QLatin1String("partner_copy"))
            continue;
        const QString key
            = row.at(1).toString() + QLatin1Char('|') + row.at(2).toString() + QLatin1Char('|') + row.at(3).toString();
        const QString order = row.at(5).toString() + QLatin1Char('|') + row.at(0).toString();
        auto it = latest.find(key);
        if (it == latest.end() || order > it->first)
            latest.insert(key, {order, row.at(4)});
        items.insert(row.at(1).toString() + QLatin1Char('|') + row.at(2).toString());
    }
    CHECK(content(path).value(QStringLiteral("journal")) == unionContent.value(QStringLiteral("journal")));
    // Every field of every item, as the file holds it.
    QHash<QString, QVariant> stored;
    for (const auto &t : schema::tables()) {
        if (!t.merged)
            continue;
        QStringList fields {QStringLiteral("deleted")};
        for (const auto &c : t.columns)
            fields << c.name;
        for (const auto &row :
             db.rows(QStringLiteral("SELECT id, %1 FROM %2").arg(fields.join(QLatin1Char(',')), t.name))) {
            const QString item = t.name + QLatin1Char('|') + row.at(0).toString();
            // No item without a change that made it.
            INFO(str(item));
            CHECK(items.contains(item));
            for (int i = 0; i < fields.size(); ++i)
                stored.insert(item + QLatin1Char('|') + fields.at(i), row.at(i + 1));
        }
    }
    int mismatches = 0;
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        const QVariant actual = stored.value(it.key(), QStringLiteral("(no such item)"));
        if (typed(actual) != typed(it->second) && ++mismatches <= 5) {
            INFO(str(it.key()) << " latest " << str(typed(it->second)) << " file " << str(typed(actual)));
            CHECK(typed(actual) == typed(it->second));
        }
    }
    CHECK(mismatches == 0);
}

QMap<QString, QStringList> unite(const QList<QMap<QString, QStringList>> &contents)
{
    QSet<QString> journal;
    for (const auto &c : contents)
        for (const auto &line : c.value(QStringLiteral("journal")))
            journal.insert(line);
    QStringList lines(journal.begin(), journal.end());
    lines.sort();
    return {{QStringLiteral("journal"), lines}};
}

void runScenario(quint32 seed)
{
    INFO("seed " << seed << " (rerun with ALLIANCE_SYNC_SEED=" << seed << ")");
    Scenario s(seed);
    const QString base = s.path(QStringLiteral("base.alliance"));
    s.makeBase(base);
    const int copies = 2 + s.rng().bounded(2);
    QStringList files;
    std::vector<std::unique_ptr<Document>> docs;
    for (int i = 0; i < copies; ++i) {
        files << s.path(QStringLiteral("copy%1.alliance").arg(i));
        CheckResult opened;
        docs.push_back(Document::open(base, s.newAuthor(QStringLiteral("Partner %1").arg(i)), s.options(), &opened));
        REQUIRE(docs.back());
    }
    QString error;
    for (int i = 0; i < copies; ++i)
        REQUIRE(docs[i]->saveAs(files.at(i), &error));
    const int edits = 6 + s.rng().bounded(10);
    for (int e = 0; e < edits * copies; ++e) {
        const int i = s.rng().bounded(copies);
        std::vector<Document *> others;
        for (int j = 0; j < copies; ++j)
            if (j != i)
                others.push_back(docs[j].get());
        s.edit(*docs[i], others);
    }
    for (int i = 0; i < copies; ++i)
        if (docs[i]->isModified())
            REQUIRE(docs[i]->save(&error));
    docs.clear();
    QList<QMap<QString, QStringList>> contents;
    for (const QString &f : files)
        contents << content(f);

    // merge(A, A) = A.
    {
        CheckResult opened;
        auto doc = Document::open(files[0], s.newAuthor(QStringLiteral("Self")), s.options(), &opened);
        REQUIRE(doc);
        CheckResult refusal;
        const auto plan = sync::planMerge(*doc, files[0], &refusal);
        REQUIRE(plan);
        CHECK(plan->isEmpty());
        CHECK(plan->conflicts.isEmpty());
        REQUIRE(doc->applyMerge(*plan, {}, &error));
        CHECK_FALSE(doc->isModified());
        CHECK(content(doc->workingCopyPath()) == contents[0]);
    }
    // merge(A, B) = merge(B, A).
    const QString ab = s.merge(files[0], files[1], s.path(QStringLiteral("ab.alliance")));
    const QString ba = s.merge(files[1], files[0]);
    const auto abContent = content(ab);
    INFO(str(difference(abContent, content(ba))));
    CHECK(abContent == content(ba));
    QString all = ab;
    if (copies == 3) {
        // (A + B) + C = A + (B + C) = (C + A) + B.
        const QString abc = s.merge(ab, files[2], s.path(QStringLiteral("ab_c.alliance")));
        const QString bc = s.merge(files[1], files[2], s.path(QStringLiteral("bc.alliance")));
        const QString a_bc = s.merge(files[0], bc);
        const QString ca = s.merge(files[2], files[0], s.path(QStringLiteral("ca.alliance")));
        const QString ca_b = s.merge(ca, files[1]);
        const auto abcContent = content(abc);
        INFO(str(difference(abcContent, content(a_bc))));
        CHECK(abcContent == content(a_bc));
        INFO(str(difference(abcContent, content(ca_b))));
        CHECK(abcContent == content(ca_b));
        all = abc;
    }
    // No edit lost: every field at its latest change, the journal the union of all.
    checkLatestWins(all, unite(contents));
    const CheckResult valid = validateProjectFile(all);
    INFO(str(valid.message));
    CHECK(valid.ok());

    // Private items never reach a partner's copy.
    CheckResult opened;
    auto doc = Document::open(all, s.newAuthor(QStringLiteral("Manager")), s.options(), &opened);
    REQUIRE(doc);
    s.makeSomePrivate(*doc);
    QList<QUuid> partners;
    for (const auto &o : doc->project().organisations)
        if (!o.isPrivate)
            partners << o.id;
    if (partners.isEmpty())
        return;
    const QString copy = s.path(QStringLiteral("partner.alliance"));
    REQUIRE(sync::sharePartnerCopy(*doc, s.pick(partners), copy, &error));
    QStringList hidden;
    for (const auto &row : rawRows(all,
                                   QStringLiteral("SELECT id FROM organisation WHERE private = 1 UNION "
                                                  "SELECT id FROM contact WHERE private = 1 OR organisation_id IN "
                                                  "(SELECT id FROM organisation WHERE private = 1) UNION "
                                                  "SELECT id FROM note WHERE private = 1")))
        hidden << row.at(0).toString();
    QString shared;
    for (const auto &lines : content(copy))
        shared += lines.join(QLatin1Char('\n'));
    for (const QString &id : hidden) {
        INFO("private item " << str(id));
        CHECK_FALSE(shared.contains(id));
    }
    CHECK(validateProjectFile(copy).ok());
}

/// What must come out of a partner's merge unchanged: the whole row of each
/// private organisation, contact and note (and of each contact of a private
/// organisation), keyed by id; and, for every such item, whether it is private.
struct PrivateState
{
    QMap<QString, QString> privateRows;
    QMap<QString, qint64> flags;
};

PrivateState privateState(const QString &path)
{
    PrivateState state;
    for (const auto &row :
         rawRows(path,
                 QStringLiteral("SELECT id, private, deleted || '|' || name || '|' || role FROM organisation "
                                "UNION ALL SELECT c.id, c.private OR ifnull(o.private, 0), c.deleted || '|' "
                                "|| c.name || '|' || c.email || '|' || ifnull(c.organisation_id, '') FROM "
                                "contact c LEFT JOIN organisation o ON o.id = c.organisation_id "
                                "UNION ALL SELECT id, private, deleted || '|' || text FROM note"))) {
        const QString id = row.at(0).toString();
        state.flags.insert(id, row.at(1).toLongLong());
        if (row.at(1).toLongLong() == 1)
            state.privateRows.insert(id, row.at(2).toString());
    }
    return state;
}

void runHostileScenario(quint32 seed)
{
    INFO("hostile seed " << seed << " (rerun with ALLIANCE_SYNC_SEED=" << seed << ")");
    Scenario s(seed);
    const QString base = s.path(QStringLiteral("base.alliance"));
    s.makeBase(base);
    const QString mine = s.path(QStringLiteral("mine.alliance"));
    const QString copy = s.path(QStringLiteral("copy.alliance"));
    QString error;
    CheckResult opened;
    const Author manager = s.newAuthor(QStringLiteral("Manager"));
    QUuid partner, lead;
    {
        auto doc = Document::open(base, manager, s.options(), &opened);
        REQUIRE(doc);
        const QList<QUuid> organisations = Scenario::liveIds(*doc, QStringLiteral("organisation"));
        REQUIRE(organisations.size() >= 2);
        partner = organisations.first();
        lead = organisations.last();
        REQUIRE(
            doc->apply(ChangeSet(QStringLiteral("Lead"))
                           .set(QStringLiteral("organisation"), lead, QStringLiteral("role"), QStringLiteral("lead")),
                       &error));
        // Shared before anything is private: the partner's copy knows every id.
        REQUIRE(sync::sharePartnerCopy(*doc, partner, copy, &error));
        s.makeSomePrivate(*doc, {lead, partner});
        REQUIRE(doc->saveAs(mine, &error));
    }
    // The partner edits at will, private items of the manager included, and crafts changes no edit makes.
    {
        auto doc = Document::open(copy, s.newAuthor(QStringLiteral("Partner")), s.options(), &opened);
        REQUIRE(doc);
        const int edits = 8 + s.rng().bounded(12);
        for (int e = 0; e < edits; ++e)
            s.edit(*doc, {});
        ChangeSet hostile(QStringLiteral("Hostile"));
        for (const QString &t : {QStringLiteral("organisation"), QStringLiteral("contact"), QStringLiteral("note")})
            for (const QUuid &id : Scenario::liveIds(*doc, t))
                if (s.rng().bounded(2) == 0)
                    hostile.set(t, id, s.rng().bounded(2) == 0 ? QStringLiteral("private") : QStringLiteral("deleted"),
                                s.rng().bounded(2) == 0);
        if (s.rng().bounded(2) == 0)
            hostile.remove(QStringLiteral("partnership"), doc->partnershipId());
        if (!hostile.changes.isEmpty())
            REQUIRE(doc->apply(hostile, &error));
        REQUIRE(doc->save(&error));
    }
    const bool badClock = s.rng().bounded(4) == 0;
    if (badClock) // a clock that reads as 1970 but sorts after every real one
        REQUIRE(
            rawExec(copy,
                    journalRowSql(QStringLiteral("organisation"), schema::idText(lead), QStringLiteral("name"),
                                  QStringLiteral("'Forever'"), 0, {},
                                  QStringLiteral("9               -00000000-") + schema::idText(QUuid::createUuid())))
                .isEmpty());
    const PrivateState privateBefore = privateState(mine);
    const QByteArray mineDigest = sha256(mine), copyDigest = sha256(copy);

    auto doc = Document::open(mine, manager, s.options(), &opened);
    REQUIRE(doc);
    CheckResult refusal;
    const auto plan = sync::planMerge(*doc, copy, &refusal);
    if (badClock) {
        CHECK_FALSE(plan);
        CHECK(refusal.refusal == Refusal::BadValue);
    } else {
        INFO(str(refusal.message));
        REQUIRE(plan);
        REQUIRE(doc->applyMerge(*plan, {}, &error));
        const QString merged = s.path(QStringLiteral("merged.alliance"));
        REQUIRE(doc->saveAs(merged, &error));
        const CheckResult valid = validateProjectFile(merged);
        INFO(str(valid.message));
        CHECK(valid.ok());
        const PrivateState after = privateState(merged);
        CHECK(after.privateRows == privateBefore.privateRows);
        for (auto it = privateBefore.flags.cbegin(); it != privateBefore.flags.cend(); ++it) {
            INFO("who is private: " << str(it.key()));
            CHECK(after.flags.value(it.key(), -1) == it.value());
        }
        CHECK(rawValue(merged, QStringLiteral("SELECT deleted FROM partnership")).toLongLong() == 0);
        // Neither deleted, nor made private, nor demoted.
        CHECK(rawValue(merged,
                       QStringLiteral("SELECT deleted || private || role FROM organisation WHERE id = '%1'")
                           .arg(schema::idText(lead)))
                  .toString()
              == QStringLiteral("00lead"));
    }
    CHECK(sha256(mine) == mineDigest);
    CHECK(sha256(copy) == copyDigest);
}

/// Runs scenarios [first, first + count) of the 1,000, or the one of ALLIANCE_SYNC_SEED.
void runScenarios(int first, int count, void (*run)(quint32) = runScenario)
{
    const QByteArray only = qgetenv("ALLIANCE_SYNC_SEED");
    if (!only.isEmpty()) {
        if (first == 0)
            run(only.toUInt());
        return;
    }
    if (qEnvironmentVariableIsSet("ALLIANCE_SYNC_SCENARIOS"))
        count = qMax(0, qMin(count, qEnvironmentVariableIntValue("ALLIANCE_SYNC_SCENARIOS") - first));
    for (int i = first; i < first + count; ++i)
        run(quint32(20261123 + i));
}

} // namespace

// Four cases of 250 scenarios, so that ctest can run them side by side.
TEST_CASE("Merging random copies (scenarios 1-250): commutative, idempotent, associative, nothing lost, nothing "
          "private shared",
          "[sync][properties]")
{
    runScenarios(0, 250);
}

TEST_CASE("Merging random copies (scenarios 251-500)", "[sync][properties]")
{
    runScenarios(250, 250);
}

TEST_CASE("Merging random copies (scenarios 501-750)", "[sync][properties]")
{
    runScenarios(500, 250);
}

TEST_CASE("Merging random copies (scenarios 751-1000)", "[sync][properties]")
{
    runScenarios(750, 250);
}

TEST_CASE("Hostile partners' copies (scenarios 1-200): private items, the lead and the partnership untouched, bad "
          "clocks refused",
          "[sync][properties][hostile]")
{
    runScenarios(0, 200, runHostileScenario);
}
