#include "sync/itemlabel.h"

#include "method/method.h"
#include "model/project.h"

#include <QCoreApplication>

namespace alliance::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("alliance::sync", text);
}

template<typename T> const T *findItem(const QList<T> &items, const QUuid &id)
{
    for (const T &x : items)
        if (x.id == id)
            return &x;
    return nullptr;
}

QString objectiveName(const QString &id)
{
    for (const auto &o : method::objectives())
        if (o.id == id)
            return method::tr(o.name);
    return id;
}

QString criterionName(const Project &p, const QString &id)
{
    if (const method::Criterion *c = method::findCriterion(id))
        return method::tr(c->label);
    if (const CustomCriterion *c = findItem(p.customCriteria, QUuid::fromString(id)))
        return c->label;
    return id;
}

QString stepName(const QString &id)
{
    const method::Step *step = method::findStep(id);
    return step ? method::tr(step->name) : id;
}

} // namespace

QString organisationName(const Project &project, const QUuid &id)
{
    const Organisation *o = findItem(project.organisations, id);
    return o ? o->name : QString();
}

QString itemLabel(const Project &p, const QString &table, const QUuid &id)
{
    auto org = [&](const QUuid &o) {
        const QString name = organisationName(p, o);
        return name.isEmpty() ? tr("an unknown organisation") : name;
    };
    if (table == QLatin1String("partnership"))
        return tr("The partnership");
    if (table == QLatin1String("organisation"))
        if (const auto *x = findItem(p.organisations, id))
            return tr("Organisation “%1”").arg(x->name);
    if (table == QLatin1String("contact"))
        if (const auto *x = findItem(p.contacts, id))
            return tr("Contact “%1” of %2").arg(x->name, org(x->organisationId));
    if (table == QLatin1String("objective_weight"))
        if (const auto *x = findItem(p.objectiveWeights, id))
            return tr("Weight of %1 for “%2”").arg(org(x->organisationId), objectiveName(x->objectiveId));
    if (table == QLatin1String("step_state"))
        if (const auto *x = findItem(p.stepStates, id))
            return tr("Step “%1”").arg(stepName(x->stepId));
    if (table == QLatin1String("checklist_item"))
        if (const auto *x = findItem(p.checklistItems, id))
            return tr("Checklist item “%1”").arg(x->text);
    if (table == QLatin1String("need_answer"))
        if (const auto *x = findItem(p.needAnswers, id)) {
            QString need = x->needId;
            for (const auto &n : method::territoryNeeds())
                if (n.id == x->needId)
                    need = method::tr(n.name);
            return x->organisationId.isNull() ? tr("Answer on the need “%1”").arg(need)
                                              : tr("View of %1 on the need “%2”").arg(org(x->organisationId), need);
        }
    if (table == QLatin1String("maturity_answer"))
        if (const auto *x = findItem(p.maturityAnswers, id))
            return tr("Maturity answer of %1").arg(org(x->organisationId));
    if (table == QLatin1String("catalyst_assignment"))
        if (const auto *x = findItem(p.catalystAssignments, id))
            return tr("Catalyst function of %1").arg(org(x->organisationId));
    if (table == QLatin1String("contribution"))
        if (const auto *x = findItem(p.contributions, id))
            return tr("Contribution of %1").arg(org(x->organisationId));
    if (table == QLatin1String("action"))
        if (const auto *x = findItem(p.actions, id))
            return tr("Action “%1”").arg(x->title);
    if (table == QLatin1String("indicator"))
        if (const auto *x = findItem(p.indicators, id))
            return tr("Indicator “%1”").arg(x->name);
    if (table == QLatin1String("measurement"))
        if (const auto *x = findItem(p.measurements, id)) {
            const auto *i = findItem(p.indicators, x->indicatorId);
            return tr("Measurement of “%1” on %2").arg(i ? i->name : QString(), x->date.toString(Qt::ISODate));
        }
    if (table == QLatin1String("review"))
        if (const auto *x = findItem(p.reviews, id))
            return tr("Review “%1”").arg(x->title);
    if (table == QLatin1String("custom_criterion"))
        if (const auto *x = findItem(p.customCriteria, id))
            return tr("Criterion “%1”").arg(x->label);
    if (table == QLatin1String("review_score"))
        if (const auto *x = findItem(p.reviewScores, id)) {
            const auto *r = findItem(p.reviews, x->reviewId);
            return tr("Score of %1 on “%2” (review “%3”)")
                .arg(org(x->organisationId), criterionName(p, x->criterionId), r ? r->title : QString());
        }
    if (table == QLatin1String("lesson"))
        if (const auto *x = findItem(p.lessons, id))
            return tr("Lesson “%1”").arg(x->text.left(60));
    if (table == QLatin1String("note"))
        if (const auto *x = findItem(p.notes, id))
            return tr("Note “%1”").arg(x->text.left(60));
    if (table == QLatin1String("map_position"))
        if (const auto *x = findItem(p.mapPositions, id))
            return tr("Place of %1 on the map").arg(org(x->organisationId));
    if (table == QLatin1String("actor_link"))
        if (const auto *x = findItem(p.actorLinks, id))
            return tr("Link from %1 to %2").arg(org(x->fromId), org(x->toId));
    if (table == QLatin1String("key_document"))
        if (const auto *x = findItem(p.keyDocuments, id))
            return tr("Document “%1”").arg(x->title);
    if (table == QLatin1String("partner_share"))
        if (const auto *x = findItem(p.partnerShares, id))
            return tr("Share with %1").arg(org(x->organisationId));
    if (table == QLatin1String("organisation_logo"))
        if (const auto *x = findItem(p.organisationLogos, id))
            return tr("Logo of %1").arg(org(x->organisationId));
    // A meeting not titled yet is known by its date.
    const auto meetingName
        = [](const Meeting &m) { return m.title.trimmed().isEmpty() ? m.date.toString(Qt::ISODate) : m.title; };
    if (table == QLatin1String("meeting"))
        if (const auto *x = findItem(p.meetings, id))
            return tr("Meeting “%1”").arg(meetingName(*x));
    if (table == QLatin1String("meeting_attendee"))
        if (const auto *x = findItem(p.meetingAttendees, id)) {
            const auto *c = findItem(p.contacts, x->contactId);
            const auto *m = findItem(p.meetings, x->meetingId);
            return tr("%1 invited to “%2”").arg(c ? c->name : QString(), m ? meetingName(*m) : QString());
        }
    if (table == QLatin1String("decision"))
        if (const auto *x = findItem(p.decisions, id))
            return tr("Decision “%1”").arg(x->text.left(60));
    return tr("An item of “%1”").arg(table);
}

