#include "io/jsonvalues.h"

#include "io/jsonwriter.h"

#include <QCoreApplication>
#include <cmath>

namespace alliance {

namespace {

std::optional<QVariant> wrongKind(const schema::Column &column, const QJsonValue &json, QString *why)
{
    if (why)
        *why = QCoreApplication::translate("Interchange", "it must be %1, not %2.")
                   .arg(expectedJsonSpelling(column), jsonKindOf(json));
    return std::nullopt;
}

/// Largest base64 text of an accepted image: 4 characters per 3 bytes.
constexpr qsizetype maxImageBase64 = (schema::maxImageBytes + 2) / 3 * 4;

/// Doubles hold every whole number up to 2^53 exactly.
constexpr double exactWholeLimit = 9007199254740992.0;

} // namespace

void writeJsonValue(JsonWriter &writer, const schema::Column &column, const QVariant &stored)
{
    switch (column.type) {
    case schema::ColumnType::Integer:
        writer.value(stored.toLongLong());
        break;
    case schema::ColumnType::Real:
        writer.value(stored.toDouble());
        break;
    case schema::ColumnType::Bool:
        writer.value(stored.toLongLong() != 0);
        break;
    case schema::ColumnType::Reference:
        if (stored.isNull())
            writer.nullValue();
        else
            writer.value(stored.toString());
        break;
    case schema::ColumnType::Image:
        writer.value(QString::fromLatin1(stored.toByteArray().toBase64()));
        break;
    case schema::ColumnType::Text:
    case schema::ColumnType::Date:
    case schema::ColumnType::Choice:
        writer.value(stored.toString());
        break;
    }
}

std::optional<QVariant> jsonToStoredForm(const schema::Column &column, const QJsonValue &json, QString *why)
{
    switch (column.type) {
    case schema::ColumnType::Text:
    case schema::ColumnType::Date:
    case schema::ColumnType::Choice:
        if (!json.isString())
            return wrongKind(column, json, why);
        return QVariant(json.toString());
    case schema::ColumnType::Integer: {
        if (!json.isDouble())
            return wrongKind(column, json, why);
        const QVariant number = json.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return number;
        // A fraction stays a fraction, for the value check to refuse it rather than round it.
        const double d = json.toDouble();
        if (std::trunc(d) == d && std::abs(d) < exactWholeLimit)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    case schema::ColumnType::Real:
        if (!json.isDouble())
            return wrongKind(column, json, why);
        return QVariant(json.toDouble());
    case schema::ColumnType::Bool:
        if (!json.isBool())
            return wrongKind(column, json, why);
        return QVariant(qint64(json.toBool() ? 1 : 0));
    case schema::ColumnType::Reference:
        if (json.isNull())
            return QVariant();
        if (!json.isString())
            return wrongKind(column, json, why);
        if (!schema::isValidId(json.toString())) {
            if (why)
                *why = QCoreApplication::translate(
                           "Interchange",
                           "“%1” is not a well-formed id (36 lowercase hexadecimal digits and hyphens, "
                           "such as 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).")
                           .arg(json.toString().size() > 60 ? json.toString().left(60) + QStringLiteral("…")
                                                            : json.toString());
            return std::nullopt;
        }
        return QVariant(json.toString());
    case schema::ColumnType::Image: {
        if (!json.isString())
            return wrongKind(column, json, why);
        const QString text = json.toString();
        if (text.size() > maxImageBase64) {
            if (why)
                *why = QCoreApplication::translate("Interchange",
                                                   "the image is larger than the %1 KiB an image may hold.")
                           .arg(schema::maxImageBytes / 1024);
            return std::nullopt;
        }
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            if (why)
                *why = QCoreApplication::translate("Interchange", "the image is not valid base64.");
            return std::nullopt;
        }
        return QVariant(*decoded);
    }
    }
    return wrongKind(column, json, why);
}

QString expectedJsonSpelling(const schema::Column &column)
{
    switch (column.type) {
    case schema::ColumnType::Text:
        return QCoreApplication::translate("Interchange", "a string");
    case schema::ColumnType::Date:
        return QCoreApplication::translate("Interchange", "a date as a string, \"yyyy-MM-dd\", or \"\"");
    case schema::ColumnType::Choice:
        return QCoreApplication::translate("Interchange", "one of its choices as a string");
    case schema::ColumnType::Integer:
        return QCoreApplication::translate("Interchange", "a whole number");
    case schema::ColumnType::Real:
        return QCoreApplication::translate("Interchange", "a number");
    case schema::ColumnType::Bool:
        return QCoreApplication::translate("Interchange", "true or false");
    case schema::ColumnType::Reference:
        return QCoreApplication::translate("Interchange", "an id as a string, or null");
    case schema::ColumnType::Image:
        return QCoreApplication::translate("Interchange", "a PNG or JPEG image in base64, or \"\"");
    }
    return QString();
}

QString jsonKindOf(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("Interchange", "null");
    case QJsonValue::Bool:
        return json.toBool() ? QCoreApplication::translate("Interchange", "true")
                             : QCoreApplication::translate("Interchange", "false");
    case QJsonValue::Double:
        return QCoreApplication::translate("Interchange", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Interchange", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("Interchange", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Interchange", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Interchange", "nothing");
}

} // namespace alliance
