#include "storage/sqlitedb.h"
#include "storage/checkfunctions.h"

#include <QDate>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QUrl>
#include <sqlite3.h>

namespace alliance {

SqliteDb::~SqliteDb()
{
    close();
}

QString sqliteUri(const QString &path, const QString &query)
{
    // QUrl percent-encodes everything SQLite's URI parser would misread.
    QString uri = QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded());
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query;
    return uri;
}

bool SqliteDb::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    QString uri;
    switch (mode) {
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY;
        uri = sqliteUri(path, QStringLiteral("mode=ro&immutable=1"));
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        uri = sqliteUri(path, QStringLiteral("mode=ro"));
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        uri = sqliteUri(path);
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        uri = path == QLatin1String(":memory:") ? path : sqliteUri(path);
        break;
    }
    m_lastError = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
    if (m_lastError != SQLITE_OK) {
        if (m_db)
            m_lastError = sqlite3_extended_errcode(m_db);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Every connection can run the checks' rules (opening, merging, what a
    // merge wrote): their SQL calls our own functions, never the file's.
    if (!registerCheckFunctions(m_db)) {
        m_lastError = sqlite3_extended_errcode(m_db);
        close();
        return false;
    }
    return true;
}

void SqliteDb::finalizeAll()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
}

void SqliteDb::close()
{
    finalizeAll();
    if (m_db && m_owned) {
        sqlite3_close_v2(m_db);
    }
    m_db = nullptr;
    m_owned = true;
}

void SqliteDb::harden()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    // Our files hold short texts; anything near these limits is hostile.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 1);
    // Our own patterns only (a clock's spelling is the longest, 290 bytes); no user text is a pattern.
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 512);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, 0);
    exec(QStringLiteral("PRAGMA mmap_size=0; PRAGMA cell_size_check=ON;"));
}

bool SqliteDb::exec(const QString &sql)
{
    char *err = nullptr;
    m_lastError = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (m_lastError != SQLITE_OK)
        m_lastError = sqlite3_extended_errcode(m_db);
    return m_lastError == SQLITE_OK;
}

sqlite3_stmt *SqliteDb::prepare(const QString &sql, const QVariantList &args)
{
    sqlite3_stmt *stmt = m_statements.value(sql);
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        m_lastError
            = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (m_lastError != SQLITE_OK) {
            m_lastError = sqlite3_extended_errcode(m_db);
            sqlite3_finalize(stmt);
            return nullptr;
        }
        m_statements.insert(sql, stmt);
    }
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &a = args.at(i);
        const int index = i + 1;
        switch (a.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
        case QMetaType::UInt:
            sqlite3_bind_int64(stmt, index, a.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(stmt, index, a.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = a.toByteArray();
            sqlite3_bind_blob(stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            if (a.isNull()) {
                sqlite3_bind_null(stmt, index);
            } else {
                const QByteArray t = a.toString().toUtf8();
                sqlite3_bind_text(stmt, index, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            }
        }
    }
    return stmt;
}

QList<QVariantList> SqliteDb::rows(const QString &sql, const QVariantList &args, bool *ok)
{
    static const bool trace = qEnvironmentVariableIsSet("ALLIANCE_TRACE_SQL");
    QElapsedTimer timer;
    timer.start();
    auto traced = qScopeGuard([&] {
        if (trace)
            qDebug("%6lld ms  %s", timer.elapsed(), qPrintable(sql.left(trace ? 100000 : 0)));
    });
    QList<QVariantList> out;
    sqlite3_stmt *stmt = prepare(sql, args);
    if (!stmt) {
        if (ok)
            *ok = false;
        return out;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const int n = sqlite3_column_count(stmt);
        QVariantList row;
        row.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row << QVariant(qint64(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_FLOAT:
                row << QVariant(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_TEXT:
                row << QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                                  sqlite3_column_bytes(stmt, c)));
                break;
            case SQLITE_BLOB:
                row << QVariant(
                    QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)), sqlite3_column_bytes(stmt, c)));
                break;
            default:
                row << QVariant();
            }
        }
        out << row;
    }
    m_lastError = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (ok)
        *ok = m_lastError == SQLITE_OK;
    return out;
}

QVariantList SqliteDb::column(const QString &sql, const QVariantList &args, bool *ok)
{
    QVariantList out;
    for (const auto &row : rows(sql, args, ok))
        out << row.value(0);
    return out;
}

QVariant SqliteDb::value(const QString &sql, const QVariantList &args, bool *ok)
{
    const auto all = rows(sql, args, ok);
    return all.isEmpty() ? QVariant() : all.first().value(0);
}

bool SqliteDb::backupTo(SqliteDb &other)
{
    sqlite3_backup *b = sqlite3_backup_init(other.m_db, "main", m_db, "main");
    if (!b) {
        m_lastError = sqlite3_extended_errcode(other.m_db);
        return false;
    }
    sqlite3_backup_step(b, -1);
    m_lastError = sqlite3_backup_finish(b);
    return m_lastError == SQLITE_OK;
}

QString SqliteDb::errorMessage() const
{
    if (m_db)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    return QString::fromUtf8(sqlite3_errstr(m_lastError));
}

int SqliteDb::errorCode() const
{
    return m_lastError;
}

} // namespace alliance
