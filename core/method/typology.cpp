// The carré magique (four objectives) and the typology of partnerships:
// four categories, each serving one objective, and nine models.
#include "method.h"

namespace alliance::method {

const QList<Objective> &objectives()
{
    // The order is part of the contract: weights are read in this order.
    static const QList<Objective> list = {
        {QStringLiteral("processes"), QT_TRANSLATE_NOOP("Method", "Processes / value chain"),
         QT_TRANSLATE_NOOP("Method",
                           "How the organisation produces and works: its value chain and internal organisation.")},
        {QStringLiteral("business_model"), QT_TRANSLATE_NOOP("Method", "Socio-economic model"),
         QT_TRANSLATE_NOOP("Method", "How the organisation lasts: its economic balance and durability.")},
        {QStringLiteral("value_proposition"), QT_TRANSLATE_NOOP("Method", "Value proposition"),
         QT_TRANSLATE_NOOP("Method",
                           "What the organisation offers in answer to identified needs: its products and services.")},
        {QStringLiteral("positioning"), QT_TRANSLATE_NOOP("Method", "Positioning / anchoring"),
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
        {QStringLiteral("responsible_practices"), QT_TRANSLATE_NOOP("Method", "Responsible practices"),
         QStringLiteral("processes"), QT_TRANSLATE_NOOP("Method", "Optimised processes"), 54,
         QT_TRANSLATE_NOOP("Method", "A service one partner provides to the other"),
         QT_TRANSLATE_NOOP("Method", "What service does one partner provide to the other?")},
        {QStringLiteral("economic_cooperation"), QT_TRANSLATE_NOOP("Method", "Economic cooperation"),
         QStringLiteral("business_model"), QT_TRANSLATE_NOOP("Method", "Economic balance"), 28,
         QT_TRANSLATE_NOOP("Method", "Producing value together"),
         QT_TRANSLATE_NOOP("Method", "How do the partners produce value together?")},
        {QStringLiteral("societal_innovation"), QT_TRANSLATE_NOOP("Method", "Societal innovation"),
         QStringLiteral("value_proposition"), QT_TRANSLATE_NOOP("Method", "New products and services"), 26,
         QT_TRANSLATE_NOOP("Method", "Inventing something together"),
         QT_TRANSLATE_NOOP("Method", "What are the partners inventing together?")},
        {QStringLiteral("patronage"), QT_TRANSLATE_NOOP("Method", "Corporate philanthropy"),
         QStringLiteral("positioning"), QT_TRANSLATE_NOOP("Method", "Internal and external anchoring"), 25,
         QT_TRANSLATE_NOOP("Method", "A gift without direct counterpart"),
         QT_TRANSLATE_NOOP("Method",
                           "Does the giving partner involve its people (skills, volunteering) in the project?")},
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
    // Models are told apart by the nature of the relationship (their
    // definitions), never by numbers: `answer` is the option that names the
    // model in its category's relationship question (METHOD.md 6b).
    static const QList<Model> list = {
        // Responsible practices.
        {QStringLiteral("general_interest_alternative"),
         QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "General-interest alternative"),
         QT_TRANSLATE_NOOP(
             "Method",
             "An association provides a service that replaces a conventional one while serving the public interest."),
         {
             QT_TRANSLATE_NOOP("Method", "RATP & ASF: refurbishing computer equipment"),
             QT_TRANSLATE_NOOP("Method", "Sponsorship"),
         },
         QT_TRANSLATE_NOOP("Method", "A general-interest alternative to a conventional service")},
        {QStringLiteral("practice_audit"),
         QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "Practice audit"),
         QT_TRANSLATE_NOOP("Method", "An association helps a company manage change in its own practices."),
         {
             QT_TRANSLATE_NOOP("Method", "Toyota & CPIE Bocage de l'Avesnois"),
             QT_TRANSLATE_NOOP("Method", "Associations offering consultancy"),
         },
         QT_TRANSLATE_NOOP("Method", "Support to change management inside the company")},
        {QStringLiteral("service_provision"),
         QStringLiteral("responsible_practices"),
         QT_TRANSLATE_NOOP("Method", "Service provision"),
         QT_TRANSLATE_NOOP("Method",
                           "An association provides a company with a service that indirectly serves the public "
                           "interest; companies may offer the same kind of service."),
         {
             QT_TRANSLATE_NOOP("Method", "Accenture & GoodPlanet"),
             QT_TRANSLATE_NOOP("Method",
                               "Associations offering conventional services (catering, training) with a social purpose "
                               "or social means"),
         },
         QT_TRANSLATE_NOOP("Method", "A conventional service with a social purpose or social means")},

        // Economic cooperation.
        {QStringLiteral("hybrid_model"),
         QStringLiteral("economic_cooperation"),
         QT_TRANSLATE_NOOP("Method", "Hybrid model"),
         QT_TRANSLATE_NOOP(
             "Method",
             "A joint venture where each partner brings skills or means to develop a service of high societal value."),
         {
             QT_TRANSLATE_NOOP("Method", "Danone & Grameen Bank: Grameen Danone Foods"),
         },
         QT_TRANSLATE_NOOP("Method", "A joint structure (joint venture) to which each brings skills or means")},
        {QStringLiteral("economic_cooperation"),
         QStringLiteral("economic_cooperation"),
         QT_TRANSLATE_NOOP("Method", "Economic cooperation"),
         QT_TRANSLATE_NOOP(
             "Method", "The partners contribute to each other's activity so that each one's offer becomes stronger."),
         {
             QT_TRANSLATE_NOOP("Method",
                               "Eiffage & a work-integration social enterprise: social clauses in public contracts"),
         },
         QT_TRANSLATE_NOOP("Method", "Mutual contributions that strengthen each one's own offer")},

        // Societal innovation.
        {QStringLiteral("societal_rnd"),
         QStringLiteral("societal_innovation"),
         QT_TRANSLATE_NOOP("Method", "Societal R&D"),
         QT_TRANSLATE_NOOP("Method",
                           "The partners develop a product or service for a need that neither public authorities nor "
                           "companies meet."),
         {
             QT_TRANSLATE_NOOP("Method", "Banque Postale & ASAD: access to banking for vulnerable people"),
         },
         QT_TRANSLATE_NOOP("Method",
                           "A new product or service for a need met neither by public authorities nor by companies")},
        {QStringLiteral("expertise_sharing"),
         QStringLiteral("societal_innovation"),
         QT_TRANSLATE_NOOP("Method", "Expertise sharing"),
         QT_TRANSLATE_NOOP("Method", "The partners exchange skills so that each can better meet its own stakes."),
         {
             QT_TRANSLATE_NOOP("Method",
                               "La Poste & Jaccede.com: post office accessibility for people with reduced mobility"),
         },
         QT_TRANSLATE_NOOP("Method", "An exchange of skills so that each better meets its own stakes")},

        // Corporate philanthropy (mécénat).
        {QStringLiteral("classic_patronage"),
         QStringLiteral("patronage"),
         QT_TRANSLATE_NOOP("Method", "Corporate giving"),
         QT_TRANSLATE_NOOP("Method",
                           "A gift, with no direct counterpart, to an association acting in the public interest."),
         {
             QT_TRANSLATE_NOOP("Method", "Mitsubishi Electric & Fondation pour l'enfance"),
             QT_TRANSLATE_NOOP("Method", "Most foundations' calls for projects"),
         },
         QT_TRANSLATE_NOOP("Method", "No: the support is a gift, in money or in kind")},
        {QStringLiteral("active_engagement"),
         QStringLiteral("patronage"),
         QT_TRANSLATE_NOOP("Method", "Active engagement"),
         QT_TRANSLATE_NOOP("Method",
                           "The company takes part in the association’s project, notably by involving its employees."),
         {
             QT_TRANSLATE_NOOP("Method", "Deloitte & SNC"),
             QT_TRANSLATE_NOOP("Method", "Skills-based volunteering"),
         },
         QT_TRANSLATE_NOOP("Method", "Yes: its people take part, with their skills or their time")},
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
