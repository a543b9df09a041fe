// Steps 1 to 5 of the French example: the territory's needs seen by each
// organisation and each one's maturity self-diagnostic, the carré magique of
// each partner and the common stake, the chosen model, the ecosystem with its
// catalyst, and the agreement with the contributions valued in euros.
#include "document/document.h"
#include "example/exampleparts.h"
#include "method/method.h"
#include "model/ids.h"

#include <QHash>
#include <tuple>

namespace alliance::example::detail {

namespace {

struct NeedText
{
    const char *needId;
    const char *priority;
    const char *answer;
};

struct NeedViewText
{
    QUuid organisation;
    QList<NeedText> needs;
};

// Each organisation answers the seven needs from where it stands: the
// association lives them through the people it accompanies, the company
// through its CSR policy, the foundation through what it funds, the local
// authority through its territory, the catalyst through the network it leads.
bool fillNeeds(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<NeedViewText> views = {
        {ids.association,
         {{"innovation_capacity", "medium",
           "La solution associe ordinateurs reconditionnés, accompagnement individuel et ateliers collectifs. "
           "La preuve de concept a été faite à Muret en 2023-2024\u00a0; reste à montrer qu’elle tient à l’échelle "
           "de la communauté de communes."},
          {"ecosystem", "high",
           "Priorité des élus\u00a0: l’accès aux droits des personnes éloignées du numérique. Des conseillers "
           "numériques existent mais travaillent peu ensemble\u00a0; les entreprises du secteur sont prêtes à "
           "s’engager si le cadre est clair. Les communes rurales du sud cumulent zones mal couvertes et faible "
           "équipement des ménages."},
          {"strategy", "medium",
           "Aujourd’hui chaque acteur agit seul. Ambition\u00a0: un parcours unique d’inclusion numérique sur tout le "
           "territoire d’ici 2027, avec les médiateurs de l’association et le matériel de l’entreprise."},
          {"socio_economic_model", "high",
           "L’association dépend à 80\u00a0% de subventions. Leviers\u00a0: facturer des ateliers aux entreprises et "
           "aux "
           "collectivités, vendre une partie des ordinateurs reconditionnés à prix solidaire."},
          {"alliance", "medium",
           "Aucun acteur ne peut répondre seul\u00a0: l’entreprise a le matériel et les compétences techniques, "
           "l’association la relation aux publics, la collectivité les lieux et la légitimité, la fondation le "
           "financement d’amorçage."},
          {"digital", "high",
           "Usages prioritaires\u00a0: démarches administratives en ligne, santé, recherche d’emploi. Solutions\u00a0: "
           "ordinateurs reconditionnés, forfaits solidaires, accompagnement dans la durée. Calendrier\u00a0: avant la "
           "dématérialisation complète des aides sociales départementales, prévue fin 2026."},
          {"pertinence", "low",
           "Indicateurs de résultat suivis chaque mois\u00a0; utilité sociale mesurée par un questionnaire de "
           "sortie\u00a0; "
           "l’effet de levier du partenariat sera évalué en 2027."}}},
        {ids.company,
         {{"innovation_capacity", "high",
           "Notre atelier de reconditionnement pourrait devenir une offre à part entière\u00a0; nous voulons savoir ce "
           "qui, dans le parcours proposé avec l’association, est nouveau et ce qui est déjà éprouvé."},
          {"ecosystem", "medium",
           "Nous connaissons mal les acteurs sociaux du sud du département\u00a0: nos agences de Muret et de "
           "Saint-Gaudens n’ont aucun relais associatif identifié."},
          {"strategy", "high",
           "La politique RSE vise 2\u202f000 postes remis en circulation par an d’ici 2027\u00a0; il nous manque un "
           "débouché local et un partenaire capable d’accompagner les bénéficiaires."},
          {"socio_economic_model", "low",
           "Le modèle de l’entreprise n’est pas en jeu\u00a0: le reconditionnement est couvert par le budget RSE et "
           "par les économies de traitement des déchets électroniques."},
          {"alliance", "high",
           "Premier partenariat de fond avec une association\u00a0: nous avons besoin d’un cadre clair (convention, "
           "gouvernance, mesure) pour convaincre le comité de direction."},
          {"digital", "medium",
           "C’est notre métier\u00a0: nous pouvons assurer la maintenance du parc prêté et un outil de suivi des "
           "prêts. "
           "La difficulté est humaine plus que technique."},
          {"pertinence", "high",
           "La direction attend des résultats chiffrés\u00a0: postes remis, personnes devenues autonomes, salariés "
           "volontaires mobilisés."}}},
        {ids.foundation,
         {{"innovation_capacity", "high",
           "Notre appel à projets finance l’amorçage\u00a0: nous devons savoir si la preuve de concept de Muret peut "
           "être reprise dans d’autres territoires ruraux, et à quelles conditions."},
          {"ecosystem", "medium",
           "Nous soutenons déjà deux projets d’inclusion numérique dans le département\u00a0; il faudrait les relier "
           "plutôt que les juxtaposer."},
          {"strategy", "medium",
           "Engagement sur trois ans, dégressif\u00a0: la fondation ne souhaite pas devenir le financeur permanent du "
           "dispositif."},
          {"socio_economic_model", "high",
           "Condition de notre soutien\u00a0: une trajectoire vers moins de 50\u00a0% de subventions à la fin de la "
           "convention."},
          {"alliance", "medium",
           "Nous pouvons ouvrir notre réseau de mécènes et d’autres fondations abritées, une fois le partenariat "
           "installé."},
          {"digital", "low", "Le numérique est l’objet du projet, pas un levier pour la fondation elle-même."},
          {"pertinence", "high",
           "Le conseil d’administration demande une évaluation de l’utilité sociale et de l’effet de levier de "
           "chaque euro versé."}}},
        {ids.authority,
         {{"innovation_capacity", "low",
           "Innover n’est pas notre premier besoin\u00a0: nous cherchons des réponses qui tiennent dans la durée sur "
           "les 27 communes."},
          {"ecosystem", "high",
           "Le schéma local d’inclusion numérique a recensé les acteurs\u00a0; reste à les coordonner, surtout dans "
           "les communes rurales sans point d’accueil."},
          {"strategy", "high",
           "Le schéma fixe l’ambition\u00a0; il manque une stratégie de moyens partagée entre la communauté de "
           "communes, les communes et les partenaires privés."},
          {"socio_economic_model", "medium",
           "Les maisons France Services sont financées jusqu’en 2027\u00a0; au-delà, il faudra partager les coûts "
           "de l’accompagnement."},
          {"alliance", "medium",
           "Les élus sont favorables, mais les services travaillent peu avec les entreprises\u00a0: un cadre commun "
           "les rassurerait."},
          {"digital", "high",
           "Dématérialisation des aides départementales fin 2026\u00a0: les deux maisons France Services sont déjà "
           "saturées."},
          {"pertinence", "medium",
           "Le conseil communautaire suivra quelques indicateurs simples\u00a0: personnes accompagnées par commune, "
           "délai d’accès aux droits."}}},
        {ids.catalyst,
         {{"innovation_capacity", "medium",
           "D’autres expériences existent dans le Comminges\u00a0: les rapprocher aiderait à dire ce qui est vraiment "
           "nouveau ici."},
          {"ecosystem", "high",
           "C’est notre rôle\u00a0: nous réunissons chaque trimestre une trentaine d’acteurs de l’inclusion, dont "
           "beaucoup ne se connaissaient pas."},
          {"strategy", "low",
           "Nous n’avons pas de stratégie propre sur ce projet\u00a0: nous servons celle des partenaires."},
          {"socio_economic_model", "medium",
           "L’animation du réseau n’est financée qu’à moitié\u00a0; l’accueil du comité de pilotage au tiers-lieu "
           "pourrait être valorisé comme un apport."},
          {"alliance", "high",
           "Les partenaires ont besoin d’un tiers de confiance pour se dire leurs attentes\u00a0: nous pouvons animer "
           "les ateliers du carré magique."},
          {"digital", "medium",
           "Le tiers-lieu prête ses postes et sa connexion pour les ateliers collectifs du mercredi."},
          {"pertinence", "low",
           "Nous pouvons aider à recueillir la parole des personnes accompagnées, sans porter l’évaluation."}}},
    };
    const QString table = QStringLiteral("need_answer");
    for (const NeedViewText &v : views) {
        ChangeSet cs(QStringLiteral("Answer the territory’s needs"));
        for (const NeedText &n : v.needs) {
            const QString needId = QString::fromLatin1(n.needId);
            const QUuid id = ids::organisationNeedAnswer(v.organisation, needId);
            cs.set(table, id, QStringLiteral("organisation_id"), v.organisation)
                .set(table, id, QStringLiteral("need_id"), needId)
                .set(table, id, QStringLiteral("answer"), fr(n.answer))
                .set(table, id, QStringLiteral("priority"), QString::fromLatin1(n.priority));
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
    }
    return true;
}

struct MaturityText
{
    QUuid organisation;
    QString profile;
    QString role;
    QHash<QString, int> scores; ///< every question of the organisation's variant
    QHash<QString, const char *> comments;
};

bool fillMaturity(Document &doc, const ExampleIds &ids, QString *error)
{
    const auto q = [](const char *id) { return QString::fromLatin1(id); };
    const QList<MaturityText> answers = {
        {ids.association,
         q("association"),
         q("lead"),
         {{q("vision_strategy"), 3},
          {q("vision_ecosystem"), 3},
          {q("vision_objectives"), 2},
          {q("action_experience"), 3},
          {q("action_evaluation"), 2},
          {q("action_coherence"), 3},
          {q("means_people"), 2},
          {q("means_skills"), 2},
          {q("means_resources"), 1},
          {q("ecosystem_place"), 3},
          {q("ecosystem_relations"), 2},
          {q("ecosystem_catalysts"), 2},
          {q("association_project"), 3},
          {q("association_offer"), 3},
          {q("association_model"), 2},
          {q("association_collectives"), 3}},
         {{q("means_resources"),
           "Aucun budget dédié\u00a0: le temps passé aux partenariats est pris sur l’accompagnement."},
          {q("association_offer"), "Offre d’ateliers formalisée en 2024, déjà vendue à deux mairies."},
          {q("association_collectives"), "Membre du réseau régional des acteurs de la médiation numérique."}}},
        {ids.company,
         q("company"),
         q("partner"),
         {{q("vision_strategy"), 3},
          {q("vision_ecosystem"), 2},
          {q("vision_objectives"), 3},
          {q("action_experience"), 2},
          {q("action_evaluation"), 2},
          {q("action_coherence"), 3},
          {q("means_people"), 2},
          {q("means_skills"), 1},
          {q("means_resources"), 3},
          {q("ecosystem_place"), 1},
          {q("ecosystem_relations"), 1},
          {q("ecosystem_catalysts"), 0},
          {q("company_csr_link"), 3},
          {q("company_employees"), 3},
          {q("company_business_units"), 1},
          {q("company_local_anchoring"), 1}},
         {{q("company_business_units"), "Les achats et les agences ne sont pas encore associés."},
          {q("ecosystem_catalysts"), "Nous ne connaissions pas la Fabrique des Coopérations avant ce projet."}}},
        {ids.foundation,
         q("foundation"),
         q("funder"),
         {{q("vision_strategy"), 3},
          {q("vision_ecosystem"), 2},
          {q("vision_objectives"), 3},
          {q("action_experience"), 3},
          {q("action_evaluation"), 2},
          {q("action_coherence"), 3},
          {q("means_people"), 2},
          {q("means_skills"), 2},
          {q("means_resources"), 4},
          {q("ecosystem_place"), 2},
          {q("ecosystem_relations"), 2},
          {q("ecosystem_catalysts"), 1},
          {q("foundation_role"), 2},
          {q("foundation_follow_up"), 3},
          {q("foundation_capacity"), 1},
          {q("foundation_funders"), 3}},
         {{q("foundation_funders"), "Comité des financeurs de l’inclusion numérique, réuni deux fois par an."}}},
        {ids.authority,
         q("local_authority"),
         q("partner"),
         {{q("vision_strategy"), 2},
          {q("vision_ecosystem"), 3},
          {q("vision_objectives"), 2},
          {q("action_experience"), 2},
          {q("action_evaluation"), 1},
          {q("action_coherence"), 2},
          {q("means_people"), 2},
          {q("means_skills"), 1},
          {q("means_resources"), 1},
          {q("ecosystem_place"), 3},
          {q("ecosystem_relations"), 3},
          {q("ecosystem_catalysts"), 2},
          {q("local_authority_territory_project"), 3},
          {q("local_authority_catalyst"), 2},
          {q("local_authority_departments"), 1},
          {q("local_authority_actors"), 2}},
         {{q("local_authority_departments"), "Trois services différents instruisent les demandes des associations."},
          {q("action_evaluation"), "Les conventions passées n’ont jamais été évaluées."}}},
        {ids.catalyst,
         q("other"),
         q("catalyst"),
         {{q("vision_strategy"), 4},
          {q("vision_ecosystem"), 4},
          {q("vision_objectives"), 3},
          {q("action_experience"), 4},
          {q("action_evaluation"), 3},
          {q("action_coherence"), 3},
          {q("means_people"), 3},
          {q("means_skills"), 4},
          {q("means_resources"), 2},
          {q("ecosystem_place"), 4},
          {q("ecosystem_relations"), 4},
          {q("ecosystem_catalysts"), 3},
          {q("catalyst_mission"), 4},
          {q("catalyst_functions"), 3},
          {q("catalyst_means"), 1},
          {q("catalyst_trust"), 3}},
         {{q("catalyst_means"), "L’animation du réseau repose sur un poste financé pour deux ans seulement."}}},
    };
    const QString table = QStringLiteral("maturity_answer");
    for (const MaturityText &m : answers) {
        ChangeSet cs(QStringLiteral("Answer the maturity self-diagnostic"));
        for (const method::MaturityQuestion &question : method::maturityQuestionsFor(m.profile, m.role)) {
            const QString qid = question.id;
            if (!m.scores.contains(qid)) { // every answer is written out above, none made up here
                if (error)
                    *error = QStringLiteral("The example has no answer to the maturity question %1.").arg(qid);
                return false;
            }
            const QUuid id = ids::maturityAnswer(m.organisation, qid);
            cs.set(table, id, QStringLiteral("organisation_id"), m.organisation)
                .set(table, id, QStringLiteral("question_id"), qid)
                .set(table, id, QStringLiteral("score"), m.scores.value(qid));
            if (const char *comment = m.comments.value(qid))
                cs.set(table, id, QStringLiteral("comment"), fr(comment));
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
    }
    return true;
}

struct WeightText
{
    QUuid organisation;
    QList<int> weights;        ///< method::objectives() order, sum 100
    QList<const char *> texts; ///< same order
};

bool fillObjectives(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<WeightText> squares = {
        {ids.association,
         {15, 40, 35, 10},
         {"Professionnaliser l’accueil et le suivi des personnes accompagnées avec un outil partagé.",
          "Réduire la dépendance aux subventions grâce aux ateliers facturés et à la vente solidaire de matériel.",
          "Proposer un parcours complet\u00a0: équipement, connexion et accompagnement jusqu’à l’autonomie.",
          "Être reconnue comme tête de réseau de l’inclusion numérique dans le sud du département."}},
        {ids.company,
         {30, 15, 20, 35},
         {"Structurer une filière de réemploi pour les 1\u202f500 postes renouvelés chaque année.",
          "Réduire le coût de traitement des équipements en fin de vie.",
          "Mettre les compétences de nos techniciens au service d’une offre utile au territoire.",
          "Donner du sens à l’engagement des salariés et ancrer l’entreprise dans son territoire."}},
        {ids.foundation,
         {5, 20, 45, 30},
         {"Simplifier le suivi des projets soutenus.",
          "Faire effet de levier\u00a0: chaque euro versé doit attirer d’autres ressources.",
          "Soutenir une innovation sociale que d’autres territoires ruraux pourront reprendre.",
          "Renforcer la présence de la fondation auprès des acteurs publics locaux."}},
        {ids.authority,
         {10, 15, 40, 35},
         {"Mieux orienter les habitants entre services, conseillers numériques et associations.",
          "Mutualiser les moyens plutôt que multiplier les dispositifs.",
          "Garantir à chaque habitant un accompagnement numérique à moins de vingt minutes de chez lui.",
          "Affirmer le rôle d’ensemblier de la communauté de communes dans l’inclusion numérique."}},
    };
    const QString table = QStringLiteral("objective_weight");
    for (const WeightText &w : squares) {
        ChangeSet cs(QStringLiteral("Weight the objectives"));
        for (int i = 0; i < method::objectiveCount; ++i) {
            const QString objectiveId = method::objectives().at(i).id;
            const QUuid id = ids::objectiveWeight(w.organisation, objectiveId);
            cs.set(table, id, QStringLiteral("organisation_id"), w.organisation)
                .set(table, id, QStringLiteral("objective_id"), objectiveId)
                .set(table, id, QStringLiteral("weight"), w.weights.at(i))
                .set(table, id, QStringLiteral("text"), fr(w.texts.at(i)));
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
    }
    ChangeSet stake(QStringLiteral("Agree the common stake"));
    stake.set(QStringLiteral("partnership"), ids.partnership, QStringLiteral("common_stake"),
              fr("Permettre à chaque habitant du sud de la Haute-Garonne d’accéder à ses droits et à l’emploi "
                 "grâce au numérique, en lui donnant un équipement, une connexion et un accompagnement "
                 "jusqu’à l’autonomie."));
    return applyOrExplain(doc, stake, error);
}

bool fillModel(Document &doc, const ExampleIds &ids, QString *error)
{
    const QString table = QStringLiteral("partnership");
    ChangeSet cs(QStringLiteral("Choose the partnership model"));
    cs.set(table, ids.partnership, QStringLiteral("category_id"), QStringLiteral("societal_innovation"))
        .set(table, ids.partnership, QStringLiteral("model_id"), QStringLiteral("societal_rnd"))
        .set(table, ids.partnership, QStringLiteral("model_justification"),
             fr("Les partenaires inventent ensemble un service qui n’existait ni chez les acteurs publics ni "
                "chez les entreprises\u00a0: un parcours réunissant matériel reconditionné, connexion et "
                "accompagnement. Il sert d’abord la proposition de valeur, que la fondation et la communauté "
                "de communes placent en tête\u00a0; l’association y trouve des recettes (ateliers facturés, vente "
                "solidaire) et l’entreprise l’ancrage territorial qu’elle cherche. Le partage d’expertise a été "
                "envisagé, mais il ne rendait pas compte de la co-conception du service."));
    return applyOrExplain(doc, cs, error);
}

bool fillEcosystem(Document &doc, const ExampleIds &ids, QString *error)
{
    struct Assignment
    {
        const char *functionId;
        QUuid organisation;
        const char *note;
    };
    const QList<Assignment> assignments = {
        {"territorial_dialogue", ids.catalyst,
         "Anime les rencontres trimestrielles des acteurs de l’inclusion et fait les mises en relation."},
        {"collective_experiments", ids.catalyst, "Co-pilote l’expérimentation des ateliers en entreprise."},
        {"support", ids.catalyst,
         "Forme les médiateurs à la co-construction et accompagne la reprise du parcours dans le Volvestre."},
        {"place", ids.authority,
         "Met à disposition les maisons France Services comme lieux d’accueil et de démonstration."},
    };
    ChangeSet cs(QStringLiteral("Map the ecosystem"));
    const QString table = QStringLiteral("catalyst_assignment");
    for (const Assignment &a : assignments) {
        const QString functionId = QString::fromLatin1(a.functionId);
        const QUuid id = ids::catalystAssignment(a.organisation, functionId);
        cs.set(table, id, QStringLiteral("function_id"), functionId)
            .set(table, id, QStringLiteral("organisation_id"), a.organisation)
            .set(table, id, QStringLiteral("note"), fr(a.note));
    }
    // The lead in the middle, the catalyst above, the other partners around.
    const QList<std::tuple<QUuid, double, double>> positions = {
        {ids.association, 0, 0},    {ids.catalyst, 0, -180}, {ids.company, 220, 60},
        {ids.foundation, -220, 60}, {ids.authority, 0, 200},
    };
    const QString map = QStringLiteral("map_position");
    for (const auto &[organisation, x, y] : positions) {
        const QUuid id = ids::mapPosition(organisation);
        cs.set(map, id, QStringLiteral("organisation_id"), organisation)
            .set(map, id, QStringLiteral("x"), x)
            .set(map, id, QStringLiteral("y"), y);
    }
    return applyOrExplain(doc, cs, error);
}

bool fillAgreement(Document &doc, const ExampleIds &ids, QString *error)
{
    const QString table = QStringLiteral("partnership");
    ChangeSet cs(QStringLiteral("Write the agreement"));
    cs.set(table, ids.partnership, QStringLiteral("governance"),
           fr("Comité de pilotage trimestriel réunissant un représentant de chaque partenaire, animé par La "
              "Fabrique des Coopérations\u00a0; comité technique mensuel (médiateurs, techniciens, chargé de "
              "mission). Décisions au consensus, à défaut à la majorité des quatre signataires. Tableau de bord "
              "partagé après chaque comité."))
        .set(table, ids.partnership, QStringLiteral("agreement_terms"),
             fr("Convention triennale (octobre 2025 – décembre 2027). L’entreprise remet 400 ordinateurs "
                "reconditionnés par an et 180 jours de mécénat de compétences\u00a0; la fondation verse "
                "60\u202f000\u00a0€ "
                "par an sous réserve de la revue annuelle\u00a0; la communauté de communes met à disposition trois "
                "salles et verse 15\u202f000\u00a0€ par an\u00a0; l’association assure l’accompagnement des publics. "
                "Les "
                "supports pédagogiques sont partagés sous licence CC BY-SA. Chaque partenaire peut se retirer "
                "avec un préavis de six mois."))
        .set(table, ids.partnership, QStringLiteral("agreement_signed"), QDate(2025, 10, 17));
    if (!applyOrExplain(doc, cs, error))
        return false;

    struct ContributionText
    {
        QUuid organisation;
        const char *kind;
        const char *description;
        double quantity;
        double euros;
    };
    const QList<ContributionText> contributions = {
        {ids.foundation, "money", "Subvention annuelle, appel à projets «\u00a0Territoires connectés\u00a0»", 60000,
         60000},
        {ids.authority, "money", "Subvention au titre du schéma local d’inclusion numérique", 15000, 15000},
        {ids.authority, "material", "Trois salles équipées dans les maisons France Services (valeur locative)", 3,
         18000},
        {ids.company, "material", "Ordinateurs portables reconditionnés avec un système libre", 400, 48000},
        {ids.company, "skills", "Mécénat de compétences\u00a0: reconditionnement et formation des médiateurs (jours)",
         180, 81000},
        {ids.company, "people_days", "Salariés bénévoles aux ateliers «\u00a0Premiers pas\u00a0» (jours)", 90, 18000},
        {ids.association, "people_days", "Temps des médiateurs numériques consacré au parcours (jours)", 440, 88000},
        {ids.association, "skills", "Ingénierie pédagogique et création des supports d’ateliers (jours)", 30, 13500},
        {ids.catalyst, "skills", "Animation du comité de pilotage et des rencontres d’acteurs (jours)", 24, 9600},
    };
    ChangeSet valued(QStringLiteral("Value the contributions"));
    const QString contribution = QStringLiteral("contribution");
    for (const ContributionText &c : contributions) {
        const QUuid id = QUuid::createUuid();
        valued.set(contribution, id, QStringLiteral("organisation_id"), c.organisation)
            .set(contribution, id, QStringLiteral("kind"), QString::fromLatin1(c.kind))
            .set(contribution, id, QStringLiteral("description"), fr(c.description))
            .set(contribution, id, QStringLiteral("quantity"), c.quantity)
            .set(contribution, id, QStringLiteral("value_euros"), c.euros);
    }
    return applyOrExplain(doc, valued, error);
}

} // namespace

bool fillPreparation(Document &doc, const ExampleIds &ids, QString *error)
{
    return fillNeeds(doc, ids, error) && fillMaturity(doc, ids, error) && fillObjectives(doc, ids, error)
        && fillModel(doc, ids, error) && fillEcosystem(doc, ids, error) && fillAgreement(doc, ids, error);
}

} // namespace alliance::example::detail
