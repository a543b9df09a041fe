#pragma once
// A clock for the example's journal: while the example is written, its
// changes carry the dates of its story (the diagnosis in January 2025, the
// annual committee in October 2026, what partners did after it), so that the
// history and "what changed since the previous committee" read as they would
// in a real partnership. Once the example is written, the clock is the
// application's again (model/clock.h).

#include "journal/hlc.h"

#include <QDateTime>
#include <atomic>
#include <memory>

namespace alliance::example {

class StoryClock
{
public:
    /// Starts at the story's first day.
    StoryClock();
    /// For DocumentOptions::clock: give it to the document before it is created.
    WallClock clock() const;
    /// Later changes carry `time` (never earlier than the story's last time:
    /// a journal's clock only moves forward).
    void setTime(const QDateTime &time);
    /// Back to the real time.
    void finish();

private:
    std::shared_ptr<std::atomic<qint64>> m_now; ///< ms since the epoch; negative: the real time
};

} // namespace alliance::example
