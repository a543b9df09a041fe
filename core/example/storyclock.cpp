#include "example/storyclock.h"

namespace alliance::example {

StoryClock::StoryClock()
    : m_now(
        std::make_shared<std::atomic<qint64>>(QDateTime(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()))
{ }

WallClock StoryClock::clock() const
{
    const auto now = m_now;
    return [now] {
        const qint64 ms = now->load();
        return ms < 0 ? clock::nowMs() : ms;
    };
}

void StoryClock::setTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    if (m_now->load() >= 0 && ms > m_now->load())
        m_now->store(ms);
}

void StoryClock::finish()
{
    m_now->store(-1);
}

} // namespace alliance::example
