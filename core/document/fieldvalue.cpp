#include "document/fieldvalue.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QUuid>
#include <cmath>

namespace alliance {

namespace {

std::optional<QVariant> fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return std::nullopt;
}

QString kindOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return QCoreApplication::translate("Document", "the whole number %1").arg(value.toLongLong());
    case QMetaType::Double:
        return QCoreApplication::translate("Document", "the number %1")
            .arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QMetaType::QByteArray:
        return QCoreApplication::translate("Document", "binary data");
    case QMetaType::QString:
        return QCoreApplication::translate("Document", "a text");
    default:
        return QCoreApplication::translate("Document", "no value");
    }
}

} // namespace

std::optional<QVariant> storedValue(const QString &table, const QString &field, const QVariant &value, QString *why)
{
    const schema::Table *t = schema::table(table);
    if (!t)
        return fail(why, QCoreApplication::translate("Document", "There is no “%1” in a project.").arg(table));
    const QString where = table + QLatin1Char('.') + field;
    if (field == QLatin1String("deleted")) {
        const qint64 v = value.toLongLong();
        if (v != 0 && v != 1)
            return fail(why, QCoreApplication::translate("Document", "“%1” must be 0 or 1.").arg(where));
        return QVariant(v);
    }
    const schema::Column *c = t->column(field);
    if (!c)
        return fail(why, QCoreApplication::translate("Document", "A project has no field “%1”.").arg(where));
    bool ok = true;
    switch (c->type) {
    case schema::ColumnType::Text: {
        const QString s = value.toString();
        if (s.contains(QChar(0)))
            return fail(why, QCoreApplication::translate("Document", "“%1” cannot hold a NUL character.").arg(where));
        if (s.size() > schema::maxTextLength && schema::textLength(s) > schema::maxTextLength)
            return fail(why,
                        QCoreApplication::translate("Document", "“%1” may hold at most %2 characters.")
                            .arg(where)
                            .arg(schema::maxTextLength));
        return QVariant(s);
    }
    case schema::ColumnType::Integer: {
        const qint64 v = value.toLongLong(&ok);
        if (!ok || v < c->min || v > c->max)
            return fail(why,
                        QCoreApplication::translate("Document", "“%1” must be a whole number from %2 to %3.")
                            .arg(where)
                            .arg(qint64(c->min))
                            .arg(qint64(c->max)));
        return QVariant(v);
    }
    case schema::ColumnType::Real: {
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(why, QCoreApplication::translate("Document", "“%1” must be a number.").arg(where));
        return QVariant(v);
    }
    case schema::ColumnType::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case schema::ColumnType::Date: {
        if (value.typeId() == QMetaType::QDate)
            return QVariant(value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString());
        const QString s = value.toString();
        if (!s.isEmpty() && QDate::fromString(s, Qt::ISODate).toString(Qt::ISODate) != s)
            return fail(why,
                        QCoreApplication::translate("Document", "“%1” must be a date (year-month-day).").arg(where));
        return QVariant(s);
    }
    case schema::ColumnType::Reference: {
        if (value.isNull())
            return QVariant();
        const QUuid id = value.typeId() == QMetaType::QUuid ? value.toUuid() : QUuid::fromString(value.toString());
        if (id.isNull())
            return QVariant(); // "no reference"
        return QVariant(schema::idText(id));
    }
    case schema::ColumnType::Image: {
        const QByteArray bytes = value.toByteArray();
        if (!schema::isAcceptedImage(bytes))
            return fail(why,
                        QCoreApplication::translate("Document", "“%1” must be a PNG or JPEG image of at most %2 KiB.")
                            .arg(where)
                            .arg(schema::maxImageBytes / 1024));
        return QVariant(bytes);
    }
    case schema::ColumnType::Choice: {
        const QString s = value.toString();
        if ((s.isEmpty() && c->optional) || method::findChoice(c->choices(), s))
            return QVariant(s);
        return fail(why, QCoreApplication::translate("Document", "“%1” cannot be “%2”.").arg(where, s));
    }
    }
    return std::nullopt;
}

std::optional<QVariant> checkedStoredForm(const QString &table, const QString &field, const QVariant &value,
                                          QString *why)
{
    const auto stored = storedValue(table, field, value, why);
    if (!stored)
        return std::nullopt;
    // A real may be read back as a whole number: SQLite keeps 5.0 as 5 in an ANY column.
    const bool realFromInteger = stored->typeId() == QMetaType::Double && value.typeId() == QMetaType::LongLong
        && stored->toDouble() == double(value.toLongLong());
    const bool same = stored->isNull() == value.isNull()
        && (stored->isNull() || (stored->typeId() == value.typeId() && *stored == value));
    if (same || realFromInteger)
        return stored;
    return fail(why,
                QCoreApplication::translate("Document", "“%1” holds a value of the wrong kind (%2).")
                    .arg(table + QLatin1Char('.') + field, kindOf(value)));
}

} // namespace alliance
