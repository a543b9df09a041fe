#pragma once
// Writing a partnership as an interchange file (docs/interchange-format.md).

#include <QByteArray>
#include <QString>
#include <optional>

namespace alliance {

class Document;

struct JsonExport
{
    QByteArray json;
    qint64 rows = 0; ///< items written, all tables together
};

/// The interchange file of `doc`'s partnership: the tables that travel
/// between copies (interchange::carries) in the schema's order, each row's
/// members in column order, rows sorted by id, so that the same content
/// always gives the same bytes. Deleted rows are left out, and so is what
/// hangs on them; without `includePrivate`, private items and what hangs on
/// them (sync::privateItemIds) too. A reference that only assigns work to a
/// row left out (sync::clearedOnly: an action's owner) is written null.
/// Returns nullopt with `error` (translated) when the file would hold more
/// than a file may (interchange::maxValues, maxFileBytes): it could not be
/// read back. Reads only.
std::optional<JsonExport> partnershipJson(const Document &doc, bool includePrivate, QString *error);

/// Writes partnershipJson(doc, includePrivate) to `path` at once or not at
/// all (QSaveFile: a failure leaves `path` as it was). Returns the export,
/// or nullopt with `error`.
std::optional<JsonExport> writePartnershipJson(const Document &doc, const QString &path, bool includePrivate,
                                               QString *error);

} // namespace alliance
