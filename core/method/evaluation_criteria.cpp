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
             QT_TRANSLATE_NOOP("Method", "Sharing knowledge of the territory and its stakeholders"),
             QT_TRANSLATE_NOOP("Method", "Organising meetings"),
             QT_TRANSLATE_NOOP("Method", "Raising awareness of territorial alliances"),
             QT_TRANSLATE_NOOP("Method", "Introducing organisations to each other"),
         }},
        {QStringLiteral("collective_experiments"),
         QT_TRANSLATE_NOOP("Method", "Collective experiments"),
         {
             QT_TRANSLATE_NOOP("Method", "Identifying needs and shared stakes"),
             QT_TRANSLATE_NOOP("Method", "Bringing organisations together to co-build"),
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
    // The method's evaluation sequence, in order (METHOD.md 8b): effects on
    // oneself through the carré magique, then on the shared territory, then
    // stepping back, then lessons and the double coherence.
    using K = AnswerKind;
    const QString perf = QStringLiteral("performance"), pert = QStringLiteral("pertinence"),
                  coh = QStringLiteral("coherence"), innov = QStringLiteral("innovation"),
                  trust = QStringLiteral("trust");
    static const QList<Criterion> list = {
        // 1. Effects on each partner's own performance, one per objective.
        {QStringLiteral("own_organisation"), 1, perf, perf, QStringLiteral("processes"), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Internal organisation"),
         QT_TRANSLATE_NOOP("Method", "How has the partnership improved the way your organisation works inside?")},
        {QStringLiteral("own_stakeholder_dialogue"), 1, perf, perf, QStringLiteral("positioning"), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Stakeholder dialogue"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership improved your dialogue with your stakeholders?")},
        {QStringLiteral("own_innovation"), 1, perf, innov, QStringLiteral("value_proposition"), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Capacity to innovate"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership made your organisation more able to innovate?")},
        {QStringLiteral("own_economic_performance"), 1, perf, perf, QStringLiteral("business_model"), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Economic performance"),
         QT_TRANSLATE_NOOP("Method",
                           "What value has the partnership created for you, and has it made your means go further?")},
        {QStringLiteral("results_achieved"), 1, perf, QString(), QString(), K::Words,
         QT_TRANSLATE_NOOP("Method", "Expected results"),
         QT_TRANSLATE_NOOP("Method", "Which of the results you expected were there, and which were not?")},
        {QStringLiteral("unexpected_results"), 1, perf, QString(), QString(), K::Words,
         QT_TRANSLATE_NOOP("Method", "Unexpected results"),
         QT_TRANSLATE_NOOP("Method", "Did the partnership bring results that nobody had planned? Which ones?")},

        // 2. Effects on the common ecosystem: they feed the three impacts.
        {QStringLiteral("others_performance"), 2, pert, perf, QString(), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Other organisations’ performance"),
         QT_TRANSLATE_NOOP("Method",
                           "Has the partnership helped other organisations in the territory to perform better?")},
        {QStringLiteral("collective_innovation"), 2, pert, innov, QString(), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Collective innovation"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership fed a collective innovation, territorial or societal?")},
        {QStringLiteral("trust_people"), 2, pert, trust, QString(), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Trust of the people involved"),
         QT_TRANSLATE_NOOP("Method",
                           "Do the people who took part trust each other, and the partners, more than before?")},
        {QStringLiteral("trust_territory"), 2, pert, trust, QString(), K::Rating,
         QT_TRANSLATE_NOOP("Method", "Trust within the territory"),
         QT_TRANSLATE_NOOP("Method",
                           "Has the partnership strengthened trust between the organisations of the territory?")},

        // 3. Stepping back: two questions, yes / partly / no / don't know, and how.
        {QStringLiteral("reduced_fragilities"), 3, pert, QString(), QString(), K::YesPartlyNo,
         QT_TRANSLATE_NOOP("Method", "Reduced fragilities"),
         QT_TRANSLATE_NOOP("Method", "Has the partnership helped to reduce fragilities? How?")},
        {QStringLiteral("sustainable_drivers"), 3, pert, QString(), QString(), K::YesPartlyNo,
         QT_TRANSLATE_NOOP("Method", "New drivers of sustainable development"),
         QT_TRANSLATE_NOOP("Method",
                           "Has the partnership brought out new drivers of sustainable economic development? How?")},
        // Not one of the method's two questions: it reads the answers above
        // against the needs of step 1, which is how the method defines pertinence.
        {QStringLiteral("needs_pertinence"), 3, pert, QString(), QString(), K::Reflection,
         QT_TRANSLATE_NOOP("Method", "Relevance to the territory's needs"),
         QT_TRANSLATE_NOOP("Method", "Did the action address the needs identified in step 1?")},

        // 4. Lessons: the double coherence, and the stake.
        {QStringLiteral("mode_coherence"), 4, coh, QString(), QString(), K::Reflection,
         QT_TRANSLATE_NOOP("Method", "Coherence with the partnership model"),
         QT_TRANSLATE_NOOP("Method",
                           "Looking at the path actually travelled, was the chosen partnership model the right one?")},
        {QStringLiteral("actions_coherence"), 4, coh, QString(), QString(), K::Reflection,
         QT_TRANSLATE_NOOP("Method", "Coherence with one's other actions"),
         QT_TRANSLATE_NOOP("Method", "How does this partnership fit with the rest of your organisation's actions?")},
        {QStringLiteral("stake_coherence"), 4, coh, QString(), QString(), K::Reflection,
         QT_TRANSLATE_NOOP("Method", "Coherence with the stake"),
         QT_TRANSLATE_NOOP("Method", "Did the partnership stay true to the common stake it set out to address?")},
    };
    return list;
}

const char *reviewPartTitle(int part)
{
    switch (part) {
    case 1:
        return QT_TRANSLATE_NOOP("Method", "1. Effects on each partner's own performance");
    case 2:
        return QT_TRANSLATE_NOOP("Method", "2. Effects on the common ecosystem");
    case 3:
        return QT_TRANSLATE_NOOP("Method", "3. Stepping back");
    default:
        return QT_TRANSLATE_NOOP("Method", "4. Lessons and coherence");
    }
}

const QList<Choice> &stepBackAnswers()
{
    static const QList<Choice> list = {
        {QStringLiteral("yes"), QT_TRANSLATE_NOOP("Method", "Yes")},
        {QStringLiteral("partly"), QT_TRANSLATE_NOOP("Method", "Partly")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Method", "No")},
        {QStringLiteral("dont_know"), QT_TRANSLATE_NOOP("Method", "Don't know")},
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
