#pragma once
// What a partner's copy may not bring: changes to the manager's private
// items or to who is private, the partner's own private items, and the
// deletion of the partnership or of its lead. Such changes are left out of a
// merge and listed with their reason; the rest of the copy comes in.

#include "journal/change.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace alliance {
class SqliteDb;
struct Project;
} // namespace alliance

namespace alliance::sync {

/// The verdicts on the incoming changes of one merge.
class Screening
{
public:
    /// Screens `incoming` (their changes mine lacks) against mine's content
    /// (`project`, and `mineDb` for deleted and private rows).
    Screening(const Project &project, SqliteDb &mineDb, const QList<JournalEntry> &incoming);
    /// Why `change` is left out (translated); empty when it may come in.
    QString reasonFor(const JournalEntry &change) const;

private:
    QString m_partnershipId;
    QString m_leadId;
    QSet<QString> m_private;                ///< mine's private items, what hangs on them, and theirs
    QHash<QString, bool> m_minePrivateFlag; ///< every item of mine with a private flag, and that flag
    QHash<QString, QString> m_refusedItems; ///< item id -> why all its changes are left out
};

} // namespace alliance::sync
