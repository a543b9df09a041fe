#include "edits/removal.h"
#include "edits/revive.h"

#include "document/document.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>

namespace alliance {

namespace {

/// Removes `id` of `table` and what hangs on it at any depth (for an
/// organisation: a contact, then that contact's place among a meeting's
/// attendees). Tables list what they refer to first, so one pass in order
/// reaches every depth. A reference that only assigns work is cleared.
ChangeSet removalWithDependents(const Document &document, const QString &table, const QUuid &id,
                                const QString &description)
{
    ChangeSet changes(description);
    QHash<QString, QSet<QUuid>> removed;
    removed[table].insert(id);
    for (const auto &t : schema::tables()) {
        for (const auto &column : t.columns) {
            if (column.type != schema::ColumnType::Reference || !removed.contains(column.refTable))
                continue;
            for (const QUuid &gone : removed.value(column.refTable)) {
                for (const auto &row : document.rows(t.name, {}, column.name, schema::idText(gone))) {
                    const QUuid item = QUuid::fromString(row.value(0).toString());
                    // A reference that assigns work is cleared; what belongs to the item goes.
                    if (column.clearedWhenGone) {
                        changes.set(t.name, item, column.name, QVariant());
                    } else {
                        changes.remove(t.name, item);
                        removed[t.name].insert(item);
                    }
                }
            }
        }
    }
    changes.remove(table, id);
    return changes;
}

} // namespace

ChangeSet organisationRemoval(const Document &document, const QUuid &id, const QString &description)
{
    return removalWithDependents(document, QStringLiteral("organisation"), id, description);
}

ChangeSet meetingRemoval(const Document &document, const QUuid &id, const QString &description)
{
    const QString table = QStringLiteral("meeting");
    if (!edits::isLive(document, table, id))
        return {};
    return removalWithDependents(document, table, id, description);
}

} // namespace alliance
