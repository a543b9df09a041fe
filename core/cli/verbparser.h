#pragma once
// Parsing a verb's arguments with QCommandLineParser, the same way for every
// verb: -h/--help, exact count of positional arguments, usage on error.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <optional>

class QTextStream;

namespace alliance::cli {

/// What a verb accepts, for parsing and for its usage text.
struct VerbSyntax
{
    QString synopsis;                  ///< e.g. "validate FILE", after the program name
    QString description;               ///< one translated sentence
    QList<QCommandLineOption> options; ///< besides -h/--help
    int positionals = 1;               ///< exactly this many positional arguments
    bool orMore = false;               ///< at least `positionals` (import-answers: FILE and workbooks)
};

/// "Usage: alliance-pilot <synopsis>", the description and the options.
QString usageText(const VerbSyntax &syntax);

/// Parses `arguments` (verb name first) into `parser` for `syntax`. Returns
/// nullopt when the verb should run. Otherwise returns the exit code to give
/// back at once: Ok after printing the usage on `out` for -h/--help; Usage
/// after printing what is wrong and the usage on `err`.
std::optional<int> parseVerb(QCommandLineParser &parser, const VerbSyntax &syntax, const QStringList &arguments,
                             QTextStream &out, QTextStream &err);

/// Checks the file a verb is about to write, before anything is read: it
/// may be none of `inputs` (a usage error) and must not exist (refused).
/// Nullopt when `target` may be written; else the exit code, reason printed.
std::optional<int> refuseTarget(const VerbSyntax &syntax, const QString &target, const QStringList &inputs,
                                QTextStream &err);

/// Prints `message` on `err`; returns ExitCode::Refused.
int refuse(const QString &message, QTextStream &err);

/// Prints `message` and the usage on `err`; returns ExitCode::Usage.
int usageError(const VerbSyntax &syntax, const QString &message, QTextStream &err);

} // namespace alliance::cli
