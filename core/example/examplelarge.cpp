// The large synthetic project behind `new --scale large` and the benchmarks:
// every table filled at the sizes of LargeSize, in change sets of thousands of
// changes, then edit rounds until the journal is as long as asked. A fixed
// pseudo-random seed keeps the content identical from run to run.
#include "example/examplegenerator.h"

#include "document/document.h"
#include "example/exampleparts.h"
#include "method/method.h"
#include "model/ids.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace alliance::example {

namespace {

using detail::applyOrExplain;
using detail::fr;

// Change sets of about this many changes: large enough for speed, small
// enough to keep each transaction's memory modest.
constexpr int batchSize = 5000;

class LargeBuilder
{
public:
    LargeBuilder(Document &doc, const LargeSize &size, QString *error)
        : m_doc(doc), m_size(size), m_error(error), m_random(20251017)
    { }

    bool run()
    {
        return partnership() && organisations() && contacts() && journey() && actions() && indicators() && reviews()
            && lessons() && meetings() && editRounds();
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }

    // Adds one field change; flushes the batch when it is full.
    bool set(const QString &table, const QUuid &id, const QString &field, const QVariant &value)
    {
        m_batch.set(table, id, field, value);
        return m_batch.changes.size() < batchSize || flush();
    }
    bool flush()
    {
        if (m_batch.changes.isEmpty())
            return true;
        const bool ok = applyOrExplain(m_doc, m_batch, m_error);
        m_batch.changes.clear();
        return ok;
    }
    bool section(const QString &description)
    {
        const bool ok = flush();
        m_batch.description = description;
        return ok;
    }

    bool partnership()
    {
        const QString t = QStringLiteral("partnership");
        const QUuid id = m_doc.partnershipId();
        section(QStringLiteral("Describe the partnership"));
        return set(t, id, QStringLiteral("title"), fr("Réseau régional des alliances territoriales (jeu d’essai)"))
            && set(t, id, QStringLiteral("common_stake"), fr("Coordonner les alliances d’une région entière."))
            && set(t, id, QStringLiteral("start_date"), QDate(2021, 1, 4))
            && set(t, id, QStringLiteral("end_date"), QDate(2027, 12, 31))
            && set(t, id, QStringLiteral("sdg_targets"), QStringLiteral("17.17, 17.16, 11.3, 8.3"))
            && set(t, id, QStringLiteral("category_id"), QStringLiteral("economic_cooperation"))
            && set(t, id, QStringLiteral("model_id"), QStringLiteral("hybrid_model"))
            && set(t, id, QStringLiteral("governance"), fr("Assemblée annuelle et comités départementaux."))
            && set(t, id, QStringLiteral("agreement_signed"), QDate(2021, 3, 1));
    }

    // French names from fixed words: never from translated labels, so the
    // content does not depend on the language the generator runs in.
    static QString nameWord(const QString &profile)
    {
        static const QHash<QString, QString> words = {
            {QStringLiteral("association"), fr("Association")},
            {QStringLiteral("company"), fr("Entreprise")},
            {QStringLiteral("foundation"), fr("Fondation")},
            {QStringLiteral("local_authority"), fr("Commune")},
            {QStringLiteral("public_body"), fr("Établissement public")},
            {QStringLiteral("academic"), fr("Université")},
        };
        return words.value(profile, fr("Collectif"));
    }

    static QString roleFor(int index)
    {
        if (index == 0)
            return QStringLiteral("lead");
        switch (index % 10) {
        case 3:
            return QStringLiteral("funder");
        case 7:
            return QStringLiteral("catalyst");
        case 9:
            return QStringLiteral("stakeholder");
        default:
            return QStringLiteral("partner");
        }
    }

