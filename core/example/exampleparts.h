#pragma once
// Internal to core/example: what the parts of the French example share.

#include "journal/change.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

namespace alliance {
class Document;
}

namespace alliance::example::detail {

/// Ids the parts of the example refer to across change sets.
struct ExampleIds
{
    QUuid partnership;
    QUuid association; ///< lead partner
    QUuid company;
    QUuid foundation; ///< funder
    QUuid authority;  ///< local authority
    QUuid catalyst;
    /// The four organisations that weight objectives and score reviews.
    QList<QUuid> partners() const { return {association, company, foundation, authority}; }
};

/// UTF-8 source text as a QString: the example's content is French.
inline QString fr(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// Applies `changes`; on refusal sets `error` to the change set's description
/// and the document's reason, and returns false.
bool applyOrExplain(Document &doc, const ChangeSet &changes, QString *error);

/// Steps 1 to 5: diagnosis, objectives, model, ecosystem, agreement.
bool fillPreparation(Document &doc, const ExampleIds &ids, QString *error);
/// Step 6: actions, indicators and a year of measurements.
bool fillPilot(Document &doc, const ExampleIds &ids, QString *error);
/// Step 7 and notes: reviews and scores, lessons, private and public notes.
bool fillEvaluation(Document &doc, const ExampleIds &ids, QString *error);
/// Committee meetings: attendees, agendas, minutes, decisions and their actions.
bool fillMeetings(Document &doc, const ExampleIds &ids, QString *error);
/// Sets who makes the next changes and, when the example tells its story, when.
using StoryStep = std::function<void(const char *name, const QUuid &organisation, const QDateTime &when)>;
/// What four partners changed in the weeks after the annual committee.
bool fillAfterCommittee(Document &doc, const ExampleIds &ids, const StoryStep &by, QString *error);

} // namespace alliance::example::detail
