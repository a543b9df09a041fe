#pragma once
// Open from workspace: a manager who is a member of a partnership in the
// workspace but holds no file of it gets one. The project is made from the
// workspace's journal alone (what their level lets them read), through the
// merge a sync uses: a new project's own "New partnership" change, with a
// fresh clock, would otherwise win over the workspace's title.

#include "workspace/workspacesync.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <memory>
#include <optional>

namespace alliance {
class Document;
struct Author;
struct DocumentOptions;
} // namespace alliance

namespace alliance::workspace {

class Connection;

/// A new document of `partnership` made from its journal on the workspace
/// alone, each change checked as a received file's (sync::planMergeFrom).
/// `name` is the workspace's address, as syncs name it. Refused to a manager
/// who is not a member. The document has no file yet. Null with `error`
/// (translated).
std::unique_ptr<Document> pullDocument(Connection &connection, const QUuid &partnership, const QString &name,
                                       const Author &author, const DocumentOptions &options, QString *error);

/// pullDocument saved to `path`, which must not exist, then checked as any
/// file the app opens, and marked as synced with the workspace `name`: the
/// next sync with nothing new on either side exchanges nothing. False with
/// `error` (translated); nothing is left at `path` then.
bool pullToFile(Connection &connection, const QUuid &partnership, const QString &name, const QString &path,
                const Author &author, const DocumentOptions &options, QString *error);

/// The membership `text` names: its id, or its exact title when only one
/// has it. Nullopt with `error` (translated) for none, and for a title
/// several share, listing their ids.
std::optional<Membership> findMembership(const QList<Membership> &list, const QString &text, QString *error);

/// The membership's title as the server gave it, safe to show (one line,
/// printable characters, bounded).
QString shownTitle(const Membership &membership);

} // namespace alliance::workspace