    bool organisations()
    {
        static const QStringList places = {
            QStringLiteral("Muret"),   QStringLiteral("Albi"),   QStringLiteral("Cahors"), QStringLiteral("Rodez"),
            QStringLiteral("Auch"),    QStringLiteral("Foix"),   QStringLiteral("Tarbes"), QStringLiteral("Montauban"),
            QStringLiteral("Castres"), QStringLiteral("Figeac"), QStringLiteral("Millau"), QStringLiteral("Pamiers")};
        const QString t = QStringLiteral("organisation");
        const auto &profiles = method::organisationProfiles();
        section(QStringLiteral("Add organisations"));
        for (int i = 0; i < m_size.organisations; ++i) {
            const QUuid id = QUuid::createUuid();
            m_organisations.append(id);
            const QString profile = profiles.at(i % profiles.size()).id;
            const QString name = fr("%1 n°%2 (%3)").arg(nameWord(profile)).arg(i + 1).arg(places.at(i % places.size()));
            if (!set(t, id, QStringLiteral("name"), name) || !set(t, id, QStringLiteral("profile"), profile)
                || !set(t, id, QStringLiteral("role"), roleFor(i))
                || !set(t, id, QStringLiteral("region"), QStringLiteral("Occitanie"))
                || !set(t, id, QStringLiteral("notes"), fr("Organisation générée pour les mesures de performance."))
                || !weights(id) || !needs(id, profile) || !maturity(id, profile, roleFor(i), i) || !mapPosition(id, i))
                return false;
        }
        return true;
    }

    bool weights(const QUuid &organisation)
    {
        // Four weights summing to 100: three cuts of 0..100.
        std::array<int, 3> cuts {pick(101), pick(101), pick(101)};
        std::sort(cuts.begin(), cuts.end());
        const std::array<int, 4> w {cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 100 - cuts[2]};
        const QString t = QStringLiteral("objective_weight");
        for (int i = 0; i < method::objectiveCount; ++i) {
            const QString objective = method::objectives().at(i).id;
            const QUuid id = ids::objectiveWeight(organisation, objective);
            if (!set(t, id, QStringLiteral("organisation_id"), organisation)
                || !set(t, id, QStringLiteral("objective_id"), objective)
                || !set(t, id, QStringLiteral("weight"), w[size_t(i)])
                || !set(t, id, QStringLiteral("text"), fr("Objectif précisé en atelier.")))
                return false;
        }
        return true;
    }

