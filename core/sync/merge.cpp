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

/// Parses the stored form of an id (lowercase, hyphens in place); nullopt
/// for anything else, which then matches no other id.
std::optional<Id128> parseId(const char *text, int size)
{
    if (size != 36 || !text)
        return std::nullopt;
    Id128 id;
    int digits = 0;
    for (int i = 0; i < 36; ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        quint64 v;
        if (c >= '0' && c <= '9')
            v = quint64(c - '0');
        else if (c >= 'a' && c <= 'f')
            v = quint64(c - 'a' + 10);
        else
            return std::nullopt;
        quint64 &half = digits < 16 ? id.hi : id.lo;
        half = (half << 4) | v;
        ++digits;
    }
    return id;
}

/// A set of ids read once, then only searched.
class IdSet
{
public:
    void reserve(qint64 n) { m_ids.reserve(size_t(n)); }
    void add(const char *text, int size)
    {
        if (const auto id = parseId(text, size))
            m_ids.push_back(*id);
    }
    void seal() { std::sort(m_ids.begin(), m_ids.end()); }
    bool contains(const char *text, int size) const
    {
        const auto id = parseId(text, size);
        return id && std::binary_search(m_ids.begin(), m_ids.end(), *id);
    }

private:
    std::vector<Id128> m_ids;
};

