#pragma once
// The pilot step's overdue rule: an action is late when its due date has
// passed and nobody closed it. "Today" is a parameter, so views, reports and
// tests agree on one date and a test never depends on the calendar.

#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace alliance::evaluation {

/// Whether an action of method::actionStatuses() id `status` is closed: done
/// or cancelled. Anything else, empty or unknown included, is still open.
bool isClosed(const QString &status);

/// True when an action due on `dueDate` with method::actionStatuses() id
/// `status` is overdue on `today`: the due date is valid and before today,
/// and the status is neither "done" nor "cancelled" (an empty or unknown
/// status counts as open). An action due today is not overdue. An invalid
/// `today` makes nothing overdue.
bool isOverdue(const QDate &dueDate, const QString &status, const QDate &today);

/// isOverdue() for an Action.
bool isOverdue(const Action &action, const QDate &today);

/// Ids of the overdue actions of `actions`, in list order.
QList<QUuid> overdueActions(const QList<Action> &actions, const QDate &today);

/// How many of `actions` are overdue on `today`.
int overdueCount(const QList<Action> &actions, const QDate &today);

} // namespace alliance::evaluation