    // Each kind of organisation sees the territory's needs from where it
    // stands: a priority and a few words per need, written for the profile.
    struct NeedLine
    {
        const char *priority;
        const char *answer;
    };
    static const QList<NeedLine> &needLines(const QString &profile)
    {
        // method::territoryNeeds() order: innovation capacity, ecosystem,
        // strategy, socio-economic model, alliance, digital, pertinence.
        static const QHash<QString, QList<NeedLine>> lines = {
            {QStringLiteral("association"),
             {{"high",
               "Nos solutions naissent du terrain\u00a0; il nous manque le temps de les documenter pour les faire "
               "reconnaître."},
              {"medium",
               "Nous connaissons bien nos publics, moins les entreprises et les autres associations du département."},
              {"medium",
               "Le projet associatif fixe le cap\u00a0; la stratégie de moyens reste à construire avec les "
               "partenaires."},
              {"high", "Trop dépendants des subventions annuelles\u00a0: nous cherchons des ressources plus durables."},
              {"high", "Nous voulons passer de relations de financement à de vrais partenariats."},
              {"low", "Des outils de base seulement\u00a0; le sujet viendra après la consolidation du modèle."},
              {"medium", "Nous mesurons l’activité, pas encore l’utilité sociale."}}},
            {QStringLiteral("company"),
             {{"medium", "Nous cherchons à transformer nos pratiques responsables en offres nouvelles."},
              {"medium", "Nos sites connaissent peu les acteurs associatifs de leur bassin d’emploi."},
              {"high", "La politique RSE doit s’ancrer dans nos territoires d’implantation."},
              {"low", "Le modèle de l’entreprise n’est pas en question dans ce réseau."},
              {"high", "Nous voulons des partenariats qui impliquent les salariés et les métiers."},
              {"medium", "Nous pouvons apporter des compétences numériques aux partenaires."},
              {"high", "La direction attend des résultats mesurables sur chaque territoire."}}},
            {QStringLiteral("foundation"),
             {{"high", "Nous finançons l’amorçage et voulons repérer les innovations qui peuvent essaimer."},
              {"medium", "Nous connaissons les porteurs de projets, moins les collectivités."},
              {"medium", "Notre programme court sur trois ans\u00a0; la sortie se prépare dès le départ."},
              {"medium", "Nous demandons aux projets soutenus une trajectoire vers l’autonomie financière."},
              {"medium", "Nous pouvons réunir d’autres financeurs autour des projets les plus prometteurs."},
              {"low", "Le numérique n’est pas un levier central pour la fondation."},
              {"high", "Le conseil d’administration veut connaître l’effet de levier de chaque euro."}}},
            {QStringLiteral("local_authority"),
             {{"low", "Nous cherchons d’abord des réponses durables, déjà éprouvées ailleurs."},
              {"high", "Nous voulons mieux connaître les acteurs qui agissent sur nos priorités."},
              {"high", "Le projet de territoire doit faire place aux alliances avec le privé."},
              {"medium", "Les budgets se resserrent\u00a0: il faut partager le coût des services."},
              {"medium", "Les élus y sont favorables\u00a0; les services manquent de méthode."},
              {"high", "La dématérialisation éloigne une partie des habitants de leurs droits."},
              {"medium", "Le conseil municipal suivra quelques indicateurs simples."}}},
            {QStringLiteral("public_body"),
             {{"medium", "Nous pouvons soutenir des expérimentations dans le cadre de nos missions."},
              {"high", "Notre rôle suppose une connaissance fine des acteurs de chaque territoire."},
              {"medium", "Nos orientations nationales laissent une marge d’adaptation locale."},
              {"low", "Notre financement est public et stable."},
              {"high", "Nous voulons être un tiers de confiance entre les acteurs."},
              {"medium", "Nos services en ligne doivent rester accessibles à tous."},
              {"high", "Nous devons rendre compte de l’usage des fonds publics."}}},
            {QStringLiteral("academic"),
             {{"high", "Nous pouvons aider à qualifier les innovations et leurs preuves de concept."},
              {"medium", "Nos chercheurs connaissent certains terrains en profondeur, d’autres pas du tout."},
              {"low", "La stratégie de l’université dépasse ce réseau\u00a0; nous y contribuons par projets."},
              {"low", "La question ne se pose pas pour nous dans ce réseau."},
              {"medium", "La recherche-action demande des partenaires de terrain engagés dans la durée."},
              {"medium", "Nous pouvons partager des outils d’analyse de données."},
              {"high", "Évaluer est notre métier\u00a0: nous proposons d’accompagner la démarche d’évaluation."}}},
            {QStringLiteral("other"),
             {{"medium", "Nous expérimentons à petite échelle et cherchons à le faire savoir."},
              {"high", "Nous tenons à rester en lien avec tous les acteurs du territoire."},
              {"low", "Pas de stratégie écrite\u00a0: nous avançons au fil des projets."},
              {"high", "Notre modèle repose sur le bénévolat et de petites contributions."},
              {"high", "Sans partenaires, nous ne pouvons pas changer d’échelle."},
              {"medium", "Nous utilisons des outils gratuits, avec leurs limites."},
              {"low", "Nous n’avons pas encore les moyens d’évaluer."}}},
        };
        static const QList<NeedLine> none;
        const auto it = lines.constFind(profile);
        return it == lines.constEnd() ? none : *it;
    }

    bool needs(const QUuid &organisation, const QString &profile)
    {
        const QString t = QStringLiteral("need_answer");
        const QList<NeedLine> &lines = needLines(profile);
        const auto &all = method::territoryNeeds();
        for (int n = 0; n < all.size() && n < lines.size(); ++n) {
            const QUuid id = ids::organisationNeedAnswer(organisation, all.at(n).id);
            if (!set(t, id, QStringLiteral("organisation_id"), organisation)
                || !set(t, id, QStringLiteral("need_id"), all.at(n).id)
                || !set(t, id, QStringLiteral("priority"), QString::fromLatin1(lines.at(n).priority))
                || !set(t, id, QStringLiteral("answer"), fr(lines.at(n).answer)))
                return false;
        }
        return true;
    }

