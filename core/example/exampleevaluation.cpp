// Step 7 of the French example: an interim and an annual review answered
// in the method's four parts (METHOD.md 8b) by each partner, the lessons
// learnt, the meaning of the action, next steps, and two notes (one
// private, one public). Every rating is written by hand, as partners would
// give it: nothing is derived by a formula. Some questions are answered in
// words only, some are left unanswered (six months in, a funder may find it
// too early to say), and the foundation reports no unexpected result.
#include "document/document.h"
#include "example/exampleparts.h"
#include "method/method.h"
#include "model/ids.h"

namespace alliance::example::detail {

namespace {

enum Partner {
    Association,
    Company,
    Foundation,
    Authority
};
constexpr int noRating = -1;

/// One partner's answer to one question: a rating (or noRating), a step-back
/// answer (or nullptr) and words (or nullptr).
struct AnswerText
{
    Partner partner;
    const char *criterion;
    int rating;
    const char *answer;
    const char *words;
};

struct ReviewText
{
    QDate date;
    const char *kind;
    const char *title;
    QList<AnswerText> answers;
};

QList<ReviewText> reviews()
{
    return {
        {{2026, 4, 15},
         "interim",
         "Revue intermédiaire à six mois",
         {
             // 1. Effects on each partner's own performance.
             {Association, "own_organisation", 3, nullptr,
              "Le dossier de suivi partagé a remplacé nos trois tableurs."},
             {Association, "own_stakeholder_dialogue", 3, nullptr, nullptr},
             {Association, "own_innovation", 3, nullptr, nullptr},
             {Association, "own_economic_performance", 2, nullptr,
              "Les premiers ateliers facturés couvrent à peine leurs frais."},
             {Association, "results_achieved", noRating, nullptr,
              "Démarrage rapide des permanences\u00a0; le volet entreprise n’a pas commencé."},
             {Association, "unexpected_results", noRating, nullptr,
              "Des entreprises voisines ont proposé leur matériel sans être sollicitées."},
             {Company, "own_organisation", 4, nullptr,
              "Le circuit de sortie du parc passe désormais par l’atelier de reconditionnement."},
             {Company, "own_stakeholder_dialogue", 2, nullptr, nullptr},
             {Company, "own_innovation", 2, nullptr, nullptr},
             {Company, "own_economic_performance", 3, nullptr,
              "Économies encore modestes sur le traitement des déchets."},
             {Company, "results_achieved", noRating, nullptr,
              "Premiers lots de matériel reconditionné livrés en mars."},
             {Foundation, "own_organisation", noRating, nullptr, "Trop tôt pour le dire."},
             {Foundation, "own_stakeholder_dialogue", 3, nullptr, nullptr},
             {Foundation, "own_innovation", 2, nullptr,
              "Le parcours existe, mais rien n’est encore écrit pour qu’un autre territoire le reprenne."},
             {Foundation, "own_economic_performance", 3, nullptr, nullptr},
             {Authority, "own_organisation", 2, nullptr, nullptr},
             {Authority, "own_stakeholder_dialogue", 4, nullptr,
              "Les conseillers numériques et les associations se parlent enfin."},
             {Authority, "own_innovation", 3, nullptr, nullptr},
             {Authority, "own_economic_performance", noRating, nullptr, "Trop tôt pour mesurer la mutualisation."},
             {Authority, "results_achieved", noRating, nullptr, "Six permanences sur neuf sont ouvertes."},
             // 2. Effects on the common ecosystem.
             {Association, "others_performance", 3, nullptr, nullptr},
             {Association, "collective_innovation", 3, nullptr, nullptr},
             {Association, "trust_people", 4, nullptr, nullptr},
             {Association, "trust_territory", 3, nullptr, nullptr},
             {Company, "others_performance", 2, nullptr, nullptr},
             {Company, "collective_innovation", 3, nullptr, nullptr},
             {Company, "trust_people", 3, nullptr, nullptr},
             {Company, "trust_territory", 3, nullptr, nullptr},
             {Foundation, "others_performance", 2, nullptr, nullptr},
             {Foundation, "collective_innovation", 3, nullptr, nullptr},
             {Foundation, "trust_people", 3, nullptr, nullptr},
             {Foundation, "trust_territory", noRating, nullptr, "Trop tôt pour juger."},
             {Authority, "others_performance", 3, nullptr, nullptr},
             {Authority, "collective_innovation", 3, nullptr, nullptr},
             {Authority, "trust_people", 3, nullptr, nullptr},
             {Authority, "trust_territory", 4, nullptr, "Les maires suivent le projet de près."},
             // 3. Stepping back.
             {Association, "reduced_fragilities", noRating, "partly",
              "Les premières personnes accompagnées prennent de l’assurance, mais il est tôt."},
             {Association, "sustainable_drivers", noRating, "no", "Pas encore\u00a0: tout repose sur les subventions."},
             {Association, "needs_pertinence", noRating, nullptr,
              "Les besoins identifiés sont les bons\u00a0; la mobilité reste un angle mort."},
             {Company, "reduced_fragilities", noRating, "dont_know", nullptr},
             {Company, "sustainable_drivers", noRating, "partly", "La filière de réemploi se met en place."},
             {Foundation, "reduced_fragilities", noRating, "dont_know", "Trop tôt pour le dire."},
             {Authority, "reduced_fragilities", noRating, "partly",
              "Les permanences ouvertes attirent surtout des retraités."},
             {Authority, "sustainable_drivers", noRating, "dont_know", nullptr},
             {Authority, "needs_pertinence", 4, nullptr, "Cohérent avec le schéma local d’inclusion numérique."},
             // 4. Lessons and coherence.
             {Association, "mode_coherence", 4, nullptr, "Le co-design des ateliers confirme le choix du modèle."},
             {Company, "stake_coherence", 4, nullptr, nullptr},
             {Authority, "actions_coherence", noRating, nullptr, "À examiner lors de la revue annuelle."},
         }},
        {{2026, 10, 20},
         "annual",
         "Revue annuelle 2026",
         {
             // 1. Effects on each partner's own performance.
             {Association, "own_organisation", 4, nullptr,
              "Un seul dossier par personne accompagnée, partagé entre les neuf permanences."},
             {Association, "own_stakeholder_dialogue", 4, nullptr, nullptr},
             {Association, "own_innovation", 4, nullptr,
              "Le parcours complet existe\u00a0: équipement, connexion, accompagnement."},
             {Association, "own_economic_performance", 2, nullptr,
              "Les ateliers facturés progressent mais restent loin de l’objectif de 30\u00a0% de ressources propres."},
             {Association, "results_achieved", noRating, nullptr,
              "Les neuf permanences fonctionnent et 1\u202f150 personnes y ont été reçues\u00a0; les ateliers en "
              "entreprise "
              "n’ont pas démarré."},
             {Association, "unexpected_results", noRating, nullptr,
              "Trois anciens bénéficiaires sont devenus bénévoles médiateurs."},
             {Company, "own_organisation", 5, nullptr,
              "La filière de réemploi fait désormais partie du renouvellement du parc."},
             {Company, "own_stakeholder_dialogue", 4, nullptr,
              "Les salariés parlent du partenariat autour d’eux\u00a0; la presse locale l’a relayé."},
             {Company, "own_innovation", 3, nullptr,
              "Nos techniciens ont appris à reconditionner pour des usages qu’ils ne connaissaient pas."},
             {Company, "own_economic_performance", 3, nullptr,
              "Le coût de traitement du matériel a baissé d’un tiers."},
             {Company, "results_achieved", noRating, nullptr,
              "Les 1\u202f500 postes renouvelés passent par la filière\u00a0; 347 ordinateurs reconditionnés ont été "
              "remis à "
              "des habitants."},
             {Company, "unexpected_results", noRating, nullptr,
              "Des techniciens se sont portés volontaires pour tenir des permanences le samedi."},
             {Foundation, "own_organisation", 2, nullptr, nullptr},
             {Foundation, "own_stakeholder_dialogue", 4, nullptr,
              "La fondation est désormais invitée aux réunions de la communauté de communes."},
             {Foundation, "own_innovation", 3, nullptr,
              "Le parcours fonctionne\u00a0; le guide pour d’autres territoires ruraux reste à écrire."},
             {Foundation, "own_economic_performance", 3, nullptr, nullptr},
             {Foundation, "results_achieved", noRating, nullptr,
              "Les objectifs de l’appel à projets sont atteints pour l’équipement et l’accompagnement."},
             {Authority, "own_organisation", 3, nullptr, nullptr},
             {Authority, "own_stakeholder_dialogue", 4, nullptr, nullptr},
             {Authority, "own_innovation", 5, nullptr,
              "Chaque habitant a une permanence à moins de vingt minutes, sauf dans deux communes de montagne."},
             {Authority, "own_economic_performance", 3, nullptr, nullptr},
             {Authority, "results_achieved", noRating, nullptr,
              "Le schéma local d’inclusion numérique est tenu pour l’accès aux équipements."},
             {Authority, "unexpected_results", noRating, nullptr,
              "Les secrétaires de mairie orientent d’elles-mêmes vers les permanences."},
             // 2. Effects on the common ecosystem.
             {Association, "others_performance", 3, nullptr, nullptr},
             {Association, "collective_innovation", 4, nullptr, nullptr},
             {Association, "trust_people", 5, nullptr,
              "Les médiateurs et les techniciens de l’entreprise travaillent désormais en binôme."},
             {Association, "trust_territory", 4, nullptr, nullptr},
             {Company, "others_performance", 3, nullptr, nullptr},
             {Company, "collective_innovation", 3, nullptr, nullptr},
             {Company, "trust_people", 4, nullptr, nullptr},
             {Company, "trust_territory", 4, nullptr, nullptr},
             {Foundation, "others_performance", 3, nullptr, nullptr},
             {Foundation, "collective_innovation", 4, nullptr,
              "Le parcours combine trois apports qu’aucun acteur n’offrait seul."},
             {Foundation, "trust_people", 4, nullptr, nullptr},
             {Foundation, "trust_territory", 3, nullptr, nullptr},
             {Authority, "others_performance", 4, nullptr, nullptr},
             {Authority, "collective_innovation", 4, nullptr, nullptr},
             {Authority, "trust_people", 4, nullptr, nullptr},
             {Authority, "trust_territory", 5, nullptr,
              "Les maires du sud du territoire orientent désormais d’eux-mêmes vers les permanences."},
             // 3. Stepping back.
             {Association, "reduced_fragilities", noRating, "yes",
              "Sur 1\u202f150 personnes reçues, dont 40\u00a0% ont plus de 65 ans, les trois quarts font seules une "
              "démarche en ligne à la fin du parcours."},
             {Association, "sustainable_drivers", noRating, "partly",
              "La vente solidaire de matériel crée une ressource propre, encore modeste."},
             {Association, "needs_pertinence", 4, nullptr,
              "Le besoin «\u00a0accélérer grâce au numérique\u00a0» relevé au diagnostic est au cœur de l’action."},
             {Company, "reduced_fragilities", noRating, "partly",
              "L’équipement n’est plus un obstacle\u00a0; la connexion reste un frein dans les hameaux."},
             {Company, "sustainable_drivers", noRating, "yes",
              "Le réemploi local remplace un contrat de recyclage hors de la région."},
             {Company, "needs_pertinence", noRating, nullptr,
              "Nous connaissons mal les besoins mis en avant par la collectivité\u00a0: à revoir ensemble."},
             {Foundation, "reduced_fragilities", noRating, "yes",
              "Les publics visés par l’appel à projets sont bien ceux qui viennent aux permanences."},
             {Foundation, "sustainable_drivers", noRating, "dont_know",
              "Il faudra voir si le modèle tient sans notre subvention en 2028."},
             {Foundation, "needs_pertinence", 4, nullptr, "Oui pour l’accès aux droits\u00a0; moins pour l’emploi."},
             {Authority, "reduced_fragilities", noRating, "partly",
              "Deux communes de montagne restent à plus de vingt minutes d’une permanence."},
             {Authority, "sustainable_drivers", noRating, "partly",
              "Deux postes de techniciens en insertion sont en discussion avec l’entreprise."},
             {Authority, "needs_pertinence", 5, nullptr,
              "L’action répond directement au schéma local d’inclusion numérique."},
             // 4. Lessons and coherence.
             {Association, "mode_coherence", 4, nullptr,
              "Le modèle R&D sociétale reste le bon\u00a0: le service est réellement co-conçu."},
             {Association, "actions_coherence", noRating, nullptr,
              "Le partenariat s’inscrit dans notre projet associatif 2025-2030\u00a0; il a demandé de redéployer deux "
              "médiateurs."},
             {Association, "stake_coherence", 5, nullptr,
              "L’enjeu commun – équipement, connexion, accompagnement – guide chaque décision du comité."},
             {Company, "mode_coherence", 3, nullptr,
              "Nous sommes plus proches d’un partage d’expertise\u00a0: nos techniciens transmettent un savoir-faire."},
             {Company, "actions_coherence", 4, nullptr,
              "Cohérent avec notre politique RSE et notre plan de sobriété numérique."},
             {Company, "stake_coherence", 4, nullptr, nullptr},
             {Foundation, "mode_coherence", 4, nullptr, nullptr},
             {Foundation, "actions_coherence", 3, nullptr,
              "Proche de nos autres soutiens, mais c’est notre seul projet rural."},
             {Foundation, "stake_coherence", 4, nullptr,
              "Oui, avec une vigilance sur l’accès à l’emploi, moins avancé."},
             {Authority, "mode_coherence", noRating, nullptr,
              "La question se posera au moment d’étendre le parcours au Volvestre."},
             {Authority, "actions_coherence", 4, nullptr,
              "Le parcours relie enfin nos deux maisons France Services au reste du réseau."},
             {Authority, "stake_coherence", 4, nullptr, "Fidèle à l’enjeu\u00a0; le volet emploi reste à construire."},
         }},
    };
}

bool fillReviews(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<QUuid> partners = ids.partners();
    const QString scores = QStringLiteral("review_score");
    for (const ReviewText &r : reviews()) {
        ChangeSet cs(QStringLiteral("Answer the review “%1”").arg(fr(r.title)));
        const QUuid review = QUuid::createUuid();
        const QString table = QStringLiteral("review");
        cs.set(table, review, QStringLiteral("date"), r.date)
            .set(table, review, QStringLiteral("kind"), QString::fromLatin1(r.kind))
            .set(table, review, QStringLiteral("title"), fr(r.title));
        for (const AnswerText &a : r.answers) {
            const QUuid organisation = partners.at(a.partner);
            const QString criterion = QString::fromLatin1(a.criterion);
            const QUuid id = ids::reviewScore(review, organisation, criterion);
            cs.set(scores, id, QStringLiteral("review_id"), review)
                .set(scores, id, QStringLiteral("organisation_id"), organisation)
                .set(scores, id, QStringLiteral("criterion_id"), criterion)
                .set(scores, id, QStringLiteral("score"), a.rating == noRating ? 0 : a.rating)
                .set(scores, id, QStringLiteral("no_score"), a.rating == noRating)
                .set(scores, id, QStringLiteral("answer"), a.answer ? QString::fromLatin1(a.answer) : QString())
                .set(scores, id, QStringLiteral("comment"), a.words ? fr(a.words) : QString());
        }
        if (!applyOrExplain(doc, cs, error))
            return false;
    }
    return true;
}

bool fillLessons(Document &doc, QString *error)
{
    struct LessonText
    {
        const char *kind;
        QDate date;
        const char *text;
    };
    const QList<LessonText> lessons = {
        {"lesson",
         {2026, 4, 15},
         "La présence d’un tiers de confiance au comité de pilotage a facilité les arbitrages entre partenaires."},
        {"lesson",
         {2026, 10, 20},
         "Valoriser dès le départ les contributions en nature a désamorcé les tensions sur «\u00a0qui apporte "
         "quoi\u00a0»."},
        {"lesson",
         {2026, 10, 20},
         "Le volet entreprise demande plus de temps que prévu\u00a0: mobiliser les salariés suppose l’appui des "
         "managers, pas seulement de la direction RSE."},
        {"meaning",
         {2026, 10, 20},
         "Le partenariat donne un sens commun à des engagements qui restaient dispersés\u00a0: l’entreprise voit son "
         "matériel servir le territoire, l’association sort de la seule logique de subvention, la collectivité "
         "joue son rôle d’ensemblier et la fondation soutient une innovation reproductible."},
        {"next_step",
         {2026, 10, 20},
         "Lancer les ateliers en entreprise au premier trimestre 2027 avec deux sites pilotes."},
        {"next_step",
         {2026, 10, 20},
         "Préparer la reprise du parcours dans le Volvestre avec La Fabrique des Coopérations."},
        {"next_step", {2026, 10, 20}, "Associer un regard extérieur à l’évaluation finale de 2027."},
    };
    const QString table = QStringLiteral("lesson");
    ChangeSet cs(QStringLiteral("Draw the lessons"));
    for (const LessonText &l : lessons) {
        const QUuid id = QUuid::createUuid();
        cs.set(table, id, QStringLiteral("kind"), QString::fromLatin1(l.kind))
            .set(table, id, QStringLiteral("date"), l.date)
            .set(table, id, QStringLiteral("text"), fr(l.text));
    }
    return applyOrExplain(doc, cs, error);
}

bool fillNotes(Document &doc, QString *error)
{
    const QString table = QStringLiteral("note");
    ChangeSet cs(QStringLiteral("Write notes"));
    const QUuid internal = QUuid::createUuid();
    // Private: the funder's internal timetable must not reach the partners' copies.
    cs.set(table, internal, QStringLiteral("step_id"), QStringLiteral("pilot"))
        .set(table, internal, QStringLiteral("text"),
             fr("Note interne\u00a0: le renouvellement de la subvention de la fondation passera à son conseil "
                "d’administration de mars 2027\u00a0; ne pas l’évoquer avec les partenaires avant la décision."))
        .set(table, internal, QStringLiteral("private"), true);
    const QUuid minutes = QUuid::createUuid();
    cs.set(table, minutes, QStringLiteral("step_id"), QStringLiteral("pilot"))
        .set(table, minutes, QStringLiteral("text"),
             fr("Comité de pilotage du 20 octobre 2026\u00a0: indicateurs en progression, retard du volet entreprise, "
                "poursuite de la convention confirmée par les quatre partenaires."))
        .set(table, minutes, QStringLiteral("private"), false);
    const QUuid idea = QUuid::createUuid();
    cs.set(table, idea, QStringLiteral("step_id"), QStringLiteral("evaluate"))
        .set(table, idea, QStringLiteral("text"),
             fr("Piste pour l’évaluation finale\u00a0: croiser les indicateurs avec les témoignages recueillis par les "
                "médiateurs."))
        .set(table, idea, QStringLiteral("private"), false);
    return applyOrExplain(doc, cs, error);
}

} // namespace

bool fillEvaluation(Document &doc, const ExampleIds &ids, QString *error)
{
    return fillReviews(doc, ids, error) && fillLessons(doc, error) && fillNotes(doc, error);
}

} // namespace alliance::example::detail
