#pragma once
// Readable names of items and the method step they belong to, for merge
// summaries and conflict lists.

#include <QString>
#include <QUuid>

namespace alliance {
struct Project;
}

namespace alliance::sync {

/// "Contribution of X", "Weight of X for “Y”", "Organisation “X”"... from the
/// live items of `project`; a generic "Item of table" when it is not there.
/// Translated (context "Merge").
QString itemLabel(const Project &project, const QString &table, const QUuid &id);

/// The id of the method step where `table`.`field` of item `id` is edited
/// (for step states, checklist items and notes: their own step); empty when
/// no step fits.
QString stepOf(const Project &project, const QString &table, const QUuid &id, const QString &field);

/// The name of organisation `id` of `project` (live or not known: empty).
QString organisationName(const Project &project, const QUuid &id);

} // namespace alliance::sync