    // Scores per axis (vision, action, means, ecosystem), written for each
    // profile in two shades that organisations of a profile alternate; an
    // axis's questions take its scores in turn.
    static int maturityScore(int profile, int shade, int axis, int position)
    {
        // method::organisationProfiles() order: association, company,
        // foundation, local authority, public body, academic, other.
        static const int scores[7][2][4][5] = {
            {{{3, 2, 3, 2, 3}, {2, 3, 2, 2, 3}, {1, 2, 1, 2, 1}, {3, 3, 2, 3, 2}},
             {{2, 2, 3, 3, 2}, {3, 3, 2, 3, 2}, {2, 1, 1, 1, 2}, {2, 3, 3, 2, 3}}},
            {{{3, 3, 2, 3, 3}, {2, 2, 3, 1, 2}, {3, 2, 3, 3, 2}, {1, 1, 0, 2, 1}},
             {{2, 3, 3, 2, 3}, {3, 2, 2, 2, 1}, {3, 3, 2, 4, 3}, {2, 1, 1, 1, 0}}},
            {{{3, 2, 3, 2, 3}, {3, 2, 3, 3, 2}, {4, 3, 2, 3, 4}, {2, 2, 1, 3, 2}},
             {{4, 3, 3, 2, 3}, {2, 2, 3, 2, 2}, {3, 4, 3, 2, 3}, {2, 1, 2, 2, 3}}},
            {{{2, 3, 2, 3, 2}, {2, 1, 2, 2, 1}, {2, 1, 1, 2, 1}, {3, 3, 2, 2, 3}},
             {{3, 3, 2, 2, 3}, {1, 2, 2, 1, 2}, {1, 2, 1, 1, 2}, {3, 2, 3, 3, 2}}},
            {{{3, 3, 2, 3, 2}, {2, 2, 3, 2, 2}, {3, 2, 2, 3, 3}, {3, 4, 3, 3, 4}},
             {{2, 3, 3, 2, 3}, {3, 2, 2, 2, 3}, {2, 3, 2, 2, 2}, {4, 3, 3, 4, 3}}},
            {{{2, 2, 1, 2, 2}, {3, 3, 2, 3, 2}, {2, 2, 3, 2, 2}, {2, 1, 2, 1, 2}},
             {{3, 2, 2, 1, 2}, {2, 3, 3, 2, 3}, {3, 2, 2, 3, 2}, {1, 2, 1, 2, 1}}},
            {{{2, 1, 2, 2, 1}, {2, 2, 1, 2, 2}, {1, 0, 1, 1, 0}, {3, 3, 4, 3, 3}},
             {{1, 2, 2, 1, 2}, {1, 2, 2, 1, 1}, {0, 1, 1, 0, 1}, {4, 3, 3, 3, 4}}},
        };
        return scores[profile % 7][shade % 2][axis % 4][position % 5];
    }

    bool maturity(const QUuid &organisation, const QString &profile, const QString &role, int index)
    {
        const QString t = QStringLiteral("maturity_answer");
        const int profileIndex = int(method::idsOf(method::organisationProfiles()).indexOf(profile));
        const int shade = index / int(method::organisationProfiles().size());
        const QStringList axes = method::idsOf(method::maturityAxes());
        std::array<int, 4> next {}; // the next score to take on each axis
        for (const auto &q : method::maturityQuestionsFor(profile, role)) {
            const int axis = int(axes.indexOf(q.axis));
            if (axis < 0 || axis >= int(next.size()) || profileIndex < 0)
                continue;
            const int score = maturityScore(profileIndex, shade, axis, next[size_t(axis)]++);
            const QUuid id = ids::maturityAnswer(organisation, q.id);
            if (!set(t, id, QStringLiteral("organisation_id"), organisation)
                || !set(t, id, QStringLiteral("question_id"), q.id) || !set(t, id, QStringLiteral("score"), score))
                return false;
        }
        return true;
    }

    bool mapPosition(const QUuid &organisation, int index)
    {
        const QString t = QStringLiteral("map_position");
        const QUuid id = ids::mapPosition(organisation);
        return set(t, id, QStringLiteral("organisation_id"), organisation)
            && set(t, id, QStringLiteral("x"), double(index % 10) * 120)
            && set(t, id, QStringLiteral("y"), double(index / 10) * 90);
    }

