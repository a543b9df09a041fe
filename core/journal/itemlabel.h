#pragma once
// Readable names for what a project holds, the one place that writes them:
// an item (Indicator “Digital workshops held”), a field ("Target"), a value
// ("Done", "1 200 €", "Ville de Lyon") and the method step a change belongs
// to. Every fact comes from the schema registry (storage/schema.h): each
// table's noun, naming columns and step, each column's label and display.
// The history, the merge review and conflicts, the merge verb and the
// report's changes all name items through it, so they name them alike.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

namespace alliance {

class Document;
class SqliteDb;

/// Runs one read-only query on a project's database and returns its rows.
/// Returns an empty list on error (e.g. a table an older file lacks).
using QueryRows = std::function<QList<QVariantList>(const QString &sql, const QVariantList &args)>;

/// Queries on `db`, which must outlive the returned function.
QueryRows queryRowsOf(SqliteDb &db);
/// Read-only queries on the working copy of `document` (its journal, for
/// the history and the report), which must outlive the returned function.
QueryRows queryRowsOf(const Document &document);

namespace itemlabel {

/// What one item of `table` is, e.g. "Indicator" (translated); unknown tables by their name.
QString tableLabel(const QString &table);
/// A field as a user knows it, e.g. "Target"; unknown fields are shown by their name.
QString fieldLabel(const QString &table, const QString &field);
/// The method step a change of `field` of an item of `table` belongs to:
/// the field's own step (the partnership's fields), else the item's own
/// `stepIdOfItem` when the table has a step_id and it names a step, else
/// the table's. Empty for the partnership as a whole.
QString stepOf(const QString &table, const QString &field, const QString &stepIdOfItem = {});
/// `text` on one line (line breaks and control characters become spaces),
/// cut to `maxLength` characters with "…" when longer. Safe to print on a terminal.
QString oneLine(const QString &text, int maxLength);

} // namespace itemlabel

/// Names items of one project as its users know them, keeping what it read
/// until clear(). Deleted items (tombstones) keep their last name.
class ItemLabels
{
public:
    enum class Reading {
        WholeTables, ///< reads a table at once when first needed: for naming most items (info --history)
        ItemByItem,  ///< reads only the items named and those they refer to: for a few at a time
    };
    /// Reads a checked file through `query`.
    explicit ItemLabels(QueryRows query, Reading reading = Reading::WholeTables);
    /// Reads the open `document` (which must outlive this) field by field, through Document::value.
    explicit ItemLabels(const Document &document);

    /// Private items (and what names them through one) are named by their kind alone.
    void hidePrivateItems(bool hide) { m_hidePrivate = hide; }

    /// Indicator “Digital workshops held”; deleted items end with "(deleted)".
    /// An item the file does not hold, or a private one when hidden, is named by its kind alone.
    QString label(const QString &table, const QUuid &id) const;
    /// The item's own name, without its kind: "Digital workshops held";
    /// "(untitled)" when it has none yet, empty when the file lacks the item.
    QString name(const QString &table, const QUuid &id) const;
    /// A stored value as a user reads it, on one line, at most `maxLength`
    /// characters: method labels, names of referenced items, yes/no, dates,
    /// numbers and amounts in the UI's language, ratings out of their maximum.
    QString valueText(const QString &table, const QString &field, const QVariant &value, int maxLength = 80) const;
    /// The same, with texts whole (line breaks kept), for reading a change in full.
    QString wholeValue(const QString &table, const QString &field, const QVariant &value) const;
    /// itemlabel::stepOf for item `id`, whose own step is read.
    QString stepOf(const QString &table, const QUuid &id, const QString &field) const;
    /// Names an item the file does not hold yet (one a merge would create)
    /// by `fields` in stored form (a required choice missing takes its first
    /// value, as a new row does); the file's own items are never overridden.
    /// Kept until clear().
    void addUnsaved(const QString &table, const QUuid &id, const QVariantMap &fields);
    /// Reads the items `ids` of `table` in a few queries, for naming many of
    /// them next (a merge's conflicts) without one query per field or item.
    /// Nothing to do when whole tables are read.
    void preload(const QString &table, const QList<QUuid> &ids) const;
    /// Forgets what was read and what addUnsaved() gave; call when the project changed.
    void clear();

private:
    QVariant field(const QString &table, const QString &id, const QString &field) const;
    bool isStored(const QString &table, const QString &id) const;
    QVariant storedField(const QString &table, const QString &id, const QString &field) const;
    bool isPrivate(const QString &table, const QString &id, int depth) const;
    QString shownValue(const QString &table, const QString &field, const QVariant &value, int depth) const;
    /// The stored fields of one item; empty when the file lacks it.
    QVariantMap storedRow(const QString &table, const QString &id) const;
    QString nameOf(const QString &table, const QString &id, int depth) const;
    const QHash<QString, QVariantMap> &rowsOf(const QString &table) const;
    QStringList columnsOf(const QString &table, bool laterColumns) const;
    QList<QVariantList> read(const QueryRows &query, const QString &table, const QString &where,
                             const QVariantList &args, QStringList *columns) const;

    QueryRows m_query;
    const Document *m_document = nullptr;
    Reading m_reading = Reading::ItemByItem;
    bool m_hidePrivate = false;
    mutable QHash<QString, QHash<QString, QVariantMap>> m_rows; // table -> id text -> field -> value
    mutable QSet<QString> m_wholeTables;                   // tables read at once (ItemByItem gives up after many items)
    QHash<QString, QHash<QString, QVariantMap>> m_unsaved; // table -> id text -> field -> value
};

} // namespace alliance
