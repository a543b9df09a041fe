// The maturity self-diagnostic (a "360°"): questions on the coherence between
// an organisation's vision, the action it has engaged and the means it puts in,
// and on its place in its ecosystem. A common set applies to everyone; each
// main profile adds its own angle, as the method's "RSE & partenariats"
// (companies) and "Stratégie partenariale" (associations) variants do, and a
// territorial catalyst (by role) or a public body answers the catalyst variant.
// Academic and other organisations answer the common set: the method names no
// variant for them, and the common set covers all four axes.
#include "method.h"

#include <QCoreApplication>

namespace alliance::method {

const QList<Choice> &maturityAxes()
{
    static const QList<Choice> list = {
        {QStringLiteral("vision"), QT_TRANSLATE_NOOP("Method", "Vision")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Method", "Action engaged")},
        {QStringLiteral("means"), QT_TRANSLATE_NOOP("Method", "Means mobilised")},
        {QStringLiteral("ecosystem"), QT_TRANSLATE_NOOP("Method", "Place in the ecosystem")},
    };
    return list;
}

const QList<MaturityQuestion> &maturityQuestions()
{
    // Ids are stored with the answers (prefix by axis for the common ones, by
    // variant otherwise): never rename or remove one, only add.
    static const QList<MaturityQuestion> list = {
        // Common to all profiles.
        {QStringLiteral("vision_strategy"),
         QStringLiteral("vision"),
         {},
         QT_TRANSLATE_NOOP(
             "Method",
             "Is the place of partnerships in your strategy written down and known inside the organisation?")},
        {QStringLiteral("vision_ecosystem"),
         QStringLiteral("vision"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Do you know the needs of your territory and the organisations already working on them?")},
        {QStringLiteral("vision_objectives"),
         QStringLiteral("vision"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Have you made clear what you expect from partnerships for each of your four objectives?")},
        {QStringLiteral("action_experience"),
         QStringLiteral("action"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Have you already led partnerships with organisations of a different kind from yours?")},
        {QStringLiteral("action_evaluation"),
         QStringLiteral("action"),
         {},
         QT_TRANSLATE_NOOP("Method", "Do you evaluate your partnerships and share the results with your partners?")},
        {QStringLiteral("action_coherence"),
         QStringLiteral("action"),
         {},
         QT_TRANSLATE_NOOP("Method", "Are your partnerships consistent with the rest of what your organisation does?")},
        {QStringLiteral("means_people"),
         QStringLiteral("means"),
         {},
         QT_TRANSLATE_NOOP("Method", "Is someone clearly in charge of partnerships, with the time to do it properly?")},
        {QStringLiteral("means_skills"),
         QStringLiteral("means"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Have the people involved learnt how to co-build with organisations from other sectors?")},
        {QStringLiteral("means_resources"),
         QStringLiteral("means"),
         {},
         QT_TRANSLATE_NOOP("Method", "Do you set aside a budget and tools to run your partnerships?")},

        // Companies: the "CSR & partnerships" angle.
        {QStringLiteral("company_csr_link"),
         QStringLiteral("vision"),
         {QStringLiteral("company")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Are your partnerships tied to your CSR policy and to your core business, not only to communication?")},
        {QStringLiteral("company_employees"),
         QStringLiteral("action"),
         {QStringLiteral("company")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do you involve your employees in partnerships, for example through skills-based volunteering?")},
        {QStringLiteral("company_business_units"),
         QStringLiteral("means"),
         {QStringLiteral("company")},
         QT_TRANSLATE_NOOP("Method",
                           "Do your business units and purchasing take part in partnerships, beyond the CSR team?")},

        // Associations: the "partnership strategy" angle.
        {QStringLiteral("association_project"),
         QStringLiteral("vision"),
         {QStringLiteral("association")},
         QT_TRANSLATE_NOOP(
             "Method", "Does your association’s project say what you expect from companies and local authorities?")},
        {QStringLiteral("association_offer"),
         QStringLiteral("action"),
         {QStringLiteral("association")},
         QT_TRANSLATE_NOOP("Method",
                           "Can you show partners what you bring them, and not only what you need from them?")},
        {QStringLiteral("association_model"),
         QStringLiteral("means"),
         {QStringLiteral("association")},
         QT_TRANSLATE_NOOP("Method", "Do you know and steer the share of partnerships in your socio-economic model?")},

        // Foundations.
        {QStringLiteral("foundation_role"),
         QStringLiteral("vision"),
         {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method",
                           "Does your foundation see itself as more than a funder: as a partner that brings "
                           "organisations together?")},
        {QStringLiteral("foundation_follow_up"),
         QStringLiteral("action"),
         {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method", "Do you stay alongside the projects you support beyond paying out the funds?")},
        {QStringLiteral("foundation_capacity"),
         QStringLiteral("means"),
         {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP("Method",
                           "Do you help the projects you support to build their own capacity to form alliances?")},

        // Local authorities.
        {QStringLiteral("local_authority_territory_project"),
         QStringLiteral("vision"),
         {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Does your territorial project make room for alliances between associations, companies and citizens?")},
        {QStringLiteral("local_authority_catalyst"),
         QStringLiteral("action"),
         {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?")},
        {QStringLiteral("local_authority_departments"),
         QStringLiteral("means"),
         {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do your departments share one entry point and common rules for working with private partners?")},

        // Format 5: the organisation's place in its ecosystem, the fourth axis
        // of the 360°. Common questions first, then one per variant.
        {QStringLiteral("ecosystem_place"),
         QStringLiteral("ecosystem"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Can you say what place your organisation holds in its territory, and do the other local "
                           "players see it the same way?")},
        {QStringLiteral("ecosystem_relations"),
         QStringLiteral("ecosystem"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Do you keep regular relations with organisations of other kinds in your territory: "
                           "associations, companies, local authorities, public bodies, citizens?")},
        {QStringLiteral("ecosystem_catalysts"),
         QStringLiteral("ecosystem"),
         {},
         QT_TRANSLATE_NOOP("Method",
                           "Do you know who holds the catalyst functions on your territory (dialogue, collective "
                           "experiments, support, a place), and do you call on them?")},
        {QStringLiteral("company_local_anchoring"),
         QStringLiteral("ecosystem"),
         {QStringLiteral("company")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do your local sites work with the associations and local authorities of the places where they operate?")},
        {QStringLiteral("association_collectives"),
         QStringLiteral("ecosystem"),
         {QStringLiteral("association")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Does your association take part in networks or collectives that carry its cause on the territory?")},
        {QStringLiteral("foundation_funders"),
         QStringLiteral("ecosystem"),
         {QStringLiteral("foundation")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do you know the other funders of your field and territory, and do you act in concert with them?")},
        {QStringLiteral("local_authority_actors"),
         QStringLiteral("ecosystem"),
         {QStringLiteral("local_authority")},
         QT_TRANSLATE_NOOP(
             "Method",
             "Do you know the associations and companies that act on your priorities, beyond those you already fund?")},

        // Territorial catalysts (by role, whatever their profile) and public
        // bodies: the trusted third party between worlds.
        {QStringLiteral("catalyst_mission"),
         QStringLiteral("vision"),
         {QStringLiteral("public_body")},
         QT_TRANSLATE_NOOP("Method",
                           "Is your role as a trusted third party between associations, companies and local "
                           "authorities part of your mission?"),
         {QStringLiteral("catalyst")}},
        {QStringLiteral("catalyst_functions"),
         QStringLiteral("action"),
         {QStringLiteral("public_body")},
         QT_TRANSLATE_NOOP("Method",
                           "Do you hold at least one catalyst function in a lasting way: territorial dialogue, "
                           "collective experiments, support, a place?"),
         {QStringLiteral("catalyst")}},
        {QStringLiteral("catalyst_means"),
         QStringLiteral("means"),
         {QStringLiteral("public_body")},
         QT_TRANSLATE_NOOP("Method",
                           "Do you have people and funding that last beyond a single project to play this role?"),
         {QStringLiteral("catalyst")}},
        {QStringLiteral("catalyst_trust"),
         QStringLiteral("ecosystem"),
         {QStringLiteral("public_body")},
         QT_TRANSLATE_NOOP("Method",
                           "Do organisations of every kind see you as neutral, and come to you to meet one another?"),
         {QStringLiteral("catalyst")}},
    };
    return list;
}

QList<MaturityQuestion> maturityQuestionsFor(const QString &profileId)
{
    return maturityQuestionsFor(profileId, QString());
}

QList<MaturityQuestion> maturityQuestionsFor(const QString &profileId, const QString &roleId)
{
    QList<MaturityQuestion> result;
    for (const MaturityQuestion &q : maturityQuestions()) {
        const bool common = q.profiles.isEmpty() && q.roles.isEmpty();
        if (common || q.profiles.contains(profileId) || (!roleId.isEmpty() && q.roles.contains(roleId)))
            result.append(q);
    }
    return result;
}

QString maturityVariantName(const QString &profileId, const QString &roleId)
{
    const char *profileVariant = nullptr;
    if (profileId == QLatin1String("company"))
        profileVariant = QT_TRANSLATE_NOOP("Method", "CSR & partnerships");
    else if (profileId == QLatin1String("association"))
        profileVariant = QT_TRANSLATE_NOOP("Method", "Partnership strategy");
    else if (profileId == QLatin1String("foundation"))
        profileVariant = QT_TRANSLATE_NOOP("Method", "Philanthropic strategy");
    else if (profileId == QLatin1String("local_authority"))
        profileVariant = QT_TRANSLATE_NOOP("Method", "Territorial alliances");
    const bool catalyst = roleId == QLatin1String("catalyst") || profileId == QLatin1String("public_body");
    const char *catalysis = QT_TRANSLATE_NOOP("Method", "Territorial catalysis");
    if (profileVariant && catalyst)
        //: Two variants of the self-diagnostic answered together, e.g. "Territorial alliances and territorial catalysis".
        return QCoreApplication::translate("Method", "%1 and %2").arg(tr(profileVariant), tr(catalysis).toLower());
    if (profileVariant)
        return tr(profileVariant);
    if (catalyst)
        return tr(catalysis);
    const char *common = QT_TRANSLATE_NOOP("Method", "Common 360°");
    return tr(common);
}

} // namespace alliance::method