    bool contacts()
    {
        static const QStringList first = {fr("Claire"), fr("Mehdi"),   fr("Sophie"), fr("Julien"),   fr("Hélène"),
                                          fr("Thomas"), fr("Aurélie"), fr("Karim"),  fr("Nathalie"), fr("Léa")};
        static const QStringList last = {fr("Dufresne"), fr("Benali"), fr("Lacombe"),  fr("Roques"),
                                         fr("Vasseur"),  fr("Ribes"),  fr("Sentenac"), fr("Fourcade")};
        const QString t = QStringLiteral("contact");
        section(QStringLiteral("Add contacts"));
        for (int i = 0; i < m_size.contacts; ++i) {
            const QUuid id = QUuid::createUuid();
            if (i % 25 != 0)
                m_contacts.append(id);
            const QString name = first.at(i % first.size()) + QLatin1Char(' ') + last.at((i / 3) % last.size());
            if (!set(t, id, QStringLiteral("organisation_id"), m_organisations.at(i % m_organisations.size()))
                || !set(t, id, QStringLiteral("name"), name)
                || !set(t, id, QStringLiteral("function"), fr("Chargé·e de partenariats"))
                || !set(t, id, QStringLiteral("email"), QStringLiteral("contact%1@exemple.example").arg(i))
                || !set(t, id, QStringLiteral("phone"),
                        QStringLiteral("05 36 49 %1").arg(i % 10000, 4, 10, QLatin1Char('0')))
                || !set(t, id, QStringLiteral("private"), i % 25 == 0))
                return false;
        }
        return true;
    }

    bool journey()
    {
        section(QStringLiteral("Walk the steps"));
        const QUuid partnership = m_doc.partnershipId();
        int position = 0;
        for (int s = 0; s < method::steps().size(); ++s) {
            const QString step = method::steps().at(s).id;
            const QUuid id = ids::stepState(partnership, step);
            const QString status = s < 5 ? QStringLiteral("done")
                : s == 5                 ? QStringLiteral("in_progress")
                                         : QStringLiteral("not_started");
            if (!set(QStringLiteral("step_state"), id, QStringLiteral("step_id"), step)
                || !set(QStringLiteral("step_state"), id, QStringLiteral("status"), status))
                return false;
            for (int c = 0; c < 5; ++c) {
                const QUuid item = QUuid::createUuid();
                if (!set(QStringLiteral("checklist_item"), item, QStringLiteral("step_id"), step)
                    || !set(QStringLiteral("checklist_item"), item, QStringLiteral("text"),
                            fr("Point de contrôle %1").arg(c + 1))
                    || !set(QStringLiteral("checklist_item"), item, QStringLiteral("position"), position++))
                    return false;
            }
        }
        for (int f = 0; f < method::catalystFunctions().size(); ++f) {
            const QString function = method::catalystFunctions().at(f).id;
            const QUuid organisation = m_organisations.at(f % m_organisations.size());
            const QUuid id = ids::catalystAssignment(organisation, function);
            if (!set(QStringLiteral("catalyst_assignment"), id, QStringLiteral("function_id"), function)
                || !set(QStringLiteral("catalyst_assignment"), id, QStringLiteral("organisation_id"), organisation))
                return false;
        }
        const auto &kinds = method::contributionKinds();
        for (int i = 0; i < m_organisations.size() * 2; ++i) {
            const QUuid id = QUuid::createUuid();
            const QString t = QStringLiteral("contribution");
            if (!set(t, id, QStringLiteral("organisation_id"), m_organisations.at(i / 2))
                || !set(t, id, QStringLiteral("kind"), kinds.at(i % kinds.size()).id)
                || !set(t, id, QStringLiteral("description"), fr("Apport valorisé"))
                || !set(t, id, QStringLiteral("quantity"), double(1 + pick(200)))
                || !set(t, id, QStringLiteral("value_euros"), double(1000 * (1 + pick(90)))))
                return false;
        }
        return true;
    }

