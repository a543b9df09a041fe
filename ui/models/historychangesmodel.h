#pragma once
// Every change of one item, newest first: when, who (person and
// organisation), which field and the new value. Read-only; reload() after
// the document changed.

#include "journal/itemhistory.h"

#include <QAbstractTableModel>
#include <memory>

namespace alliance {

class Document;

class HistoryChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        WhenColumn,
        WhoColumn,
        FieldColumn,
        ValueColumn,
        ColumnCount
    };

    explicit HistoryChangesModel(QObject *parent = nullptr);
    ~HistoryChangesModel() override;
    /// The document to read; nullptr empties the model. The document must
    /// outlive the model or be replaced first.
    void setDocument(const Document *document);
    /// Shows the changes of item `id` of `table` (none for a null id).
    void setItem(const QString &table, const QUuid &id);
    QString table() const { return m_table; }
    QUuid itemId() const { return m_id; }
    /// Reads the item's changes again.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        history::ReadableChange change;
        QString fullValue; ///< for the tool tip
    };
    const Document *m_document = nullptr;
    std::unique_ptr<ItemLabels> m_labels;
    QString m_table;
    QUuid m_id;
    QList<Row> m_rows;
};

} // namespace alliance
