#include "io/jsonexport.h"

#include "document/document.h"
#include "exports/leftout.h"
#include "io/interchange.h"
#include "io/jsonvalues.h"
#include "io/jsonwriter.h"
#include "storage/rowreader.h"
#include "storage/samefile.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

namespace alliance {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

class Exporter
{
public:
    Exporter(SqliteDb &db, bool includePrivate) : m_db(db), m_out(exports::leftOutIds(db, includePrivate)) { }

    bool run(JsonExport &result, QString *error)
    {
        m_writer.beginObject();
        m_writer.key(QStringLiteral("format"));
        m_writer.value(QString::fromLatin1(interchange::formatName));
        m_writer.key(QStringLiteral("version"));
        m_writer.value(qint64(interchange::currentVersion));
        m_writer.key(QStringLiteral("tables"));
        m_writer.beginObject();
        for (const auto &t : schema::tables())
            if (interchange::carries(t) && !writeTable(t, error))
                return false;
        m_writer.endObject();
        m_writer.endObject();
        if (m_values > interchange::maxValues)
            return fail(
                error,
                QCoreApplication::translate(
                    "Interchange", "This partnership holds %1 values, more than the %2 a partnership file may hold.")
                    .arg(QLocale().toString(m_values), QLocale().toString(interchange::maxValues)));
        if (m_writer.text().size() > interchange::maxFileBytes)
            return fail(
                error,
                QCoreApplication::translate(
                    "Interchange", "The partnership file would take %1 MB, more than the %2 MB such a file may hold.")
                    .arg(QLocale().toString(double(m_writer.text().size()) / 1e6, 'f', 1),
                         QLocale().toString(double(interchange::maxFileBytes) / 1e6, 'f', 1)));
        result.json = m_writer.text();
        result.rows = m_rows;
        return true;
    }

private:
    bool writeTable(const schema::Table &t, QString *error)
    {
        QStringList names {QStringLiteral("id")};
        for (const auto &c : t.columns)
            names << c.name;
        // Ids are lowercase ASCII: SQLite's byte order is their text order.
        RowReader r(m_db,
                    QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                        .arg(names.join(QLatin1Char(',')), t.name));
        m_writer.key(t.name);
        m_writer.beginArray();
        QVariantList row;
        while (r.next()) {
            row.clear();
            for (int c = 0; c < names.size(); ++c)
                row.append(r.value(c));
            writeRow(t, row);
        }
        m_writer.endArray();
        if (!r.ok())
            return fail(error,
                        QCoreApplication::translate("Interchange", "The partnership could not be read: %1")
                            .arg(r.errorMessage()));
        return true;
    }

    void writeRow(const schema::Table &t, QVariantList row)
    {
        if (m_out.contains(row.first().toString()))
            return;
        for (int i = 0; i < t.columns.size(); ++i) {
            const schema::Column &c = t.columns.at(i);
            QVariant &value = row[i + 1];
            if (exports::hangsOnCriterionLeftOut(t.name, c.name, value, m_out))
                return;
            if (c.type == schema::ColumnType::Reference && m_out.contains(value.toString()))
                value = QVariant(); // only assigns work (clearedOnly): the rest hangs on it and is out already
        }
        m_writer.beginObject();
        m_writer.key(QStringLiteral("id"));
        m_writer.value(row.first().toString());
        for (int i = 0; i < t.columns.size(); ++i) {
            m_writer.key(t.columns.at(i).name);
            writeJsonValue(m_writer, t.columns.at(i), row.at(i + 1));
        }
        m_writer.endObject();
        ++m_rows;
        m_values += t.columns.size();
    }

    SqliteDb &m_db;
    const QSet<QString> m_out;
    JsonWriter m_writer;
    qint64 m_rows = 0;
    qint64 m_values = 0;
};

} // namespace

std::optional<JsonExport> partnershipJson(const Document &doc, bool includePrivate, QString *error)
{
    const std::unique_ptr<SqliteDb> db = doc.openReader(error);
    if (!db)
        return std::nullopt;
    JsonExport result;
    if (!Exporter(*db, includePrivate).run(result, error))
        return std::nullopt;
    return result;
}

std::optional<JsonExport> writePartnershipJson(const Document &doc, const QString &path, bool includePrivate,
                                               QString *error)
{
    if (const QString refusal = refusalToReplaceProject(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    auto result = partnershipJson(doc, includePrivate, error);
    if (!result)
        return std::nullopt;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result->json) != result->json.size() || !file.commit()) {
        fail(error,
             QCoreApplication::translate("Interchange", "“%1” could not be written: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return result;
}

} // namespace alliance
