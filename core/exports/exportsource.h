#pragma once
// The tables of an open project as an export reads them: the tables and
// columns the schema registry declares, headers and values as users read
// them (journal/itemlabel.h), each value typed (text, number, amount, date,
// time). Reads through the document's read connection; deleted rows, and
// private ones unless asked for, are left out (exports/leftout.h).

#include "exports/exportoptions.h"
#include "journal/itemlabel.h"
#include "model/language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <memory>
#include <optional>

namespace alliance {

class Document;
class SqliteDb;

namespace schema {
struct Column;
struct Table;
} // namespace schema

namespace exports {

struct Cell
{
    enum class Kind {
        Empty,
        Text,
        Number,
        Money,
        Date,
        DateTime
    };
    Kind kind = Kind::Empty;
    QString text;      ///< Text
    double number = 0; ///< Number, Money
    QDate date;        ///< Date
    QDateTime time;    ///< DateTime (local time)

    /// The value as a line of text reads it in the writing language (calendar descriptions).
    QString shown() const;
};

struct Sheet
{
    const schema::Table *table = nullptr;
    QString title;                         ///< what one item is, translated ("Action")
    QList<const schema::Column *> columns; ///< the columns written
    QStringList headers;                   ///< their labels, translated
    QList<QUuid> ids;                      ///< one per row
    QList<QList<Cell>> rows;
};

/// True for the tables a workbook holds: those that travel between copies
/// of a partnership, except those that hold images (a logo has no cell).
bool isExported(const schema::Table &table);

class ExportSource
{
public:
    /// Opens `doc`'s read connection. Null with `error` (translated) when it
    /// cannot. Texts are written in options.language (when set) for as long
    /// as the source lives.
    static std::unique_ptr<ExportSource> open(const Document &doc, const Options &options, QString *error);
    ~ExportSource();

    /// The tables to write, in the schema's order (options.table alone when set).
    const QList<const schema::Table *> &tables() const { return m_tables; }
    /// What each of tables() is, translated ("Action"); two tables whose
    /// nouns read alike (a score and a note are both "Note" in French) are
    /// told apart by what the first refers to: "Note (Revue)".
    QStringList titles() const;
    /// Rows that tables() hold at most, for progress.
    qint64 rowCount() const { return m_rowCount; }
    /// Reads one table. False with `error` when the file could not be read.
    bool read(const schema::Table &table, Sheet *sheet, QString *error) const;
    /// Names items as users know them (private ones hidden unless asked for).
    const ItemLabels &labels() const { return *m_labels; }
    /// The partnership's title.
    QString partnershipTitle() const;

private:
    ExportSource() = default;
    Cell cellOf(const schema::Table &table, const schema::Column &column, const QVariant &value) const;

    std::optional<WritingIn> m_writing; // first made, last undone
    std::unique_ptr<SqliteDb> m_db;
    std::unique_ptr<ItemLabels> m_labels;
    Options m_options;
    QSet<QString> m_out;
    QList<const schema::Table *> m_tables;
    qint64 m_rowCount = 0;
};

} // namespace exports
} // namespace alliance
