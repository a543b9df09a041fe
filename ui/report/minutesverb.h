#pragma once
// `alliance-pilot report FILE -o OUT.pdf --preset minutes --meeting
// DATE|TITLE [--lang fr|en] [--paper a4|letter] [--private]`: one meeting's
// minutes as a PDF, with no display. The report verb hands over to it.

#include <QStringList>

class QTextStream;

namespace alliance::report {

/// True when the report verb's `arguments` ask for minutes (--preset minutes
/// or --meeting, in either spelling).
bool asksForMinutes(const QStringList &arguments);

/// Runs the minutes form of the report verb; `arguments` start with "report".
/// Returns a cli::ExitCode: 1 when FILE is refused, no meeting or several
/// match, or OUT cannot be written; 2 on a wrong command line.
int runMinutesVerb(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace alliance::report
