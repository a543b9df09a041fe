#include "model/clock.h"

#include <QMutex>

namespace alliance::clock {

namespace {

QMutex mutex; ///< the journal's writers may ask from other threads
WallClock chosen;

QDateTime noonOf(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

} // namespace

qint64 nowMs()
{
    WallClock clock;
    {
        QMutexLocker lock(&mutex);
        clock = chosen;
    }
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

QDate today()
{
    return now().date();
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

void set(WallClock clock)
{
    {
        QMutexLocker lock(&mutex);
        chosen = std::move(clock);
    }
    Q_EMIT notifier().moved();
}

WallClock current()
{
    QMutexLocker lock(&mutex);
    return chosen;
}

Notifier &notifier()
{
    static Notifier instance;
    return instance;
}

Pin::Pin(const QDateTime &time) : m_previous(current())
{
    moveTo(time);
}

Pin::Pin(const QDate &day) : Pin(noonOf(day)) { }

Pin::~Pin()
{
    set(m_previous);
}

void Pin::moveTo(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    set([ms] { return ms; });
}

void Pin::moveTo(const QDate &day)
{
    moveTo(noonOf(day));
}

} // namespace alliance::clock
