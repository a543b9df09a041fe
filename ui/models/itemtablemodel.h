#pragma once
// A table of the live items of one project table, one row per item, one
// column per chosen field. Reads through Document::rows(); every edit
// (setData, insertRows, removeRows) goes through Document::apply, so it is
// journalled and undoable. Follows the document's changes.

#include "method/method.h"

#include <QAbstractTableModel>
#include <QUuid>
#include <functional>

namespace alliance {

class Document;

class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< the row's item id (QUuid)
        RawRole,                   ///< the stored value (choice id, reference id text, ISO date...)
    };

    struct Column
    {
        QString field;  ///< a field of the table (schema.cpp)
        QString header; ///< translated header
        bool editable = true;
    };

    /// Rows of `table` (optionally only those whose `filterField` equals
    /// `filterValue`, e.g. contacts of one organisation), ordered by `orderBy`.
    ItemTableModel(Document *document, const QString &table, QList<Column> columns, QObject *parent = nullptr);
    void setFilter(const QString &field, const QVariant &value);
    void setOrderBy(const QString &field);
    /// Undo texts: for edits (followed by the column's header), e.g.
    /// tr("Edit an action"); for additions, e.g. tr("Add an action"); for
    /// deletions, e.g. tr("Delete an action").
    void setEditText(const QString &text);
    void setAddText(const QString &text);
    void setRemoveText(const QString &text);
    /// Fields set on every item this model creates (besides the filter field).
    void setNewItemDefaults(const QVariantMap &fieldValues);
    /// Extra display for a column: e.g. money formatting. Return an invalid
    /// QVariant to fall back to the default display.
    void setDisplayFunction(const QString &field, std::function<QVariant(const QVariant &raw)> display);
    /// Colours a whole row (Qt::BackgroundRole / ForegroundRole), e.g. overdue actions.
    void setRowStyle(std::function<QVariant(const QVariantList &row, int role)> style);

    QString table() const { return m_table; }
    Document *document() const { return m_document; }
    /// The field shown in `column`.
    QString fieldAt(int column) const;
    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const;
    /// Creates an item (one undo step) and returns its id, or a null id when refused.
    QUuid addItem(const QVariantMap &fieldValues = {});
    /// Re-reads every row from the document.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Inserts new items (one undo step) at the end, whatever `row` is: the order is the document's.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    /// Deletes the items (one undo step): they become tombstones in the file.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// A change was refused by the document; `reason` is translated.
    void editRefused(const QString &reason);

private:
    QVariant display(int column, const QVariant &raw) const;
    Document *m_document;
    QString m_table;
    QList<Column> m_columns;
    QString m_filterField;
    QVariant m_filterValue;
    QString m_orderBy;
    QString m_editText;
    QString m_addText;
    QString m_removeText;
    QVariantMap m_defaults;
    QHash<QString, std::function<QVariant(const QVariant &)>> m_display;
    std::function<QVariant(const QVariantList &, int)> m_rowStyle;
    QList<QVariantList> m_rows; // id text, then the columns' raw values
};

} // namespace alliance
