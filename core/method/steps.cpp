// The seven steps of the partnership journey and the territory's seven needs
// questioned in step 1. Guidance texts are our own wording of the method.
#include "method.h"

namespace alliance::method {

const QList<Step> &steps()
{
    // Order and numbers are the journey's; a project may still go back a step.
    static const QList<Step> list = {
        {QStringLiteral("diagnose"),
         1,
         QT_TRANSLATE_NOOP("Method", "Diagnose"),
         QT_TRANSLATE_NOOP("Method",
                           "Take stock of the territory's needs and of how mature each organisation is in working with "
                           "partners, before committing to anything."),
         {
             QT_TRANSLATE_NOOP("Method", "Which needs of the territory could this partnership help to meet?"),
             QT_TRANSLATE_NOOP("Method",
                               "Where does each organisation stand in its partnership practice: vision, action, means, "
                               "and place in its ecosystem?"),
             QT_TRANSLATE_NOOP("Method", "What has each partner already tried on this subject, alone or with others?"),
             QT_TRANSLATE_NOOP("Method", "Which fragilities, or which untapped opportunities, do you see around you?"),
         }},
        {QStringLiteral("objectives"),
         2,
         QT_TRANSLATE_NOOP("Method", "Set objectives"),
         QT_TRANSLATE_NOOP("Method",
                           "Each partner weights its four objectives for this partnership; together the partners then "
                           "agree on the common stake that will guide them all along."),
         {
             QT_TRANSLATE_NOOP("Method",
                               "For this partnership, how much weight does each partner give to its processes, its "
                               "socio-economic model, its value proposition and its positioning?"),
             QT_TRANSLATE_NOOP("Method", "Are the partners' strategies compatible with one another?"),
             QT_TRANSLATE_NOOP("Method", "Which common stake do the partners commit to serve together?"),
             QT_TRANSLATE_NOOP("Method",
                               "What would success look like for each partner, and for all of them together?"),
         }},
        {QStringLiteral("model"),
         3,
         QT_TRANSLATE_NOOP("Method", "Choose the model"),
         QT_TRANSLATE_NOOP("Method",
                           "Read what each partner puts first, describe the relationship the partners are building, "
                           "and name the model of partnership it is."),
         {
             QT_TRANSLATE_NOOP("Method",
                               "Which objective does each partner put first, and which category does it point to?"),
             QT_TRANSLATE_NOOP("Method",
                               "Is it a gift, an invention together, value produced together, or a service one partner "
                               "provides to the other?"),
             QT_TRANSLATE_NOOP("Method", "Does each partner find its own first objective in the model named?"),
             QT_TRANSLATE_NOOP("Method",
                               "Does an inspiring example look like your project, and what can you learn from it?"),
         }},
        {QStringLiteral("ecosystem"),
         4,
         QT_TRANSLATE_NOOP("Method", "Map the ecosystem"),
         QT_TRANSLATE_NOOP("Method",
                           "Place the partnership among the organisations of its territory and find out who already "
                           "acts as a catalyst between them."),
         {
             QT_TRANSLATE_NOOP("Method", "Which organisations in the territory already work on this stake?"),
             QT_TRANSLATE_NOOP("Method",
                               "Who could act as a trusted third party between the partners' different worlds?"),
             QT_TRANSLATE_NOOP("Method",
                               "Which catalyst functions exist nearby: territorial dialogue, collective experiments, "
                               "support, a place to meet?"),
             QT_TRANSLATE_NOOP("Method", "Which stakeholders should be informed or involved, and at what moment?"),
         }},
        {QStringLiteral("cobuild"),
         5,
         QT_TRANSLATE_NOOP("Method", "Co-build the agreement"),
         QT_TRANSLATE_NOOP("Method",
                           "Write down together how the partnership is governed, what each partner contributes and the "
                           "terms and dates of the agreement."),
         {
             QT_TRANSLATE_NOOP("Method", "How will decisions be taken, and by whom?"),
             QT_TRANSLATE_NOOP("Method", "What does each partner bring: money, skills, people's time, material?"),
             QT_TRANSLATE_NOOP("Method", "Which terms, duration and key dates frame the agreement?"),
             QT_TRANSLATE_NOOP("Method", "How will the partners deal with a disagreement or a change of context?"),
         }},
        {QStringLiteral("pilot"),
         6,
         QT_TRANSLATE_NOOP("Method", "Pilot"),
         QT_TRANSLATE_NOOP("Method",
                           "Carry out the actions, follow the indicators against their targets and review progress "
                           "together at regular intervals."),
         {
             QT_TRANSLATE_NOOP("Method",
                               "Which actions and milestones are planned, and who is responsible for each one?"),
             QT_TRANSLATE_NOOP("Method", "Which indicators show progress, and what targets have been set for them?"),
             QT_TRANSLATE_NOOP("Method", "How often do the partners meet to look at the results together?"),
             QT_TRANSLATE_NOOP("Method", "What should be adjusted in the light of the latest measurements?"),
         }},
        {QStringLiteral("evaluate"),
         7,
         QT_TRANSLATE_NOOP("Method", "Evaluate and share"),
         QT_TRANSLATE_NOOP("Method",
                           "Assess the partnership's performance, relevance and coherence, draw the lessons, give "
                           "meaning to the action and decide what comes next."),
         {
             QT_TRANSLATE_NOOP("Method", "What effects did the partnership have on each partner and on the territory?"),
             QT_TRANSLATE_NOOP("Method", "Did the results live up to the objectives and to the common stake?"),
             QT_TRANSLATE_NOOP("Method",
                               "What lessons do the partners draw, and what meaning do they give to what they did?"),
             QT_TRANSLATE_NOOP("Method", "What next: carry on, change model, widen the circle of partners, or stop?"),
             QT_TRANSLATE_NOOP("Method", "How will you make the value created by the partnership known?"),
         }},
    };
    return list;
}

const Step *findStep(const QString &id)
{
    for (const Step &s : steps()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const QList<TerritoryNeed> &territoryNeeds()
{
    static const QList<TerritoryNeed> list = {
        {QStringLiteral("innovation_capacity"),
         QT_TRANSLATE_NOOP("Method", "Qualify one's capacity to innovate"),
         {
             QT_TRANSLATE_NOOP("Method",
                               "What characterises your innovation: the solution itself, the people and organisations "
                               "it involves, its socio-economic model?"),
             QT_TRANSLATE_NOOP("Method", "Which phase of its development has it reached?"),
             QT_TRANSLATE_NOOP("Method", "What would prove that the concept works?"),
         }},
        {QStringLiteral("ecosystem"),
         QT_TRANSLATE_NOOP("Method", "Understand one's ecosystem"),
         {
             QT_TRANSLATE_NOOP("Method", "What are the priorities of your ecosystem?"),
             QT_TRANSLATE_NOOP("Method", "What is at stake, and which answers already exist?"),
             QT_TRANSLATE_NOOP("Method", "Which organisations are already active on these stakes?"),
             QT_TRANSLATE_NOOP("Method", "How does the picture change from one territory to another?"),
         }},
        {QStringLiteral("strategy"),
         QT_TRANSLATE_NOOP("Method", "Define one's strategy"),
         {
             QT_TRANSLATE_NOOP("Method", "Where do you stand today?"),
             QT_TRANSLATE_NOOP("Method", "What is your ambition?"),
             QT_TRANSLATE_NOOP("Method", "Which means will you need to fulfil it?"),
         }},
        {QStringLiteral("socio_economic_model"),
         QT_TRANSLATE_NOOP("Method", "Transform one's socio-economic model"),
         {
             QT_TRANSLATE_NOOP("Method", "Which levers could change your socio-economic model?"),
             QT_TRANSLATE_NOOP("Method", "Which target model are you aiming for?"),
             QT_TRANSLATE_NOOP("Method", "Along which path will you get there?"),
         }},
        {QStringLiteral("alliance"),
         QT_TRANSLATE_NOOP("Method", "Learn to ally"),
         {
             QT_TRANSLATE_NOOP("Method", "Why join forces with others?"),
             QT_TRANSLATE_NOOP("Method", "With whom, and in what way?"),
         }},
        {QStringLiteral("digital"),
         QT_TRANSLATE_NOOP("Method", "Accelerate through digital"),
         {
             QT_TRANSLATE_NOOP("Method", "Which digital uses would help you?"),
             QT_TRANSLATE_NOOP("Method", "Which solutions suit those uses?"),
             QT_TRANSLATE_NOOP("Method", "What is the right timing?"),
         }},
        {QStringLiteral("pertinence"),
         QT_TRANSLATE_NOOP("Method", "Evaluate one's relevance"),
         {
             QT_TRANSLATE_NOOP("Method", "How do you measure your performance?"),
             QT_TRANSLATE_NOOP("Method", "How useful are you to society?"),
             QT_TRANSLATE_NOOP("Method", "What leverage do your partnerships give you?"),
             QT_TRANSLATE_NOOP("Method", "How well can you show the value of your innovation?"),
         }},
    };
    return list;
}

} // namespace alliance::method
