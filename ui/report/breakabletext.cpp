#include "report/breakabletext.h"

#include <algorithm>

namespace alliance::report {

QString breakableText(const QString &text)
{
    constexpr qsizetype longWord = 32;
    constexpr qsizetype piece = 16;
    QString out;
    qsizetype copied = 0; // text before this is in `out`
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end - i > longWord) {
            if (out.isEmpty())
                out.reserve(text.size() + text.size() / piece + 1);
            out.append(QStringView(text).mid(copied, i - copied));
            for (qsizetype at = i; at < end;) {
                qsizetype next = std::min(at + piece, end);
                // Never between the halves of a surrogate pair.
                if (next < end && text.at(next - 1).isHighSurrogate())
                    ++next;
                out.append(QStringView(text).mid(at, next - at));
                if (next < end)
                    out.append(QChar(0x200b));
                at = next;
            }
            copied = end;
        }
        i = end;
    }
    if (copied == 0)
        return text; // no long word: untouched
    out.append(QStringView(text).mid(copied));
    return out;
}

} // namespace alliance::report
