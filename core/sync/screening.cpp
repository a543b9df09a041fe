#include "sync/screening.h"

#include "journal/hlc.h"
#include "model/project.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/privateitems.h"

#include <QCoreApplication>

namespace alliance::sync {

namespace {

bool isPrivateField(const JournalEntry &e)
{
    return e.field == QLatin1String("private");
}

bool isDeletion(const JournalEntry &e)
{
    return e.field == QLatin1String("deleted") && e.value.toLongLong() == 1;
}

/// The column `e` sets when it is a reference, else nullptr.
const schema::Column *referenceColumn(const JournalEntry &e)
{
    const schema::Table *t = schema::table(e.table);
    const schema::Column *c = t ? t->column(e.field) : nullptr;
    return c && c->type == schema::ColumnType::Reference ? c : nullptr;
}

} // namespace

Screening::Screening(const Project &project, SqliteDb &mineDb, const QList<JournalEntry> &incoming)
{
    m_partnershipId = schema::idText(project.partnership.id);
    if (const Organisation *lead = project.leadOrganisation())
        m_leadId = schema::idText(lead->id);
    m_private = privateItemIds(mineDb);
    for (const auto &t : schema::tables())
        if (t.hasPrivateFlag())
            for (const auto &row : mineDb.rows(QStringLiteral("SELECT id, private FROM %1").arg(t.name)))
                m_minePrivateFlag.insert(row.value(0).toString(), row.value(1).toLongLong() != 0);

    for (const auto &e : incoming) {
        const QString id = schema::idText(e.entityId);
        if (m_private.contains(id))
            m_refusedItems.insert(id, QCoreApplication::translate("alliance::sync", "private in your project"));
    }
    // Items only their copy has, marked private there by their latest change
    // of the flag: the partner's own, not to be shared onwards.
    QHash<QString, const JournalEntry *> latestFlag;
    for (const auto &e : incoming) {
        const QString id = schema::idText(e.entityId);
        if (!isPrivateField(e) || m_minePrivateFlag.contains(id))
            continue;
        const JournalEntry *&latest = latestFlag[id];
        if (!latest || compareClocks(e.hlc, latest->hlc) > 0)
            latest = &e;
    }
    for (auto it = latestFlag.cbegin(); it != latestFlag.cend(); ++it)
        if (it.value()->value.toLongLong() == 1) {
            m_private.insert(it.key());
            m_refusedItems.insert(it.key(),
                                  QCoreApplication::translate("alliance::sync", "marked private in their copy"));
        }
    // What their changes attach to a private item belongs to it: left out
    // too, and so is what attaches to that (tables list referenced ones
    // first, yet the changes come in any order, hence the passes).
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &e : incoming) {
            const schema::Column *c = referenceColumn(e);
            const QString id = schema::idText(e.entityId);
            if (!c || clearedOnly(e.table, e.field) || m_refusedItems.contains(id)
                || !m_private.contains(e.value.toString()))
                continue;
            m_private.insert(id);
            m_refusedItems.insert(id, QCoreApplication::translate("alliance::sync", "belongs to a private item"));
            grew = true;
        }
    }
}

QString Screening::reasonFor(const JournalEntry &e) const
{
    const QString id = schema::idText(e.entityId);
    if (e.table == QLatin1String("partnership")) {
        if (id != m_partnershipId)
            return QCoreApplication::translate("alliance::sync", "a second partnership");
        if (isDeletion(e))
            return QCoreApplication::translate("alliance::sync", "would delete the partnership");
    }
    if (const auto it = m_refusedItems.constFind(id); it != m_refusedItems.cend())
        return *it;
    if (isPrivateField(e)) {
        const auto flag = m_minePrivateFlag.constFind(id);
        if (flag != m_minePrivateFlag.cend() && *flag != (e.value.toLongLong() != 0))
            return QCoreApplication::translate("alliance::sync", "would change who is private");
    }
    if (referenceColumn(e) && m_private.contains(e.value.toString()))
        return QCoreApplication::translate("alliance::sync", "refers to a private item");
    // Who leads is the manager's to say: no copy takes the role away, or gives it.
    if (e.table == QLatin1String("organisation") && e.field == QLatin1String("role")
        && (id == m_leadId || e.value.toString() == QLatin1String("lead")))
        return QCoreApplication::translate("alliance::sync", "would change the lead partner");
    if (isDeletion(e) && id == m_leadId)
        return QCoreApplication::translate("alliance::sync", "would delete the lead partner");
    return {};
}

} // namespace alliance::sync
