#include "widgets/pagewidgets.h"
#include "widgets/headerfit.h"

#include "models/itemtablemodel.h"
#include "widgets/itemhistoryrequest.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace alliance::pagewidgets {

namespace {

/// Passes a wheel event on to the parent (the scroll area) while the watched
/// widget has no focus: an ignored event goes up the parent chain.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && !widget->hasFocus()) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // user text is never rich text
    label->setWordWrap(true);
    return label;
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    QPalette p = label->palette();
    const QColor fg = p.color(QPalette::WindowText);
    const QColor bg = p.color(QPalette::Window);
    p.setColor(QPalette::WindowText,
               QColor::fromRgbF(fg.redF() * 0.6f + bg.redF() * 0.4f, fg.greenF() * 0.6f + bg.greenF() * 0.4f,
                                fg.blueF() * 0.6f + bg.blueF() * 0.4f));
    label->setPalette(p);
    return label;
}

QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitHeaderText(view->horizontalHeader());
    view->setMinimumHeight(120);
    offerItemHistory(view);
    return view;
}

void editNew(QTableView *view, ItemTableModel *model, const QUuid &id, int column)
{
    const int row = model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, column);
    view->setCurrentIndex(index);
    view->selectRow(row);
    view->edit(index);
}

int selectedRow(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ignoreWheelUnlessFocused(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus); // no focus from the wheel (Qt::WheelFocus)
    widget->installEventFilter(new WheelGuard(widget));
}

} // namespace alliance::pagewidgets
