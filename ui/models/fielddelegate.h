#pragma once
// Editors for the cells of an ItemTableModel, chosen from the schema: a combo
// box of labels for choice fields, of organisations for references to
// organisations, a date typed in the interface's language (empty for none,
// see widgets/dateedit.h) for dates; text is edited as plain text. A yes/no
// cell (a check box alone) shows its box centred and toggles on a click
// anywhere in the cell, or with Space.

#include <QStyledItemDelegate>

namespace alliance {

class Document;

class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FieldDelegate(Document *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// Enter on a number cell holding no number: the editor says why (red
    /// text, a tip under it) and stays open with the text, to be corrected;
    /// leaving it then is refused by the model's editRefused().
    bool eventFilter(QObject *object, QEvent *event) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    Document *m_document;
};

} // namespace alliance
