#pragma once
// A thin owner of a raw sqlite3 handle, for the places where QtSql cannot
// reach: hardening before the first query, backups, checks of received files.

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace alliance {

class SqliteDb
{
public:
    enum class Mode {
        ReadOnlyImmutable,
        ReadOnly, ///< a file others may write meanwhile: read with locks, never written
        ReadWrite,
        Create
    };
    SqliteDb() = default;
    /// Uses a handle owned by someone else; never closes it.
    explicit SqliteDb(sqlite3 *borrowed) : m_db(borrowed), m_owned(false) { }
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    /// Opens `path`. ReadOnlyImmutable never writes, locks, or creates
    /// anything beside the file (no journal rollback). Returns false with
    /// errorMessage() set on failure.
    bool open(const QString &path, Mode mode);
    void close();
    /// Defensive mode, no untrusted schema functions, extensions, triggers
    /// or views, tight limits, no mmap, cell size checks.
    void harden();

    /// Runs statements that return nothing. False on error.
    bool exec(const QString &sql);
    /// First column of every row of `sql` (bound with `args`). Sets ok=false on error.
    QVariantList column(const QString &sql, const QVariantList &args = {}, bool *ok = nullptr);
    /// Every row of `sql`, each as a list of columns.
    QList<QVariantList> rows(const QString &sql, const QVariantList &args = {}, bool *ok = nullptr);
    /// First column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &args = {}, bool *ok = nullptr);

    /// Copies the whole database into `other` (SQLite's backup API).
    bool backupTo(SqliteDb &other);

    QString errorMessage() const;
    int errorCode() const; ///< the extended result code of the last failure
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &args);
    void finalizeAll();
    QHash<QString, sqlite3_stmt *> m_statements; // prepared once, reused: edits run the same few
    sqlite3 *m_db = nullptr;
    bool m_owned = true;
    int m_lastError = 0;
};

/// An SQLite URI for a local path, safe with spaces, '?', '#', '%' and accents.
QString sqliteUri(const QString &path, const QString &query = {});

} // namespace alliance