    bool actions()
    {
        const QString t = QStringLiteral("action");
        const auto &statuses = method::actionStatuses();
        section(QStringLiteral("Plan actions"));
        for (int i = 0; i < m_size.actions; ++i) {
            const QUuid id = QUuid::createUuid();
            const int status = pick(statuses.size());
            m_actions.push_back({id, status});
            if (!set(t, id, QStringLiteral("title"), fr("Action n°%1").arg(i + 1))
                || !set(t, id, QStringLiteral("step_id"), method::steps().at(i % method::steps().size()).id)
                || !set(t, id, QStringLiteral("owner_id"), m_organisations.at(i % m_organisations.size()))
                || !set(t, id, QStringLiteral("due_date"), QDate(2021, 1, 15).addDays(i * 5))
                || !set(t, id, QStringLiteral("status"), statuses.at(status).id)
                || !set(t, id, QStringLiteral("milestone"), i % 10 == 0)
                || !set(t, id, QStringLiteral("notes"), fr("Suivi en comité.")))
                return false;
        }
        return true;
    }

    bool indicators()
    {
        const QString t = QStringLiteral("indicator");
        const QString m = QStringLiteral("measurement");
        section(QStringLiteral("Track indicators"));
        // Target dates as a plan would set them (the ends of half-years, some
        // already behind the last reading of December 2025, some with none),
        // in turn: no draw, so the rest of the content stays as it was.
        static const QList<QDate> targetDates = {QDate(2025, 12, 31), QDate(2026, 6, 30), QDate(2027, 12, 31), QDate(),
                                                 QDate(2025, 6, 30),  QDate(2026, 12, 31)};
        for (int i = 0; i < m_size.indicators; ++i) {
            const QUuid id = QUuid::createUuid();
            const double target = 100.0 + pick(900);
            if (!set(t, id, QStringLiteral("name"), fr("Indicateur n°%1").arg(i + 1))
                || !set(t, id, QStringLiteral("unit"), QStringLiteral("u"))
                || !set(t, id, QStringLiteral("target"), target)
                || !set(t, id, QStringLiteral("objective_id"), method::objectives().at(i % method::objectiveCount).id)
                || !set(t, id, QStringLiteral("angle"), method::evaluationAngles().at(i % 3).id))
                return false;
            const QDate due = targetDates.at(i % targetDates.size());
            if (due.isValid() && !set(t, id, QStringLiteral("target_date"), due))
                return false;
            for (int k = 0; k < m_size.measurementsPerIndicator; ++k) {
                const QUuid mid = QUuid::createUuid();
                // A noisy climb towards the target.
                const double value = target * (k + 1) / m_size.measurementsPerIndicator + pick(21) - 10;
                m_measurements.push_back({mid, value});
                if (!set(m, mid, QStringLiteral("indicator_id"), id)
                    || !set(m, mid, QStringLiteral("date"), QDate(2021, 1, 31).addMonths(k))
                    || !set(m, mid, QStringLiteral("value"), value)
                    || !set(m, mid, QStringLiteral("source"), fr("Tableau de bord")))
                    return false;
            }
        }
        return true;
    }

    bool reviews()
    {
        section(QStringLiteral("Add custom criteria"));
        QStringList criteria;
        for (const auto &c : method::criteria())
            criteria << c.id;
        for (int i = int(criteria.size()); i < m_size.criteria; ++i) {
            const QUuid id = QUuid::createUuid();
            if (!set(QStringLiteral("custom_criterion"), id, QStringLiteral("label"),
                     fr("Critère propre n°%1").arg(i + 1))
                || !set(QStringLiteral("custom_criterion"), id, QStringLiteral("angle"),
                        method::evaluationAngles().at(i % 3).id))
                return false;
            criteria << id.toString(QUuid::WithoutBraces);
        }
        const QString t = QStringLiteral("review_score");
        for (int r = 0; r < m_size.reviews; ++r) {
            section(QStringLiteral("Answer a review"));
            const QUuid review = QUuid::createUuid();
            m_reviews.append(review);
            if (!set(QStringLiteral("review"), review, QStringLiteral("date"), QDate(2021, 3, 31).addMonths(3 * r))
                || !set(QStringLiteral("review"), review, QStringLiteral("kind"),
                        r % 4 == 3 ? QStringLiteral("annual") : QStringLiteral("interim"))
                || !set(QStringLiteral("review"), review, QStringLiteral("title"), fr("Revue n°%1").arg(r + 1)))
                return false;
            for (const QUuid &organisation : std::as_const(m_organisations)) {
                for (int c = 0; c < criteria.size(); ++c) {
                    const QUuid id = ids::reviewScore(review, organisation, criteria.at(c));
                    if (!set(t, id, QStringLiteral("review_id"), review)
                        || !set(t, id, QStringLiteral("organisation_id"), organisation)
                        || !set(t, id, QStringLiteral("criterion_id"), criteria.at(c))
                        || !answer(t, id, criteria.at(c)))
                        return false;
                }
            }
        }
        return true;
    }

