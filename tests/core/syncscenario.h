#pragma once
// Random editing of copies of one project, as partners who keep the rules
// do it: fields set, items made, deleted, undone, copies merged into each
// other. Shared by the merge properties (tests/core/test_sync_properties.cpp)
// and their replay through a workspace (tests/workspace).

#include "document/document.h"
#include "edits/removal.h"
#include "model/ids.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace alliance::test {

/// Scenarios write many small files: in memory when the machine offers it.
inline std::unique_ptr<QTemporaryDir> fastTempDir()
{
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable()) {
        auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/alliance-sync-XXXXXX"));
        if (dir->isValid())
            return dir;
    }
    return makeTempDir();
}

struct Clock
{
    qint64 now = 1'750'000'000'000;
};

/// The tables scenarios edit, with what a new item of each needs.
inline const QStringList editedTables {
    QStringLiteral("organisation"), QStringLiteral("contact"),     QStringLiteral("objective_weight"),
    QStringLiteral("contribution"), QStringLiteral("note"),        QStringLiteral("action"),
    QStringLiteral("review"),       QStringLiteral("review_score")};

class Scenario
{
public:
    explicit Scenario(quint32 seed) : m_rng(seed), m_dir(fastTempDir()) { }

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString work() const { return m_dir->filePath(QStringLiteral("work")); }
    QRandomGenerator &rng() { return m_rng; }

    DocumentOptions options()
    {
        DocumentOptions o = optionsIn(work());
        // Copies' clocks drift apart by a few milliseconds and often read the same time.
        const qint64 skew = m_rng.bounded(-3, 4);
        auto clock = m_clock;
        o.clock = [clock, skew] { return clock->now + skew; };
        return o;
    }
    void tick() { m_clock->now += m_rng.bounded(0, 3); }

    Author newAuthor(const QString &name)
    {
        // Each copy its own installation: changes in this installation's name
        // that a project lacks are forged, and refused.
        m_installations << QUuid::createUuid();
        return {name, {}, m_installations.last()};
    }

