// The carré magique (four objectives) and the typology of partnerships:
// four categories, each serving one objective, and nine models.
#include "method.h"

namespace alliance::method {

const QList<Objective> &objectives()
{
    // The order is part of the contract: Model::profile is indexed by it.
    static const QList<Objective> list = {
        {QStringLiteral("processes"),
         QT_TRANSLATE_NOOP("Method", "Processes / value chain"),
         QT_TRANSLATE_NOOP("Method", "How the organisation produces and works: its value chain and internal organisation.")},
        {QStringLiteral("business_model"),
         QT_TRANSLATE_NOOP("Method", "Socio-economic model"),
         QT_TRANSLATE_NOOP("Method", "How the organisation lasts: its economic balance and durability.")},
        {QStringLiteral("value_proposition"),
         QT_TRANSLATE_NOOP("Method", "Value proposition"),
         QT_TRANSLATE_NOOP("Method", "What the organisation offers in answer to identified needs: its products and services.")},
        {QStringLiteral("positioning"),
         QT_TRANSLATE_NOOP("Method", "Positioning / anchoring"),
         QT_TRANSLATE_NOOP("Method", "How the organisation is rooted in its ecosystem, inside and outside.")},
    };
    return list;
}

int objectiveIndex(const QString &objectiveId)
{
    const QList<Objective> &list = objectives();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == objectiveId)
            return i;
    }
    return -1;
}

const QList<Category> &categories()
{
    // Same order as objectives(); rates come from the 2021 company study.
    static const QList<Category> list = {
        {QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "Responsible practices"),
         QStringLiteral("processes"),
         QT_TRANSLATE_NOOP("Method", "Optimised processes"),
         54},
        {QStringLiteral("economic_cooperation"),
         QT_TRANSLATE_NOOP("Method", "Economic cooperation"),
         QStringLiteral("business_model"),
         QT_TRANSLATE_NOOP("Method", "Economic balance"),
         28},
        {QStringLiteral("societal_innovation"),
         QT_TRANSLATE_NOOP("Method", "Societal innovation"),
         QStringLiteral("value_proposition"),
         QT_TRANSLATE_NOOP("Method", "New products and services"),
         26},
        {QStringLiteral("patronage"),
         QT_TRANSLATE_NOOP("Method", "Patronage"),
         QStringLiteral("positioning"),
         QT_TRANSLATE_NOOP("Method", "Internal and external anchoring"),
         25},
    };
    return list;
}

