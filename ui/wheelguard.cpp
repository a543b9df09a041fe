#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace alliance::wheelguard {

namespace {

bool holdsAValue(const QObject *object)
{
    if (qobject_cast<const QScrollBar *>(object))
        return false; // scroll bars are how one scrolls
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
        || qobject_cast<const QAbstractSlider *>(object);
}

class Guard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && holdsAValue(watched)) {
            // Qt::WheelFocus would let the wheel itself take the focus first.
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        } else if (event->type() == QEvent::Wheel && holdsAValue(watched)
                   && !static_cast<QWidget *>(watched)->hasFocus()) {
            event->ignore(); // ignored: QApplication hands it to the parent, which scrolls
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void installEverywhere()
{
    static Guard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new Guard(qApp);
    qApp->installEventFilter(guard);
}

} // namespace alliance::wheelguard
