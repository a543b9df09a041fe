// The maturity self-diagnostic (a "360°"): questions on the coherence between
// an organisation's vision, the action it has engaged and the means it puts in.
// A core set applies to everyone; each main profile adds its own angle, as the
// method's "RSE & partenariats" (companies) and "Stratégie partenariale"
// (associations) variants do.
#include "method.h"

namespace alliance::method {

const QList<Choice> &maturityAxes()
{
    static const QList<Choice> list = {
        {QStringLiteral("vision"), QT_TRANSLATE_NOOP("Method", "Vision")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Method", "Action engaged")},
        {QStringLiteral("means"), QT_TRANSLATE_NOOP("Method", "Means mobilised")},
    };
    return list;
}

const QList<MaturityQuestion> &maturityQuestions()
{
    // Ids are stored with the answers: prefix by axis (common) or by profile.
    static const QList<MaturityQuestion> list = {
        // Common to all profiles.
        {QStringLiteral("vision_strategy"), QStringLiteral("vision"), {},
         QT_TRANSLATE_NOOP("Method", "Is the place of partnerships in your strategy written down and known inside the organisation?")},
        {QStringLiteral("vision_ecosystem"), QStringLiteral("vision"), {},
         QT_TRANSLATE_NOOP("Method", "Do you know the needs of your territory and the actors who already work on them?")},
        {QStringLiteral("vision_objectives"), QStringLiteral("vision"), {},
         QT_TRANSLATE_NOOP("Method", "Have you made clear what you expect from partnerships for each of your four objectives?")},
        {QStringLiteral("action_experience"), QStringLiteral("action"), {},
         QT_TRANSLATE_NOOP("Method", "Have you already led partnerships with organisations of a different kind from yours?")},
        {QStringLiteral("action_evaluation"), QStringLiteral("action"), {},
         QT_TRANSLATE_NOOP("Method", "Do you evaluate your partnerships and share the results with your partners?")},
        {QStringLiteral("action_coherence"), QStringLiteral("action"), {},
         QT_TRANSLATE_NOOP("Method", "Are your partnerships consistent with the rest of what your organisation does?")},
        {QStringLiteral("means_people"), QStringLiteral("means"), {},
         QT_TRANSLATE_NOOP("Method", "Is someone clearly in charge of partnerships, with the time to do it properly?")},
        {QStringLiteral("means_skills"), QStringLiteral("means"), {},
         QT_TRANSLATE_NOOP("Method", "Have the people involved learnt how to co-build with actors from other worlds?")},
        {QStringLiteral("means_resources"), QStringLiteral("means"), {},
         QT_TRANSLATE_NOOP("Method", "Do you set aside a budget and tools to run your partnerships?")},

        // Companies: the "CSR & partnerships" angle.
        {QStringLiteral("company_csr_link"), QStringLiteral("vision"), {QStringLiteral("company")},
         QT_TRANSLATE_NOOP("Method", "Are your partnerships tied to your CSR policy and to your core business, not only to communication?")},
        {QStringLiteral("company_employees"), QStringLiteral("action"), {QStringLiteral("company")},
         QT_TRANSLATE_NOOP("Method", "Do you involve your employees in partnerships, for example through skills-based patronage?")},
        {QStringLiteral("company_business_units"), QStringLiteral("means"), {QStringLiteral("company")},
         QT_TRANSLATE_NOOP("Method", "Do your business units and purchasing take part in partnerships, beyond the CSR team?")},

        // Associations: the "partnership strategy" angle.
        {QStringLiteral("association_project"), QStringLiteral("vision"), {QStringLiteral("association")},
         QT_TRANSLATE_NOOP("Method", "Does your associative project say what you expect from companies and local authorities?")},
        {QStringLiteral("association_offer"), QStringLiteral("action"), {QStringLiteral("association")},
         QT_TRANSLATE_NOOP("Method", "Can you show partners what you bring them, and not only what you need from them?")},
        {QStringLiteral("association_model"), QStringLiteral("means"), {QStringLiteral("association")},
         QT_TRANSLATE_NOOP("Method", "Do you know and steer the share of partnerships in your socio-economic model?")},

        // Foundations.
        {QStringLiteral("foundation_role"), QStringLiteral("vision"), {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method", "Does your foundation see itself as more than a funder: as a partner that connects actors?")},
        {QStringLiteral("foundation_follow_up"), QStringLiteral("action"), {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method", "Do you stay alongside the projects you support beyond paying out the funds?")},
        {QStringLiteral("foundation_capacity"), QStringLiteral("means"), {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method", "Do you help the projects you support to build their own capacity to form alliances?")},

        // Local authorities.
        {QStringLiteral("local_authority_territory_project"), QStringLiteral("vision"), {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP("Method", "Does your territorial project make room for alliances between associations, companies and citizens?")},
        {QStringLiteral("local_authority_catalyst"), QStringLiteral("action"), {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP("Method", "Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?")},
        {QStringLiteral("local_authority_departments"), QStringLiteral("means"), {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP("Method", "Do your departments share one entry point and common rules for working with private partners?")},
    };
    return list;
}

QList<MaturityQuestion> maturityQuestionsFor(const QString &profileId)
{
    QList<MaturityQuestion> result;
    for (const MaturityQuestion &q : maturityQuestions()) {
        if (q.profiles.isEmpty() || q.profiles.contains(profileId))
            result.append(q);
    }
    return result;
}

} // namespace alliance::method
