#include "storage/rowreader.h"

#include "storage/sqlitedb.h"

#include <sqlite3.h>

namespace alliance {

RowReader::RowReader(sqlite3 *db, const char *sql, qint64 first) : m_db(db)
{
    if (!db)
        return;
    m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    if (m_ok && sqlite3_bind_parameter_count(m_stmt) == 1)
        m_ok = sqlite3_bind_int64(m_stmt, 1, first) == SQLITE_OK;
}

RowReader::RowReader(const SqliteDb &db, const QString &sql, qint64 first)
    : RowReader(db.handle(), sql.toUtf8().constData(), first)
{ }

RowReader::~RowReader()
{
    sqlite3_finalize(m_stmt);
}

bool RowReader::next()
{
    m_offset = 0;
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW)
        m_ok = rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

QString RowReader::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN));
}

int RowReader::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

const char *RowReader::raw(int c) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
}

int RowReader::size(int c) const
{
    return sqlite3_column_bytes(m_stmt, c);
}

qint64 RowReader::integer(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}

bool RowReader::isNull(int c) const
{
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}

QByteArray RowReader::bytes(int c) const
{
    c += m_offset;
    const char *text = raw(c); // sqlite3_column_text before _bytes: SQLite's documented order
    return QByteArray(text, size(c));
}

QString RowReader::text(int c) const
{
    c += m_offset;
    const char *text = raw(c);
    return QString::fromUtf8(text, size(c));
}

QVariant RowReader::value(int c) const
{
    c += m_offset;
    switch (sqlite3_column_type(m_stmt, c)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, c));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, c);
    case SQLITE_TEXT: {
        const char *text = raw(c);
        return QString::fromUtf8(text, size(c));
    }
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(m_stmt, c);
        return QByteArray(static_cast<const char *>(blob), size(c));
    }
    default:
        return QVariant();
    }
}

} // namespace alliance
