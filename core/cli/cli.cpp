// The verbs of the command line and the dispatch to them. A verb is added by
// writing its verb*.cpp and one line in verbs() below.
#include "cli/cli.h"

#include "cli/verbs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

namespace alliance::cli {

namespace {

using VerbFunction = std::function<int(const QStringList &, QTextStream &, QTextStream &, const DocumentOptions &)>;

struct Verb
{
    QStringList names;       ///< "validate", or "--version" and "-v"
    const char *synopsis;    ///< for the help, after the program name
    const char *description; ///< one line
    VerbFunction run;
};

VerbFunction withoutOptions(int (*verb)(const QStringList &, QTextStream &, QTextStream &))
{
    return [verb](const QStringList &a, QTextStream &out, QTextStream &err, const DocumentOptions &) {
        return verb(a, out, err);
    };
}

int runHelp(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &)
{
    if (arguments.size() > 1) {
        err << QCoreApplication::translate("Cli", "--help takes no argument.") << '\n' << helpText();
        err.flush();
        return Usage;
    }
    out << helpText();
    out.flush();
    return Ok;
}

const QList<Verb> &verbs()
{
    // The synopses and descriptions are marked here and translated in helpText().
    static const QList<Verb> list = {
        {{QStringLiteral("new")},
         QT_TRANSLATE_NOOP("Cli", "new --example OUT [--scale large]"),
         QT_TRANSLATE_NOOP("Cli", "Write an example partnership to the new file OUT."),
         VerbFunction(runNew)},
        // The same verb again, for its second form's line in the help.
        {{QStringLiteral("new")},
         QT_TRANSLATE_NOOP("Cli", "new --from IN.json OUT"),
         QT_TRANSLATE_NOOP("Cli", "Build the new project file OUT from the interchange file IN.json."),
         VerbFunction(runNew)},
        {{QStringLiteral("validate")},
         QT_TRANSLATE_NOOP("Cli", "validate FILE"),
         QT_TRANSLATE_NOOP("Cli", "Check that FILE is a sound project file, without changing it."),
         withoutOptions(runValidate)},
        {{QStringLiteral("info")},
         QT_TRANSLATE_NOOP("Cli", "info FILE [--history]"),
         QT_TRANSLATE_NOOP("Cli",
                           "Print the title, partners, current step, last review, indicators and committees of "
                           "FILE; with --history, every item's changes."),
         VerbFunction(runInfo)},
        {{QStringLiteral("share")},
         QT_TRANSLATE_NOOP("Cli", "share FILE --partner NAME -o OUT"),
         QT_TRANSLATE_NOOP("Cli",
                           "Write to OUT a copy of FILE for one partner, without private items (the share is "
                           "recorded in OUT)."),
         VerbFunction(runShare)},
        {{QStringLiteral("export")},
         QT_TRANSLATE_NOOP("Cli", "export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]"),
         QT_TRANSLATE_NOOP("Cli",
                           "Write the partnership of FILE to OUT: interchange file, workbook, folder of CSV "
                           "files or calendar, without private items unless --private."),
         VerbFunction(runExport)},
        {{QStringLiteral("questionnaire")},
         QT_TRANSLATE_NOOP("Cli",
                           "questionnaire FILE --kind review|maturity|weights|needs (--partner NAME -o OUT.xlsx | "
                           "--all-partners DIR) [--review TITLE] [--lang fr|en] [--anonymous]"),
         QT_TRANSLATE_NOOP("Cli",
                           "Write the questionnaire workbook a partner fills in without the app, for one partner "
                           "or for each."),
         VerbFunction(runQuestionnaire)},
        {{QStringLiteral("merge")},
         QT_TRANSLATE_NOOP("Cli", "merge MINE THEIRS -o OUT"),
         QT_TRANSLATE_NOOP("Cli", "Merge a partner's copy THEIRS into MINE and write the result to OUT."),
         VerbFunction(runMerge)},
        {{QStringLiteral("portfolio")},
         QT_TRANSLATE_NOOP("Cli", "portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT] [--lang fr|en]"),
         QT_TRANSLATE_NOOP("Cli", "List the partnerships of the project files of FOLDER with their figures."),
         VerbFunction(runPortfolio)},
        {{QStringLiteral("import-answers")},
         QT_TRANSLATE_NOOP("Cli", "import-answers FILE ANSWERS.xlsx... -o OUT"),
         QT_TRANSLATE_NOOP("Cli",
                           "Import the answers of questionnaire workbooks into FILE and write the result to OUT."),
         VerbFunction(runImportAnswers)},
        {{QStringLiteral("workspace")},
         QT_TRANSLATE_NOOP("Cli", "workspace init|publish|list|sync|members|member|pull …"),
         QT_TRANSLATE_NOOP("Cli",
                           "Share partnerships with a team of managers in a PostgreSQL workspace: make one, "
                           "publish a partnership, list yours, sync a file, make a file of one you lack."),
         VerbFunction(runWorkspace)},
        {{QStringLiteral("--version"), QStringLiteral("-v")},
         QT_TRANSLATE_NOOP("Cli", "--version"),
         QT_TRANSLATE_NOOP("Cli", "Print the version."),
         withoutOptions(runVersion)},
        {{QStringLiteral("--help"), QStringLiteral("-h")},
         QT_TRANSLATE_NOOP("Cli", "--help"),
         QT_TRANSLATE_NOOP("Cli", "Print this help."),
         runHelp},
    };
    return list;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : verbs())
        if (v.names.contains(name))
            return &v;
    return nullptr;
}

// Verbs started by main() itself (they need a QApplication), known here so a
// mistyped one is recognised and suggested.
const QStringList &verbsStartedByMain()
{
    static const QStringList names = {QStringLiteral("report"), QStringLiteral("screenshots")};
    return names;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int substitution = diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, substitution});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

