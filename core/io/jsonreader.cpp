#include "io/jsonreader.h"

#include "document/fieldvalue.h"
#include "io/interchange.h"
#include "io/jsonvalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace alliance {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

/// The columns a file of `version` gives for `table`.
QList<const schema::Column *> columnsAt(const schema::Table &table, int version)
{
    QList<const schema::Column *> out;
    for (const auto &c : table.columns)
        if (c.sinceVersion <= version)
            out << &c;
    return out;
}

/// A name or value from the file, short enough for a message.
QString shortened(const QString &text)
{
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

/// A criterion is one of the method's or a custom criterion of the file.
bool isCriterionColumn(const QString &table, const QString &column)
{
    return table == QLatin1String("review_score") && column == QLatin1String("criterion_id");
}

class Reader
{
public:
    Reader(const QString &name, QString *error) : m_name(name), m_error(error) { }

    std::optional<InterchangeContent> read(const QByteArray &json)
    {
        if (json.size() > interchange::maxFileBytes) {
            failFile(QCoreApplication::translate(
                         "Interchange",
                         "“%1” is %2 MB, more than the %3 MB a partnership file may hold, so it was not read.")
                         .arg(m_name, megabytes(json.size()), megabytes(interchange::maxFileBytes)));
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error == QJsonParseError::DeepNesting) {
            failFile(QCoreApplication::translate(
                         "Interchange",
                         "“%1” is not a partnership file: its lists and objects are nested too deeply (a "
                         "partnership file nests four levels).")
                         .arg(m_name));
            return std::nullopt;
        }
        if (parseError.error != QJsonParseError::NoError) {
            failFile(QCoreApplication::translate("Interchange", "“%1” is not valid JSON: %2 (at byte %3).")
                         .arg(m_name, parseError.errorString())
                         .arg(parseError.offset));
            return std::nullopt;
        }
        if (!document.isObject()) {
            failFile(QCoreApplication::translate(
                         "Interchange",
                         "“%1” is not a partnership file: it must hold one JSON object with its format, "
                         "version and tables.")
                         .arg(m_name));
            return std::nullopt;
        }
        if (!readHeader(document.object()) || !readIds() || !readValues())
            return std::nullopt;
        return m_content;
    }

private:
    bool failFile(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }
    bool fail(const QString &where, const QString &why)
    {
        return failFile(QCoreApplication::translate("Interchange", "In “%1”, %2: %3").arg(m_name, where, why));
    }
    static QString at(const QString &table, qsizetype index) { return QStringLiteral("%1[%2]").arg(table).arg(index); }

    bool readHeader(const QJsonObject &top)
    {
        if (top.value(QStringLiteral("format")) != QJsonValue(QLatin1String(interchange::formatName)))
            return failFile(
                QCoreApplication::translate(
                    "Interchange", "“%1” is not an Alliance Pilot partnership file: its “format” must be “%2”.")
                    .arg(m_name, QLatin1String(interchange::formatName)));
        const QJsonValue version = top.value(QStringLiteral("version"));
        if (version.toVariant().typeId() != QMetaType::LongLong)
            return fail(QStringLiteral("version"),
                        QCoreApplication::translate("Interchange", "it must be a whole number, not %1.")
                            .arg(jsonKindOf(version)));
        const qint64 v = version.toInteger();
        if (v > interchange::currentVersion)
            return failFile(QCoreApplication::translate(
                                "Interchange",
                                "“%1” was written in version %2 of the partnership file format, by a newer Alliance "
                                "Pilot; this one reads versions up to %3. Update Alliance Pilot to read it.")
                                .arg(m_name)
                                .arg(v)
                                .arg(interchange::currentVersion));
        if (v < interchange::oldestVersion)
            return failFile(QCoreApplication::translate(
                                "Interchange",
                                "“%1” claims version %2 of the partnership file format, which does not exist; "
                                "versions start at %3.")
                                .arg(m_name)
                                .arg(v)
                                .arg(interchange::oldestVersion));
        m_content.version = int(v);
        const QStringList members {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("tables")};
        for (const QString &key : top.keys())
            if (!members.contains(key))
                return fail(
                    shortened(key),
                    QCoreApplication::translate("Interchange",
                                                "a partnership file has no such member; it holds format, version and "
                                                "tables only."));
        const QJsonValue tables = top.value(QStringLiteral("tables"));
        if (!tables.isObject())
            return fail(QStringLiteral("tables"),
                        QCoreApplication::translate("Interchange",
                                                    "it must be an object holding a list of rows per table, not %1.")
                            .arg(jsonKindOf(tables)));
        m_tables = tables.toObject();
        for (const QString &key : m_tables.keys()) {
            const schema::Table *t = schema::table(key);
            if (!t || !interchange::carries(*t) || t->sinceVersion > m_content.version)
                return fail(
                    QStringLiteral("tables.") + shortened(key),
                    QCoreApplication::translate("Interchange", "a partnership file of version %1 has no such table.")
                        .arg(m_content.version));
            if (!m_tables.value(key).isArray())
                return fail(QStringLiteral("tables.") + key,
                            QCoreApplication::translate("Interchange", "it must be a list of rows, not %1.")
                                .arg(jsonKindOf(m_tables.value(key))));
        }
        for (const auto &t : schema::tables())
            if (interchange::carries(t) && t.sinceVersion <= m_content.version)
                m_content.tables.append({t.name, {}});
        return true;
    }

    /// Every row is an object with a well-formed id of its own; the
    /// partnership is there once. Known before values, so that references
    /// can be checked in any order.
    bool readIds()
    {
        // Counted first: a file of countless tiny rows is refused before they are read.
        qint64 values = 0;
        for (const InterchangeTable &table : std::as_const(m_content.tables))
            values += m_tables.value(table.name).toArray().size()
                * columnsAt(*schema::table(table.name), m_content.version).size();
        if (values > interchange::maxValues)
            return failFile(QCoreApplication::translate(
                                "Interchange",
                                "“%1” holds more than %2 values, more than a partnership’s history may hold, so "
                                "it was not read.")
                                .arg(m_name, QLocale().toString(interchange::maxValues)));
        m_content.valueCount = values;
        QHash<QString, QString> seen; // id -> where
        for (InterchangeTable &table : m_content.tables) {
            const QJsonArray rows = m_tables.value(table.name).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QString where = at(table.name, i);
                if (!rows.at(i).isObject())
                    return fail(where,
                                QCoreApplication::translate("Interchange", "a row must be an object, not %1.")
                                    .arg(jsonKindOf(rows.at(i))));
                const QJsonValue id = rows.at(i).toObject().value(QStringLiteral("id"));
                if (id.isUndefined())
                    return fail(where + QStringLiteral(".id"),
                                QCoreApplication::translate("Interchange", "every row needs its id."));
                if (!id.isString())
                    return fail(where + QStringLiteral(".id"),
                                QCoreApplication::translate("Interchange", "it must be an id as a string, not %1.")
                                    .arg(jsonKindOf(id)));
                if (!schema::isValidId(id.toString()))
                    return fail(where + QStringLiteral(".id"),
                                QCoreApplication::translate(
                                    "Interchange",
                                    "“%1” is not a well-formed id (36 lowercase hexadecimal digits and hyphens, such "
                                    "as 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).")
                                    .arg(shortened(id.toString())));
                if (seen.contains(id.toString()))
                    return fail(where + QStringLiteral(".id"),
                                QCoreApplication::translate("Interchange",
                                                            "“%1” is already the id of %2; each row has its own.")
                                    .arg(id.toString(), seen.value(id.toString())));
                seen.insert(id.toString(), where);
                m_ids[table.name].insert(id.toString());
                table.rows.append({QUuid::fromString(id.toString()), {}});
            }
        }
        const qsizetype partnerships = m_ids.value(QStringLiteral("partnership")).size();
        if (partnerships == 0)
            return fail(QStringLiteral("tables.partnership"),
                        QCoreApplication::translate(
                            "Interchange", "a partnership file describes one partnership, and this one has none."));
        if (partnerships > 1)
            return fail(at(QStringLiteral("partnership"), 1),
                        QCoreApplication::translate(
                            "Interchange", "a partnership file describes one partnership only: this is a second one."));
        return true;
    }

    bool readValues()
    {
        for (InterchangeTable &table : m_content.tables) {
            const schema::Table &t = *schema::table(table.name);
            const QList<const schema::Column *> columns = columnsAt(t, m_content.version);
            const QJsonArray rows = m_tables.value(table.name).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QJsonObject row = rows.at(i).toObject();
                const QString where = at(table.name, i) + QLatin1Char('.');
                for (const QString &key : row.keys()) {
                    const schema::Column *c = t.column(key);
                    if (key != QLatin1String("id") && (!c || c->sinceVersion > m_content.version))
                        return fail(where + shortened(key),
                                    QCoreApplication::translate(
                                        "Interchange", "a row of “%1” has no such field; its fields are id, %2.")
                                        .arg(table.name, fieldNames(columns)));
                }
                for (const schema::Column *c : columns) {
                    const QJsonValue json = row.value(c->name);
                    if (json.isUndefined())
                        return fail(where + c->name,
                                    QCoreApplication::translate(
                                        "Interchange", "this field is missing; every row gives all its fields."));
                    QString why;
                    const auto given = jsonToStoredForm(*c, json, &why);
                    if (!given)
                        return fail(where + c->name, why);
                    const auto stored = checkedStoredForm(table.name, c->name, *given, &why);
                    if (!stored)
                        return fail(where + c->name,
                                    c->type == schema::ColumnType::Choice ? notAChoice(*c, given->toString()) : why);
                    if (!refersToRow(table.name, *c, *stored, &why))
                        return fail(where + c->name, why);
                    table.rows[i].values.append({c->name, *stored});
                }
            }
        }
        return true;
    }

    bool refersToRow(const QString &table, const schema::Column &column, const QVariant &stored, QString *why) const
    {
        QString target;
        if (column.type == schema::ColumnType::Reference && !stored.isNull())
            target = column.refTable;
        else if (isCriterionColumn(table, column.name) && !method::findCriterion(stored.toString()))
            target = QStringLiteral("custom_criterion");
        else
            return true;
        if (m_ids.value(target).contains(stored.toString()))
            return true;
        *why = isCriterionColumn(table, column.name)
            ? QCoreApplication::translate(
                  "Interchange",
                  "“%1” is neither a criterion of the method nor the id of a row of custom_criterion in the file.")
                  .arg(shortened(stored.toString()))
            : QCoreApplication::translate("Interchange", "“%1” is not the id of a row of %2 in the file.")
                  .arg(stored.toString(), target);
        return false;
    }

    static QString fieldNames(const QList<const schema::Column *> &columns)
    {
        QStringList names;
        for (const schema::Column *c : columns)
            names << c->name;
        return names.join(QStringLiteral(", "));
    }

    /// Why `value` was refused for a choice, with the ids it may take.
    static QString notAChoice(const schema::Column &column, const QString &value)
    {
        const QString ids = method::idsOf(column.choices()).join(QStringLiteral(", "));
        return (column.optional ? QCoreApplication::translate("Interchange", "“%1” is not one of %2, or \"\".")
                                : QCoreApplication::translate("Interchange", "“%1” is not one of %2."))
            .arg(shortened(value), ids);
    }

    QString m_name;
    QString *m_error;
    QJsonObject m_tables;
    QHash<QString, QSet<QString>> m_ids; ///< per table
    InterchangeContent m_content;
};

} // namespace

std::optional<InterchangeContent> parseInterchange(const QByteArray &json, const QString &name, QString *error)
{
    return Reader(name, error).read(json);
}

std::optional<InterchangeContent> readInterchangeFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto refuse = [&](const QString &message) -> std::optional<InterchangeContent> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!info.exists())
        return refuse(QCoreApplication::translate("Interchange", "There is no file “%1”.").arg(path));
    if (!info.isFile())
        return refuse(QCoreApplication::translate("Interchange", "“%1” is not a file.").arg(path));
    // Before reading a byte: a huge file is refused by its size alone.
    if (info.size() > interchange::maxFileBytes)
        return refuse(
            QCoreApplication::translate(
                "Interchange", "“%1” is %2 MB, more than the %3 MB a partnership file may hold, so it was not read.")
                .arg(name, megabytes(info.size()), megabytes(interchange::maxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            QCoreApplication::translate("Interchange", "“%1” cannot be read: %2").arg(path, file.errorString()));
    // A file that grew since its size was read is cut one byte past the limit, and refused.
    const QByteArray json = file.read(interchange::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(
            QCoreApplication::translate("Interchange", "“%1” cannot be read: %2").arg(path, file.errorString()));
    return parseInterchange(json, name, error);
}

} // namespace alliance
