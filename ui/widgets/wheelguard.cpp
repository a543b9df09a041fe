#include "widgets/wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace alliance {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *box = static_cast<QWidget *>(watched);
            if (!box->hasFocus()) {
                // Ignored and filtered: the box keeps its value, and the
                // application passes the event on to the box's parents.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void guardWheel(QWidget *box)
{
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(new WheelGuard(box));
}

} // namespace alliance