    // One answer in the way its question asks for it (METHOD.md 8b): results
    // in words, step-back questions yes / partly / no / don't know with how,
    // reflections in words with a rating one time in two, ratings otherwise.
    bool answer(const QString &t, const QUuid &id, const QString &criterionId)
    {
        static const char *const results[] = {
            "Objectifs de l’année tenus sur l’équipement, en retard sur l’accompagnement.",
            "Deux nouvelles communes ont rejoint le réseau.",
            "Aucun résultat imprévu cette fois.",
        };
        static const char *const hows[] = {
            "Par les permanences de proximité.",
            "Grâce aux emplois créés dans l’atelier de reconditionnement.",
            "Pas assez de recul pour le dire.",
        };
        static const char *const reflections[] = {
            "Cohérent avec le modèle choisi.",
            "À rediscuter au prochain comité.",
            "Le partenariat complète bien nos autres actions.",
        };
        const method::Criterion *c = method::findCriterion(criterionId);
        const method::AnswerKind kind = c ? c->kind : method::AnswerKind::Rating;
        switch (kind) {
        case method::AnswerKind::Words:
            return set(t, id, QStringLiteral("no_score"), true)
                && set(t, id, QStringLiteral("comment"), fr(results[pick(3)]));
        case method::AnswerKind::YesPartlyNo:
            return set(t, id, QStringLiteral("no_score"), true)
                && set(t, id, QStringLiteral("answer"), method::stepBackAnswers().at(pick(4)).id)
                && set(t, id, QStringLiteral("comment"), fr(hows[pick(3)]));
        case method::AnswerKind::Reflection: {
            const bool rated = pick(2) == 0;
            return set(t, id, QStringLiteral("no_score"), !rated)
                && (!rated || set(t, id, QStringLiteral("score"), pick(method::criterionScoreMax + 1)))
                && set(t, id, QStringLiteral("comment"), fr(reflections[pick(3)]));
        }
        case method::AnswerKind::Rating:
            break;
        }
        return set(t, id, QStringLiteral("score"), pick(method::criterionScoreMax + 1))
            && (pick(8) != 0 || set(t, id, QStringLiteral("comment"), fr("Avis argumenté en séance.")));
    }

    bool lessons()
    {
        section(QStringLiteral("Draw lessons"));
        const auto &kinds = method::lessonKinds();
        for (int i = 0; i < 40; ++i) {
            const QUuid id = QUuid::createUuid();
            if (!set(QStringLiteral("lesson"), id, QStringLiteral("kind"), kinds.at(i % kinds.size()).id)
                || !set(QStringLiteral("lesson"), id, QStringLiteral("text"), fr("Enseignement n°%1").arg(i + 1))
                || !set(QStringLiteral("lesson"), id, QStringLiteral("date"), QDate(2021, 6, 30).addMonths(i)))
                return false;
        }
        for (int i = 0; i < 20; ++i) {
            const QUuid id = QUuid::createUuid();
            if (!set(QStringLiteral("note"), id, QStringLiteral("text"), fr("Note de suivi n°%1").arg(i + 1))
                || !set(QStringLiteral("note"), id, QStringLiteral("private"), i % 5 == 0))
                return false;
        }
        return flush();
    }

