#pragma once
// The conflicts of a merge, one row per field changed on both sides: the
// item, the field, my value and theirs each with its author and date (on
// lines of their own, for views that wrap), which
// one wins by clock, and the user's choice: accept the clock's winner or
// flip it (the Decision column, checkable). Edits only the choices it holds;
// the document changes when the dialog's plan is applied.

#include "journal/itemlabel.h"
#include "sync/merge.h"

#include <QAbstractTableModel>

namespace alliance {

class Document;

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ItemColumn,
        FieldColumn,
        MineColumn,     ///< my value, then who and when
        TheirsColumn,   ///< their value, then who and when
        WinnerColumn,   ///< which one the clocks choose
        DecisionColumn, ///< checked: flip, the other value wins
        ColumnCount
    };

    /// `document` (mine) names the values; it must outlive the model.
    ConflictModel(const Document &document, QList<sync::Conflict> conflicts, QObject *parent = nullptr);

    /// The conflicts the user flipped, as Document::applyMerge expects them.
    QList<sync::Conflict> flipped() const;
    bool isFlipped(int row) const;
    /// Flips (true) or accepts (false) the clocks' choice for `row`.
    void setFlipped(int row, bool flip);
    /// True when the value kept for `row` is theirs, after the user's choice.
    bool keepsTheirs(int row) const;
    /// Their (`theirs`) or my value of `row` as people read it, whole; the
    /// cells show at most 2000 characters of it.
    QString wholeValue(int row, bool theirs) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString version(const sync::FieldVersion &v) const;
    const Document &m_document;
    ItemLabels m_labels;
    QList<sync::Conflict> m_conflicts;
    QList<bool> m_flipped;
};

} // namespace alliance
