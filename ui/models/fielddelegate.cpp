#include "models/fielddelegate.h"

#include "document/document.h"
#include "io/measurementcsv.h"
#include "models/itemtablemodel.h"
#include "storage/schema.h"
#include "widgets/dateedit.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace alliance {

namespace {

const schema::Column *columnOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ItemTableModel *>(index.model());
    if (!model)
        return nullptr;
    const schema::Table *t = schema::table(model->table());
    return t ? t->column(model->fieldAt(index.column())) : nullptr;
}

/// Marks the line edit of a number cell.
const char *const numberEditorProperty = "allianceNumberEditor";

bool isNumberEditor(const QObject *editor)
{
    return editor && editor->property(numberEditorProperty).toBool();
}

QString notANumber(const QString &typed)
{
    return FieldDelegate::tr("“%1” is not a number: type it with digits, e.g. 12.5 or 12,5.").arg(typed.trimmed());
}

/// A cell that is a check box and nothing else (a yes/no field).
bool isCheckOnly(const QModelIndex &index)
{
    return index.isValid() && (index.flags() & Qt::ItemIsUserCheckable)
        && index.data(Qt::DisplayRole).toString().isEmpty();
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

/// Where the box is drawn: the style's own size, centred in the cell.
QRect centredCheckRect(const QStyleOptionViewItem &option)
{
    const QSize size
        = styleOf(option)->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, option.widget).size();
    return QStyle::alignedRect(option.direction, Qt::AlignCenter, size, option.rect);
}

} // namespace

FieldDelegate::FieldDelegate(Document *document, QObject *parent)
    : QStyledItemDelegate(parent), m_document(document) { }

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const schema::Column *c = columnOf(index);
    if (!c)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (c->type) {
    case schema::ColumnType::Choice: {
        auto *combo = new QComboBox(parent);
        if (c->optional)
            combo->addItem(tr("—"), QString());
        for (const auto &choice : c->choices())
            combo->addItem(method::tr(choice.label), choice.id);
        return combo;
    }
    case schema::ColumnType::Reference: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("—"), QString());
        for (const auto &row : m_document->rows(c->refTable, {schema::table(c->refTable)->columns.first().name}, {}, {},
                                                schema::table(c->refTable)->columns.first().name))
            combo->addItem(row.value(1).toString(), row.value(0));
        return combo;
    }
    case schema::ColumnType::Date: {
        // Typed as the user writes dates, empty for none; a date picked in
        // the calendar is written at once, as choosing it says it all.
        auto *edit = new DateLineEdit(parent);
        auto *self = const_cast<FieldDelegate *>(this);
        connect(edit, &DateLineEdit::datePicked, self, [self, edit] {
            Q_EMIT self->commitData(edit);
            Q_EMIT self->closeEditor(edit);
        });
        return edit;
    }
    case schema::ColumnType::Real: {
        // Typed as written ("12,5" or "12.5", any number of decimals): a spin
        // box would drop the keystrokes past its decimals or range without a word.
        auto *edit = new QLineEdit(parent);
        edit->setProperty(numberEditorProperty, true);
        return edit;
    }
    case schema::ColumnType::Text: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(schema::maxTextLength);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant raw = index.data(ItemTableModel::RawRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(raw.isNull() ? QString() : raw.toString());
        combo->setCurrentIndex(qMax(0, i));
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        // The document changed while typing (views refresh open editors):
        // what the user typed stays.
        if (!date->isModified())
            date->setDate(QDate::fromString(raw.toString(), Qt::ISODate));
        return;
    }
    if (auto *number = qobject_cast<QLineEdit *>(editor); number && isNumberEditor(number)) {
        if (number->isModified())
            return; // what the user typed stays
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        const QVariant raw = index.data(ItemTableModel::RawRole);
        number->setText(raw.isNull() ? QString() : locale.toString(raw.toDouble(), 'g', 15));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

bool FieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter on a number that is not one: refused with the reason, and the
    // editor stays open with the text, to be corrected (Escape gives up).
    if (event->type() == QEvent::KeyPress && isNumberEditor(object)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *number = static_cast<QLineEdit *>(object);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && number->isModified()
            && !io::parseDecimal(number->text())) {
            // Said beside the cell, not in a dialog: a dialog would take the
            // focus and close the editor with what was typed.
            QPalette palette = number->palette();
            palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
            number->setPalette(palette);
            number->setToolTip(notANumber(number->text()));
            QToolTip::showText(number->mapToGlobal(QPoint(0, number->height())), number->toolTip(), number);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        if (!date->isModified())
            return; // nothing typed: nothing to write
        if (!date->isAcceptable()) {
            // Refused with the reason, never turned into another date.
            if (auto *items = qobject_cast<ItemTableModel *>(model))
                Q_EMIT items->editRefused(
                    tr("“%1” is not a date. %2").arg(date->text().trimmed(), DateLineEdit::howToType()));
            return;
        }
        const QDate typed = date->date();
        const QString stored = typed.isValid() ? typed.toString(Qt::ISODate) : QString();
        if (stored != index.data(ItemTableModel::RawRole).toString()) // no empty undo step
            model->setData(index, stored, Qt::EditRole);
        return;
    }
    if (auto *number = qobject_cast<QLineEdit *>(editor); number && isNumberEditor(number)) {
        if (!number->isModified())
            return; // nothing typed: nothing to write
        const std::optional<double> value = io::parseDecimal(number->text());
        if (!value) {
            if (auto *items = qobject_cast<ItemTableModel *>(model))
                Q_EMIT items->editRefused(notANumber(number->text()));
            return;
        }
        model->setData(index, *value, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void FieldDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isCheckOnly(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QRect box = centredCheckRect(opt);
    QStyle *style = styleOf(opt);
    // The cell (background, selection, focus) without its box, then the box centred.
    QStyleOptionViewItem cell(opt);
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, opt.widget);
    QStyleOptionViewItem check(opt);
    check.rect = box;
    check.state &= ~QStyle::State_HasFocus;
    check.state |= opt.checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, opt.widget);
}

bool FieldDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (!isCheckOnly(index) || !(index.flags() & Qt::ItemIsEnabled))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto toggle = [&] {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return false; // the view makes the cell current; the release toggles
    case QEvent::MouseButtonDblClick: {
        // The whole cell is the box: a double click's second press never opens an editor.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        return mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        toggle();
        return true;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        toggle();
        return true;
    }
    default:
        return false;
    }
}

} // namespace alliance
