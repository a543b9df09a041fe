#pragma once
// Turning a value given for a field into the value stored in the file, or
// saying why it cannot be stored.

#include <QString>
#include <QVariant>
#include <optional>

namespace alliance {

/// The stored form of `value` for `table`.`field` ("deleted" included):
/// text as QString, integers and booleans as qint64, reals as double, dates
/// as ISO text, references as id text or a null QVariant. Returns nullopt and
/// sets `why` (translated) when the table, the field or the value is invalid.
/// Whether a referenced item exists is checked by the document.
std::optional<QVariant> storedValue(const QString &table, const QString &field, const QVariant &value,
                                    QString *why);

} // namespace alliance
