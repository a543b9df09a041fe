// What changed since the previous committee, read from the journal (see
// reportchanges.h): grouped by step and author, private items never named.
#include "report/reportchanges.h"

#include "evaluation/meetings.h"
#include "model/shorttext.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace alliance::report {

namespace {

template<typename T> void addIds(QSet<QUuid> &ids, const QList<T> &items)
{
    for (const T &item : items)
        ids.insert(item.id);
}

/// Every item id a project shows.
QSet<QUuid> itemIds(const Project &p)
{
    QSet<QUuid> ids {p.partnership.id};
    addIds(ids, p.organisations);
    addIds(ids, p.contacts);
    addIds(ids, p.objectiveWeights);
    addIds(ids, p.stepStates);
    addIds(ids, p.checklistItems);
    addIds(ids, p.needAnswers);
    addIds(ids, p.maturityAnswers);
    addIds(ids, p.catalystAssignments);
    addIds(ids, p.contributions);
    addIds(ids, p.actions);
    addIds(ids, p.indicators);
    addIds(ids, p.measurements);
    addIds(ids, p.reviews);
    addIds(ids, p.customCriteria);
    addIds(ids, p.reviewScores);
    addIds(ids, p.lessons);
    addIds(ids, p.notes);
    addIds(ids, p.mapPositions);
    addIds(ids, p.actorLinks);
    addIds(ids, p.keyDocuments);
    addIds(ids, p.organisationLogos);
    addIds(ids, p.partnerShares);
    addIds(ids, p.meetings);
    addIds(ids, p.meetingAttendees);
    addIds(ids, p.decisions);
    return ids;
}

/// A table whose items may be private, or hang on an item that may be (a
/// contact's place at a meeting hangs on the contact, who may be private or
/// belong to a private organisation). References that only assign work
/// (clearedWhenGone) do not make an item private.
bool mayBePrivate(const QString &table)
{
    const schema::Table *t = schema::table(table);
    if (!t)
        return true;
    if (t->hasPrivateFlag())
        return true;
    return std::any_of(t->columns.cbegin(), t->columns.cend(), [&](const schema::Column &c) {
        return c.type == schema::ColumnType::Reference && !c.clearedWhenGone && c.refTable != table
            && mayBePrivate(c.refTable);
    });
}

/// The tables whose items carry their own step.
QStringList tablesWithStep()
{
    QStringList tables;
    for (const schema::Table &t : schema::tables())
        if (t.column(QStringLiteral("step_id")))
            tables << t.name;
    return tables;
}

} // namespace

