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
std::optional<QVariant> storedValue(const QString &table, const QString &field, const QVariant &value, QString *why);

/// For a value read from a file (a journal's value: SQLite's integer, real,
/// text, blob or NULL): the value when it is exactly the stored form of a
/// valid value for the field, so nothing is coerced. Otherwise nullopt and
/// `why` says what is wrong: 99.6 for a whole number, "yes" for a yes/no,
/// an id in capitals are refused, not rounded or converted.
std::optional<QVariant> checkedStoredForm(const QString &table, const QString &field, const QVariant &value,
                                          QString *why);

} // namespace alliance
