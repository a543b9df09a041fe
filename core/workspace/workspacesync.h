#pragma once
// What a manager does with a workspace: publish a partnership, list those
// they are a member of, and sync a project with its journal there. A sync
// takes in the workspace's changes with the rules of a merge (each field at
// its latest change, tombstones, conflicts listed), then sends the changes
// the workspace lacks. Both halves go by change id, so a sync cut short at
// any moment is finished by the next one, with nothing lost or doubled.

#include "sync/merge.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance {
class Document;
}

namespace alliance::workspace {

class Connection;

struct SyncResult
{
    qint64 received = 0; ///< changes taken in
    qint64 sent = 0;     ///< changes the workspace added
    QList<sync::Conflict> conflicts;
    bool readOnly = false; ///< the manager reads this partnership only: nothing was sent
};

/// Puts the partnership of `document` in the workspace, the caller its
/// owner, with its whole journal. Refuses one already there.
bool publish(const Document &document, Connection &connection, QString *error);

/// Syncs `document` with its partnership in the workspace named `name`
/// (shown in its history as where the changes came from). Conflicts are
/// settled by clock, as a merge applied without flips. A reader only takes
/// in. Refused to a manager who is not a member. Nullopt with `error`
/// (translated) on refusal; the document then holds what it held, or what
/// came in before the connection broke.
std::optional<SyncResult> syncDocument(Document &document, Connection &connection, const QString &name, QString *error);

struct Membership
{
    QUuid partnership;
    QString title;
    QString level; ///< "reader", "editor" or "owner"
    qint64 changes = 0;
};
/// The partnerships the connected manager is a member of, by title.
std::optional<QList<Membership>> memberships(Connection &connection, QString *error);

/// A server's refusal in words: its own error codes (AP001...) translated,
/// anything else as its message made safe.
QString serverRefusal(const QString &code, const QString &message);

} // namespace alliance::workspace
