// The French example's committees: the launch committee, the interim review
// meeting, the annual committee, and the spring committee to come, with
// their attendees, agendas, minutes and decisions (some already actions).
#include "document/document.h"
#include "edits/meetingedits.h"
#include "example/exampleparts.h"
#include "model/ids.h"

namespace alliance::example::detail {

namespace {

struct DecisionText
{
    const char *text;
    QUuid owner;
    QDate due;
    const char *status;
    bool becomesAction;
    bool actionDone;
};

struct MeetingText
{
    QDate date;
    const char *kind;
    const char *title;
    const char *reviewTitle; ///< the review discussed, or nullptr
    QList<const char *> attendees;
    const char *agenda;
    const char *minutes;
    QList<DecisionText> decisions;
};

QList<MeetingText> meetings(const ExampleIds &ids)
{
    const QList<const char *> committee
        = {"Claire Dufresne", "Sophie Lacombe", "Hélène Vasseur", "Nathalie Fourcade", "Aurélie Sentenac"};
    return {
        {{2025, 10, 20},
         "steering_committee",
         "Comité de pilotage de lancement",
         nullptr,
         committee,
         "Signature de la convention\nCalendrier des permanences\nChoix des indicateurs de suivi",
         "La convention est signée par les quatre partenaires. Les permanences ouvrent en décembre dans les deux "
         "maisons France Services\u00a0; le tableau de bord mensuel retient six indicateurs.",
         {{"Ouvrir les permanences dans les deux maisons France Services",
           ids.association,
           {2025, 12, 15},
           "decided",
           true,
           true},
          {"Publier un appel à bénévoles auprès des salariés de Cap Réseau",
           ids.company,
           {2026, 1, 31},
           "decided",
           true,
           true}}},
        {{2026, 4, 15},
         "review",
         "Revue intermédiaire à six mois",
         "Revue intermédiaire à six mois",
         {"Claire Dufresne", "Mehdi Benali", "Julien Roques", "Hélène Vasseur", "Thomas Ribes", "Aurélie Sentenac"},
         "Réponses de chaque partenaire\nEffets sur chacun\nPoints d’attention",
         "Démarrage rapide des permanences\u00a0; le volet entreprise n’a pas commencé. Les partenaires demandent un "
         "point spécifique sur la collecte de matériel.",
         {}},
        {{2026, 10, 20},
         "steering_committee",
         "Comité de pilotage annuel",
         "Revue annuelle",
         committee,
         "Revue annuelle\nVolet entreprise\nPoursuite de la convention",
         "Indicateurs en progression, retard du volet entreprise. La poursuite de la convention est confirmée par les "
         "quatre partenaires.",
         {{"Relancer le volet entreprise avec un second site de collecte",
           ids.company,
           {2027, 1, 29},
           "decided",
           true,
           false},
          {"Étendre les permanences à une troisième commune dès 2026", ids.authority, {}, "declined", false, false}}},
        {{2027, 3, 16},
         "steering_committee",
         "Comité de pilotage de printemps",
         nullptr,
         committee,
         "Point sur le volet entreprise\nPlan de pérennisation financière\nRecrutement d’un second médiateur",
         "",
         {{"Valider le plan de pérennisation financière", ids.association, {2027, 6, 30}, "to_decide", false, false},
          {"Recruter un second médiateur à mi-temps", ids.authority, {2027, 9, 1}, "to_decide", false, false}}},
    };
}

QUuid contactNamed(const Project &project, const QString &name)
{
    for (const auto &c : project.contacts)
        if (c.name == name)
            return c.id;
    return {};
}

QUuid reviewTitled(const Project &project, const char *title)
{
    if (title)
        for (const auto &r : project.reviews)
            if (r.title.startsWith(fr(title)))
                return r.id;
    return {};
}

} // namespace

bool fillMeetings(Document &doc, const ExampleIds &ids, QString *error)
{
    for (const MeetingText &m : meetings(ids)) {
        ChangeSet cs(QStringLiteral("Hold “%1”").arg(fr(m.title)));
        const QUuid meeting = QUuid::createUuid();
        const QString table = QStringLiteral("meeting");
        cs.set(table, meeting, QStringLiteral("date"), m.date)
            .set(table, meeting, QStringLiteral("kind"), QString::fromLatin1(m.kind))
            .set(table, meeting, QStringLiteral("title"), fr(m.title))
            .set(table, meeting, QStringLiteral("agenda"), fr(m.agenda))
            .set(table, meeting, QStringLiteral("minutes"), fr(m.minutes))
            .set(table, meeting, QStringLiteral("review_id"), reviewTitled(doc.project(), m.reviewTitle));
        for (const char *name : m.attendees) {
            const QUuid contact = contactNamed(doc.project(), fr(name));
            const QUuid id = ids::meetingAttendee(meeting, contact);
            cs.set(QStringLiteral("meeting_attendee"), id, QStringLiteral("meeting_id"), meeting)
                .set(QStringLiteral("meeting_attendee"), id, QStringLiteral("contact_id"), contact);
        }
        QList<QPair<QUuid, const DecisionText *>> decisions;
        for (const DecisionText &d : m.decisions) {
            const QUuid id = QUuid::createUuid();
            decisions.append({id, &d});
            cs.set(QStringLiteral("decision"), id, QStringLiteral("meeting_id"), meeting)
                .set(QStringLiteral("decision"), id, QStringLiteral("text"), fr(d.text))
                .set(QStringLiteral("decision"), id, QStringLiteral("owner_id"), d.owner)
                .set(QStringLiteral("decision"), id, QStringLiteral("due_date"), d.due)
                .set(QStringLiteral("decision"), id, QStringLiteral("status"), QString::fromLatin1(d.status));
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
        for (const auto &[id, d] : decisions) {
            if (!d->becomesAction)
                continue;
            if (!applyOrExplain(doc, meetingedits::toAction(doc, id, QStringLiteral("Make the decision an action")),
                                error))
                return false;
            if (d->actionDone) {
                ChangeSet done(QStringLiteral("Mark the action done"));
                done.set(QStringLiteral("action"), ids::decisionAction(id), QStringLiteral("status"),
                         QStringLiteral("done"));
                if (!applyOrExplain(doc, done, error))
                    return false;
            }
        }
    }
    return true;
}

} // namespace alliance::example::detail

namespace alliance::example::detail {

namespace {

template<typename T, typename Match> QUuid idOf(const QList<T> &items, Match match)
{
    for (const T &x : items)
        if (match(x))
            return x.id;
    return {};
}

QUuid meetingTitled(const Project &p, const char *title)
{
    return idOf(p.meetings, [&](const Meeting &m) { return m.title == fr(title); });
}

QUuid actionTitled(const Project &p, const char *title)
{
    return idOf(p.actions, [&](const Action &a) { return a.title == fr(title); });
}

} // namespace

bool fillAfterCommittee(Document &doc, const ExampleIds &ids, const StoryStep &by, QString *error)
{
    const QString meeting = QStringLiteral("meeting"), action = QStringLiteral("action");
    const QUuid annual = meetingTitled(doc.project(), "Comité de pilotage annuel");
    const QUuid spring = meetingTitled(doc.project(), "Comité de pilotage de printemps");

    by("Claire Dufresne", ids.association, QDateTime(QDate(2026, 10, 22), QTime(9, 30), Qt::UTC));
    ChangeSet minutes(QStringLiteral("Approve the minutes"));
    minutes.set(meeting, annual, QStringLiteral("minutes"),
                fr("Indicateurs en progression, retard du volet entreprise. La poursuite de la convention est "
                   "confirmée par les quatre partenaires. Compte rendu approuvé par chacun le 22 octobre 2026."));
    if (!applyOrExplain(doc, minutes, error))
        return false;

    by("Julien Roques", ids.company, QDateTime(QDate(2026, 11, 4), QTime(14, 0), Qt::UTC));
    ChangeSet lot(QStringLiteral("Report on the second lot"));
    lot.set(action, actionTitled(doc.project(), "Second lot de 200 ordinateurs reconditionnés"),
            QStringLiteral("notes"), fr("182 ordinateurs livrés au 4 novembre\u00a0; le reste avant Noël."))
        .set(action, actionTitled(doc.project(), "Relancer le volet entreprise avec un second site de collecte"),
             QStringLiteral("status"), QStringLiteral("in_progress"));
    if (!applyOrExplain(doc, lot, error))
        return false;

    by("Mehdi Benali", ids.association, QDateTime(QDate(2026, 11, 9), QTime(11, 15), Qt::UTC));
    ChangeSet tool(QStringLiteral("Follow the shared tool"));
    tool.set(action, actionTitled(doc.project(), "Outil de suivi partagé des personnes accompagnées"),
             QStringLiteral("notes"),
             fr("Outil choisi\u00a0; l’avis de la communauté de communes sur le RGPD est attendu pour décembre."));
    if (!applyOrExplain(doc, tool, error))
        return false;

    by("Aurélie Sentenac", ids.catalyst, QDateTime(QDate(2026, 11, 16), QTime(17, 45), Qt::UTC));
    ChangeSet agenda(QStringLiteral("Prepare the spring committee"));
    agenda.set(meeting, spring, QStringLiteral("agenda"),
               fr("Point sur le volet entreprise\nBilan de la collecte de matériel\nPlan de pérennisation "
                  "financière\nRecrutement d’un second médiateur"));
    if (!applyOrExplain(doc, agenda, error))
        return false;

    by("Hélène Vasseur", ids.foundation, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    ChangeSet lesson(QStringLiteral("Write a lesson"));
    const QUuid id = QUuid::createUuid();
    lesson.set(QStringLiteral("lesson"), id, QStringLiteral("kind"), QStringLiteral("lesson"))
        .set(QStringLiteral("lesson"), id, QStringLiteral("date"), QDate(2026, 11, 20))
        .set(QStringLiteral("lesson"), id, QStringLiteral("text"),
             fr("Un comité par semestre ne suffit pas pour suivre le volet entreprise\u00a0: un point d’étape "
                "trimestriel est prévu avec Cap Réseau Occitanie."));
    return applyOrExplain(doc, lesson, error);
}

} // namespace alliance::example::detail
