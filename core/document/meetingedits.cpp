#include "document/meetingedits.h"

#include "document/document.h"
#include "evaluation/meetings.h"
#include "model/ids.h"

namespace alliance::meetingedits {

namespace {

template<typename T> const T *findItem(const QList<T> &items, const QUuid &id)
{
    for (const T &x : items)
        if (x.id == id)
            return &x;
    return nullptr;
}

/// Makes the row `id` of `table` live again when it is a tombstone (an undo
/// or a deletion left it): a derived id may be reused.
void revive(const Document &document, ChangeSet &cs, const QString &table, const QUuid &id)
{
    const QVariant deleted = document.value(table, id, QStringLiteral("deleted"));
    if (deleted.isValid() && deleted.toInt() != 0)
        cs.set(table, id, QStringLiteral("deleted"), 0);
}

} // namespace

ChangeSet toAction(const Document &document, const QUuid &decision, const QString &label)
{
    const Project &project = document.project();
    const Decision *d = findItem(project.decisions, decision);
    if (!d || d->text.trimmed().isEmpty() || evaluation::actionOf(project, *d))
        return {};
    const QUuid action = ids::decisionAction(decision);
    const QString table = QStringLiteral("action");
    ChangeSet cs(label);
    cs.set(table, action, QStringLiteral("title"), d->text.trimmed())
        .set(table, action, QStringLiteral("step_id"), QStringLiteral("pilot"))
        .set(table, action, QStringLiteral("owner_id"), d->ownerId)
        .set(table, action, QStringLiteral("due_date"), d->dueDate)
        .set(table, action, QStringLiteral("status"), QStringLiteral("planned"));
    revive(document, cs, table, action);
    const QString decisions = QStringLiteral("decision");
    cs.set(decisions, decision, QStringLiteral("action_id"), action);
    if (d->status != QLatin1String("decided"))
        cs.set(decisions, decision, QStringLiteral("status"), QStringLiteral("decided"));
    return cs;
}

ChangeSet setAttending(const Document &document, const QUuid &meeting, const QUuid &contact, bool attending,
                       const QString &label)
{
    const Project &project = document.project();
    if (!findItem(project.meetings, meeting) || !findItem(project.contacts, contact))
        return {};
    // A merge or a received file may hold the same attendance twice: every row counts.
    QList<QUuid> rows;
    for (const auto &a : project.meetingAttendees)
        if (a.meetingId == meeting && a.contactId == contact)
            rows.append(a.id);
    if (!rows.isEmpty() == attending)
        return {};
    const QString table = QStringLiteral("meeting_attendee");
    ChangeSet cs(label);
    for (const QUuid &row : rows)
        cs.remove(table, row);
    if (!attending)
        return cs;
    const QUuid id = ids::meetingAttendee(meeting, contact);
    cs.set(table, id, QStringLiteral("meeting_id"), meeting).set(table, id, QStringLiteral("contact_id"), contact);
    const QVariant deleted = document.value(table, id, QStringLiteral("deleted"));
    if (deleted.isValid() && deleted.toInt() != 0) // invited again: a fresh place, not the old note
        cs.set(table, id, QStringLiteral("note"), QString()).set(table, id, QStringLiteral("deleted"), 0);
    return cs;
}

} // namespace alliance::meetingedits
