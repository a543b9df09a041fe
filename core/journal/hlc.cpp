#include "journal/hlc.h"

#include <QDateTime>
#include <QStringList>

namespace alliance {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 8, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    if (text.size() < 27 || text.at(16) != QLatin1Char('-') || text.at(25) != QLatin1Char('-'))
        return std::nullopt;
    bool okWall = false, okCounter = false;
    Hlc h;
    h.wallMs = text.left(16).toLongLong(&okWall);
    h.counter = text.mid(17, 8).toUInt(&okCounter);
    h.node = text.mid(26);
    if (!okWall || !okCounter || h.wallMs < 0)
        return std::nullopt;
    return h;
}

bool Hlc::operator<(const Hlc &o) const
{
    if (wallMs != o.wallMs)
        return wallMs < o.wallMs;
    if (counter != o.counter)
        return counter < o.counter;
    return node < o.node;
}

bool Hlc::operator==(const Hlc &o) const
{
    return wallMs == o.wallMs && counter == o.counter && node == o.node;
}

WallClock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

HlcGenerator::HlcGenerator(QString node, WallClock clock) : m_clock(std::move(clock))
{
    m_last.node = std::move(node);
}

Hlc HlcGenerator::next()
{
    const qint64 now = m_clock();
    if (now > m_last.wallMs) {
        m_last.wallMs = now;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    return m_last;
}

void HlcGenerator::observe(const Hlc &seen)
{
    if (seen.wallMs > m_last.wallMs) {
        m_last.wallMs = seen.wallMs;
        m_last.counter = seen.counter;
    } else if (seen.wallMs == m_last.wallMs && seen.counter > m_last.counter) {
        m_last.counter = seen.counter;
    }
}

} // namespace alliance