/// The identity of a field of an item.
QString fieldKey(const QString &table, const QString &entityId, const QString &field)
{
    return table + QLatin1Char('|') + entityId + QLatin1Char('|') + field;
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

CheckResult refused(Refusal why, const QString &message, int version)
{
    return {why, message, version};
}

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
    auto mineIdsRead = std::async(std::launch::async, [mineDb, mineSize] {
        IdSet ids;
        ids.reserve(mineSize);
        RowReader r(mineDb, "SELECT change_id FROM journal");
        while (r.next())
            ids.add(r.raw(0), r.size(0));
        ids.seal();
        return std::make_pair(std::move(ids), r.ok());
    });
    // Only what the merge reads of their file is checked value by value, and
    // of their journal only the rows mine does not hold identically (see
    // receivedcheck.h): nothing below reads their other tables.
    SqliteDb theirs;
    const CheckResult check = openReceivedCopy(theirsPath, mine.workingCopyPath(), theirs);
    auto [mineIds, mineRead] = mineIdsRead.get();
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
    IdSet theirIds;
    QList<JournalEntry> candidates;
    // Their ids first, from the narrow index on them; then only the rows from
    // the first one mine lacks on (copies share their older history).
    std::vector<qint64> lacking; // seq of their rows mine lacks, ascending once sorted
    {
        RowReader r(theirs.handle(), "SELECT seq, change_id FROM journal");
        while (r.next()) {
            theirIds.add(r.raw(1), r.size(1));
            if (!mineIds.contains(r.raw(1), r.size(1)))
                lacking.push_back(r.integer(0));
        }
        if (!r.ok())
            return refuse(refused(
                Refusal::Unreadable,
                tr("The file “%1” cannot be read: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(theirs.handle()))),
                version));
        std::sort(lacking.begin(), lacking.end());
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

    const Project &project = mine.project();
    const ItemLabels labels(mine);
    {
        // Who their copy was made for: changes of others came in through it.
        const QUuid copyFor = QUuid::fromString(
            theirs.value(QStringLiteral("SELECT organisation_id FROM partner_copy WHERE deleted = 0")).toString());
        plan.copyFor = labels.name(QStringLiteral("organisation"), copyFor);
    }
    // The manager's own file, changed on disk, is theirs: only partners' copies are screened.
    std::optional<Screening> screening;
    if (!ownFileVersion)
        screening.emplace(project, *mineReader, candidates);
    QHash<QString, int> latestIncoming; // field key -> index in plan.incoming
    IdSet incomingEntities;
    QHash<QPair<QString, QString>, int> refusedIndex; // (entity, reason) -> index in plan.refused
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
        const QString key = fieldKey(e.table, entityText, e.field);
        const auto it = latestIncoming.find(key);
        if (it == latestIncoming.end())
            latestIncoming.insert(key, int(plan.incoming.size()));
        else if (later(e, plan.incoming.at(*it)))
            *it = int(plan.incoming.size());
        const QByteArray entityBytes = entityText.toLatin1();
        incomingEntities.add(entityBytes.constData(), int(entityBytes.size()));
        if (plan.latestIncomingClock.isEmpty() || compareClocks(e.hlc, plan.latestIncomingClock) > 0)
            plan.latestIncomingClock = e.hlc;
        plan.incoming.append(std::move(e));
    }
    candidates.clear();
    theirIds.seal();
    incomingEntities.seal();
    if (plan.incoming.isEmpty())
        return plan;

    // What mine has on the fields that came in.
    QHash<QString, MineField> mineFields;
    {
        RowReader r(mineDb,
                    "SELECT entity_id, field, change_id, hlc, value, author_name, author_org, entity, "
                    "installation FROM journal");
        while (r.next()) {
            if (!incomingEntities.contains(r.raw(0), r.size(0)))
                continue;
            const QByteArray entity = r.bytes(0);
            const QString table = r.text(7);
            const QString key = fieldKey(table, QString::fromLatin1(entity), r.text(1));
            if (!latestIncoming.contains(key))
                continue;
            MineField &m = mineFields[key];
            const QByteArray changeId = r.bytes(2);
            const QString id = QString::fromLatin1(changeId);
            const QString hlc = r.text(3);
            if (m.maxHlc.isEmpty() || later(hlc, id, m.maxHlc, m.maxId)) {
                m.maxHlc = hlc;
                m.maxId = id;
            }
            if (theirIds.contains(changeId.constData(), int(changeId.size())))
                continue;
            const bool newest = !m.unseen || later(hlc, id, m.unseen->hlc, schema::idText(m.unseen->changeId));
            if (newest) {
                const QVariant stored = storedValue(table, r.text(1), r.value(4), nullptr).value_or(r.value(4));
                m.unseen = JournalEntry {QUuid::fromString(id),
                                         table,
                                         QUuid::fromString(QString::fromLatin1(entity)),
                                         r.text(1),
                                         stored,
                                         hlc,
                                         r.text(5),
                                         r.text(6),
                                         r.text(8)};
            }
        }
    }

    // Organisations that came in are named by their own incoming changes.
    QHash<QString, QString> incomingOrganisationNames;
    for (const auto &e : std::as_const(plan.incoming))
        if (e.table == QLatin1String("organisation") && e.field == QLatin1String("name"))
            incomingOrganisationNames.insert(schema::idText(e.entityId), e.value.toString());
    auto organisationOf = [&](const QString &idText) {
        if (idText.isEmpty())
            return QString();
        const QString known = labels.name(QStringLiteral("organisation"), QUuid::fromString(idText));
        return known.isEmpty() ? incomingOrganisationNames.value(idText) : known;
    };
    auto versionOf = [&](const JournalEntry &e) {
        return FieldVersion {e.value, e.hlc, e.authorName, organisationOf(e.authorOrg), wallTime(e.hlc)};
    };

    // Winners and conflicts, in a stable order: the order of the fields' latest incoming change.
    QList<int> latest = latestIncoming.values();
    std::sort(latest.begin(), latest.end());
    for (int index : std::as_const(latest)) {
        const JournalEntry &in = plan.incoming.at(index);
        const QString key = fieldKey(in.table, schema::idText(in.entityId), in.field);
        const auto m = mineFields.constFind(key);
        const bool theirsWins = m == mineFields.constEnd() || m->maxHlc.isEmpty()
            || later(in.hlc, schema::idText(in.changeId), m->maxHlc, m->maxId);
        if (theirsWins) {
            plan.winners.append(in);
            if (in.field == QLatin1String("deleted") && in.value.toLongLong() == 1)
                plan.deletions.append({in.table, in.entityId, labels.label(in.table, in.entityId),
                                       labels.stepOf(in.table, in.entityId, in.field), versionOf(in)});
        }
        if (m != mineFields.constEnd() && m->unseen && !sameValue(m->unseen->value, in.value)) {
            Conflict c;
            c.table = in.table;
            c.entityId = in.entityId;
            c.field = in.field;
            c.itemLabel = labels.label(in.table, in.entityId);
            c.stepId = labels.stepOf(in.table, in.entityId, in.field);
            c.mine = versionOf(*m->unseen);
            c.theirs = versionOf(in);
            c.theirsWins = theirsWins;
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

} // namespace alliance::sync
