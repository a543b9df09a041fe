#include "document/removal.h"

#include "document/document.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>

namespace alliance {

ChangeSet organisationRemoval(const Document &document, const QUuid &id, const QString &description)
{
    ChangeSet changes(description);
    // What goes, by table: the organisation, then what hangs on it at any
    // depth (a contact, then that contact's place among a meeting's
    // attendees). Tables list what they refer to first, so one pass in order
    // reaches every depth.
    QHash<QString, QSet<QUuid>> removed;
    removed[QStringLiteral("organisation")].insert(id);
    for (const auto &table : schema::tables()) {
        for (const auto &column : table.columns) {
            if (column.type != schema::ColumnType::Reference || !removed.contains(column.refTable))
                continue;
            for (const QUuid &gone : removed.value(column.refTable)) {
                for (const auto &row : document.rows(table.name, {}, column.name, schema::idText(gone))) {
                    const QUuid item = QUuid::fromString(row.value(0).toString());
                    // A reference that assigns work is cleared; what belongs to the item goes.
                    if (column.clearedWhenGone) {
                        changes.set(table.name, item, column.name, QVariant());
                    } else {
                        changes.remove(table.name, item);
                        removed[table.name].insert(item);
                    }
                }
            }
        }
    }
    changes.remove(QStringLiteral("organisation"), id);
    return changes;
}

} // namespace alliance
