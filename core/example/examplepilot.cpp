// Step 6 of the French example: actions and milestones along the journey,
// six indicators and their monthly measurements from November 2025 to
// October 2026. Some actions are late at the time of the annual review. Five
// indicators have a target date: most are on track for it, the own resources
// lag behind theirs, and the computers, due with the second lot at the end of
// October 2026, missed it; satisfaction is a level to keep, with no date.
#include "document/document.h"
#include "example/exampleparts.h"

namespace alliance::example::detail {

namespace {

struct ActionText
{
    const char *title;
    const char *stepId;
    QUuid owner;
    QDate due;
    const char *status;
    bool milestone;
    const char *notes;
};

bool fillActions(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<ActionText> actions = {
        {"Ateliers de diagnostic à Muret, Carbonne et Saint-Gaudens",
         "diagnose",
         ids.catalyst,
         {2025, 2, 28},
         "done",
         false,
         ""},
        {"Restitution du diagnostic aux élus communautaires",
         "diagnose",
         ids.authority,
         {2025, 3, 14},
         "done",
         true,
         ""},
        {"Séminaire carré magique et enjeu commun", "objectives", ids.catalyst, {2025, 4, 30}, "done", true, ""},
        {"Note de choix du modèle de partenariat", "model", ids.association, {2025, 6, 13}, "done", false, ""},
        {"Cartographie des acteurs de l’inclusion numérique",
         "ecosystem",
         ids.catalyst,
         {2025, 7, 25},
         "done",
         false,
         "34 acteurs recensés, dont 12 rencontrés."},
        {"Signature de la convention de partenariat", "cobuild", ids.authority, {2025, 10, 17}, "done", true, ""},
        {"Ouverture des neuf permanences d’accompagnement", "pilot", ids.association, {2025, 11, 30}, "done", true, ""},
        {"Premier lot de 200 ordinateurs reconditionnés", "pilot", ids.company, {2026, 1, 31}, "done", true, ""},
        {"Formation des médiateurs au reconditionnement",
         "pilot",
         ids.company,
         {2026, 3, 31},
         "done",
         false,
         "Deux sessions de deux jours dans les locaux de Cap Réseau Occitanie."},
        {"Revue intermédiaire du partenariat", "pilot", ids.catalyst, {2026, 4, 15}, "done", true, ""},
        {"Bus numérique itinérant",
         "pilot",
         ids.authority,
         {2026, 5, 31},
         "cancelled",
         false,
         "Abandonné\u00a0: coût de fonctionnement trop élevé\u00a0; remplacé par des permanences en mairie."},
        {"Outil de suivi partagé des personnes accompagnées",
         "pilot",
         ids.association,
         {2026, 6, 30},
         "in_progress",
         false,
         "Outil choisi\u00a0; reste à valider la conformité au RGPD avec la communauté de communes."},
        {"Lancement des ateliers numériques en entreprise",
         "pilot",
         ids.company,
         {2026, 9, 30},
         "in_progress",
         true,
         "Recalé au premier trimestre 2027\u00a0: deux sites volontaires seulement à ce jour."},
        {"Revue annuelle et reconduction du financement", "pilot", ids.foundation, {2026, 10, 20}, "done", true, ""},
        {"Second lot de 200 ordinateurs reconditionnés",
         "pilot",
         ids.company,
         {2026, 10, 31},
         "in_progress",
         false,
         "147 ordinateurs livrés au 31 octobre."},
        {"Dossier de reprise du parcours dans le Volvestre",
         "pilot",
         ids.catalyst,
         {2027, 3, 31},
         "planned",
         false,
         ""},
        {"Évaluation finale et rapport aux conseils d’administration",
         "evaluate",
         ids.foundation,
         {2027, 10, 15},
         "planned",
         true,
         ""},
        {"Restitution publique des résultats", "evaluate", ids.authority, {2027, 11, 30}, "planned", true, ""},
    };
    const QString table = QStringLiteral("action");
    ChangeSet cs(QStringLiteral("Plan the actions"));
    for (const ActionText &a : actions) {
        const QUuid id = QUuid::createUuid();
        cs.set(table, id, QStringLiteral("title"), fr(a.title))
            .set(table, id, QStringLiteral("step_id"), QString::fromLatin1(a.stepId))
            .set(table, id, QStringLiteral("owner_id"), a.owner)
            .set(table, id, QStringLiteral("due_date"), a.due)
            .set(table, id, QStringLiteral("status"), QString::fromLatin1(a.status))
            .set(table, id, QStringLiteral("milestone"), a.milestone)
            .set(table, id, QStringLiteral("notes"), fr(a.notes));
    }
    return applyOrExplain(doc, cs, error);
}

struct IndicatorText
{
    const char *name;
    const char *unit;
    double baseline;
    double target;
    const char *direction;
    const char *objectiveId;
    const char *angle;
    const char *impact;
    const char *source;
    QDate targetDate;      ///< may be null
    QList<double> monthly; ///< November 2025 to October 2026
};

const QList<IndicatorText> &indicators()
{
    static const QList<IndicatorText> list = {
        {"Personnes accompagnées vers l’autonomie numérique",
         "personnes",
         0,
         500,
         "increase",
         "value_proposition",
         "performance",
         "performance",
         "Tableau de suivi de Passerelles Numériques 31",
         {2026, 12, 31},
         {22, 58, 97, 140, 181, 228, 270, 305, 331, 372, 421, 468}},
        {"Ordinateurs reconditionnés remis aux habitants",
         "ordinateurs",
         0,
         400,
         "increase",
         "processes",
         "performance",
         "innovation",
         "Registre de remise de Cap Réseau Occitanie",
         {2026, 10, 31},
         {0, 35, 92, 150, 188, 201, 236, 262, 279, 301, 322, 347}},
        {"Taux de non-recours aux démarches en ligne",
         "%",
         38,
         25,
         "decrease",
         "positioning",
         "pertinence",
         "trust",
         "Panel d’habitants de la communauté de communes",
         {2027, 12, 31},
         {38, 37.5, 36.8, 36.1, 35, 34.2, 33.9, 32.8, 32.5, 31.6, 30.9, 30.2}},
        {"Heures de mécénat de compétences réalisées",
         "heures",
         0,
         1440,
         "increase",
         "processes",
         "coherence",
         "trust",
         "Feuilles de temps de Cap Réseau Occitanie",
         {2027, 12, 31},
         {56, 120, 196, 270, 350, 441, 520, 560, 590, 688, 790, 874}},
        {"Part des ressources propres de l’association",
         "%",
         18,
         30,
         "increase",
         "business_model",
         "performance",
         "innovation",
         "Comptabilité de Passerelles Numériques 31",
         {2027, 6, 30},
         {18, 18.4, 19.1, 19, 20.2, 21, 21.5, 22.3, 22.1, 23.4, 24, 24.6}},
        {"Satisfaction des personnes accompagnées",
         "note sur 10",
         7.2,
         8.5,
         "increase",
         "value_proposition",
         "pertinence",
         "trust",
         "Questionnaire de sortie",
         {},
         {7.4, 7.6, 7.5, 7.9, 8, 7.8, 8.1, 8.2, 8, 8.3, 8.3, 8.4}},
    };
    return list;
}

bool fillIndicators(Document &doc, QString *error)
{
    const QString indicator = QStringLiteral("indicator");
    const QString measurement = QStringLiteral("measurement");
    for (const IndicatorText &i : indicators()) {
        ChangeSet cs(QStringLiteral("Track an indicator"));
        const QUuid id = QUuid::createUuid();
        cs.set(indicator, id, QStringLiteral("name"), fr(i.name))
            .set(indicator, id, QStringLiteral("unit"), fr(i.unit))
            .set(indicator, id, QStringLiteral("baseline"), i.baseline)
            .set(indicator, id, QStringLiteral("target"), i.target)
            .set(indicator, id, QStringLiteral("direction"), QString::fromLatin1(i.direction))
            .set(indicator, id, QStringLiteral("objective_id"), QString::fromLatin1(i.objectiveId))
            .set(indicator, id, QStringLiteral("angle"), QString::fromLatin1(i.angle))
            .set(indicator, id, QStringLiteral("impact"), QString::fromLatin1(i.impact));
        if (i.targetDate.isValid())
            cs.set(indicator, id, QStringLiteral("target_date"), i.targetDate);
        for (int m = 0; m < i.monthly.size(); ++m) {
            // Measured on the last day of each month.
            const QDate month = QDate(2025, 11, 1).addMonths(m);
            const QUuid mid = QUuid::createUuid();
            cs.set(measurement, mid, QStringLiteral("indicator_id"), id)
                .set(measurement, mid, QStringLiteral("date"), month.addDays(month.daysInMonth() - 1))
                .set(measurement, mid, QStringLiteral("value"), i.monthly.at(m))
                .set(measurement, mid, QStringLiteral("source"), fr(i.source));
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
    }
    return true;
}

} // namespace

bool fillPilot(Document &doc, const ExampleIds &ids, QString *error)
{
    return fillActions(doc, ids, error) && fillIndicators(doc, error);
}

} // namespace alliance::example::detail
