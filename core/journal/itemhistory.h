#pragma once
// The history of a project as its users read it: which items changed, and
// for each change when, who (person and organisation), which field and the
// new value. Read from the journal through a QueryRows (itemlabel.h), so the
// same code serves a checked file (`info --history`) and an open document.

#include "journal/change.h"
#include "journal/itemlabel.h"

#include <QDateTime>

namespace alliance::history {

/// An item the journal holds changes for, as the index on item ids gives it
/// without reading the journal rows themselves.
struct ItemSummary
{
    QUuid id;
    int changes = 0;
    qint64 lastSeq = 0; ///< the journal row of the latest change to reach this file
};

/// What naming and dating an item needs, read for the rows shown only.
struct ItemDetails
{
    QString table;   ///< the table of its latest journal row
    QString lastHlc; ///< clock of its latest change
};

/// One journal entry, readable.
struct ReadableChange
{
    QDateTime when;       ///< UTC; invalid when the clock is unreadable
    QString author;       ///< the person, on one line
    QString organisation; ///< their organisation's name; empty when none or unknown
    QString field;        ///< itemlabel::fieldLabel
    QString value;        ///< ItemLabels::valueText, shortened
    JournalEntry entry;   ///< as stored
};

/// Which journal rows came in with which merge, and through whose copy.
class Arrivals
{
public:
    /// Reads the merge records of the journal `query` reads (none in files
    /// older than format 4).
    static Arrivals read(const QueryRows &query);
    /// The organisation whose copy brought journal row `seq`; empty when it
    /// was made here, or came in a file made for nobody in particular.
    QString through(qint64 seq) const;

private:
    struct Range
    {
        qint64 first = 0, last = 0;
        QString through;
    };
    QList<Range> m_ranges;
};

/// Every item with changes, the latest to reach this file first (local edits
/// and merged changes alike, in the order they were appended); with
/// `afterSeq`, counting only the journal rows appended after that row number
/// (journalEnd()). Reads the item-id index only, so a journal of 200,000
/// changes is listed at once. Empty when the journal cannot be read.
QList<ItemSummary> changedItems(const QueryRows &query, qint64 afterSeq = 0);
/// The table and latest clock of one listed item.
ItemDetails detailsOf(const QueryRows &query, const ItemSummary &item);
/// The row number of the journal's last row (rows are only ever appended),
/// 0 when it is empty.
qint64 journalEnd(const QueryRows &query);
/// Every change of one item, oldest first.
QList<JournalEntry> changesOf(const QueryRows &query, const QString &table, const QUuid &id);
/// Every change of the project, oldest first.
QList<JournalEntry> allChanges(const QueryRows &query);
/// `entry` made readable with `labels`; values cut to `maxLength` characters.
ReadableChange readable(const JournalEntry &entry, const ItemLabels &labels, int maxLength = 80);
/// The time a clock's text stands for, in UTC; invalid when it cannot be read.
QDateTime timeOf(const QString &hlc);

} // namespace alliance::history
