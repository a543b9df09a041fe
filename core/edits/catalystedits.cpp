#include "edits/catalystedits.h"

#include "document/document.h"
#include "edits/revive.h"
#include "method/method.h"
#include "model/ids.h"

namespace alliance::catalystedits {

namespace {
const QString assignmentTable = QStringLiteral("catalyst_assignment");
}

ChangeSet setAssigned(const Document &document, const QUuid &organisationId, const QString &functionId, bool assigned,
                      const QString &label)
{
    ChangeSet changes(label);
    const Project &project = document.project();
    const auto &functions = method::catalystFunctions();
    const bool known = std::any_of(functions.begin(), functions.end(),
                                   [&](const method::CatalystFunction &f) { return f.id == functionId; });
    if (!known || !project.organisation(organisationId))
        return changes;
    QList<QUuid> held;
    for (const auto &a : project.catalystAssignments)
        if (a.organisationId == organisationId && a.functionId == functionId)
            held.append(a.id);
    if (!assigned) {
        for (const QUuid &id : held)
            changes.remove(assignmentTable, id);
        return changes;
    }
    if (held.isEmpty())
        edits::reviveOrCreate(
            changes, document, assignmentTable, ids::catalystAssignment(organisationId, functionId),
            {{QStringLiteral("function_id"), functionId}, {QStringLiteral("organisation_id"), organisationId}});
    return changes;
}

} // namespace alliance::catalystedits
