#pragma once
// The "faire alliance" method as data: steps, questions, typology, criteria.
// Every label is an English source string marked with QT_TRANSLATE_NOOP in the
// "Method" context; call method::tr() to get it in the current language.
// Ids are stable strings stored in project files: never rename them.

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace alliance::method {

/// Translates a method label (context "Method"). Returns the source when no
/// translator is installed.
QString tr(const char *sourceText);

/// A selectable value: stable id and its translatable label.
struct Choice
{
    QString id;
    const char *label;
};
QStringList idsOf(const QList<Choice> &choices);
const Choice *findChoice(const QList<Choice> &choices, const QString &id);
/// The translated label of `id` among `choices`, or `id` itself when this build does not know it.
QString choiceLabel(const QList<Choice> &choices, const QString &id);

struct Step
{
    QString id;                    ///< "diagnose", "objectives", "model", "ecosystem", "cobuild", "pilot", "evaluate"
    int number;                    ///< 1..7
    const char *name;              ///< "Diagnose"
    const char *purpose;           ///< one sentence: what the user does there (own words)
    QList<const char *> questions; ///< guiding questions
};
const QList<Step> &steps();
const Step *findStep(const QString &id);

struct TerritoryNeed
{
    QString id;
    const char *name;
    QList<const char *> questions;
};
const QList<TerritoryNeed> &territoryNeeds();

/// Axes of the maturity self-diagnostic (the 360°): the coherence of vision,
/// action engaged and means mobilised, and the organisation's place in its
/// ecosystem.
const QList<Choice> &maturityAxes(); ///< "vision", "action", "means", "ecosystem"
struct MaturityQuestion
{
    QString id;           ///< stored in files: never renamed or removed
    QString axis;         ///< an id of maturityAxes()
    QStringList profiles; ///< organisation profile ids it applies to; empty (with no roles) = all
    const char *text;
    QStringList roles = {}; ///< organisation role ids it applies to as well, whatever the profile
};
/// Every question ever asked, of every variant.
const QList<MaturityQuestion> &maturityQuestions();
/// The questions an organisation of this profile answers: the common ones and
/// its profile's variant (academic and other: the common ones only).
QList<MaturityQuestion> maturityQuestionsFor(const QString &profileId);
/// The same, and the variant of its role: a territorial catalyst answers the
/// catalyst questions whatever its profile.
QList<MaturityQuestion> maturityQuestionsFor(const QString &profileId, const QString &roleId);
/// The name of the self-diagnostic variant an organisation answers, translated:
/// e.g. "CSR & partnerships" for a company, "Partnership strategy" for an association.
QString maturityVariantName(const QString &profileId, const QString &roleId);
constexpr int maturityScoreMax = 4; ///< answers are 0 (not started) .. 4 (mastered)

/// The carré magique: 4 objectives, in this fixed order everywhere.
struct Objective
{
    QString id; ///< "processes", "business_model", "value_proposition", "positioning"
    const char *name;
    const char *covers;
};
const QList<Objective> &objectives();
constexpr int objectiveCount = 4;
int objectiveIndex(const QString &objectiveId); ///< -1 when unknown

struct Category
{
    QString id; ///< "responsible_practices", "economic_cooperation", "societal_innovation", "patronage"
    const char *name;
    QString objectiveId; ///< the objective it serves
    const char *expectedResults;
    int practiceRate2021; ///< % of companies practising it (2021 study)
    /// What the relationship is, as an answer to "what is the relationship
    /// between the partners?" (METHOD.md 6b): this answer names the category.
    const char *relationship;
    /// The question that tells this category's models apart.
    const char *modelQuestion;
};
const QList<Category> &categories();
const Category *findCategory(const QString &id);

struct Model
{
    QString id;
    QString categoryId;
    const char *name;
    const char *definition;
    QList<const char *> examples;
    /// The answer to its category's modelQuestion that names this model.
    const char *answer;
};
const QList<Model> &models();
const Model *findModel(const QString &id);

struct CatalystFunction
{
    QString id;
    const char *name;
    QList<const char *> activities;
};
const QList<CatalystFunction> &catalystFunctions();

/// The three evaluation angles and the three impacts.
const QList<Choice> &evaluationAngles(); ///< "performance", "pertinence", "coherence"
const QList<Choice> &impacts();          ///< "performance", "innovation", "trust"

/// How a review question is answered (METHOD.md 8b).
enum class AnswerKind {
    Rating,      ///< a rating 0..criterionScoreMax and a comment (either may come first)
    Words,       ///< words only: results expected or not are information, never a score
    YesPartlyNo, ///< stepBackAnswers() and how, in words
    Reflection,  ///< words, with an optional rating
};

/// A question of a review, in one of the method's four parts.
struct Criterion
{
    QString id;
    int part = 1;        ///< 1 own performance, 2 shared ecosystem, 3 stepping back, 4 lessons
    QString angle;       ///< an id of evaluationAngles()
    QString impact;      ///< an id of impacts(), or empty
    QString objectiveId; ///< part 1: the carré magique objective it reads, else empty
    AnswerKind kind = AnswerKind::Rating;
    const char *label;
    const char *question;
};
const QList<Criterion> &criteria();
const Criterion *findCriterion(const QString &id);
/// The four parts of a review, in order: their titles.
const char *reviewPartTitle(int part);
constexpr int reviewPartCount = 4;
/// Answers to the step-back questions: yes, partly, no, dont_know.
const QList<Choice> &stepBackAnswers();
constexpr int criterionScoreMax = 5;

// Enumerations stored in project files.
const QList<Choice> &
organisationProfiles(); ///< association, company, foundation, local_authority, public_body, academic, other
const QList<Choice> &organisationRoles();   ///< lead, partner, catalyst, funder, stakeholder
const QList<Choice> &stepStatuses();        ///< not_started, in_progress, done
const QList<Choice> &actionStatuses();      ///< planned, in_progress, done, cancelled
const QList<Choice> &contributionKinds();   ///< money, skills, people_days, material
const QList<Choice> &indicatorDirections(); ///< increase, decrease
const QList<Choice> &reviewKinds();         ///< interim, annual, final
const QList<Choice> &meetingKinds();        ///< steering_committee, review, partners_meeting
const QList<Choice> &decisionStatuses();    ///< to_decide, decided, declined
const QList<Choice> &lessonKinds();         ///< lesson, meaning, next_step
const QList<Choice> &needPriorities();      ///< low, medium, high

} // namespace alliance::method
