#pragma once
// Plain value types of a partnership project, loaded from a project file.
// They are snapshots: change data through Document::apply, never here.
// Enumerated fields hold the stable ids of core/method (method.h).

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <array>
#include <optional>

namespace alliance {

struct Partnership
{
    QUuid id;
    QString title;
    QString commonStake;
    QDate startDate;
    QDate endDate;
    QStringList sdgTargets; ///< e.g. "17.17"
    QString categoryId;     ///< chosen category, empty until chosen
    QString modelId;        ///< chosen model, empty until chosen
    QString modelJustification;
    QString governance;     ///< how decisions are taken
    QString meetingCadence; ///< e.g. "every quarter"
    QString agreementTerms;
    QDate agreementSigned;
};

struct Organisation
{
    QUuid id;
    QString name;
    QString profile; ///< method::organisationProfiles()
    QString role;    ///< method::organisationRoles()
    QString region;
    QString departement;
    QString notes;
    bool isPrivate = false;
};

struct Contact
{
    QUuid id;
    QUuid organisationId;
    QString name;
    QString function;
    QString email;
    QString phone;
    bool steeringCommittee = false; ///< sits on the steering committee
    bool isPrivate = false;
};

/// One partner's weight and text for one objective of the carré magique.
struct ObjectiveWeight
{
    QUuid id;
    QUuid organisationId;
    QString objectiveId; ///< method::objectives()
    int weight = 0;      ///< 0..100; an organisation's four sum to 100
    QString text;
};

struct StepState
{
    QUuid id;
    QString stepId; ///< method::steps()
    QString status; ///< method::stepStatuses()
    QDate startDate;
    QDate endDate;
    QString owner;
    QString notes;
};

struct ChecklistItem
{
    QUuid id;
    QString stepId;
    QString text;
    bool done = false;
    int position = 0;
};

struct NeedAnswer
{
    QUuid id;
    QString needId; ///< method::territoryNeeds()
    QString answer;
    QString priority;     ///< method::needPriorities()
    QUuid organisationId; ///< whose view of the territory this is
};

struct MaturityAnswer
{
    QUuid id;
    QUuid organisationId;
    QString questionId; ///< method::maturityQuestions()
    int score = 0;      ///< 0..method::maturityScoreMax
    QString comment;
};

struct CatalystAssignment
{
    QUuid id;
    QString functionId; ///< method::catalystFunctions()
    QUuid organisationId;
    QString note;
};

struct Contribution
{
    QUuid id;
    QUuid organisationId;
    QString kind; ///< method::contributionKinds()
    QString description;
    double quantity = 0; ///< euros, days, units: depends on kind
    double valueEuros = 0;
};

struct Action
{
    QUuid id;
    QString title;
    QString stepId;
    QUuid ownerId; ///< organisation, may be null
    QDate dueDate;
    QString status; ///< method::actionStatuses()
    bool milestone = false;
    QString notes;
};

struct Indicator
{
    QUuid id;
    QString name;
    QString unit;
    double baseline = 0;
    double target = 0;
    QString direction;   ///< method::indicatorDirections()
    QString objectiveId; ///< method::objectives(), may be empty
    QString angle;       ///< method::evaluationAngles()
    QString impact;      ///< method::impacts(), may be empty
    QDate targetDate;    ///< when the target should be reached; may be null
};

struct Measurement
{
    QUuid id;
    QUuid indicatorId;
    QDate date;
    double value = 0;
    QString source;
};

struct Review
{
    QUuid id;
    QDate date;
    QString kind; ///< method::reviewKinds()
    QString title;
};

/// A criterion defined by the partners in addition to the method's own.
struct CustomCriterion
{
    QUuid id;
    QString label;
    QString angle;  ///< method::evaluationAngles()
    QString impact; ///< method::impacts(), may be empty
};

struct ReviewScore
{
    QUuid id;
    QUuid reviewId;
    QUuid organisationId;
    QString criterionId; ///< a method::criteria() id, or a CustomCriterion id as text
    int score = 0;       ///< 0..method::criterionScoreMax; meaningless when noScore
    QString comment;
    QString answer;       ///< method::stepBackAnswers() for the step-back questions, else empty
    bool noScore = false; ///< answered in words only
    /// True when the score is a rating the summaries may count.
    bool isRated() const { return !noScore; }
};

struct Lesson
{
    QUuid id;
    QString kind; ///< method::lessonKinds()
    QString text;
    QDate date;
};

struct Note
{
    QUuid id;
    QString stepId; ///< may be empty
    QString text;
    bool isPrivate = false;
};

/// Where an organisation sits on the ecosystem map (scene coordinates).
struct MapPosition
{
    QUuid id;
    QUuid organisationId;
    double x = 0;
    double y = 0;
};

/// A link between two actors on the ecosystem map.
struct ActorLink
{
    QUuid id;
    QUuid fromId;
    QUuid toId;
    QString label;
};

/// A document of the agreement, by path or URL (never opened by the app itself).
struct KeyDocument
{
    QUuid id;
    QString title;
    QString location;
    QString note;
};

/// A copy of the project written for a partner organisation (format 3).
struct PartnerShare
{
    QUuid id;
    QUuid organisationId;
    qint64 sharedAtMs = 0; ///< ms since the epoch, UTC
    QString sharedBy;      ///< the name of who shared it
};

/// The mark of a partner's copy: which organisation it was written for.
struct PartnerCopy
{
    QUuid id;
    QUuid organisationId;
    QString madeBy;
};

/// A merge into this file: which journal rows it brought, through whose copy.
struct MergeRecord
{
    QUuid id;
    QString fileName;
    QString through; ///< the organisation the merged copy was made for; empty when none
    qint64 mergedAtMs = 0;
    qint64 firstSeq = 0, lastSeq = 0;
};

/// An organisation's logo (at most one, with the id ids::organisationLogo()).
struct OrganisationLogo
{
    QUuid id;
    QUuid organisationId;
    QByteArray image; ///< PNG or JPEG bytes; empty when the logo was removed
};

/// A meeting of the partners: a steering committee, a review meeting or a
/// partners' meeting (format 6).
struct Meeting
{
    QUuid id;
    QDate date;
    QString kind; ///< method::meetingKinds()
    QString title;
    QString agenda;  ///< one item per line
    QString minutes; ///< written after the meeting
    QUuid reviewId;  ///< the review discussed, may be null
};

/// A contact invited to a meeting.
struct MeetingAttendee
{
    QUuid id;
    QUuid meetingId;
    QUuid contactId;
    QString note; ///< e.g. "excused", "represents the foundation"
};

/// A decision put to a meeting; once taken it may become an action.
struct Decision
{
    QUuid id;
    QUuid meetingId;
    QString text;
    QUuid ownerId; ///< organisation, may be null
    QDate dueDate;
    QString status; ///< method::decisionStatuses()
    QUuid actionId; ///< the action it became, may be null
};

/// Everything a project file holds, deleted items left out.
struct Project
{
    int schemaVersion = 0;
    Partnership partnership;
    QList<Organisation> organisations;
    QList<Contact> contacts;
    QList<ObjectiveWeight> objectiveWeights;
    QList<StepState> stepStates;
    QList<ChecklistItem> checklistItems;
    QList<NeedAnswer> needAnswers;
    QList<MaturityAnswer> maturityAnswers;
    QList<CatalystAssignment> catalystAssignments;
    QList<Contribution> contributions;
    QList<Action> actions;
    QList<Indicator> indicators;
    QList<Measurement> measurements;
    QList<Review> reviews;
    QList<CustomCriterion> customCriteria;
    QList<ReviewScore> reviewScores;
    QList<Lesson> lessons;
    QList<Note> notes;
    QList<MapPosition> mapPositions;
    QList<ActorLink> actorLinks;
    QList<KeyDocument> keyDocuments;
    QList<OrganisationLogo> organisationLogos;
    QList<PartnerShare> partnerShares; ///< oldest first
    QList<PartnerCopy> partnerCopies;  ///< at most one: this file is that partner's copy
    QList<MergeRecord> mergeRecords;   ///< oldest first
    QList<Meeting> meetings;           ///< by date
    QList<MeetingAttendee> meetingAttendees;
    QList<Decision> decisions;

    const Organisation *organisation(const QUuid &id) const;
    /// The organisation whose role is "lead", or nullptr.
    const Organisation *leadOrganisation() const;
    /// The logo of the organisation `id` (PNG or JPEG bytes), empty when it has none.
    QByteArray logoOf(const QUuid &id) const;
};

} // namespace alliance
