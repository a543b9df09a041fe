#pragma once
// The project file's schema, as one registry of tables and columns. The DDL,
// the value checks on open, the loader and Document::apply's validation all
// derive from it, so a column is declared once, here.

#include "method/method.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace alliance::schema {

/// PRAGMA application_id of every project file: "ALLP".
constexpr quint32 applicationId = 0x414C4C50;
/// The schema version this build writes (PRAGMA user_version).
constexpr int currentVersion = 6;
/// The oldest schema version this build can open (and migrate).
constexpr int oldestVersion = 1;
/// Longest text a field may hold, in characters (and 4 bytes a character in UTF-8).
constexpr int maxTextLength = 100000;
/// The earliest and latest dates a date field may hold (ISO text).
inline const char *minDate = "0001-01-01";
inline const char *maxDate = "9999-12-31";
/// Most changes a project's journal may hold: about twice the largest
/// partnership we test (60 organisations over years, 200,000 changes). A file
/// holding more is refused before it is read further.
constexpr qint64 maxJournalRows = 400000;

enum class ColumnType {
    Text,    ///< free text, up to maxTextLength
    Integer, ///< with min/max
    Real,
    Bool,      ///< 0 or 1
    Date,      ///< ISO yyyy-MM-dd or empty
    Reference, ///< the id of a row of refTable, or NULL
    Choice,    ///< one of choices() ids (or empty when optional)
    Image,     ///< a PNG or JPEG file's bytes, up to maxImageBytes, or empty
};

/// Largest image (an organisation's logo) a file may hold, in bytes. Below
/// the journal's limit for one value (4 x maxTextLength bytes), since every
/// value set is also journalled.
constexpr int maxImageBytes = 256 * 1024;
/// The length of `text` as files count it: in characters (code points), so
/// that a field holds as much in the app as SQLite's length() allows on open.
qsizetype textLength(const QString &text);

/// True when `bytes` is empty or starts like a PNG or JPEG file.
bool isAcceptedImage(const QByteArray &bytes);

/// How a column's value reads for people (journal/itemlabel.h writes it).
enum class Display {
    Text,
    Number,
    YesNo,
    Date,
    Time,      ///< ms since the epoch
    Money,     ///< euros
    Rating,    ///< a score out of the column's max
    MethodId,  ///< a choice: its method label
    Reference, ///< the referenced item's name
    Criterion, ///< a method criterion's id or a custom criterion's id
    Image,
};

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
    int sinceVersion = 1;
    QString refTable;                                    ///< Reference only
    const QList<method::Choice> &(*choices)() = nullptr; ///< Choice only
    double min = 0, max = 0;                             ///< Integer only
    bool optional = true;                                ///< Choice may be empty
    /// Reference only: the row only assigns work to what it names (an action's
    /// owner), so when that item goes the reference is cleared, the row kept.
    bool clearedWhenGone = false;
    // For people: a label marked QT_TRANSLATE_NOOP("History", ...), how the
    // value reads, and the method step where it is edited when not its table's.
    const char *label = nullptr;
    Display display = Display::Text;
    QString step {};

    QString sqlType() const;
};

struct Table
{
    QString name;
    QList<Column> columns; ///< besides "id" and "deleted", which every table has
    int sinceVersion = 1;
    /// False for a table of facts about this one file (which partner a copy
    /// is for): edited and journalled like any table, but merges and partner
    /// copies leave its journal entries out, so it never travels to another file.
    bool merged = true;
    // For people: what one item is (QT_TRANSLATE_NOOP("History", ...)), the
    // columns that name it (joined; "a|b": the first not empty) and the method
    // step it belongs to (empty: the partnership as a whole). An item with a
    // step_id column belongs to that step.
    const char *noun = nullptr;
    QStringList naming {};
    QString step {};
    bool hasPrivateFlag() const; ///< has a "private" column
    const Column *column(const QString &name) const;
};

/// SQL true when `expr` is not a well-formed id (lowercase, hyphens in place).
QString badIdSql(const QString &expr);

/// Tables of the current version, in dependency order (referenced first).
const QList<Table> &tables();
/// The latest time a share may record (ms since the epoch: 9999-12-31).
constexpr double maxTimestampMs = 253402300799999.0;
/// The largest journal row number a merge record may name.
constexpr double maxJournalSeq = 9e15;
const Table *table(const QString &name);

/// CREATE statements of the schema as it was at `version` (oldestVersion..currentVersion).
QStringList ddl(int version);

/// The statements that take a file from `version - 1` to `version`: new
/// tables and indexes, and the columns added to existing tables.
QStringList upgradeDdl(int version);

/// The journal table's name; its DDL is part of ddl().
inline const char *journalTable = "journal";

/// True when `text` is a well-formed id as stored in files (lowercase UUID, no braces).
bool isValidId(const QString &text);
/// The stored form of an id.
QString idText(const QUuid &id);

} // namespace alliance::schema
