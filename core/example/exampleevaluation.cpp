// Step 7 of the French example: an interim and an annual review scored by each
// partner on every criterion of the method, the lessons learnt, the meaning of
// the action, next steps, and two notes (one private, one public).
#include "document/document.h"
#include "example/exampleparts.h"
#include "method/method.h"
#include "model/ids.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace alliance::example::detail {

namespace {

// Scores at the annual review, per criterion, before each partner's own view.
int annualBase(const QString &criterionId)
{
    static const QHash<QString, int> base = {
        {QStringLiteral("own_organisation"), 3},      {QStringLiteral("own_stakeholder_dialogue"), 4},
        {QStringLiteral("own_innovation"), 3},        {QStringLiteral("own_economic_performance"), 3},
        {QStringLiteral("results_achieved"), 3},      {QStringLiteral("unexpected_results"), 4},
        {QStringLiteral("others_performance"), 3},    {QStringLiteral("collective_innovation"), 4},
        {QStringLiteral("trust_people"), 4},          {QStringLiteral("trust_territory"), 4},
        {QStringLiteral("reduced_fragilities"), 3},   {QStringLiteral("sustainable_drivers"), 3},
        {QStringLiteral("needs_pertinence"), 4},      {QStringLiteral("mode_coherence"), 4},
        {QStringLiteral("actions_coherence"), 3},     {QStringLiteral("stake_coherence"), 4},
    };
    return base.value(criterionId, 3);
}

// A partner's score: the annual base, nuanced by partner; six months earlier
// results and performance were one point lower, trust had not grown yet.
int scoreFor(int partner, int criterion, const method::Criterion &c, bool interim)
{
    int score = annualBase(c.id) + (partner + criterion) % 3 - 1;
    if (interim && (c.angle == QLatin1String("performance") || c.impact == QLatin1String("trust")))
        score -= 1;
    return std::clamp(score, 1, method::criterionScoreMax);
}

struct ReviewText
{
    QDate date;
    const char *kind;
    const char *title;
    /// Comments keyed by partner index (ExampleIds::partners()) and criterion id.
    QList<std::tuple<int, const char *, const char *>> comments;
};

bool fillReviews(Document &doc, const ExampleIds &ids, QString *error)
{
    const QList<ReviewText> reviews = {
        {{2026, 4, 15},
         "interim",
         "Revue intermédiaire à six mois",
         {{2, "results_achieved", "Démarrage rapide des permanences ; le volet entreprise n’a pas commencé."},
          {0, "unexpected_results", "Des entreprises voisines ont proposé leur matériel sans être sollicitées."}}},
        {{2026, 10, 20},
         "annual",
         "Revue annuelle 2026",
         {{1, "own_organisation", "La filière de réemploi fait désormais partie du renouvellement du parc."},
          {0, "own_economic_performance",
           "Les ateliers facturés progressent mais restent loin de l’objectif de 30 % de ressources propres."},
          {3, "trust_territory",
           "Les maires du sud du territoire orientent désormais d’eux-mêmes vers les permanences."},
          {2, "mode_coherence", "Le modèle R&D sociétale reste le bon : le service est réellement co-conçu."}}},
    };
    const QList<QUuid> partners = ids.partners();
    for (const ReviewText &r : reviews) {
        ChangeSet cs(QStringLiteral("Score the review “%1”").arg(fr(r.title)));
        const QUuid review = QUuid::createUuid();
        const QString table = QStringLiteral("review");
        cs.set(table, review, QStringLiteral("date"), r.date)
            .set(table, review, QStringLiteral("kind"), QString::fromLatin1(r.kind))
            .set(table, review, QStringLiteral("title"), fr(r.title));
        const bool interim = qstrcmp(r.kind, "interim") == 0;
        const QString scores = QStringLiteral("review_score");
        for (int p = 0; p < partners.size(); ++p) {
            for (int c = 0; c < method::criteria().size(); ++c) {
                const method::Criterion &criterion = method::criteria().at(c);
                const QUuid id = ids::reviewScore(review, partners.at(p), criterion.id);
                cs.set(scores, id, QStringLiteral("review_id"), review)
                    .set(scores, id, QStringLiteral("organisation_id"), partners.at(p))
                    .set(scores, id, QStringLiteral("criterion_id"), criterion.id)
                    .set(scores, id, QStringLiteral("score"), scoreFor(p, c, criterion, interim));
                for (const auto &[partner, criterionId, comment] : r.comments)
                    if (partner == p && criterion.id == QLatin1String(criterionId))
                        cs.set(scores, id, QStringLiteral("comment"), fr(comment));
            }
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
         "Valoriser dès le départ les contributions en nature a désamorcé les tensions sur « qui apporte quoi »."},
        {"lesson",
         {2026, 10, 20},
         "Le volet entreprise demande plus de temps que prévu : mobiliser les salariés suppose l’appui des "
         "managers, pas seulement de la direction RSE."},
        {"meaning",
         {2026, 10, 20},
         "Le partenariat donne un sens commun à des engagements qui restaient dispersés : l’entreprise voit son "
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
             fr("Note interne : le renouvellement de la subvention de la fondation passera à son conseil "
                "d’administration de mars 2027 ; ne pas l’évoquer avec les partenaires avant la décision."))
        .set(table, internal, QStringLiteral("private"), true);
    const QUuid minutes = QUuid::createUuid();
    cs.set(table, minutes, QStringLiteral("step_id"), QStringLiteral("pilot"))
        .set(table, minutes, QStringLiteral("text"),
             fr("Comité de pilotage du 20 octobre 2026 : indicateurs en progression, retard du volet entreprise, "
                "poursuite de la convention confirmée par les quatre partenaires."))
        .set(table, minutes, QStringLiteral("private"), false);
    const QUuid idea = QUuid::createUuid();
    cs.set(table, idea, QStringLiteral("step_id"), QStringLiteral("evaluate"))
        .set(table, idea, QStringLiteral("text"),
             fr("Piste pour l’évaluation finale : croiser les indicateurs avec les témoignages recueillis par les "
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
