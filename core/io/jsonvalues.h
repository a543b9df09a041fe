#pragma once
// How each column type of the schema is spelt in an interchange file, both
// ways: texts, dates and choices as strings, integers and reals as numbers,
// booleans as true/false, references as an id string or null, images as
// base64 strings.

#include "storage/schema.h"

#include <QJsonValue>
#include <QVariant>
#include <optional>

namespace alliance {

class JsonWriter;

/// Writes `stored` (a value as the project file stores it for `column`).
void writeJsonValue(JsonWriter &writer, const schema::Column &column, const QVariant &stored);

/// The value `json` gives for `column`, in the form the journal stores
/// (to be checked by checkedStoredForm, which refuses 99.6 for a whole
/// number), or nullopt with `why` (translated, without the field's name)
/// when its JSON type does not fit the column: a number for a text, 1 for a
/// boolean, an id that is not well-formed, base64 that does not decode.
std::optional<QVariant> jsonToStoredForm(const schema::Column &column, const QJsonValue &json, QString *why);

/// How the file must spell a value of `column`, for messages ("true or false").
QString expectedJsonSpelling(const schema::Column &column);

/// What a JSON value is, for messages ("a number", "a list").
QString jsonKindOf(const QJsonValue &json);

} // namespace alliance
