#pragma once
// The project's meetings as a table, by date: date (in the interface's date
// format), kind, title, and how many of its decisions are still open
// (evaluation::openDecisions). Read-only: the selected meeting is edited in
// the meetings panel's form.

#include "models/itemtablemodel.h"

#include <QHash>

namespace alliance {

class MeetingListModel : public ItemTableModel
{
    Q_OBJECT
public:
    explicit MeetingListModel(Document *document, QObject *parent = nullptr);

    /// The column of the open decisions' count (after the fields).
    int openDecisionsColumn() const { return ItemTableModel::columnCount(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void countOpenDecisions();
    Document *m_document;
    QHash<QUuid, int> m_open; ///< open decisions by meeting
};

} // namespace alliance
