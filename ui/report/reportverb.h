#pragma once
// `alliance-pilot report FILE -o OUT.pdf [--lang fr|en] [--preset
// full|committee] [--sections LIST] [--paper a4|letter] [--private]`: the evaluation report as a PDF, with no
// display. Needs a QApplication on the offscreen platform (charts are drawn
// by Qt Charts); main() makes one.

#include <QStringList>

class QTextStream;

namespace alliance::report {

/// Runs the verb; `arguments` start with "report". Returns a cli::ExitCode:
/// 1 when FILE is refused or OUT cannot be written, 2 on a wrong command line.
int runReportVerb(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace alliance::report
