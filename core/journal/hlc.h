#pragma once
// Hybrid logical clock: a wall time that never goes backwards, a counter for
// events within one millisecond, and the installation id to break ties.
//
// A clock has exactly one spelling, "WWWWWWWWWWWWWWWW-CCCCCCCC-<id>": 16 and 8
// decimal digits and a lowercase installation id. Any other text is not a
// clock (files holding one are refused), and clocks are compared by their
// numbers, never as text.

#include "model/clock.h"

#include <QString>
#include <QStringView>
#include <functional>
#include <optional>

namespace alliance {

struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node; ///< installation id text

    /// The one spelling of this clock.
    QString toString() const;
    /// nullopt for any text that is not exactly the spelling toString() gives.
    static std::optional<Hlc> parse(QStringView text);
    bool operator<(const Hlc &o) const;
    bool operator==(const Hlc &o) const;
};

/// Length of every clock's text.
constexpr int hlcTextLength = 16 + 1 + 8 + 1 + 36;
/// How far ahead of this computer's time a change may be dated: clocks of
/// two computers drift, by minutes, not by more than a day.
constexpr qint64 maxClockAheadMs = 24LL * 3600 * 1000;

/// True when `text` is a clock's one spelling.
bool isWellFormedClock(QStringView text);
/// <0, 0 or >0 as clock `a` is before, equal to or after `b`, compared by
/// wall time, counter, then node. Both must be well formed.
int compareClocks(QStringView a, QStringView b);

/// The application's clock (model/clock.h): the system's time unless a test
/// pins it. A document may be given another (the example's story clock).
WallClock systemClock();

/// Issues clocks for local events and absorbs clocks seen in other copies.
class HlcGenerator
{
public:
    HlcGenerator(QString node, WallClock clock = systemClock());
    /// A clock later than every clock issued or observed so far.
    Hlc next();
    /// Moves past a clock seen elsewhere (journal loaded, merge).
    void observe(const Hlc &seen);
    const Hlc &last() const { return m_last; }
    /// Goes back to a clock last() gave (a transaction that observed clocks was rolled back).
    void restore(const Hlc &last) { m_last = last; }

private:
    Hlc m_last;
    WallClock m_clock;
};

} // namespace alliance
