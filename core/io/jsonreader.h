#pragma once
// Reading an interchange file received from anyone. It is untrusted like a
// project file: every value passes the check an edit's value passes, and
// the whole file is checked before anything is built from it.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace alliance {

/// One row of a table, its values in the form the project file stores them.
struct InterchangeRow
{
    QUuid id;
    QList<QPair<QString, QVariant>> values; ///< column name and value, in the schema's column order
};

struct InterchangeTable
{
    QString name;
    QList<InterchangeRow> rows; ///< in the file's order
};

/// What a checked interchange file holds.
struct InterchangeContent
{
    int version = 0; ///< the file's format version
    /// Every table the file may carry at its version, in the schema's order
    /// (referenced tables first); a table the file leaves out has no rows.
    /// The partnership has exactly one row.
    QList<InterchangeTable> tables;
    qint64 valueCount = 0;
};

/// Checks and reads the interchange file at `path`. Its size is checked
/// before it is parsed (interchange::maxFileBytes); then its JSON, its format
/// and version, that it names only known tables and fields and gives every
/// field, each value by the rule an edit's value follows (checkedStoredForm),
/// well-formed ids each used once, references to rows of the file, and
/// exactly one partnership. Returns nullopt on the first problem, with
/// `error` (translated) naming the file and the field, as in
/// "organisation[3].profile". Only reads `path`.
std::optional<InterchangeContent> readInterchangeFile(const QString &path, QString *error);

/// The same checks on JSON text already read (the size check included);
/// `name` stands for it in messages.
std::optional<InterchangeContent> parseInterchange(const QByteArray &json, const QString &name, QString *error);

} // namespace alliance
