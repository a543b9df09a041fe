#include "evaluation/needsviews.h"

#include "method/method.h"
#include "model/ids.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <algorithm>

namespace alliance::evaluation {

namespace {

/// Lead first, then by role in the method's order (unknown roles last), then
/// project order: the order in which `info` lists the partners too.
QList<QUuid> columnsOf(const Project &project)
{
    QList<Organisation> organisations = project.organisations;
    const QStringList roles = method::idsOf(method::organisationRoles());
    const auto rank = [&](const QString &role) {
        const qsizetype i = roles.indexOf(role);
        return i < 0 ? roles.size() : i;
    };
    std::stable_sort(organisations.begin(), organisations.end(),
                     [&](const Organisation &a, const Organisation &b) { return rank(a.role) < rank(b.role); });
    QList<QUuid> out;
    for (const Organisation &o : std::as_const(organisations))
        out.append(o.id);
    return out;
}

NeedView viewOf(const NeedAnswer *answer, const QUuid &organisationId)
{
    NeedView v;
    v.organisationId = organisationId;
    if (answer) {
        v.answerId = answer->id;
        // A priority this build does not know is no priority it can compare.
        if (method::findChoice(method::needPriorities(), answer->priority))
            v.priority = answer->priority;
        v.answer = answer->answer;
    }
    return v;
}

std::optional<PriorityDifference> differenceOf(const Project &project, const QString &needId,
                                               const QList<NeedView> &views)
{
    PriorityDifference d;
    d.needId = needId;
    const QList<method::Choice> &priorities = method::needPriorities(); // low .. high
    for (auto p = priorities.crbegin(); p != priorities.crend(); ++p) {
        QList<QUuid> who;
        for (const NeedView &v : views)
            if (v.priority == p->id)
                who.append(v.organisationId);
        if (!who.isEmpty())
            d.byPriority.append({p->id, who});
    }
    if (d.byPriority.size() < 2)
        return std::nullopt;
    d.opposite = d.byPriority.constFirst().first == priorities.constLast().id
        && d.byPriority.constLast().first == priorities.constFirst().id;

    QStringList parts;
    for (const auto &[priority, who] : std::as_const(d.byPriority)) {
        QStringList names;
        for (const QUuid &id : who)
            if (const Organisation *o = project.organisation(id))
                names.append(shortName(o->name));
        //: A priority and who chose it, in a sentence on differing views: "high for Association A and Company B".
        parts.append(QCoreApplication::translate("Needs", "%1 for %2")
                         .arg(method::choiceLabel(priorities, priority).toLower(), listInWords(names)));
    }
    const method::TerritoryNeed *need = nullptr;
    for (const method::TerritoryNeed &n : method::territoryNeeds())
        if (n.id == needId)
            need = &n;
    d.priorities = parts.join(QStringLiteral(", "));
    d.sentence = QCoreApplication::translate("Needs", "Priorities differ on “%1”: %2.")
                     .arg(need ? method::tr(need->name) : needId, d.priorities);
    return d;
}

} // namespace

QString listInWords(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    //: The last two items of a list in a sentence: "A, B and C".
    return QCoreApplication::translate("Needs", "%1 and %2")
        .arg(QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")), items.constLast());
}

const NeedAnswer *needAnswerOf(const Project &project, const QUuid &organisationId, const QString &needId)
{
    const NeedAnswer *found = nullptr;
    for (const NeedAnswer &a : project.needAnswers)
        if (a.organisationId == organisationId && a.needId == needId)
            found = &a; // rows come in file order: the last one wins
    return found;
}

QUuid needAnswerIdFor(const Project &project, const QUuid &organisationId, const QString &needId)
{
    if (const NeedAnswer *a = needAnswerOf(project, organisationId, needId))
        return a->id;
    return ids::organisationNeedAnswer(organisationId, needId);
}

QList<PriorityDifference> NeedsViews::differences() const
{
    QList<PriorityDifference> out;
    for (const NeedViews &n : needs)
        if (n.difference)
            out.append(*n.difference);
    std::stable_sort(out.begin(), out.end(), [](const PriorityDifference &a, const PriorityDifference &b) {
        return a.opposite && !b.opposite;
    });
    return out;
}

NeedsViews needsViews(const Project &project)
{
    NeedsViews result;
    result.organisations = columnsOf(project);
    for (const method::TerritoryNeed &need : method::territoryNeeds()) {
        NeedViews n;
        n.needId = need.id;
        for (const QUuid &organisation : std::as_const(result.organisations)) {
            n.views.append(viewOf(needAnswerOf(project, organisation, need.id), organisation));
            if (!n.views.constLast().priority.isEmpty())
                ++n.prioritised;
        }
        const NeedAnswer *shared = needAnswerOf(project, QUuid(), need.id);
        if (shared && (!shared->answer.isEmpty() || !shared->priority.isEmpty())) {
            n.shared = viewOf(shared, QUuid());
            result.hasSharedView = true;
        }
        n.difference = differenceOf(project, need.id, n.views);
        result.needs.append(n);
    }
    return result;
}

QUuid needAnswerIdToEdit(const NeedView &view, const QString &needId)
{
    return view.answerId.isNull() ? ids::organisationNeedAnswer(view.organisationId, needId) : view.answerId;
}

} // namespace alliance::evaluation
