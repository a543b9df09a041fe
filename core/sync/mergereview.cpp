#include "sync/mergereview.h"

#include "document/document.h"
#include "journal/hlc.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "model/project.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <map>

namespace alliance::sync {

namespace {

// lupdate files these under the namespace's name: translate with that context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("alliance::sync", text, comment, n);
}

int stepRank(const QString &id)
{
    if (const method::Step *step = method::findStep(id))
        return step->number;
    return int(method::steps().size()) + 1;
}

/// A field that only says what a new item is about (its organisation, its
/// need or question...): the item's name already says it.
bool namesItem(const QString &table, const QString &field)
{
    const schema::Table *t = schema::table(table);
    const schema::Column *c = t ? t->column(field) : nullptr;
    if (!c || c->display == schema::Display::Text || c->display == schema::Display::Date)
        return false;
    for (const QString &naming : t->naming)
        if (naming.split(QLatin1Char('|')).contains(field))
            return true;
    return false;
}

QString partnerOf(const FieldVersion &v)
{
    if (!v.authorOrganisation.isEmpty())
        return itemlabel::oneLine(v.authorOrganisation, 60);
    if (!v.authorName.isEmpty())
        return itemlabel::oneLine(v.authorName, 60);
    return tr("Unknown author");
}

} // namespace

QString stepTitle(const QString &stepId)
{
    const method::Step *step = method::findStep(stepId);
    return step ? tr("%1. %2", "a step's number and name").arg(step->number).arg(method::tr(step->name))
                : tr("Outside the steps");
}

QString authorText(const FieldVersion &v)
{
    const QString name = v.authorName.trimmed().isEmpty() ? tr("Unknown author") : itemlabel::oneLine(v.authorName, 60);
    if (v.authorOrganisation.isEmpty())
        return name;
    return tr("%1 (%2)", "an author and their organisation").arg(name, itemlabel::oneLine(v.authorOrganisation, 60));
}

QList<IncomingChange> incomingChanges(const Document &mine, const MergePlan &plan)
{
    ItemLabels labels(mine);

    // Items new in their copy are named by what comes in; organisations too,
    // so that authors and references to them read as names.
    QHash<QString, QString> incomingOrganisationNames;
    QHash<QString, QString> stepOfIncomingItem;
    QHash<QPair<QString, QUuid>, QVariantMap> incomingFields;
    for (const JournalEntry &e : plan.incoming) {
        incomingFields[{e.table, e.entityId}].insert(e.field, e.value); // in order: the latest stays
        if (e.table == QLatin1String("organisation") && e.field == QLatin1String("name"))
            incomingOrganisationNames.insert(schema::idText(e.entityId), e.value.toString());
        if (e.field == QLatin1String("step_id"))
            stepOfIncomingItem.insert(schema::idText(e.entityId), e.value.toString());
    }
    QSet<QPair<QString, QUuid>> lacking;
    for (auto it = incomingFields.constBegin(); it != incomingFields.constEnd(); ++it)
        if (!mine.value(it.key().first, it.key().second, QStringLiteral("deleted")).isValid()) {
            lacking.insert(it.key());
            labels.addUnsaved(it.key().first, it.key().second, it.value());
        }
    auto organisationOf = [&](const QString &idText) {
        if (idText.isEmpty())
            return QString();
        const QString known = labels.name(QStringLiteral("organisation"), QUuid::fromString(idText));
        return known.isEmpty() ? incomingOrganisationNames.value(idText) : known;
    };

    QSet<QString> conflicting;
    for (const Conflict &c : plan.conflicts)
        conflicting.insert(c.table + QLatin1Char('|') + schema::idText(c.entityId) + QLatin1Char('|') + c.field);

    struct Row
    {
        IncomingChange change;
        int rank;
        int entityOrder;
    };
    std::vector<Row> rows;
    QHash<QPair<QString, QUuid>, int> entityOrder;
    for (const JournalEntry &w : plan.winners) {
        const QString key = w.table + QLatin1Char('|') + schema::idText(w.entityId) + QLatin1Char('|') + w.field;
        if (conflicting.contains(key))
            continue;
        const bool newItem = lacking.contains({w.table, w.entityId});
        const QVariant before = mine.value(w.table, w.entityId, w.field);
        if (newItem && w.field == QLatin1String("deleted") && w.value.toLongLong() == 0)
            continue; // created, as its other fields say
        if (!newItem && before.isNull() == w.value.isNull() && before == w.value)
            continue; // theirs already has mine's value
        IncomingChange c;
        c.table = w.table;
        c.entityId = w.entityId;
        c.field = w.field;
        c.stepId = labels.stepOf(w.table, w.entityId, w.field);
        if (c.stepId.isEmpty())
            c.stepId = stepOfIncomingItem.value(schema::idText(w.entityId));
        c.by = FieldVersion {w.value, w.hlc, w.authorName, organisationOf(w.authorOrg), QDateTime()};
        if (const auto h = Hlc::parse(w.hlc))
            c.by.when = QDateTime::fromMSecsSinceEpoch(h->wallMs, Qt::UTC);
        c.partner = partnerOf(c.by);
        c.item = labels.label(w.table, w.entityId);
        c.fieldLabel = itemlabel::fieldLabel(w.table, w.field);
        c.newItem = newItem;
        c.before = newItem ? tr("(new item)") : labels.wholeValue(w.table, w.field, before);
        c.after = labels.wholeValue(w.table, w.field, w.value);
        // A new item's tie to its organisation (or need, question...) is read in its name, not as a
        // change of its own; it is applied all the same. Left in when the name does not show it.
        if (newItem && namesItem(w.table, w.field) && !w.value.toString().isEmpty()
            && c.item.contains(c.after.left(20)))
            continue;
        const auto known = entityOrder.constFind({w.table, w.entityId});
        const int itemOrder = known != entityOrder.constEnd()
            ? *known
            : *entityOrder.insert({w.table, w.entityId}, int(entityOrder.size()));
        rows.push_back({c, stepRank(c.stepId), itemOrder});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.change.partner != b.change.partner)
            return a.change.partner < b.change.partner;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.entityOrder < b.entityOrder;
    });
    QList<IncomingChange> out;
    out.reserve(qsizetype(rows.size()));
    for (Row &r : rows)
        out.append(std::move(r.change));
    return out;
}

