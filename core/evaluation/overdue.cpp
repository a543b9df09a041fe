#include "evaluation/overdue.h"

namespace alliance::evaluation {

bool isClosed(const QString &status)
{
    return status == QLatin1String("done") || status == QLatin1String("cancelled");
}

bool isOverdue(const QDate &dueDate, const QString &status, const QDate &today)
{
    if (!dueDate.isValid() || !today.isValid() || dueDate >= today)
        return false;
    // Only a closed action stops being late; anything else still needs doing.
    return !isClosed(status);
}

bool isOverdue(const Action &action, const QDate &today)
{
    return isOverdue(action.dueDate, action.status, today);
}

QList<QUuid> overdueActions(const QList<Action> &actions, const QDate &today)
{
    QList<QUuid> ids;
    for (const auto &a : actions)
        if (isOverdue(a, today))
            ids.append(a.id);
    return ids;
}

int overdueCount(const QList<Action> &actions, const QDate &today)
{
    return int(overdueActions(actions, today).size());
}

} // namespace alliance::evaluation
