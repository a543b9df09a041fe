#pragma once
// Hybrid logical clock: a wall time that never goes backwards, a counter for
// events within one millisecond, and the installation id to break ties. Its
// text form sorts in clock order, so SQL can compare clocks as strings.

#include <QString>
#include <functional>
#include <optional>

namespace alliance {

struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node; ///< installation id text

    /// "0001700000000000-00000000-<node>": fixed width, sorts like the clock.
    QString toString() const;
    static std::optional<Hlc> parse(const QString &text);
    bool operator<(const Hlc &o) const;
    bool operator==(const Hlc &o) const;
};

/// Milliseconds since the epoch; tests inject their own.
using WallClock = std::function<qint64()>;
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

private:
    Hlc m_last;
    WallClock m_clock;
};

} // namespace alliance
