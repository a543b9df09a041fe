#pragma once
// The command line: which arguments start a headless verb rather than the
// GUI, and the dispatch to one function per verb (verbs.h). Verbs need no
// display: a QCoreApplication is enough.

#include "document/document.h"

#include <QStringList>

class QTextStream;

namespace alliance::cli {

/// Exit codes of every verb.
enum ExitCode {
    Ok = 0,      ///< done
    Refused = 1, ///< the input was refused; the reason is on stderr
    Usage = 2,   ///< the command line is wrong; the usage is on stderr
};

/// True when the first argument after the program names a verb, --version or
/// --help, or is a word that cannot be a file to open (a mistyped verb, which
/// run() then refuses): the app then runs headless. No argument, a file to
/// open and Qt's own GUI options start the GUI; "report" and "screenshots"
/// are started by main() itself.
bool isHeadless(const QStringList &arguments);
/// The same on main()'s arguments.
bool isHeadless(int argc, char **argv);

/// Runs the verb named by arguments[1] (arguments[0] is the program) with the
/// arguments after it. Results go to `out`, messages and usage to `err`.
/// `options` is passed to the documents a verb creates (tests set their
/// working folder). Returns an ExitCode; an unknown verb is a usage error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// The verb closest to a mistyped one ("valdate" → "validate"), or empty
/// when none is close.
QString nearestVerb(const QString &typed);

/// The general help: every verb with a one-line description.
QString helpText();

} // namespace alliance::cli
