#pragma once
// One function per verb of the command line, each in its own verb*.cpp.
// `arguments` are the verb's own, its name first (as QCommandLineParser
// expects argv). Each returns a cli::ExitCode: Ok, Refused with the reason
// on `err`, or Usage with the verb's usage on `err`. `-h`/`--help` after a
// verb prints its usage on `out` and returns Ok.

#include "document/document.h"

#include <QStringList>

class QTextStream;

namespace alliance::cli {

/// `--version`: prints "alliance-pilot <version>".
int runVersion(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `new --example OUT [--scale large]`: writes the French example (or the
/// large synthetic project) to OUT. `new --from IN.json OUT`: writes the
/// project of the interchange file IN.json (createFromJson); a refused
/// IN.json writes nothing. Refuses an OUT that exists, whatever it is, and
/// leaves it untouched. Working copies go to `options.workingFolder`.
int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// `validate FILE`: the full check of a received file, without writing
/// anything. Prints "FILE: ok (format N)" or refuses with the reason.
int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `info FILE [--history]`: checks FILE, then reads it in place (read-only,
/// immutable, hardened; never a working copy) and prints its title,
/// partners, current step, last review, indicators (status on the day of
/// `options.clock`) and format; with --history, every item's changes grouped
/// by item (when, who, field, new value).
int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// `share FILE --partner NAME -o OUT`: writes to OUT (a new file) the copy
/// of FILE for the partner organisation NAME (case-insensitive; unknown or
/// ambiguous names are refused with the list of partners), without private
/// items (sync::sharePartnerCopy). FILE is only read: the record of the share
/// is in OUT and comes back to FILE with the merge of that copy.
int runShare(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// `export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]`:
/// checks FILE like any received file and writes its partnership to OUT (a
/// new file; for csv a new folder) in the interchange format
/// (writePartnershipJson), as a workbook, CSV files or a calendar
/// (core/exports), private items only with --private. FILE is never written.
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// `questionnaire FILE --kind review|maturity|weights|needs (--partner NAME
/// -o OUT.xlsx | --all-partners DIR) [--review TITLE] [--lang fr|en]
/// [--anonymous]`: checks FILE like any received file and writes the
/// questionnaire workbook(s) partners fill in (questionnaire/questionnairewriter),
/// one per partner organisation with --all-partners. Unknown or ambiguous
/// partners and reviews are refused with the list; nothing is written over.
int runQuestionnaire(const QStringList &arguments, QTextStream &out, QTextStream &err,
                     const DocumentOptions &options = {});

/// `merge MINE THEIRS -o OUT`: checks THEIRS like any received file, merges it
/// into a working copy of MINE (every field at its latest change by clock),
/// prints what came in per partner and step and lists the conflicts, and
/// writes OUT (a new file) atomically. MINE and THEIRS are never written.
int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

/// `portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT]` and filters: checks
/// every project file of FOLDER and lists one summary per partnership
/// (core/portfolio), refused files with their reason; text to `out`, csv and
/// xlsx to OUT (a new file). Summaries are cached (portfolio::SummaryCache).
int runPortfolio(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});
/// `import-answers FILE ANSWERS.xlsx... -o OUT`: checks FILE like any
/// received file and each workbook like any received workbook, prints per
/// workbook what would change (or why it is refused) and the anonymous
/// answers summed up per kind, and writes OUT (a new file) atomically when
/// answers change, in their respondents' names. A refused workbook does not
/// stop the others; the exit code is then Refused. FILE is never written.
int runImportAnswers(const QStringList &arguments, QTextStream &out, QTextStream &err,
                     const DocumentOptions &options = {});

/// `workspace init URL`: makes the empty PostgreSQL database at URL a shared
/// workspace (workspace/serverschema.h), as the connected role, in one
/// transaction; refuses a database that already holds one. `workspace
/// publish FILE URL` puts FILE's partnership there, the caller its owner;
/// `workspace list URL` lists the caller's partnerships there; `workspace
/// sync FILE URL` takes in the workspace's changes (a merge, conflicts by
/// clock), saves FILE when something came in, then sends what it lacks.
int runWorkspace(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options = {});

} // namespace alliance::cli
