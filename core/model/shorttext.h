#pragma once
// User text where a line must stay a line: chart labels, legends, headings,
// table cells. Any text a file allows may be 100,000 characters long; there
// it is cut, visibly, rather than laid out over thousands of lines.

#include <QString>

namespace alliance {

/// The mark that ends a cut text.
inline QChar cutMark()
{
    return QChar(0x2026); // …
}

/// `text` when it has at most `length` characters; else its first characters
/// and cutMark(), `length` in all (a surrogate pair is never split).
QString shortText(const QString &text, int length);

/// Longest name (of an organisation, a person, a review, an indicator…)
/// quoted in a sentence, a heading or a table cell.
constexpr int nameLength = 200;

/// shortText(name, nameLength).
inline QString shortName(const QString &name)
{
    return shortText(name, nameLength);
}

} // namespace alliance
