#include "sync/merge.h"

#include "document/document.h"
#include "document/fieldvalue.h"
#include "journal/hlc.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "model/project.h"
#include "storage/rowreader.h"
#include "storage/samefile.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/receivedcheck.h"
#include "sync/screening.h"

#include <climits>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <future>
#include <map>
#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace alliance::sync {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("alliance::sync", text, disambiguation, n);
}

/// An id as 128 bits: journals are compared by the hundred thousand, and
/// text keys would cost an allocation each.
struct Id128
{
    quint64 hi = 0, lo = 0;
    bool operator<(const Id128 &o) const { return hi != o.hi ? hi < o.hi : lo < o.lo; }
    bool operator==(const Id128 &o) const { return hi == o.hi && lo == o.lo; }
};

/// The value of each lowercase hex digit, -1 for any other byte.
struct HexDigits
{
    signed char value[256];
    constexpr HexDigits() : value()
    {
        for (int c = 0; c < 256; ++c)
            value[c] = static_cast<signed char>(c >= '0' && c <= '9'       ? c - '0'
                                                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                                           : -1);
    }
};
constexpr HexDigits hexDigits;

/// Parses the stored form of an id (lowercase, hyphens in place); nullopt
/// for anything else, which then matches no other id. Called for every row
/// of both journals, hence the table.
std::optional<Id128> parseId(const char *text, int size)
{
    if (size != 36 || !text || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return std::nullopt;
    static constexpr int at[32] = {0,  1,  2,  3,  4,  5,  6,  7,  9,  10, 11, 12, 14, 15, 16, 17,
                                   19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35};
    Id128 id;
    int bad = 0;
    for (int i = 0; i < 16; ++i) {
        const int v = hexDigits.value[quint8(text[at[i]])];
        bad |= v;
        id.hi = (id.hi << 4) | quint64(v & 0xf);
    }
    for (int i = 16; i < 32; ++i) {
        const int v = hexDigits.value[quint8(text[at[i]])];
        bad |= v;
        id.lo = (id.lo << 4) | quint64(v & 0xf);
    }
    if (bad < 0)
        return std::nullopt;
    return id;
}

/// The id of a QUuid as parseId reads its stored text.
Id128 idOf(const QUuid &u)
{
    Id128 id;
    id.hi = (quint64(u.data1) << 32) | (quint64(u.data2) << 16) | quint64(u.data3);
    for (int i = 0; i < 8; ++i)
        id.lo = (id.lo << 8) | quint64(quint8(u.data4[i]));
    return id;
}

struct Id128Hash
{
    size_t operator()(const Id128 &id) const { return size_t(id.hi ^ (id.lo * 0x9e3779b97f4a7c15ULL)); }
};

/// A journal's change ids with the seq of their rows, in id order: read
/// from the index on change_id, so two journals compare in one walk.
struct ChangeIds
{
    std::vector<std::pair<Id128, qint64>> ids;
    std::vector<qint64> unreadable; ///< seq of rows whose id is not in stored form
    bool ok = false;
};

ChangeIds readChangeIds(sqlite3 *db, qint64 expected)
{
    ChangeIds out;
    out.ids.reserve(size_t(std::max<qint64>(expected, 0)));
    RowReader r(db, "SELECT change_id, seq FROM journal ORDER BY change_id");
    while (r.next()) {
        if (const auto id = parseId(r.raw(0), r.size(0)))
            out.ids.emplace_back(*id, r.integer(1));
        else
            out.unreadable.push_back(r.integer(1));
    }
    out.ok = r.ok();
    // The index orders stored ids as parseId does; sorted again only if not.
    if (!std::is_sorted(out.ids.begin(), out.ids.end()))
        std::sort(out.ids.begin(), out.ids.end());
    return out;
}

/// Clock order, ties (two documents of one installation) broken by change id.
bool later(const QString &hlcA, const QString &idA, const QString &hlcB, const QString &idB)
{
    if (const int order = compareClocks(hlcA, hlcB))
        return order > 0;
    return idA > idB;
}
bool later(const JournalEntry &a, const JournalEntry &b)
{
    return later(a.hlc, schema::idText(a.changeId), b.hlc, schema::idText(b.changeId));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

QDateTime wallTime(const QString &hlc)
{
    const auto h = Hlc::parse(hlc);
    return h ? QDateTime::fromMSecsSinceEpoch(h->wallMs, Qt::UTC) : QDateTime();
}

/// What mine knows of a field that came in.
struct MineField
{
    QString maxHlc, maxId;              ///< its latest change, seen or not by theirs
    std::optional<JournalEntry> unseen; ///< its latest change theirs never saw
};

/// A field that came in: its latest incoming change and what mine has on it.
struct FieldSlot
{
    QByteArray table, field; ///< as stored, for comparing mine's rows without copying them
    int latestIncoming = -1; ///< index in plan.incoming
    MineField mine;
};

CheckResult refused(Refusal why, const QString &message, int version)
{
    return {why, message, version};
}

/// The plan, once their changes mine lacks are known (`candidates`, values
/// checked) and which of mine's rows they never saw (`unseenByTheirs`, seq
/// ascending): screened as a partner's copy when `screen`.
std::optional<MergePlan> planFrom(const Document &mine, SqliteDb &mineReader, MergePlan plan,
                                  QList<JournalEntry> candidates, const std::vector<qint64> &unseenByTheirs,
                                  const QUuid &copyFor, bool screen, CheckResult *refusal);

} // namespace

std::optional<MergePlan> planMerge(const Document &mine, const QString &theirsPath, CheckResult *refusal)
{
    auto refuse = [&](const CheckResult &r) -> std::optional<MergePlan> {
        if (refusal)
            *refusal = r;
        return std::nullopt;
    };
    // Merging the open file itself (changed on disk): the version about to be read.
    std::optional<Document::DiskVersion> ownFileVersion;
    if (!mine.filePath().isEmpty() && sameFile(theirsPath, mine.filePath()))
        ownFileVersion = mine.diskVersion();
    // Mine is read on a connection of its own: planning may run on another thread.
    QString readerError;
    const std::unique_ptr<SqliteDb> mineReader = mine.openReader(&readerError);
    if (!mineReader)
        return refuse(refused(Refusal::Unreadable, tr("Your project could not be read: %1").arg(readerError), 0));
    // Mine's journal is read while theirs is checked: the two are independent.
    sqlite3 *mineDb = mineReader->handle();
    const qint64 mineSize = mine.journalSize();
    auto mineIdsRead = std::async(std::launch::async, [mineDb, mineSize] { return readChangeIds(mineDb, mineSize); });
    // Only what the merge reads of their file is checked value by value, and
    // of their journal only the rows mine does not hold identically (see
    // receivedcheck.h): nothing below reads their other tables.
    SqliteDb theirs;
    const CheckResult check = openReceivedCopy(theirsPath, mine.workingCopyPath(), theirs);
    const ChangeIds mineIds = mineIdsRead.get();
    const bool mineRead = mineIds.ok;
    if (!check.ok())
        return refuse(check);
    const QString name = QFileInfo(theirsPath).fileName();
    const int version = check.schemaVersion;
    if (!mineRead)
        return refuse(refused(Refusal::Unreadable,
                              tr("Your project could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(mineDb))),
                              version));
    const QUuid theirPartnership
        = QUuid::fromString(theirs.value(QStringLiteral("SELECT id FROM partnership")).toString());
    if (theirPartnership != mine.partnershipId()) {
        const QString theirTitle
            = itemlabel::oneLine(theirs.value(QStringLiteral("SELECT title FROM partnership")).toString(), 80);
        return refuse(refused(Refusal::OtherPartnership,
                              tr("“%1” is the file of another partnership (“%2”), not a copy of “%3”, so it was not "
                                 "merged.")
                                  .arg(name, theirTitle, mine.project().partnership.title),
                              version));
    }

    MergePlan plan;
    plan.theirsPath = theirsPath;
    plan.ownFileVersion = ownFileVersion;
    plan.partnershipId = theirPartnership;
    plan.mineJournalSize = mine.journalSize();
    plan.theirsVersion = version;

    // Their entries mine lacks, each value checked to be exactly what an edit
    // would have stored (nothing is coerced). Clocks and dates were checked
    // with the file.
    const QString myInstallation = schema::idText(mine.author().installationId);
    qint64 forged = 0;
    QList<JournalEntry> candidates;
    // Both journals' ids in id order, walked side by side: their rows mine
    // lacks, and mine's rows their copy never saw (copies share most history).
    std::vector<qint64> lacking;        // seq of their rows mine lacks, ascending once sorted
    std::vector<qint64> unseenByTheirs; // seq of mine's rows theirs lacks, ascending once sorted
    {
        const ChangeIds theirIds = readChangeIds(theirs.handle(), mineSize);
        if (!theirIds.ok)
            return refuse(refused(
                Refusal::Unreadable,
                tr("The file “%1” cannot be read: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(theirs.handle()))),
                version));
        lacking = theirIds.unreadable;
        auto m = mineIds.ids.cbegin();
        const auto mineEnd = mineIds.ids.cend();
        for (const auto &[id, seq] : theirIds.ids) {
            while (m != mineEnd && m->first < id)
                unseenByTheirs.push_back((m++)->second);
            if (m != mineEnd && m->first == id)
                ++m;
            else
                lacking.push_back(seq);
        }
        for (; m != mineEnd; ++m)
            unseenByTheirs.push_back(m->second);
        for (qint64 seq : mineIds.unreadable)
            unseenByTheirs.push_back(seq);
        std::sort(lacking.begin(), lacking.end());
        std::sort(unseenByTheirs.begin(), unseenByTheirs.end());
    }
    if (!lacking.empty()) {
        RowReader r(
            theirs.handle(),
            "SELECT seq, change_id, entity, entity_id, field, value, hlc, author_name, author_org, installation "
            "FROM journal WHERE seq >= ? ORDER BY seq",
            lacking.front());
        while (r.next()) {
            if (!std::binary_search(lacking.begin(), lacking.end(), r.integer(0)))
                continue;
            r.skipFirst();
            const QString table = r.text(1);
            const schema::Table *t = schema::table(table);
            if (t && !t->merged)
                continue; // facts about their file alone
            const QString field = r.text(3);
            QString why;
            const auto stored = checkedStoredForm(table, field, r.value(4), &why);
            if (!stored)
                return refuse(refused(Refusal::BadValue,
                                      tr("The file “%1” holds an invalid change of “%2”, so it was not merged: %3")
                                          .arg(name, table + QLatin1Char('.') + field, why),
                                      version));
            JournalEntry e {QUuid::fromString(r.text(0)),
                            table,
                            QUuid::fromString(r.text(2)),
                            field,
                            *stored,
                            r.text(5),
                            r.text(6),
                            r.text(7),
                            r.text(8)};
            if (!ownFileVersion && e.installation == myInstallation)
                ++forged;
            candidates.append(std::move(e));
        }
        if (!r.ok())
            return refuse(refused(
                Refusal::Unreadable,
                tr("The file “%1” cannot be read: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(theirs.handle()))),
                version));
    }
    if (forged > 0)
        return refuse(refused(Refusal::ForgedChange,
                              tr("“%1” holds %n change(s) made in your name on this computer that your project does "
                                 "not have. A partner’s copy cannot hold such changes: it was altered, or it comes "
                                 "from a version of your project that was never saved. It was not merged.",
                                 nullptr, forged > INT_MAX ? INT_MAX : int(forged))
                                  .arg(name),
                              version));

    // Who their copy was made for: changes of others came in through it.
    const QUuid copyFor = QUuid::fromString(
        theirs.value(QStringLiteral("SELECT organisation_id FROM partner_copy WHERE deleted = 0")).toString());
    // The manager's own file, changed on disk, is theirs: only partners' copies are screened.
    return planFrom(mine, *mineReader, std::move(plan), std::move(candidates), unseenByTheirs, copyFor, !ownFileVersion,
                    refusal);
}

std::optional<IdComparison> compareChangeIds(SqliteDb &mine, qint64 journalSize, const QList<QUuid> &theirs)
{
    const ChangeIds mineIds = readChangeIds(mine.handle(), journalSize);
    if (!mineIds.ok)
        return std::nullopt;
    std::vector<Id128> theirIds;
    theirIds.reserve(size_t(theirs.size()));
    for (const QUuid &id : theirs)
        theirIds.push_back(idOf(id));
    std::sort(theirIds.begin(), theirIds.end());

    // Walked side by side, as for a file: what mine lacks, what they never saw.
    IdComparison out;
    auto m = mineIds.ids.cbegin();
    const auto mineEnd = mineIds.ids.cend();
    for (auto t = theirIds.cbegin(); t != theirIds.cend(); ++t) {
        if (t != theirIds.cbegin() && *t == *(t - 1))
            continue;
        while (m != mineEnd && m->first < *t)
            out.unseenByTheirs.push_back((m++)->second);
        if (m != mineEnd && m->first == *t)
            ++m;
        else
            out.lacking.append(QUuid(uint(t->hi >> 32), ushort(t->hi >> 16), ushort(t->hi), uchar(t->lo >> 56),
                                     uchar(t->lo >> 48), uchar(t->lo >> 40), uchar(t->lo >> 32), uchar(t->lo >> 24),
                                     uchar(t->lo >> 16), uchar(t->lo >> 8), uchar(t->lo)));
    }
    for (; m != mineEnd; ++m)
        out.unseenByTheirs.push_back(m->second);
    for (qint64 seq : mineIds.unreadable)
        out.unseenByTheirs.push_back(seq);
    std::sort(out.unseenByTheirs.begin(), out.unseenByTheirs.end());
    return out;
}

std::optional<MergePlan> planMergeFrom(const Document &mine, ChangeSource &source, CheckResult *refusal)
{
    auto refuse = [&](Refusal why, const QString &message) -> std::optional<MergePlan> {
        if (refusal)
            *refusal = refused(why, message, schema::currentVersion);
        return std::nullopt;
    };
    QString error;
    const std::unique_ptr<SqliteDb> mineReader = mine.openReader(&error);
    if (!mineReader)
        return refuse(Refusal::Unreadable, tr("Your project could not be read: %1").arg(error));
    const auto theirIdList = source.changeIds(&error);
    if (!theirIdList)
        return refuse(Refusal::Unreadable, error);
    std::optional<IdComparison> compared = compareChangeIds(*mineReader, mine.journalSize(), *theirIdList);
    if (!compared)
        return refuse(
            Refusal::Unreadable,
            tr("Your project could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(mineReader->handle()))));
    const QList<QUuid> &lacking = compared->lacking;
    std::vector<qint64> unseenByTheirs = std::move(compared->unseenByTheirs);

    MergePlan plan;
    plan.theirsPath = source.name();
    plan.partnershipId = mine.partnershipId();
    plan.mineJournalSize = mine.journalSize();
    plan.theirsVersion = schema::currentVersion;
    QList<JournalEntry> candidates;
    if (!lacking.isEmpty()) {
        auto received = source.changes(lacking, &error);
        if (!received)
            return refuse(Refusal::Unreadable, error);
        // Changes in this installation's name are taken back, not refused as a
        // copy's would be: an edit sent to the workspace and then reverted
        // here (never saved) is still ours, and the server knows who sent it.
        const QString partnership = schema::idText(mine.partnershipId());
        const qint64 latestAllowed = systemClock()() + maxClockAheadMs;
        for (JournalEntry &e : *received) {
            const QString what = e.table + QLatin1Char('.') + e.field;
            const schema::Table *table = schema::table(e.table);
            const auto clock = Hlc::parse(e.hlc);
            QString why;
            const auto stored
                = table && table->merged ? checkedStoredForm(e.table, e.field, e.value, &why) : std::nullopt;
            if (!stored)
                return refuse(Refusal::BadValue,
                              tr("The workspace holds an invalid change of “%1”, so nothing was "
                                 "taken from it: %2")
                                  .arg(what, why));
            if (!clock || e.changeId.isNull() || e.entityId.isNull())
                return refuse(Refusal::BadValue,
                              tr("The workspace holds a change of “%1” that is not dated or named as a change is, so "
                                 "nothing was taken from it.")
                                  .arg(what));
            if (clock->wallMs > latestAllowed)
                return refuse(Refusal::FutureChange,
                              tr("The workspace holds a change of “%1” dated more than a day "
                                 "ahead of this computer’s time, so nothing was taken from it.")
                                  .arg(what));
            if (e.table == QLatin1String("partnership") && schema::idText(e.entityId) != partnership)
                return refuse(Refusal::OtherPartnership,
                              tr("The workspace holds changes of another partnership under this one’s name, so "
                                 "nothing was taken from it."));
            e.value = *stored;
            candidates.append(std::move(e));
        }
    }
    return planFrom(mine, *mineReader, std::move(plan), std::move(candidates), unseenByTheirs, QUuid(), false, refusal);
}

namespace {

std::optional<MergePlan> planFrom(const Document &mine, SqliteDb &mineReader, MergePlan plan,
                                  QList<JournalEntry> candidates, const std::vector<qint64> &unseenByTheirs,
                                  const QUuid &copyFor, bool screen, CheckResult *refusal)
{
    auto refuse = [&](const CheckResult &r) -> std::optional<MergePlan> {
        if (refusal)
            *refusal = r;
        return std::nullopt;
    };
    sqlite3 *mineDb = mineReader.handle();
    const int version = plan.theirsVersion;
    const Project &project = mine.project();
    const ItemLabels labels(mine);
    plan.copyFor = labels.name(QStringLiteral("organisation"), copyFor);
    std::optional<Screening> screening;
    if (screen)
        screening.emplace(project, mineReader, candidates);
    std::vector<FieldSlot> slots; // the fields that came in, in the order they first came
    std::unordered_map<Id128, std::vector<int>, Id128Hash> slotsOfEntity; // item -> its fields in `slots`
    QHash<QPair<QString, QString>, int> refusedIndex;                     // (entity, reason) -> index in plan.refused
    for (auto &e : candidates) {
        const QString entityText = schema::idText(e.entityId);
        const QString reason = screening ? screening->reasonFor(e) : QString();
        if (!reason.isEmpty()) {
            const auto key = qMakePair(entityText, reason);
            auto it = refusedIndex.find(key);
            if (it == refusedIndex.end()) {
                it = refusedIndex.insert(key, int(plan.refused.size()));
                plan.refused.append({e.table, e.entityId, labels.label(e.table, e.entityId), reason, 0});
            }
            ++plan.refused[*it].changes;
            continue;
        }
        std::vector<int> &ofEntity = slotsOfEntity[idOf(e.entityId)];
        const QByteArray table = e.table.toUtf8(), field = e.field.toUtf8();
        const auto slot = std::find_if(ofEntity.begin(), ofEntity.end(), [&](int i) {
            return slots[size_t(i)].field == field && slots[size_t(i)].table == table;
        });
        if (slot == ofEntity.end()) {
            ofEntity.push_back(int(slots.size()));
            slots.push_back({table, field, int(plan.incoming.size()), {}});
        } else if (later(e, plan.incoming.at(slots[size_t(*slot)].latestIncoming)))
            slots[size_t(*slot)].latestIncoming = int(plan.incoming.size());
        if (plan.latestIncomingClock.isEmpty() || compareClocks(e.hlc, plan.latestIncomingClock) > 0)
            plan.latestIncomingClock = e.hlc;
        plan.incoming.append(std::move(e));
    }
    candidates.clear();
    if (plan.incoming.isEmpty())
        return plan;

    // What mine has on the fields that came in: one pass over its journal,
    // rows of other items skipped on their id alone.
    {
        RowReader r(mineDb,
                    "SELECT seq, entity_id, field, entity, hlc, change_id, value, author_name, author_org, "
                    "installation FROM journal");
        while (r.next()) {
            const auto entity = parseId(r.raw(1), r.size(1));
            if (!entity)
                continue;
            const auto ofEntity = slotsOfEntity.find(*entity);
            if (ofEntity == slotsOfEntity.end())
                continue;
            const QByteArray field = QByteArray::fromRawData(r.raw(2), r.size(2));
            const QByteArray table = QByteArray::fromRawData(r.raw(3), r.size(3));
            const auto slot = std::find_if(ofEntity->second.begin(), ofEntity->second.end(), [&](int i) {
                return slots[size_t(i)].field == field && slots[size_t(i)].table == table;
            });
            if (slot == ofEntity->second.end())
                continue;
            MineField &m = slots[size_t(*slot)].mine;
            const QString id = r.text(5);
            const QString hlc = r.text(4);
            if (m.maxHlc.isEmpty() || later(hlc, id, m.maxHlc, m.maxId)) {
                m.maxHlc = hlc;
                m.maxId = id;
            }
            if (!std::binary_search(unseenByTheirs.begin(), unseenByTheirs.end(), r.integer(0)))
                continue;
            const bool newest = !m.unseen || later(hlc, id, m.unseen->hlc, schema::idText(m.unseen->changeId));
            if (newest) {
                const QString tableName = r.text(3), fieldName = r.text(2);
                const QVariant stored = storedValue(tableName, fieldName, r.value(6), nullptr).value_or(r.value(6));
                m.unseen = JournalEntry {QUuid::fromString(id),
                                         tableName,
                                         QUuid::fromString(r.text(1)),
                                         fieldName,
                                         stored,
                                         hlc,
                                         r.text(7),
                                         r.text(8),
                                         r.text(9)};
            }
        }
        if (!r.ok())
            return refuse(refused(
                Refusal::Unreadable,
                tr("Your project could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(mineDb))), version));
    }

    // Organisations that came in are named by their own incoming changes.
    QHash<QString, QString> incomingOrganisationNames;
    for (const auto &e : std::as_const(plan.incoming))
        if (e.table == QLatin1String("organisation") && e.field == QLatin1String("name"))
            incomingOrganisationNames.insert(schema::idText(e.entityId), e.value.toString());
    QHash<QString, QString> organisationNames; // authors' organisations are few, their changes many
    auto organisationOf = [&](const QString &idText) {
        if (idText.isEmpty())
            return QString();
        const auto cached = organisationNames.constFind(idText);
        if (cached != organisationNames.cend())
            return *cached;
        const QString known = labels.name(QStringLiteral("organisation"), QUuid::fromString(idText));
        return *organisationNames.insert(idText, known.isEmpty() ? incomingOrganisationNames.value(idText) : known);
    };
    auto versionOf = [&](const JournalEntry &e) {
        return FieldVersion {e.value, e.hlc, e.authorName, organisationOf(e.authorOrg), wallTime(e.hlc)};
    };

    // Winners and conflicts, in a stable order: the order of the fields' latest incoming change.
    std::vector<const FieldSlot *> latest;
    latest.reserve(slots.size());
    for (const auto &slot : slots)
        latest.push_back(&slot);
    std::sort(latest.begin(), latest.end(),
              [](const FieldSlot *a, const FieldSlot *b) { return a->latestIncoming < b->latestIncoming; });
    // Who wins each field and where the two sides disagree, first: the items
    // to name are then read in a few queries, not field by field.
    struct Outcome
    {
        bool theirsWins = false, deletes = false, conflicts = false;
    };
    std::vector<Outcome> outcomes(latest.size());
    QHash<QString, QList<QUuid>> itemsToName; // table -> items
    for (size_t i = 0; i < latest.size(); ++i) {
        const JournalEntry &in = plan.incoming.at(latest[i]->latestIncoming);
        const MineField &m = latest[i]->mine;
        Outcome &o = outcomes[i];
        o.theirsWins = m.maxHlc.isEmpty() || later(in.hlc, schema::idText(in.changeId), m.maxHlc, m.maxId);
        o.deletes = o.theirsWins && in.field == QLatin1String("deleted") && in.value.toLongLong() == 1;
        o.conflicts = m.unseen && !sameValue(m.unseen->value, in.value);
        if (o.deletes || o.conflicts)
            itemsToName[in.table].append(in.entityId);
    }
    for (auto it = itemsToName.cbegin(); it != itemsToName.cend(); ++it)
        labels.preload(it.key(), it.value());
    for (size_t i = 0; i < latest.size(); ++i) {
        const JournalEntry &in = plan.incoming.at(latest[i]->latestIncoming);
        const MineField *m = &latest[i]->mine;
        const Outcome &o = outcomes[i];
        if (o.theirsWins)
            plan.winners.append(in);
        if (o.deletes)
            plan.deletions.append({in.table, in.entityId, labels.label(in.table, in.entityId),
                                   labels.stepOf(in.table, in.entityId, in.field), versionOf(in)});
        if (o.conflicts) {
            Conflict c;
            c.table = in.table;
            c.entityId = in.entityId;
            c.field = in.field;
            c.itemLabel = labels.label(in.table, in.entityId);
            c.stepId = labels.stepOf(in.table, in.entityId, in.field);
            c.mine = versionOf(*m->unseen);
            c.theirs = versionOf(in);
            c.theirsWins = o.theirsWins;
            plan.conflicts.append(c);
        }
    }

    // The summary: per partner (author and organisation) and step.
    QHash<QString, QString> stepOfIncomingItem; // for items whose step is a field of their own
    for (const auto &e : std::as_const(plan.incoming))
        if (e.field == QLatin1String("step_id"))
            stepOfIncomingItem.insert(schema::idText(e.entityId), e.value.toString());
    // Steps in the method's order, changes outside the steps last.
    auto stepRank = [](const QString &id) {
        for (const auto &s : method::steps())
            if (s.id == id)
                return s.number;
        return int(method::steps().size()) + 1;
    };
    std::map<std::tuple<QString, QString, int, QString>, int> counts;
    for (const auto &e : std::as_const(plan.incoming)) {
        QString step = labels.stepOf(e.table, e.entityId, e.field);
        if (step.isEmpty())
            step = stepOfIncomingItem.value(schema::idText(e.entityId));
        ++counts[{organisationOf(e.authorOrg), e.authorName, stepRank(step), step}];
    }
    for (const auto &[k, n] : counts)
        plan.summary.append({std::get<0>(k), std::get<1>(k), std::get<3>(k), n});
    return plan;
}

} // namespace

} // namespace alliance::sync