    /// Every id of `table` in `doc`, deleted items included.
    static QList<QUuid> idsIn(const Document &doc, const QString &table)
    {
        QList<QUuid> out;
        const auto reader = doc.openReader();
        for (const QVariant &id : reader->column(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table)))
            out << QUuid::fromString(id.toString());
        return out;
    }

    QUuid pick(const QList<QUuid> &ids) { return ids.isEmpty() ? QUuid() : ids.at(m_rng.bounded(int(ids.size()))); }

    QVariant randomValue(const Document &doc, const QString &table, const QString &field)
    {
        const schema::Column *c = schema::table(table)->column(field);
        if (c->type == schema::ColumnType::Reference) {
            const QUuid id = pick(idsIn(doc, c->refTable));
            return id.isNull() ? QVariant() : QVariant(schema::idText(id));
        }
        if (table == QLatin1String("review_score") && field == QLatin1String("criterion_id"))
            return validValue(table, field, {}, m_rng.bounded(3));
        // The lead stays the manager's: partners who keep the rules neither make one nor delete it.
        if (table == QLatin1String("organisation") && field == QLatin1String("role"))
            return QStringLiteral("partner");
        if (field == QLatin1String("private"))
            return false;
        return validValue(table, field, {}, m_rng.bounded(4));
    }

    /// The manager marks an organisation, a contact and a note private (when there are some).
    void makeSomePrivate(Document &doc, const QList<QUuid> &except = {})
    {
        ChangeSet c(QStringLiteral("Private"));
        for (const QString &t : {QStringLiteral("organisation"), QStringLiteral("contact"), QStringLiteral("note")}) {
            QList<QUuid> ids = liveIds(doc, t);
            for (const QUuid &e : except)
                ids.removeAll(e);
            const QUuid id = pick(ids);
            if (!id.isNull())
                c.set(t, id, QStringLiteral("private"), true);
        }
        QString error;
        REQUIRE(doc.apply(c, &error));
    }

    static QList<QUuid> liveIds(const Document &doc, const QString &table)
    {
        QList<QUuid> out;
        for (const auto &row : doc.rows(table, {}))
            out << QUuid::fromString(row.value(0).toString());
        return out;
    }

    /// Makes the base project every copy starts from.
    void makeBase(const QString &basePath)
    {
        QString error;
        auto doc
            = Document::createNew(QStringLiteral("Base"), newAuthor(QStringLiteral("Manager")), options(), {}, &error);
        REQUIRE(doc);
        for (int i = 0; i < 3; ++i)
            create(*doc, QStringLiteral("organisation"));
        for (const QString &t : editedTables)
            if (t != QLatin1String("organisation"))
                create(*doc, t);
        REQUIRE(doc->saveAs(basePath, &error));
    }

    /// A new item of `table` in `doc` (derived ids for weights and scores:
    /// two copies making "the same" item agree on its id).
    void create(Document &doc, const QString &table)
    {
        QUuid id = QUuid::createUuid();
        ChangeSet c(QStringLiteral("Create"));
        const QUuid org = pick(idsIn(doc, QStringLiteral("organisation")));
        if (table == QLatin1String("objective_weight")) {
            if (org.isNull())
                return;
            const QString objective
                = validValue(table, QStringLiteral("objective_id"), {}, m_rng.bounded(4)).toString();
            id = ids::objectiveWeight(org, objective);
            c.set(table, id, QStringLiteral("organisation_id"), schema::idText(org));
            c.set(table, id, QStringLiteral("objective_id"), objective);
        } else if (table == QLatin1String("review_score")) {
            const QUuid review = pick(idsIn(doc, QStringLiteral("review")));
            if (org.isNull() || review.isNull())
                return;
            const QString criterion
                = validValue(table, QStringLiteral("criterion_id"), {}, m_rng.bounded(3)).toString();
            id = ids::reviewScore(review, org, criterion);
            c.set(table, id, QStringLiteral("review_id"), schema::idText(review));
            c.set(table, id, QStringLiteral("organisation_id"), schema::idText(org));
            c.set(table, id, QStringLiteral("criterion_id"), criterion);
        }
        for (const auto &col : schema::table(table)->columns)
            if (!c.changes.isEmpty() && std::any_of(c.changes.begin(), c.changes.end(), [&](const FieldChange &f) {
                    return f.field == col.name;
                }))
                continue;
            else if (m_rng.bounded(3) != 0 || col.type == schema::ColumnType::Reference
                     || col.name == QLatin1String("role")) // a role left out would default to lead

                c.set(table, id, col.name, randomValue(doc, table, col.name));
        if (c.changes.isEmpty())
            c.set(table, id, schema::table(table)->columns.first().name,
                  randomValue(doc, table, schema::table(table)->columns.first().name));
        QString error;
        INFO(str(error));
        REQUIRE(doc.apply(c, &error));
    }

    /// One random edit of `doc`; `others` are the other copies, saved before one is merged.
    void edit(Document &doc, const std::vector<Document *> &others)
    {
        tick();
        QString error;
        const QString table = editedTables.at(m_rng.bounded(int(editedTables.size())));
        const int op = m_rng.bounded(20);
        if (op < 9) { // set fields of an item
            const QUuid id = pick(idsIn(doc, table));
            if (id.isNull())
                return create(doc, table);
            ChangeSet c(QStringLiteral("Set"));
            const auto &columns = schema::table(table)->columns;
            for (int n = 1 + m_rng.bounded(2); n > 0; --n) {
                const QString field = columns.at(m_rng.bounded(int(columns.size()))).name;
                c.set(table, id, field, randomValue(doc, table, field));
            }
            INFO(str(table));
            REQUIRE(doc.apply(c, &error));
        } else if (op < 12) {
            create(doc, table);
        } else if (op < 14) { // delete, or bring back
            const QUuid id = pick(idsIn(doc, table));
            if (!id.isNull())
                REQUIRE(doc.apply(ChangeSet(QStringLiteral("Delete"))
                                      .set(table, id, QStringLiteral("deleted"), m_rng.bounded(3) == 0 ? 0 : 1),
                                  &error));
        } else if (op < 15) { // an organisation and what belongs to it
            const QUuid id = pick(idsIn(doc, QStringLiteral("organisation")));
            if (!id.isNull())
                REQUIRE(doc.apply(organisationRemoval(doc, id, QStringLiteral("Remove")), &error));
        } else if (op < 16) { // a note or a contact, at once
            create(doc, m_rng.bounded(2) == 0 ? QStringLiteral("note") : QStringLiteral("contact"));
        } else if (op < 18) {
            if (doc.canUndo())
                REQUIRE(doc.undo(&error));
            else if (doc.canRedo())
                REQUIRE(doc.redo(&error));
        } else if (!others.empty()) { // a copy merged into this one, some conflicts flipped
            Document *otherDoc = others.at(m_rng.bounded(int(others.size())));
            if (otherDoc->isModified())
                REQUIRE(otherDoc->save(&error));
            const QString other = otherDoc->filePath();
            CheckResult refusal;
            const auto plan = sync::planMerge(doc, other, &refusal);
            INFO(str(refusal.message));
            REQUIRE(plan);
            QList<sync::Conflict> flipped;
            for (const auto &c : plan->conflicts)
                if (m_rng.bounded(2) == 0)
                    flipped << c;
            INFO(str(error));
            REQUIRE(doc.applyMerge(*plan, flipped, &error));
        }
    }

    /// Opens `mine`, merges `theirs` into it without flipping, and returns the
    /// file that holds the result: `out` when given (saved there), otherwise
    /// the working copy, which stays open until the scenario ends.
    QString merge(const QString &mine, const QString &theirs, const QString &out = {})
    {
        CheckResult opened;
        auto doc = Document::open(mine, newAuthor(QStringLiteral("Merger")), options(), &opened);
        INFO(str(opened.message));
        REQUIRE(doc);
        CheckResult refusal;
        const auto plan = sync::planMerge(*doc, theirs, &refusal);
        INFO(str(refusal.message));
        REQUIRE(plan);
        QString error;
        INFO(str(error));
        REQUIRE(doc->applyMerge(*plan, {}, &error));
        if (!out.isEmpty()) {
            REQUIRE(doc->saveAs(out, &error));
            return out;
        }
        m_open.push_back(std::move(doc));
        return m_open.back()->workingCopyPath();
    }

private:
    QRandomGenerator m_rng;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Clock> m_clock = std::make_shared<Clock>();
    QList<QUuid> m_installations;
    std::vector<std::unique_ptr<Document>> m_open;
};

} // namespace alliance::test
