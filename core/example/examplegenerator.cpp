// The French example: "Alliance pour l'insertion numérique en Haute-Garonne".
// This file makes the partnership, its organisations and contacts, and the
// journey through the seven steps; the other example*.cpp files add the
// content of each step. Organisations, people, e-mail domains (.example) and
// phone numbers (ranges reserved for fiction in France) are invented.
#include "example/examplegenerator.h"
#include "example/storyclock.h"

#include "document/document.h"
#include "example/exampleparts.h"
#include "method/method.h"
#include "model/ids.h"

namespace alliance::example {

namespace detail {

bool applyOrExplain(Document &doc, const ChangeSet &changes, QString *error)
{
    QString why;
    if (doc.apply(changes, &why))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(changes.description, why);
    return false;
}

} // namespace detail

namespace {

using detail::ExampleIds;
using detail::fr;

struct OrganisationText
{
    const char *name;
    const char *profile;
    const char *role;
    const char *notes;
};

struct ContactText
{
    const char *name;
    const char *function;
    const char *email;
    const char *phone;
    bool isPrivate;
    bool steeringCommittee = false; ///< sits on the steering committee
};

ChangeSet organisation(const QUuid &id, const OrganisationText &o, const QList<ContactText> &contacts)
{
    const QString table = QStringLiteral("organisation");
    ChangeSet cs(QStringLiteral("Add partner “%1”").arg(fr(o.name)));
    cs.set(table, id, QStringLiteral("name"), fr(o.name))
        .set(table, id, QStringLiteral("profile"), QString::fromLatin1(o.profile))
        .set(table, id, QStringLiteral("role"), QString::fromLatin1(o.role))
        .set(table, id, QStringLiteral("region"), QStringLiteral("Occitanie"))
        .set(table, id, QStringLiteral("departement"), QStringLiteral("Haute-Garonne"))
        .set(table, id, QStringLiteral("notes"), fr(o.notes));
    const QString contact = QStringLiteral("contact");
    for (const ContactText &c : contacts) {
        const QUuid cid = QUuid::createUuid();
        cs.set(contact, cid, QStringLiteral("organisation_id"), id)
            .set(contact, cid, QStringLiteral("name"), fr(c.name))
            .set(contact, cid, QStringLiteral("function"), fr(c.function))
            .set(contact, cid, QStringLiteral("email"), QString::fromLatin1(c.email))
            .set(contact, cid, QStringLiteral("phone"), QString::fromLatin1(c.phone))
            .set(contact, cid, QStringLiteral("private"), c.isPrivate)
            .set(contact, cid, QStringLiteral("steering_committee"), c.steeringCommittee);
    }
    return cs;
}

bool fillOrganisations(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<ChangeSet> sets = {
        organisation(ids.association,
                     {"Passerelles Numériques 31", "association", "lead",
                      "Association loi 1901 créée en 2009\u00a0: 14 salariés, 60 bénévoles, neuf permanences de "
                      "médiation numérique dans le sud du département."},
                     {{"Claire Dufresne", "Déléguée générale", "claire.dufresne@passerelles31.example",
                       "05 36 49 12 40", false, true},
                      {"Mehdi Benali", "Coordinateur des médiateurs numériques", "mehdi.benali@passerelles31.example",
                       "05 36 49 12 41", false}}),
        organisation(ids.company,
                     {"Cap Réseau Occitanie", "company", "partner",
                      "Entreprise de services numériques (320 salariés, siège à Toulouse). Politique RSE centrée "
                      "sur l’inclusion numérique et le réemploi du matériel informatique."},
                     {{"Sophie Lacombe", "Directrice RSE", "s.lacombe@capreseau-occitanie.example", "05 36 49 20 10",
                       false, true},
                      {"Julien Roques", "Responsable du parc informatique", "j.roques@capreseau-occitanie.example",
                       "05 36 49 20 11", false}}),
        organisation(ids.foundation,
                     {"Fondation Lien Commun", "foundation", "funder",
                      "Fondation abritée qui soutient l’égalité des chances\u00a0; appel à projets «\u00a0Territoires "
                      "connectés\u00a0» 2025-2027."},
                     {{"Hélène Vasseur", "Chargée de programme", "helene.vasseur@fondation-liencommun.example",
                       "05 36 49 31 02", false, true},
                      // The funder's board member gave a personal number: never shared with partners.
                      {"Bernard Castaing", "Administrateur référent (coordonnées personnelles)",
                       "b.castaing@courriel-perso.example", "06 39 98 47 12", true}}),
        organisation(ids.authority,
                     {"Communauté de communes Coteaux et Garonne", "local_authority", "partner",
                      "27 communes, 41\u202f000 habitants. Porte deux maisons France Services et le schéma local "
                      "d’inclusion numérique."},
                     {{"Nathalie Fourcade", "Vice-présidente déléguée à l’inclusion numérique",
                       "n.fourcade@coteaux-garonne.example", "05 36 49 44 00", false},
                      {"Thomas Ribes", "Chargé de mission développement territorial", "t.ribes@coteaux-garonne.example",
                       "05 36 49 44 17", false}}),
        organisation(ids.catalyst,
                     {"La Fabrique des Coopérations du Comminges", "other", "catalyst",
                      "Société coopérative d’intérêt collectif gérant un tiers-lieu\u00a0; anime le réseau des "
                      "acteurs de l’inclusion et accueille le comité de pilotage."},
                     {{"Aurélie Sentenac", "Facilitatrice de coopérations", "aurelie@fabrique-cooperations.example",
                       "05 36 49 58 23", false, true}}),
    };
    for (const ChangeSet &cs : sets)
        if (!detail::applyOrExplain(doc, cs, error))
            return false;
    return true;
}

struct StepText
{
    const char *stepId;
    const char *status;
    QDate start;
    QDate end;
    const char *owner;
    const char *notes;
    QList<const char *> checklist;
    int checklistDone; ///< the first items are done
};

const QList<StepText> &journey()
{
    static const QList<StepText> list = {
        {"diagnose",
         "done",
         {2025, 1, 13},
         {2025, 3, 14},
         "Claire Dufresne (Passerelles Numériques 31)",
         "Diagnostic partagé lors de trois ateliers à Muret, Carbonne et Saint-Gaudens\u00a0; 180 questionnaires "
         "recueillis auprès des usagers des maisons France Services.",
         {"Recenser les besoins du territoire avec les sept questions du diagnostic",
          "Faire passer l’autodiagnostic de maturité à chaque organisation",
          "Restituer le diagnostic aux élus et aux équipes"},
         3},
        {"objectives",
         "done",
         {2025, 3, 17},
         {2025, 4, 30},
         "Aurélie Sentenac (La Fabrique des Coopérations)",
         "Chaque partenaire a pondéré son carré magique en séance\u00a0; l’enjeu commun a été validé au comité du "
         "30 avril.",
         {"Pondérer le carré magique de chaque partenaire", "Vérifier la compatibilité des stratégies",
          "Formuler l’enjeu commun"},
         3},
        {"model",
         "done",
         {2025, 5, 5},
         {2025, 6, 13},
         "Claire Dufresne (Passerelles Numériques 31)",
         "La fondation et la communauté de communes placent la proposition de valeur en premier\u00a0; "
         "l’association y trouve son modèle socio-économique et l’entreprise son ancrage. Les partenaires "
         "inventent ensemble un service nouveau\u00a0: modèle «\u00a0R&D sociétale\u00a0» retenu à l’unanimité.",
         {"Lire la pondération de chaque partenaire", "Décrire la relation et nommer le modèle",
          "Rédiger la justification du modèle retenu"},
         3},
        {"ecosystem",
         "done",
         {2025, 6, 16},
         {2025, 7, 25},
         "Aurélie Sentenac (La Fabrique des Coopérations)",
         "Cartographie de 34 acteurs\u00a0: CCAS, maisons France Services, conseillers numériques, missions locales, "
         "entreprises d’insertion.",
         {"Cartographier les acteurs de l’inclusion numérique", "Répartir les fonctions de catalyse"},
         2},
        {"cobuild",
         "done",
         {2025, 9, 1},
         {2025, 10, 17},
         "Thomas Ribes (Communauté de communes Coteaux et Garonne)",
         "Convention triennale signée le 17 octobre 2025\u00a0; gouvernance et contributions valorisées en annexe.",
         {"Valoriser en euros les contributions de chacun", "Rédiger et signer la convention",
          "Installer le comité de pilotage"},
         3},
        {"pilot",
         "in_progress",
         {2025, 10, 20},
         {2027, 6, 30},
         "Mehdi Benali (Passerelles Numériques 31)",
         "Déploiement dans les neuf permanences\u00a0; retard sur le volet «\u00a0ateliers en entreprise\u00a0», "
         "recalé au "
         "premier trimestre 2027.",
         {"Tenir le tableau de bord mensuel des indicateurs", "Organiser la revue intermédiaire",
          "Organiser la revue annuelle", "Lancer les ateliers en entreprise"},
         3},
        {"evaluate",
         "in_progress",
         {2026, 4, 15},
         {2027, 12, 15},
         "Hélène Vasseur (Fondation Lien Commun)",
         "Revue intermédiaire en avril 2026 et revue annuelle en octobre 2026, chacune en comité de pilotage\u00a0; "
         "évaluation finale prévue à l’été 2027, avec un regard extérieur (étudiants du master ESS de "
         "l’université).",
         {"Tenir la revue intermédiaire en comité de pilotage", "Tenir la revue annuelle en comité de pilotage",
          "Préparer la grille d’évaluation finale avec les partenaires",
          "Rédiger le rapport d’évaluation pour les conseils d’administration",
          "Organiser la restitution publique des résultats"},
         2},
    };
    return list;
}

bool fillJourney(Document &doc, const ExampleIds &ids, QString *error)
{
    const QString state = QStringLiteral("step_state");
    const QString item = QStringLiteral("checklist_item");
    int position = 0;
    for (const StepText &s : journey()) {
        const QString stepId = QString::fromLatin1(s.stepId);
        const method::Step *step = method::findStep(stepId);
        ChangeSet cs(QStringLiteral("Plan step “%1”").arg(method::tr(step ? step->name : s.stepId)));
        const QUuid sid = ids::stepState(ids.partnership, stepId);
        cs.set(state, sid, QStringLiteral("step_id"), stepId)
            .set(state, sid, QStringLiteral("status"), QString::fromLatin1(s.status))
            .set(state, sid, QStringLiteral("start_date"), s.start)
            .set(state, sid, QStringLiteral("end_date"), s.end)
            .set(state, sid, QStringLiteral("owner"), fr(s.owner))
            .set(state, sid, QStringLiteral("notes"), fr(s.notes));
        for (int i = 0; i < s.checklist.size(); ++i) {
            const QUuid cid = QUuid::createUuid();
            cs.set(item, cid, QStringLiteral("step_id"), stepId)
                .set(item, cid, QStringLiteral("text"), fr(s.checklist.at(i)))
                .set(item, cid, QStringLiteral("done"), i < s.checklistDone)
                .set(item, cid, QStringLiteral("position"), position++);
        }
        if (!detail::applyOrExplain(doc, cs, error))
            return false;
    }
    return true;
}

bool fillPartnership(Document &doc, const ExampleIds &ids, QString *error)
{
    const QString table = QStringLiteral("partnership");
    ChangeSet cs(QStringLiteral("Describe the partnership"));
    cs.set(table, ids.partnership, QStringLiteral("title"), fr("Alliance pour l’insertion numérique en Haute-Garonne"))
        .set(table, ids.partnership, QStringLiteral("start_date"), QDate(2025, 1, 13))
        .set(table, ids.partnership, QStringLiteral("end_date"), QDate(2027, 12, 31))
        .set(table, ids.partnership, QStringLiteral("sdg_targets"), QStringLiteral("17.17, 4.4, 10.2, 12.5, 9.c"));
    return detail::applyOrExplain(doc, cs, error);
}

} // namespace

bool fillExample(Document &doc, QString *error, StoryClock *story)
{
    ExampleIds ids;
    ids.partnership = doc.partnershipId();
    ids.association = QUuid::createUuid();
    ids.company = QUuid::createUuid();
    ids.foundation = QUuid::createUuid();
    ids.authority = QUuid::createUuid();
    ids.catalyst = QUuid::createUuid();
    const Author caller = doc.author();
    const auto by = [&](const char *name, const QUuid &organisation, const QDateTime &when) {
        if (!story)
            return;
        story->setTime(when);
        doc.setAuthor({detail::fr(name), organisation, caller.installationId});
    };
    by("Claire Dufresne", ids.association, QDateTime(QDate(2026, 10, 19), QTime(16, 0), Qt::UTC));
    const bool filled = fillPartnership(doc, ids, error) && fillOrganisations(doc, ids, error)
        && fillJourney(doc, ids, error) && detail::fillPreparation(doc, ids, error)
        && detail::fillPilot(doc, ids, error) && detail::fillEvaluation(doc, ids, error)
        && detail::fillMeetings(doc, ids, error) && detail::fillAfterCommittee(doc, ids, by, error);
    doc.setAuthor(caller);
    if (story)
        story->finish();
    return filled;
}

} // namespace alliance::example
