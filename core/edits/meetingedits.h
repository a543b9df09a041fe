#pragma once
// Committee meetings as typed edits (format 6): a decision becomes an action
// in one step, and attendees are added or removed by contact. Each function
// returns one change set (one undo step) for Document::apply; an empty set
// means there is nothing to change.

#include "journal/change.h"
#include "model/project.h"

namespace alliance {
class Document;
}

namespace alliance::meetingedits {

/// Turns the decision `decision` into an action of the pilot step: its text
/// as title, its owner and due date, status planned; the decision is marked
/// decided and names the action. The action's id is derived from the
/// decision's, so two copies doing it agree. Empty when the decision is
/// unknown, has no text or already names a live action; a deleted action is
/// brought back.
ChangeSet toAction(const Document &document, const QUuid &decision, const QString &label);

/// Invites `contact` to `meeting`, or removes them from its attendees.
/// Empty when nothing changes or either item is unknown.
ChangeSet setAttending(const Document &document, const QUuid &meeting, const QUuid &contact, bool attending,
                       const QString &label);

/// Sets the note on attendance row `attendee` (trimmed: "excused",
/// "represents the foundation"). Empty when the row is unknown or already
/// says that.
ChangeSet setAttendanceNote(const Document &document, const QUuid &attendee, const QString &note, const QString &label);

/// Names `review` (null for none) as the review `meeting` discusses. Empty
/// when the meeting or review is unknown, or nothing would change.
ChangeSet setReviewDiscussed(const Document &document, const QUuid &meeting, const QUuid &review, const QString &label);

} // namespace alliance::meetingedits