QString stepOf(const Project &p, const QString &table, const QUuid &id, const QString &field)
{
    if (table == QLatin1String("step_state"))
        if (const auto *x = findItem(p.stepStates, id))
            return x->stepId;
    if (table == QLatin1String("checklist_item"))
        if (const auto *x = findItem(p.checklistItems, id))
            return x->stepId;
    if (table == QLatin1String("note"))
        if (const auto *x = findItem(p.notes, id))
            return x->stepId;
    if (table == QLatin1String("partnership")) {
        static const QStringList model {QStringLiteral("category_id"), QStringLiteral("model_id"),
                                        QStringLiteral("model_justification")};
        static const QStringList cobuild {QStringLiteral("governance"), QStringLiteral("meeting_cadence"),
                                          QStringLiteral("agreement_terms"), QStringLiteral("agreement_signed")};
        if (model.contains(field))
            return QStringLiteral("model");
        if (cobuild.contains(field))
            return QStringLiteral("cobuild");
        return QStringLiteral("diagnose");
    }
    static const QHash<QString, QString> byTable {
        {QStringLiteral("need_answer"), QStringLiteral("diagnose")},
        {QStringLiteral("maturity_answer"), QStringLiteral("diagnose")},
        {QStringLiteral("objective_weight"), QStringLiteral("objectives")},
        {QStringLiteral("organisation"), QStringLiteral("ecosystem")},
        {QStringLiteral("organisation_logo"), QStringLiteral("ecosystem")},
        {QStringLiteral("contact"), QStringLiteral("ecosystem")},
        {QStringLiteral("catalyst_assignment"), QStringLiteral("ecosystem")},
        {QStringLiteral("map_position"), QStringLiteral("ecosystem")},
        {QStringLiteral("actor_link"), QStringLiteral("ecosystem")},
        {QStringLiteral("contribution"), QStringLiteral("cobuild")},
        {QStringLiteral("key_document"), QStringLiteral("cobuild")},
        {QStringLiteral("action"), QStringLiteral("pilot")},
        {QStringLiteral("indicator"), QStringLiteral("pilot")},
        {QStringLiteral("measurement"), QStringLiteral("pilot")},
        {QStringLiteral("review"), QStringLiteral("evaluate")},
        {QStringLiteral("custom_criterion"), QStringLiteral("evaluate")},
        {QStringLiteral("review_score"), QStringLiteral("evaluate")},
        {QStringLiteral("lesson"), QStringLiteral("evaluate")},
        {QStringLiteral("meeting"), QStringLiteral("pilot")},
        {QStringLiteral("meeting_attendee"), QStringLiteral("pilot")},
        {QStringLiteral("decision"), QStringLiteral("pilot")},
    };
    return byTable.value(table);
}

} // namespace alliance::sync
