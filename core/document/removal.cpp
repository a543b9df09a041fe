#include "document/removal.h"

#include "document/document.h"
#include "storage/schema.h"

namespace alliance {

ChangeSet organisationRemoval(const Document &document, const QUuid &id, const QString &description)
{
    const QString organisation = QStringLiteral("organisation");
    // References that assign work rather than ownership: cleared, not deleted.
    const QStringList clearedOnly{QStringLiteral("action.owner_id")};
    ChangeSet changes(description);
    for (const auto &table : schema::tables()) {
        for (const auto &column : table.columns) {
            if (column.type != schema::ColumnType::Reference || column.refTable != organisation)
                continue;
            const bool clear = clearedOnly.contains(table.name + QLatin1Char('.') + column.name);
            for (const auto &row : document.rows(table.name, {}, column.name, schema::idText(id))) {
                const QUuid item = QUuid::fromString(row.value(0).toString());
                if (clear)
                    changes.set(table.name, item, column.name, QVariant());
                else
                    changes.remove(table.name, item);
            }
        }
    }
    changes.remove(organisation, id);
    return changes;
}

} // namespace alliance