MergeOutcome mergeOutcome(const MergePlan &plan, const QList<IncomingChange> &changes, const QList<Conflict> &flipped)
{
    MergeOutcome o;
    o.fileName = QFileInfo(plan.theirsPath).fileName();
    std::map<std::pair<int, QString>, int> perStep;
    QSet<QString> from;
    for (const IncomingChange &c : changes) {
        ++perStep[{stepRank(c.stepId), c.stepId}];
        from.insert(authorText(c.by));
    }
    for (const Conflict &c : plan.conflicts) {
        const bool flip = std::any_of(flipped.begin(), flipped.end(), [&](const Conflict &f) {
            return f.table == c.table && f.entityId == c.entityId && f.field == c.field;
        });
        if (c.theirsWins != flip) {
            ++o.conflictsTookTheirs;
            ++perStep[{stepRank(c.stepId), c.stepId}];
            from.insert(authorText(c.theirs));
        } else {
            ++o.conflictsKeptMine;
        }
    }
    for (const auto &[key, n] : perStep) {
        o.steps.append({key.second, n});
        o.changes += n;
    }
    o.from = QStringList(from.begin(), from.end());
    o.from.sort(Qt::CaseInsensitive);
    o.deletions = int(plan.deletions.size());
    o.refused = int(plan.refused.size());
    return o;
}

QString outcomeText(const MergeOutcome &o)
{
    QStringList lines;
    lines << (o.changes == 0 ? tr("“%1” is merged: no field of yours changed.").arg(o.fileName)
                             : tr("“%1” is merged: %n change(s) applied.", nullptr, o.changes).arg(o.fileName));
    if (!o.from.isEmpty())
        lines << tr("From: %1.", "who made the changes").arg(o.from.join(QStringLiteral(", ")));
    for (const MergeOutcome::StepCount &s : o.steps)
        lines << tr("%1: %n change(s)", "a step and its changes", s.changes).arg(stepTitle(s.stepId));
    if (o.conflictsKeptMine > 0)
        lines << tr("%n conflict(s) settled with your value.", nullptr, o.conflictsKeptMine);
    if (o.conflictsTookTheirs > 0)
        lines << tr("%n conflict(s) settled with your partner’s value.", nullptr, o.conflictsTookTheirs);
    if (o.deletions > 0)
        lines << tr("%n item(s) deleted.", nullptr, o.deletions);
    if (o.refused > 0)
        lines << tr("Changes to %n item(s) were left out.", nullptr, o.refused);
    lines << tr("Edit > Undo takes the whole merge back.");
    return lines.join(QLatin1Char('\n'));
}

QString outcomeLine(const MergeOutcome &o)
{
    const int conflicts = o.conflictsKeptMine + o.conflictsTookTheirs;
    if (conflicts == 0)
        return tr("Merged “%1”: %n change(s) applied.", nullptr, o.changes).arg(o.fileName);
    return tr("Merged “%1”: %n change(s) applied, %2.", nullptr, o.changes)
        .arg(o.fileName, tr("%n conflict(s) settled", nullptr, conflicts));
}

QString incomingHeadline(const QString &fileName, int changes, int conflicts)
{
    if (conflicts == 0)
        return tr("%n change(s) came in from “%1”.", nullptr, changes).arg(fileName);
    if (changes == 0)
        return tr("%n conflict(s) came in from “%1”.", nullptr, conflicts).arg(fileName);
    return tr("%1 and %2 came in from “%3”.", "2 changes and 1 conflict")
        .arg(tr("%n change(s)", nullptr, changes), tr("%n conflict(s)", nullptr, conflicts), fileName);
}

} // namespace alliance::sync
