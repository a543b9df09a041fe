#pragma once
// Committee meetings as the report and the pilot page read them: which
// committee came last, which meeting is next, which decisions are still open.

#include "model/project.h"

#include <QDate>
#include <QList>

namespace alliance::evaluation {

/// The latest steering committee dated before `today`, or nullptr.
const Meeting *previousCommittee(const Project &project, const QDate &today);

/// The first meeting (of any kind) dated on or after `today`, or nullptr.
const Meeting *nextMeeting(const Project &project, const QDate &today);

/// The decisions of `meeting`, in the file's order.
QList<const Decision *> decisionsOf(const Project &project, const QUuid &meeting);

/// The contacts invited to `meeting`, by name.
QList<const Contact *> attendeesOf(const Project &project, const QUuid &meeting);

/// Decisions put to a committee that is not past yet (dated on or after
/// `today`, or undated) and still to decide: what the next committee is asked.
/// Decisions of a meeting that is gone are left out, here and below.
QList<const Decision *> decisionsToTake(const Project &project, const QDate &today);

/// Decisions still open: to decide, or decided with an action that is
/// neither done nor cancelled (or no action yet).
QList<const Decision *> openDecisions(const Project &project);

/// The action a decision became, or nullptr (none, or deleted since).
const Action *actionOf(const Project &project, const Decision &decision);

} // namespace alliance::evaluation
