#pragma once
// The items of the open document that have changes, the latest to reach the
// file first (an edit here or a merge): their readable label
// (core/journal/itemlabel.h), how many changes, and when the latest was made.
// Read-only; the first read lists ids and counts from the journal's index, a
// row's table and date are read when it is shown, and reload() after the
// document changed reads only the journal rows appended since.

#include "journal/itemhistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>
#include <optional>

namespace alliance {

class Document;

class HistoryItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        TableRole = Qt::UserRole + 1, ///< the item's table (QString)
        IdRole,                       ///< the item's id (QUuid)
    };
    enum Columns {
        ItemColumn,
        ChangesColumn,
        LastChangeColumn,
        ColumnCount
    };

    explicit HistoryItemsModel(QObject *parent = nullptr);
    ~HistoryItemsModel() override;
    /// The document to read; nullptr empties the model. The document must
    /// outlive the model or be replaced first.
    void setDocument(const Document *document);
    /// Reads what the journal gained since the last reload, and the items' names again.
    void reload();
    /// The row of an item, or -1.
    int rowOf(const QString &table, const QUuid &id) const;
    /// The readable label of any item of the document.
    QString label(const QString &table, const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        history::ItemSummary item;
        mutable std::optional<history::ItemDetails> details; // read when first shown
    };
    const history::ItemDetails &detailsOf(const Row &row) const;

    const Document *m_document = nullptr;
    std::unique_ptr<ItemLabels> m_labels;
    QList<Row> m_rows; // latest arrival first
    QHash<QUuid, int> m_rowOf;
    qint64 m_journalEnd = 0; // the last journal row read
};

} // namespace alliance
