#pragma once
// One partnership in a line: the figures a portfolio shows for it, taken
// from core/evaluation's rules (never recomputed here), on a given day.
// Ids of the method (model, step, angle) are kept as ids: labels are looked
// up when shown, in the language of the moment, and an id this build does
// not know is shown as it is.

#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace alliance::portfolio {

/// One angle of the last review: its mean and how many partners answered.
struct AngleFigure
{
    QString angleId;               ///< a method::evaluationAngles() id
    std::optional<double> percent; ///< empty when nobody rated it
    int respondents = 0;
};

/// An upcoming dated item: a milestone or a meeting.
struct DatedItem
{
    QString title; ///< user text: plain text
    QDate date;    ///< invalid when there is none
    bool isSet() const { return date.isValid(); }
};

/// How many things fall due on one day: open actions, open milestones or
/// steering committees. What the deadline charts count.
struct DueCount
{
    enum class Kind {
        Action,    ///< an open action that is not a milestone
        Milestone, ///< an open milestone
        Committee, ///< a steering committee
    };
    Kind kind = Kind::Action;
    QDate date;
    int count = 0; ///< at least 1
};
/// Stable ids of the kinds ("action", "milestone", "committee"), and back.
QString dueKindId(DueCount::Kind kind);
std::optional<DueCount::Kind> dueKindNamed(const QString &id);

/// How far ahead a summary gathers what falls due: computedOn to
/// computedOn + upcomingHorizonDays, both included.
constexpr int upcomingHorizonDays = 90;

struct PartnershipSummary
{
    QString path; ///< where the partnership was read: a file here
    /// Why the file was refused (translated, names the file); empty when it
    /// passed the full check and every figure below was read from it.
    QString refusal;
    bool refused() const { return !refusal.isEmpty(); }

    QDate computedOn; ///< the day the time-aware figures hold for
    QString title;
    QString lead;            ///< the lead organisation's name; empty when none
    QStringList territories; ///< regions and départements of the lead and partners, distinct, as entered
    QString leadTerritory;   ///< the lead's département, else its region
    QString modelId;         ///< empty until the partners name the model
    QString currentStepId;   ///< a method::steps() id
    int onTrack = 0, atRisk = 0, offTrack = 0, noData = 0; ///< indicators on computedOn
    QDate lastReviewDate;                                  ///< invalid when undated or no review
    bool hasReview = false;
    QList<AngleFigure> angles; ///< the last review's, method::evaluationAngles() order; empty without review
    int lateActions = 0;
    DatedItem nextMilestone; ///< the first open milestone due on or after computedOn
    DatedItem nextCommittee; ///< the first steering committee on or after computedOn
    /// What falls due within upcomingHorizonDays of computedOn, by date then
    /// kind, one entry per (date, kind): at most 3 x 91 entries.
    QList<DueCount> upcoming;

    int indicatorCount() const { return onTrack + atRisk + offTrack + noData; }
};

bool operator==(const AngleFigure &a, const AngleFigure &b);
bool operator==(const DatedItem &a, const DatedItem &b);
bool operator==(const DueCount &a, const DueCount &b);
bool operator==(const PartnershipSummary &a, const PartnershipSummary &b);
inline bool operator!=(const PartnershipSummary &a, const PartnershipSummary &b)
{
    return !(a == b);
}

/// The summary of `project` on `today` (its path left empty).
PartnershipSummary summarise(const Project &project, const QDate &today);

/// Checks the file at `path` as `validate` does (openCheckedProjectFile),
/// reads it in place, then summarises it on `today`. A file that fails the
/// check gives a summary holding only its path and the refusal.
PartnershipSummary summariseFile(const QString &path, const QDate &today);

} // namespace alliance::portfolio