ChangesSince changesSince(const Project &full, const Project &shown, const QueryRows &journal, const QDate &since,
                          bool includePrivate, int namedItems)
{
    ChangesSince out;
    out.since = since;
    if (!journal)
        return out;
    out.journalRead = true;
    // In the order rows were appended (the primary key): no sort of a long journal.
    QString sql = QStringLiteral("SELECT entity, entity_id, field, author_name, author_org FROM journal");
    QVariantList args;
    if (since.isValid()) {
        // Made after the day `since`, local time. Clocks start with their wall
        // time in 16 fixed-width digits (checked when the file was opened), so
        // text order is time order.
        const qint64 from = QDateTime(since.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        sql += QStringLiteral(" WHERE hlc >= ?");
        args.append(QStringLiteral("%1").arg(from, 16, 10, QLatin1Char('0')));
    }
    sql += QStringLiteral(" ORDER BY seq");
    const QList<QVariantList> rows = journal(sql, args);

    const QSet<QUuid> shownIds = itemIds(shown);
    const QSet<QUuid> fullIds = itemIds(full);
    QHash<QString, QString> stepOfItem; // id text -> step id, for the tables that have one
    for (const QString &table : tablesWithStep())
        for (const QVariantList &r : journal(QStringLiteral("SELECT id, step_id FROM %1").arg(table), {}))
            stepOfItem.insert(r.value(0).toString(), r.value(1).toString());
    QHash<QString, bool> skippedTable;                  // tables whose deleted items are never named
    QHash<QString, bool> shownItem;                     // id text -> named in the report; read once per item
    QHash<QString, QHash<QString, QString>> authorText; // name -> organisation id -> as printed
    ItemLabels labels(journal, ItemLabels::Reading::ItemByItem);
    labels.hidePrivateItems(!includePrivate);

    QHash<QString, StepChanges> steps;
    QHash<QString, QHash<QString, int>> authorIndex; // step -> author text -> index in StepChanges::authors
    QHash<QString, QList<QSet<QString>>> itemsSeen;  // step -> per author, the ids of the items seen
    QHash<QString, QString> kindOf;                  // table -> its label
    for (const QVariantList &r : rows) {
        const QString table = r.value(0).toString();
        const QString idText = r.value(1).toString();
        auto visible = shownItem.find(idText);
        if (visible == shownItem.end()) {
            const QUuid id = QUuid::fromString(idText);
            bool named = shownIds.contains(id);
            if (!named && !fullIds.contains(id)) {
                // Private items are never named; nor deleted ones that may have been private.
                auto it = skippedTable.find(table);
                if (it == skippedTable.end())
                    it = skippedTable.insert(table, !schema::table(table) || (!includePrivate && mayBePrivate(table)));
                named = !*it;
            }
            visible = shownItem.insert(idText, named);
        }
        if (!*visible)
            continue;
        const QString stepId = itemlabel::stepOf(table, r.value(2).toString(), stepOfItem.value(idText));
        QHash<QString, QString> &byOrganisation = authorText[r.value(3).toString()];
        const QString organisationId = r.value(4).toString();
        auto printed = byOrganisation.find(organisationId);
        if (printed == byOrganisation.end()) {
            QString author = itemlabel::oneLine(r.value(3).toString(), 60);
            if (author.trimmed().isEmpty())
                author = Writing::tr("someone unnamed");
            const Organisation *o = shown.organisation(QUuid::fromString(organisationId));
            if (o && !o->name.trimmed().isEmpty())
                author = Writing::tr("%1 (%2)").arg(author, shortName(o->name));
            printed = byOrganisation.insert(organisationId, author);
        }
        const QString &author = *printed;

        StepChanges &s = steps[stepId];
        s.stepId = stepId;
        ++s.changes;
        ++out.changes;
        QHash<QString, int> &indexes = authorIndex[stepId];
        QList<QSet<QString>> &seenOf = itemsSeen[stepId];
        auto at = indexes.find(author);
        if (at == indexes.end()) {
            at = indexes.insert(author, int(s.authors.size()));
            s.authors.append({author, {}, 0, {}, 0});
            seenOf.append(QSet<QString>());
        }
        AuthorChanges &a = s.authors[*at];
        ++a.changes;
        QSet<QString> &seen = seenOf[*at];
        if (seen.contains(idText))
            continue;
        seen.insert(idText);
        ++a.itemCount;
        // Only the names a report prints are read: a long journal names thousands of items.
        if (a.items.size() < namedItems)
            a.items.append(itemlabel::oneLine(labels.label(table, QUuid::fromString(idText)), 60));
        auto kind = kindOf.find(table);
        if (kind == kindOf.end())
            kind = kindOf.insert(table, itemlabel::tableLabel(table));
        const auto k = std::find_if(a.kinds.begin(), a.kinds.end(),
                                    [&](const QPair<QString, int> &c) { return c.first == *kind; });
        if (k == a.kinds.end())
            a.kinds.append({*kind, 1});
        else
            ++k->second;
    }
    for (const auto &step : method::steps())
        if (steps.contains(step.id))
            out.steps.append(steps.value(step.id));
    if (steps.contains(QString()))
        out.steps.append(steps.value(QString()));
    return out;
}

QDate changesSinceDate(const Project &project, const QDate &today, bool *afterCommittee, QString *title)
{
    const Meeting *previous = evaluation::previousCommittee(project, today);
    if (afterCommittee)
        *afterCommittee = previous != nullptr;
    if (title)
        *title = previous ? previous->title : QString();
    return previous ? previous->date : project.partnership.startDate;
}

ChangesSince reportedChanges(const Writing &w, const Project &full, const Options &options)
{
    bool afterCommittee = false;
    QString title;
    const QDate since = changesSinceDate(w.project(), w.today(), &afterCommittee, &title);
    ChangesSince c = changesSince(full, w.project(), options.journal, since, options.includePrivate);
    c.afterCommittee = afterCommittee;
    c.committeeTitle = title;
    return c;
}

} // namespace alliance::report
