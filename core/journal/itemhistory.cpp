#include "journal/itemhistory.h"

#include "journal/hlc.h"
#include "storage/schema.h"

#include <algorithm>

namespace alliance::history {

namespace {

const QString columns
    = QStringLiteral("change_id, entity, entity_id, field, value, hlc, author_name, author_org, installation, seq");

QList<JournalEntry> entries(const QList<QVariantList> &rows)
{
    QList<JournalEntry> out;
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.append({QUuid::fromString(r.value(0).toString()), r.value(1).toString(),
                    QUuid::fromString(r.value(2).toString()), r.value(3).toString(), r.value(4), r.value(5).toString(),
                    r.value(6).toString(), r.value(7).toString(), r.value(8).toString(), r.value(9).toLongLong()});
    return out;
}

} // namespace

Arrivals Arrivals::read(const QueryRows &query)
{
    Arrivals a;
    for (const auto &r : query(QStringLiteral("SELECT first_seq, last_seq, through FROM merge_record WHERE deleted = 0 "
                                              "AND through <> ''"),
                               {}))
        a.m_ranges.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString()});
    return a;
}

QString Arrivals::through(qint64 seq) const
{
    for (const auto &r : m_ranges)
        if (seq >= r.first && seq <= r.last)
            return r.through;
    return {};
}

QList<ItemSummary> changedItems(const QueryRows &query, qint64 afterSeq)
{
    QList<ItemSummary> out;
    // Served by the covering index journal_by_item(entity_id, seq): no journal
    // row is read, and the order is set here rather than by a sort in SQLite.
    const auto rows = query(QStringLiteral("SELECT entity_id, count(*), max(seq) FROM journal "
                                           "WHERE seq > ? GROUP BY entity_id"),
                            {afterSeq});
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.append({QUuid::fromString(r.value(0).toString()), r.value(1).toInt(), r.value(2).toLongLong()});
    std::sort(out.begin(), out.end(), [](const ItemSummary &a, const ItemSummary &b) { return a.lastSeq > b.lastSeq; });
    return out;
}

ItemDetails detailsOf(const QueryRows &query, const ItemSummary &item)
{
    const auto rows = query(QStringLiteral("SELECT (SELECT entity FROM journal WHERE seq = ?), max(hlc) FROM journal "
                                           "WHERE entity_id = ?"),
                            {item.lastSeq, schema::idText(item.id)});
    if (rows.isEmpty())
        return {};
    return {rows.first().value(0).toString(), rows.first().value(1).toString()};
}

qint64 journalEnd(const QueryRows &query)
{
    return query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"), {}).value(0).value(0).toLongLong();
}

QList<JournalEntry> changesOf(const QueryRows &query, const QString &table, const QUuid &id)
{
    return entries(
        query(QStringLiteral("SELECT %1 FROM journal WHERE entity_id = ? AND entity = ? ORDER BY hlc, change_id")
                  .arg(columns),
              {schema::idText(id), table}));
}

QList<JournalEntry> allChanges(const QueryRows &query)
{
    return entries(query(QStringLiteral("SELECT %1 FROM journal ORDER BY hlc, change_id").arg(columns), {}));
}

QDateTime timeOf(const QString &hlc)
{
    const auto clock = Hlc::parse(hlc);
    return clock ? QDateTime::fromMSecsSinceEpoch(clock->wallMs, Qt::UTC) : QDateTime();
}

ReadableChange readable(const JournalEntry &entry, const ItemLabels &labels, int maxLength)
{
    ReadableChange r;
    r.when = timeOf(entry.hlc);
    r.author = itemlabel::oneLine(entry.authorName, 60);
    const QUuid organisation = QUuid::fromString(entry.authorOrg);
    if (!organisation.isNull())
        r.organisation = labels.name(QStringLiteral("organisation"), organisation);
    r.field = itemlabel::fieldLabel(entry.table, entry.field);
    r.value = labels.valueText(entry.table, entry.field, entry.value, maxLength);
    r.entry = entry;
    return r;
}

} // namespace alliance::history
