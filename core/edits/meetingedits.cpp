#include "edits/meetingedits.h"
#include "edits/revive.h"

#include "document/document.h"
#include "evaluation/meetings.h"
#include "model/ids.h"
#include "storage/schema.h"

namespace alliance::meetingedits {

namespace {

template<typename T> const T *findItem(const QList<T> &items, const QUuid &id)
{
    for (const T &x : items)
        if (x.id == id)
            return &x;
    return nullptr;
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
    edits::reviveOrCreate(cs, document, table, action);
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
    // No live row for the pair here: one that exists was removed. Invited
    // again: a fresh place, not the old note.
    if (document.value(table, id, edits::deletedField).isValid())
        cs.set(table, id, QStringLiteral("note"), QString());
    edits::reviveOrCreate(cs, document, table, id);
    return cs;
}

ChangeSet setAttendanceNote(const Document &document, const QUuid &attendee, const QString &note, const QString &label)
{
    const MeetingAttendee *row = findItem(document.project().meetingAttendees, attendee);
    const QString trimmed = note.trimmed();
    if (!row || row->note == trimmed)
        return {};
    return ChangeSet(label).set(QStringLiteral("meeting_attendee"), attendee, QStringLiteral("note"), trimmed);
}

ChangeSet setReviewDiscussed(const Document &document, const QUuid &meeting, const QUuid &review, const QString &label)
{
    const Project &project = document.project();
    const Meeting *m = findItem(project.meetings, meeting);
    if (!m || m->reviewId == review || (!review.isNull() && !findItem(project.reviews, review)))
        return {};
    return ChangeSet(label).set(QStringLiteral("meeting"), meeting, QStringLiteral("review_id"),
                                review.isNull() ? QVariant() : QVariant(schema::idText(review)));
}

} // namespace alliance::meetingedits