const Category *findCategory(const QString &id)
{
    for (const Category &c : categories()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const QList<Model> &models()
{
    // Profiles (processes, business model, value proposition, positioning):
    // the category's objective carries 0.55-0.8; the rest goes where the model
    // also acts, so that the recommendation can tell models apart.
    static const QList<Model> list = {
        // Responsible practices.
        {QStringLiteral("general_interest_alternative"), QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "General-interest alternative"),
         QT_TRANSLATE_NOOP("Method", "An association provides a service that replaces a conventional one while serving the public interest."),
         {
             QT_TRANSLATE_NOOP("Method", "RATP & ASF: refurbishing computer equipment"),
             QT_TRANSLATE_NOOP("Method", "Sponsoring"),
         },
         // Replaces a supplier in the chain, and shows the company's choices.
         {{0.60, 0.15, 0.05, 0.20}}},
        {QStringLiteral("practice_audit"), QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "Practice audit"),
         QT_TRANSLATE_NOOP("Method", "An association helps a company manage change in its own practices."),
         {
             QT_TRANSLATE_NOOP("Method", "Toyota & CPIE Bocage de l'Avesnois"),
             QT_TRANSLATE_NOOP("Method", "Associations offering consultancy"),
         },
         // Almost entirely about how the company works inside.
         {{0.75, 0.05, 0.10, 0.10}}},
        {QStringLiteral("service_provision"), QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "Service provision"),
         QT_TRANSLATE_NOOP("Method", "An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service."),
         {
             QT_TRANSLATE_NOOP("Method", "Accenture & GoodPlanet"),
             QT_TRANSLATE_NOOP("Method", "Associations offering conventional services (catering, training) with a social purpose or social means"),
         },
         // A purchase: the chain first, then revenue for the association.
         {{0.60, 0.25, 0.10, 0.05}}},

        // Economic cooperation.
        {QStringLiteral("hybrid_model"), QStringLiteral("economic_cooperation"),
         QT_TRANSLATE_NOOP("Method", "Hybrid model"),
         QT_TRANSLATE_NOOP("Method", "A joint venture where each partner brings skills or means to develop a service of high societal value."),
         {
             QT_TRANSLATE_NOOP("Method", "Danone & Grameen Bank: Grameen Danone Foods"),
         },
         // A shared business that also creates a new offer.
         {{0.05, 0.55, 0.30, 0.10}}},
        {QStringLiteral("economic_cooperation"), QStringLiteral("economic_cooperation"),
         QT_TRANSLATE_NOOP("Method", "Economic cooperation"),
         QT_TRANSLATE_NOOP("Method", "The partners contribute to each other's activity so that each one's offer becomes stronger."),
         {
             QT_TRANSLATE_NOOP("Method", "Eiffage & an insertion company: insertion clauses in public contracts"),
         },
         // Mutual trade that also reshapes how work is organised.
         {{0.20, 0.60, 0.15, 0.05}}},

        // Societal innovation.
        {QStringLiteral("societal_rnd"), QStringLiteral("societal_innovation"),
         QT_TRANSLATE_NOOP("Method", "Societal R&D"),
         QT_TRANSLATE_NOOP("Method", "The partners develop a product or service for a need that neither public authorities nor companies meet."),
         {
             QT_TRANSLATE_NOOP("Method", "Banque Postale & ASAD: access to banking for vulnerable people"),
         },
         // A new offer, which must find its economic model.
         {{0.05, 0.15, 0.70, 0.10}}},
        {QStringLiteral("expertise_sharing"), QStringLiteral("societal_innovation"),
         QT_TRANSLATE_NOOP("Method", "Expertise sharing"),
         QT_TRANSLATE_NOOP("Method", "The partners exchange skills so that each can better meet its own stakes."),
         {
             QT_TRANSLATE_NOOP("Method", "La Poste & Jaccede.com: post office accessibility for people with reduced mobility"),
         },
         // Improves the offer, and the practices that deliver it.
         {{0.20, 0.05, 0.60, 0.15}}},

        // Patronage.
        {QStringLiteral("classic_patronage"), QStringLiteral("patronage"),
         QT_TRANSLATE_NOOP("Method", "Classic patronage"),
         QT_TRANSLATE_NOOP("Method", "A gift, with no direct counterpart, to an association acting in the public interest."),
         {
             QT_TRANSLATE_NOOP("Method", "Mitsubishi Electric & Fondation pour l'enfance"),
             QT_TRANSLATE_NOOP("Method", "Most foundations' calls for projects"),
         },
         // Anchoring first; for the beneficiary, a resource.
         {{0.05, 0.10, 0.05, 0.80}}},
        {QStringLiteral("active_engagement"), QStringLiteral("patronage"),
         QT_TRANSLATE_NOOP("Method", "Active engagement"),
         QT_TRANSLATE_NOOP("Method", "The company takes part in the associative project, notably by involving its employees."),
         {
             QT_TRANSLATE_NOOP("Method", "Deloitte & SNC"),
             QT_TRANSLATE_NOOP("Method", "Skills-based patronage"),
         },
         // Anchoring, with a real effect on the company's people and organisation.
         {{0.25, 0.05, 0.05, 0.65}}},
    };
    return list;
}

const Model *findModel(const QString &id)
{
    for (const Model &m : models()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace alliance::method
