#include "edits/logoedits.h"

#include "document/document.h"
#include "edits/revive.h"
#include "model/ids.h"
#include "storage/schema.h"

namespace alliance::logoedits {

ChangeSet set(const Document &document, const QUuid &organisation, const QByteArray &image, const QString &label)
{
    ChangeSet changes(label);
    if (!document.project().organisation(organisation))
        return changes;
    const QString table = QStringLiteral("organisation_logo");
    const QUuid id = ids::organisationLogo(organisation);
    edits::reviveOrCreate(changes, document, table, id,
                          {{QStringLiteral("organisation_id"), schema::idText(organisation)}});
    changes.set(table, id, QStringLiteral("image"), image);
    return changes;
}

} // namespace alliance::logoedits
