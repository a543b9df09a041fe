// Territorial catalyst functions (step 4) and the evaluation frame (steps 6-7):
// three angles, three impacts, and the criteria a review scores.
#include "method.h"

namespace alliance::method {

const QList<CatalystFunction> &catalystFunctions()
{
    // Four complementary functions; one territory may spread them over several actors.
    static const QList<CatalystFunction> list = {
        {QStringLiteral("territorial_dialogue"),
         QT_TRANSLATE_NOOP("Method", "Territorial dialogue"),
         {
             QT_TRANSLATE_NOOP("Method", "Sharing knowledge of the territory and its actors"),
             QT_TRANSLATE_NOOP("Method", "Organising meetings"),
             QT_TRANSLATE_NOOP("Method", "Raising awareness of territorial alliances"),
             QT_TRANSLATE_NOOP("Method", "Introducing actors to each other"),
         }},
        {QStringLiteral("collective_experiments"),
         QT_TRANSLATE_NOOP("Method", "Collective experiments"),
         {
             QT_TRANSLATE_NOOP("Method", "Identifying needs and shared stakes"),
             QT_TRANSLATE_NOOP("Method", "Bringing actors together to co-build"),
             QT_TRANSLATE_NOOP("Method", "Co-piloting experiments"),
             QT_TRANSLATE_NOOP("Method", "Evaluating experiments"),
         }},
        {QStringLiteral("support"),
         //: Catalyst function: accompanying projects and partnerships.
         QT_TRANSLATE_NOOP("Method", "Support"),
         {
             QT_TRANSLATE_NOOP("Method", "Incubating projects"),
             QT_TRANSLATE_NOOP("Method", "Training in new practices"),
             QT_TRANSLATE_NOOP("Method", "Supporting partnerships"),
             QT_TRANSLATE_NOOP("Method", "Passing know-how on to other territories"),
         }},
        {QStringLiteral("place"),
         QT_TRANSLATE_NOOP("Method", "Running a place"),
         {
             QT_TRANSLATE_NOOP("Method", "A friendly meeting place"),
             QT_TRANSLATE_NOOP("Method", "Co-working"),
             QT_TRANSLATE_NOOP("Method", "Showroom or demonstrator"),
             QT_TRANSLATE_NOOP("Method", "Fab lab"),
         }},
    };
    return list;
}

const QList<Choice> &evaluationAngles()
{
    static const QList<Choice> list = {
        //: Evaluation angle: results compared with objectives.
        {QStringLiteral("performance"), QT_TRANSLATE_NOOP("Method", "Performance")},
        //: Evaluation angle ("pertinence"): effect on the ecosystem's needs.
        {QStringLiteral("pertinence"), QT_TRANSLATE_NOOP("Method", "Relevance")},
        //: Evaluation angle: fit with one's other actions.
        {QStringLiteral("coherence"), QT_TRANSLATE_NOOP("Method", "Coherence")},
    };
    return list;
}

const QList<Choice> &impacts()
{
    static const QList<Choice> list = {
        {QStringLiteral("performance"), QT_TRANSLATE_NOOP("Method", "Performance")},
        {QStringLiteral("innovation"), QT_TRANSLATE_NOOP("Method", "Innovation")},
        //: Impact ("confiance"): individual and collective trust.
        {QStringLiteral("trust"), QT_TRANSLATE_NOOP("Method", "Trust")},
    };
    return list;
}

const QList<Criterion> &criteria()
{
    // Follows the method's evaluation sequence: effects on oneself (through the
    // carré magique), then on the shared territory, then stepping back, then
    // the double coherence check.
    static const QList<Criterion> list = {
        // 1. Effects on each partner's own performance.
        {QStringLiteral("own_organisation"), QStringLiteral("performance"), QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("Method", "Internal organisation"),
         QT_TRANSLATE_NOOP("Method", "How has the partnership improved the way your organisation works inside?")},
        {QStringLiteral("own_stakeholder_dialogue"), QStringLiteral("performance"), QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("Method", "Stakeholder dialogue"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership improved your dialogue with your stakeholders?")},
        {QStringLiteral("own_innovation"), QStringLiteral("performance"), QStringLiteral("innovation"),
         QT_TRANSLATE_NOOP("Method", "Capacity to innovate"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership made your organisation more able to innovate?")},
        {QStringLiteral("own_economic_performance"), QStringLiteral("performance"), QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("Method", "Economic performance"),
         QT_TRANSLATE_NOOP("Method", "What value has the partnership created for you, and has it made your means go further?")},
        {QStringLiteral("results_achieved"), QStringLiteral("performance"), QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("Method", "Results achieved"),
         QT_TRANSLATE_NOOP("Method", "Compared with your objectives, were the expected results there?")},
        {QStringLiteral("unexpected_results"), QStringLiteral("performance"), QString(),
         QT_TRANSLATE_NOOP("Method", "Unexpected results"),
         QT_TRANSLATE_NOOP("Method", "Did the partnership bring results that nobody had planned?")},

        // 2. Effects on the common ecosystem.
        {QStringLiteral("others_performance"), QStringLiteral("pertinence"), QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("Method", "Other actors' performance"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership helped other actors of the territory to perform better?")},
        {QStringLiteral("collective_innovation"), QStringLiteral("pertinence"), QStringLiteral("innovation"),
         QT_TRANSLATE_NOOP("Method", "Collective innovation"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership fed a collective innovation, territorial or societal?")},
        {QStringLiteral("trust_people"), QStringLiteral("pertinence"), QStringLiteral("trust"),
         QT_TRANSLATE_NOOP("Method", "Trust of the people involved"),
         QT_TRANSLATE_NOOP("Method", "Do the people who took part trust each other, and the partners, more than before?")},
        {QStringLiteral("trust_territory"), QStringLiteral("pertinence"), QStringLiteral("trust"),
         QT_TRANSLATE_NOOP("Method", "Trust within the territory"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership strengthened trust between the actors of the territory?")},

        // 3. Stepping back.
        {QStringLiteral("reduced_fragilities"), QStringLiteral("pertinence"), QString(),
         QT_TRANSLATE_NOOP("Method", "Reduced fragilities"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership helped to reduce fragilities, and how?")},
        {QStringLiteral("sustainable_drivers"), QStringLiteral("pertinence"), QStringLiteral("innovation"),
         QT_TRANSLATE_NOOP("Method", "New drivers of sustainable development"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership brought out new drivers of sustainable economic development, and how?")},
        {QStringLiteral("needs_pertinence"), QStringLiteral("pertinence"), QString(),
         QT_TRANSLATE_NOOP("Method", "Relevance to the ecosystem's needs"),
         QT_TRANSLATE_NOOP("Method", "Did the action really address the needs identified in the ecosystem?")},

        // 4. Double coherence, and the stake.
        {QStringLiteral("mode_coherence"), QStringLiteral("coherence"), QString(),
         QT_TRANSLATE_NOOP("Method", "Coherence with the partnership model"),
         QT_TRANSLATE_NOOP("Method", "Looking at the path actually travelled, was the chosen partnership model the right one?")},
        {QStringLiteral("actions_coherence"), QStringLiteral("coherence"), QString(),
         QT_TRANSLATE_NOOP("Method", "Coherence with one's other actions"),
         QT_TRANSLATE_NOOP("Method", "How does this partnership fit with the rest of your organisation's actions?")},
        {QStringLiteral("stake_coherence"), QStringLiteral("coherence"), QString(),
         QT_TRANSLATE_NOOP("Method", "Coherence with the stake"),
         QT_TRANSLATE_NOOP("Method", "Did the partnership stay true to the common stake it set out to address?")},
    };
    return list;
}

const Criterion *findCriterion(const QString &id)
{
    for (const Criterion &c : criteria()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace alliance::method
