#pragma once
// Which rows an export leaves out: deleted ones and what hangs on them, and,
// unless private items are asked for, private ones and what hangs on them.
// One rule for every export (JSON, workbook, CSV, calendar).

#include <QSet>
#include <QString>
#include <QVariant>

namespace alliance {
class SqliteDb;
}

namespace alliance::exports {

/// The ids (stored form) of the rows of `db` an export leaves out.
QSet<QString> leftOutIds(SqliteDb &db, bool includePrivate);

/// A score hangs on its criterion when that is a custom one: a text column,
/// which the reference rules of sync::withWhatHangsOn do not follow. True
/// when `value` of `table`.`column` names such a criterion left out.
bool hangsOnCriterionLeftOut(const QString &table, const QString &column, const QVariant &value,
                             const QSet<QString> &out);

} // namespace alliance::exports
