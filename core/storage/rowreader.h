#pragma once
// Reads the rows of one statement with SQLite's own API, column by column:
// merges and exports read whole journals and tables, and most values are only
// looked at, not kept, so nothing is copied until asked for.

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace alliance {

class SqliteDb;

class RowReader
{
public:
    /// `sql` may take one integer parameter, `first`. A null `db` gives a
    /// reader that is not ok() and has no rows.
    RowReader(sqlite3 *db, const char *sql, qint64 first = 0);
    RowReader(const SqliteDb &db, const QString &sql, qint64 first = 0);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /// Steps to the next row; false at the end or on an error (then !ok()).
    bool next();
    bool ok() const { return m_ok; }
    /// SQLite's message for the last failure of this reader's connection.
    QString errorMessage() const;

    /// Until the next row, the column numbers of bytes(), text() and value()
    /// count from the second column.
    void skipFirst() { m_offset = 1; }
    int columnCount() const;
    /// Raw access (absolute column numbers): valid until the next row.
    const char *raw(int c) const;
    int size(int c) const;
    qint64 integer(int c) const;
    bool isNull(int c) const;

    QByteArray bytes(int c) const;
    QString text(int c) const;
    /// The column as stored: integer, real, text, blob or null.
    QVariant value(int c) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
    int m_offset = 0;
};

} // namespace alliance