    // A steering committee after each review, with a few attendees and two
    // decisions (the older ones taken), and one committee to come.
    bool meetings()
    {
        section(QStringLiteral("Hold committees"));
        const int count = int(m_reviews.size()) + 1;
        for (int r = 0; r < count; ++r) {
            const QUuid meeting = QUuid::createUuid();
            const bool upcoming = r == count - 1;
            const QString m = QStringLiteral("meeting");
            if (!set(m, meeting, QStringLiteral("date"), QDate(2021, 4, 15).addMonths(3 * r))
                || !set(m, meeting, QStringLiteral("kind"), QStringLiteral("steering_committee"))
                || !set(m, meeting, QStringLiteral("title"), fr("Comité de pilotage n°%1").arg(r + 1))
                || !set(m, meeting, QStringLiteral("agenda"),
                        fr("Suivi des indicateurs\nActions en retard\nDécisions à prendre"))
                || (!upcoming && !set(m, meeting, QStringLiteral("review_id"), m_reviews.at(r)))
                || (!upcoming
                    && !set(m, meeting, QStringLiteral("minutes"),
                            fr("Indicateurs examinés, retards discutés, décisions prises."))))
                return false;
            for (int a = 0; a < 6 && !m_contacts.isEmpty(); ++a) {
                const QUuid contact = m_contacts.at((r * 6 + a) % m_contacts.size());
                const QUuid id = ids::meetingAttendee(meeting, contact);
                if (!set(QStringLiteral("meeting_attendee"), id, QStringLiteral("meeting_id"), meeting)
                    || !set(QStringLiteral("meeting_attendee"), id, QStringLiteral("contact_id"), contact))
                    return false;
            }
            for (int d = 0; d < 2; ++d) {
                const QUuid id = QUuid::createUuid();
                const QString t = QStringLiteral("decision");
                if (!set(t, id, QStringLiteral("meeting_id"), meeting)
                    || !set(t, id, QStringLiteral("text"), fr("Décision n°%1 du comité n°%2").arg(d + 1).arg(r + 1))
                    || !set(t, id, QStringLiteral("owner_id"), m_organisations.at((r + d) % m_organisations.size()))
                    || !set(t, id, QStringLiteral("due_date"), QDate(2021, 6, 30).addMonths(3 * r))
                    || !set(t, id, QStringLiteral("status"),
                            upcoming ? QStringLiteral("to_decide") : QStringLiteral("decided")))
                    return false;
            }
        }
        return flush();
    }

    // Re-edits action statuses and measurement values, each edit a change
    // that really differs, until the journal is long enough.
    bool editRounds()
    {
        const auto &statuses = method::actionStatuses();
        size_t next = 0;
        while (m_doc.journalSize() < m_size.minimumJournal) {
            const qint64 before = m_doc.journalSize();
            const qint64 wanted = std::min<qint64>(batchSize, m_size.minimumJournal - before);
            section(QStringLiteral("Update the dashboard"));
            for (qint64 k = 0; k < wanted; ++k, ++next) {
                const size_t total = m_actions.size() + m_measurements.size();
                if (total == 0)
                    return flush();
                const size_t i = next % total;
                if (i < m_actions.size()) {
                    auto &[id, status] = m_actions[i];
                    status = (status + 1) % int(statuses.size());
                    m_batch.set(QStringLiteral("action"), id, QStringLiteral("status"), statuses.at(status).id);
                } else {
                    auto &[id, value] = m_measurements[i - m_actions.size()];
                    value += 0.5;
                    m_batch.set(QStringLiteral("measurement"), id, QStringLiteral("value"), value);
                }
            }
            if (!flush())
                return false;
            if (m_doc.journalSize() <= before)
                return true; // nothing changed: never loop for ever
        }
        return true;
    }

    Document &m_doc;
    const LargeSize m_size;
    QString *m_error;
    std::mt19937 m_random;
    ChangeSet m_batch;
    QList<QUuid> m_organisations;
    QList<QUuid> m_contacts; ///< shared (not private) ones
    QList<QUuid> m_reviews;
    std::vector<std::pair<QUuid, int>> m_actions;         // id, index in actionStatuses()
    std::vector<std::pair<QUuid, double>> m_measurements; // id, current value
};

} // namespace

bool fillLarge(Document &doc, QString *error, const LargeSize &size)
{
    if (size.organisations < 1) {
        if (error)
            *error = QStringLiteral("A large project needs at least one organisation.");
        return false;
    }
    return LargeBuilder(doc, size, error).run();
}

} // namespace alliance::example