// A first argument that cannot be a file to open: no path separator, no
// extension, no leading dash (Qt's GUI options), and nothing of that name here.
bool looksLikeCommand(const QString &argument)
{
    if (argument.isEmpty() || argument.startsWith(QLatin1Char('-')) || argument.contains(QLatin1Char('/'))
        || argument.contains(QLatin1Char('\\')) || argument.contains(QLatin1Char('.')))
        return false;
    return !QFileInfo::exists(argument);
}

} // namespace

QString nearestVerb(const QString &typed)
{
    QStringList names = verbsStartedByMain();
    for (const Verb &v : verbs())
        for (const QString &name : v.names)
            if (!name.startsWith(QLatin1Char('-')))
                names << name;
    QString best;
    int bestDistance = 0;
    const QString lower = typed.toLower();
    for (const QString &name : names) {
        const int distance = editDistance(lower, name);
        if (best.isEmpty() || distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    // Two slips at most, and never more than half the word: "x" suggests nothing.
    return bestDistance <= std::min(2, int(typed.size()) / 2) ? best : QString();
}

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
                                               "Usage: alliance-pilot [FILE]\n"
                                               "       alliance-pilot COMMAND [ARGUMENTS]\n\n"
                                               "Without a command, opens the window (and FILE in it).\n\n"
                                               "Commands:\n");
    const auto line = [](const char *synopsis, const char *description) {
        return QStringLiteral("  %1  %2\n")
            .arg(QCoreApplication::translate("Cli", synopsis), -36)
            .arg(QCoreApplication::translate("Cli", description));
    }; // The commands first, in the order of the work; --version and --help last.
    for (const Verb &v : verbs())
        if (!v.names.first().startsWith(QLatin1Char('-')))
            text += line(v.synopsis, v.description);
    // Drawn by the window's code, so started by main() rather than run here.
    text += line(QT_TRANSLATE_NOOP("Cli",
                                   "report FILE -o OUT.pdf [--lang fr|en] [--preset full|committee] "
                                   "[--sections LIST] [--paper a4|letter]"),
                 QT_TRANSLATE_NOOP("Cli", "Write the evaluation report of FILE as a PDF file."));
    text += line(QT_TRANSLATE_NOOP("Cli", "report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE"),
                 QT_TRANSLATE_NOOP("Cli", "Write the minutes of one meeting of FILE as a PDF file."));
    text += line(QT_TRANSLATE_NOOP("Cli", "screenshots FOLDER"),
                 QT_TRANSLATE_NOOP("Cli",
                                   "Draw the start page and every step page of the example, in French and "
                                   "English, as PNG files in FOLDER."));
    for (const Verb &v : verbs())
        if (v.names.first().startsWith(QLatin1Char('-')))
            text += line(v.synopsis, v.description);
    text += QLatin1Char('\n')
        + QCoreApplication::translate("Cli",
                                      "Exit codes: 0 done, 1 the input was refused (the reason is printed), "
                                      "2 wrong command line.")
        + QLatin1Char('\n');
    return text;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (verbsStartedByMain().contains(first))
        return false;
    return findVerb(first) || looksLikeCommand(first);
}

bool isHeadless(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return isHeadless(arguments);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    if (arguments.size() < 2) {
        err << QCoreApplication::translate("Cli", "No command given.") << '\n' << helpText();
        err.flush();
        return Usage;
    }
    const Verb *verb = findVerb(arguments.at(1));
    if (!verb) {
        err << QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(arguments.at(1)) << '\n';
        const QString nearest = nearestVerb(arguments.at(1));
        if (!nearest.isEmpty())
            err << QCoreApplication::translate("Cli", "Did you mean “%1”?").arg(nearest) << '\n';
        err << QCoreApplication::translate("Cli", "Run “alliance-pilot --help” for the list of commands.") << '\n';
        err.flush();
        return Usage;
    }
    return verb->run(arguments.mid(1), out, err, options);
}

} // namespace alliance::cli
