#pragma once
// Copies of a project written for one partner organisation: what they may see
// (private items and their history left out), marked with who they are for.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace alliance {
class Document;
}

namespace alliance::sync {

/// Writes to outPath, atomically, a copy of doc's current content for the
/// partner organisation partnerId. Private items (organisations, contacts and
/// notes marked private), what hangs on them (a private organisation's
/// contacts, weights, answers, contributions, scores, map position, links,
/// share records) and their journal entries are left out; references to them
/// (an action's owner) are cleared, and no journal entry of the copy names
/// them. The copy records which partner it is for (copyMadeFor).
/// Before writing, records in doc, as a journalled change (one undo step),
/// that it was shared with that partner, when and by whom; the copy carries
/// that record too. Returns false with `error` when the organisation is
/// unknown, deleted or private, or the copy cannot be written; the record is
/// then undone and outPath is left as it was. doc stays owned by the caller.
bool sharePartnerCopy(Document &doc, const QUuid &partnerId, const QString &outPath, QString *error);

/// The organisation a partner copy was made for; null for the manager's own file.
QUuid copyMadeFor(const Document &doc);

/// One share of the project with a partner.
struct ShareRecord
{
    QUuid organisationId;
    QDateTime sharedAt; ///< UTC
    QString sharedBy;   ///< the name of who shared it
};

/// Every share recorded in doc (including those that came back with merged
/// copies), oldest first.
QList<ShareRecord> shareRecords(const Document &doc);

} // namespace alliance::sync
