#include "journal/hlc.h"

#include <QDateTime>

namespace alliance {

namespace {

/// The number written by `count` decimal digits at `from`; -1 when one is not a digit.
qint64 digitsAt(QStringView text, int from, int count)
{
    qint64 n = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

constexpr quint32 maxCounter = 99999999;

bool isIdText(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 8, 10, QLatin1Char('0'))
        .arg(node);
}

bool isWellFormedClock(QStringView text)
{
    return text.size() == hlcTextLength && text.at(16) == u'-' && text.at(25) == u'-' && digitsAt(text, 0, 16) >= 0
        && digitsAt(text, 17, 8) >= 0 && isIdText(text.mid(26));
}

std::optional<Hlc> Hlc::parse(QStringView text)
{
    if (!isWellFormedClock(text))
        return std::nullopt;
    Hlc h;
    h.wallMs = digitsAt(text, 0, 16);
    h.counter = quint32(digitsAt(text, 17, 8));
    h.node = text.mid(26).toString();
    return h;
}

int compareClocks(QStringView a, QStringView b)
{
    if (!isWellFormedClock(a) || !isWellFormedClock(b))
        return a.compare(b); // never for checked journals; no reading past the end

    const qint64 wallA = digitsAt(a, 0, 16), wallB = digitsAt(b, 0, 16);
    if (wallA != wallB)
        return wallA < wallB ? -1 : 1;
    const qint64 counterA = digitsAt(a, 17, 8), counterB = digitsAt(b, 17, 8);
    if (counterA != counterB)
        return counterA < counterB ? -1 : 1;
    return a.mid(26).compare(b.mid(26));
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
    return [] { return clock::nowMs(); };
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
    } else if (m_last.counter >= maxCounter) {
        // The counter has 8 digits: past them, borrow the next millisecond.
        ++m_last.wallMs;
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
