#pragma once
// The application's clock: what every part asks for "now" and "today" (the
// journal's clocks, the overdue and at-risk rules, default dates). It is the
// system's time unless a test pins it, so that a test sees "today" move
// without waiting.

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <functional>

namespace alliance {

/// Milliseconds since the epoch.
using WallClock = std::function<qint64()>;

namespace clock {

qint64 nowMs();
QDateTime now(); ///< local time
QDate today();   ///< the local date
QDateTime nowUtc();

/// Replaces the application's clock; an empty one is the system's again.
/// Tells notifier()'s followers.
void set(WallClock clock);
/// The application's clock as it is now set (empty: the system's).
WallClock current();

/// Tells whoever shows something that depends on today that the clock was set.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void moved();
};
Notifier &notifier();

/// Pins the application's clock to a time for as long as it lives (tests),
/// then gives back the clock that was set before.
class Pin
{
public:
    explicit Pin(const QDateTime &time);
    explicit Pin(const QDate &day); ///< at noon, local time
    ~Pin();
    Pin(const Pin &) = delete;
    Pin &operator=(const Pin &) = delete;
    void moveTo(const QDateTime &time);
    void moveTo(const QDate &day);

private:
    WallClock m_previous;
};

} // namespace clock
} // namespace alliance
