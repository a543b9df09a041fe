#pragma once
// Merging a partner's copy: the union of the two journals, each field taking
// the change with the latest clock. planMerge() only reads and tells what
// would happen; Document::applyMerge() does it, as one undo step.
//
// The merged content is a function of the union of the journals alone, so
// merging is commutative, idempotent and associative. Ties between equal
// clocks (two documents of one installation) are broken by the change id.

#include "document/document.h"
#include "journal/change.h"
#include "storage/filecheck.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>
#include <vector>

namespace alliance {
class Document;
}

namespace alliance {
class SqliteDb;
}

namespace alliance::sync {

/// One side's latest value of a field.
struct FieldVersion
{
    QVariant value; ///< the stored form (see storedValue)
    QString hlc;    ///< its clock
    QString authorName;
    QString authorOrganisation; ///< the organisation's name, resolved; empty when unknown
    QDateTime when;             ///< the clock's wall time, UTC
};

/// A field changed on both sides by changes the other side never saw, to
/// different values.
struct Conflict
{
    QString table;
    QUuid entityId;
    QString field;
    QString itemLabel; ///< ItemLabels::label: Indicator “X”
    QString stepId;    ///< the method step it belongs to; empty when none
    FieldVersion mine;
    FieldVersion theirs;
    bool theirsWins = false; ///< by clock: what applying without flipping gives
};

/// What came in, per partner and step.
struct IncomingCount
{
    QString organisation; ///< the author's organisation name; empty when unknown
    QString author;
    QString stepId;
    int changes = 0;
};

/// Changes of their copy to one item that were not taken, and why.
struct RefusedChange
{
    QString table;
    QUuid entityId;
    QString itemLabel; ///< readable, translated
    QString reason;    ///< translated: "private in your project"...
    int changes = 0;   ///< how many of their changes, for this item and reason
};

/// An item their copy deletes: its tombstone is later than any change of mine.
struct Deletion
{
    QString table;
    QUuid entityId;
    QString itemLabel;
    QString stepId;
    FieldVersion by; ///< who deleted it, when
};

/// What merging a file would do. Made by planMerge, consumed by Document::applyMerge.
struct MergePlan
{
    QString theirsPath;
    QList<JournalEntry> incoming; ///< their journal entries mine lacks, values in stored form
    QList<Conflict> conflicts;
    QList<IncomingCount> summary; ///< by organisation, author, then step in the method's order
    QList<JournalEntry> winners;  ///< incoming entries that win their field, one per field
    QList<Deletion> deletions;    ///< items the merge deletes, in the order of their tombstones
    QList<RefusedChange> refused; ///< changes left out (private items, the lead's deletion...)
    QString copyFor;              ///< the organisation their copy was made for; empty for a manager's file
    QString latestIncomingClock;  ///< the largest clock of `incoming`
    QUuid partnershipId;
    qint64 mineJournalSize = 0; ///< mine's journal when planned: applying refuses a changed document
    int theirsVersion = 0;      ///< their file format
    /// Set when theirsPath is mine's own file, changed on disk: the version
    /// read. Once applied, Save may replace that version without asking.
    std::optional<Document::DiskVersion> ownFileVersion;
    bool isEmpty() const { return incoming.isEmpty(); }
};

/// Checks theirsPath like any opened file (newer formats refused; older ones
/// read as they are: the journal and the partnership have the same shape in
/// every format), refuses a file of another partnership
/// (Refusal::OtherPartnership), a journal entry whose value is not exactly
/// a valid stored value (Refusal::BadValue), and changes in the name of mine's
/// installation that mine does not hold (Refusal::ForgedChange; not checked
/// when theirsPath is mine's own file, changed on disk). Then compares its
/// journal with mine's. Changes that touch an item private in mine, change
/// who is private, bring their own private items, delete the partnership or
/// the lead organisation, or create a second partnership are left out and
/// listed in MergePlan::refused (mine's own file is not screened). Reads only: neither file nor document
/// changes. nullopt with `refusal` filled on refusal.
std::optional<MergePlan> planMerge(const Document &mine, const QString &theirsPath, CheckResult *refusal);

/// Another holder of the partnership's journal than a file: a shared workspace.
class ChangeSource
{
public:
    virtual ~ChangeSource() = default;
    /// How the merge names it (its record, the undo step): the workspace's address.
    virtual QString name() const = 0;
    /// Every change id it holds for the partnership; nullopt with `error`
    /// (translated) when it cannot tell.
    virtual std::optional<QList<QUuid>> changeIds(QString *error) = 0;
    /// The changes of `ids`, values as it holds them (the merge checks them).
    virtual std::optional<QList<JournalEntry>> changes(const QList<QUuid> &ids, QString *error) = 0;
};

/// What merging the changes `source` holds and mine lacks would do. Each is
/// checked like a received file's journal row: a value exactly as an edit
/// stores it, a well-formed clock at most a day ahead, a known table that
/// travels, and no item of another partnership. Not screened as a partner's copy: the
/// workspace's members are the partnership's managers, and the server
/// decides who may write. Reads only; nullopt with `refusal` filled on refusal.
std::optional<MergePlan> planMergeFrom(const Document &mine, ChangeSource &source, CheckResult *refusal);

/// A journal's change ids against another side's `theirs`.
struct IdComparison
{
    QList<QUuid> lacking;               ///< theirs, not in the journal (once each)
    std::vector<qint64> unseenByTheirs; ///< seq of the journal's rows they lack, in order
};
/// Compares the journal of `mine` (about `journalSize` rows) with `theirs`,
/// without parsing an id twice; nullopt when the journal cannot be read.
std::optional<IdComparison> compareChangeIds(SqliteDb &mine, qint64 journalSize, const QList<QUuid> &theirs);

} // namespace alliance::sync
