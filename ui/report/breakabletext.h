#pragma once
// Text the report lays out in lines: a word longer than a line gets break
// opportunities, since QTextLayout looks for a word's end from every line it
// starts (a 100,000-letter word took time growing with the square of its length).

#include <QString>

namespace alliance::report {

/// `text` with a zero-width space after every 16 characters of a word longer
/// than 32 (narrower than a table column): it reads the same, and wraps there.
QString breakableText(const QString &text);

} // namespace alliance::report
