#pragma once
// Text from a file on its way to a terminal: control characters (escape
// sequences, carriage returns, line breaks) and bidirectional overrides become
// spaces, so a hostile name cannot rewrite the screen or fake lines of output.

#include <QString>

class QTextStream;

namespace alliance::cli {

/// `text` on one line, safe for a terminal.
QString printable(QString text);

/// Writes `text` and a line break to `stream`: each of its lines made
/// printable, so only the line breaks of the message itself remain.
void printLines(QTextStream &stream, const QString &text);

} // namespace alliance::cli
