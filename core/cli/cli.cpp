// The verbs of the command line and the dispatch to them. A verb is added by
// writing its verb*.cpp and one line in verbs() below.
#include "cli/cli.h"

#include "cli/verbs.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

namespace alliance::cli {

namespace {

using VerbFunction =
    std::function<int(const QStringList &, QTextStream &, QTextStream &, const DocumentOptions &)>;

struct Verb
{
    QStringList names;        ///< "validate", or "--version" and "-v"
    const char *synopsis;     ///< for the help, after the program name
    const char *description;  ///< one line
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
        {{QStringLiteral("new")}, QT_TRANSLATE_NOOP("Cli", "new --example OUT [--scale large]"),
         QT_TRANSLATE_NOOP("Cli", "Write an example partnership to the new file OUT."), VerbFunction(runNew)},
        // The same verb again, for its second form's line in the help.
        {{QStringLiteral("new")}, QT_TRANSLATE_NOOP("Cli", "new --from IN.json OUT"),
         QT_TRANSLATE_NOOP("Cli", "Build the new project file OUT from the interchange file IN.json."),
         VerbFunction(runNew)},
        {{QStringLiteral("validate")}, QT_TRANSLATE_NOOP("Cli", "validate FILE"),
         QT_TRANSLATE_NOOP("Cli", "Check that FILE is a sound project file, without changing it."),
         withoutOptions(runValidate)},
        {{QStringLiteral("info")}, QT_TRANSLATE_NOOP("Cli", "info FILE [--history]"),
         QT_TRANSLATE_NOOP("Cli", "Print the title, partners, current step, last review and indicators of FILE; with "
                                  "--history, every item's changes."),
         VerbFunction(runInfo)},
        {{QStringLiteral("share")}, QT_TRANSLATE_NOOP("Cli", "share FILE --partner NAME -o OUT"),
         QT_TRANSLATE_NOOP("Cli", "Write to OUT a copy of FILE for one partner, without private items (the share is "
                                  "recorded in OUT)."),
         VerbFunction(runShare)},
        {{QStringLiteral("export")}, QT_TRANSLATE_NOOP("Cli", "export FILE --format json -o OUT.json [--private]"),
         QT_TRANSLATE_NOOP("Cli", "Write the partnership of FILE to OUT.json in the interchange format, without "
                                  "private items unless --private."),
         VerbFunction(runExport)},
        {{QStringLiteral("merge")}, QT_TRANSLATE_NOOP("Cli", "merge MINE THEIRS -o OUT"),
         QT_TRANSLATE_NOOP("Cli", "Merge a partner's copy THEIRS into MINE and write the result to OUT."),
         VerbFunction(runMerge)},
        {{QStringLiteral("--version"), QStringLiteral("-v")}, QT_TRANSLATE_NOOP("Cli", "--version"),
         QT_TRANSLATE_NOOP("Cli", "Print the version."), withoutOptions(runVersion)},
        {{QStringLiteral("--help"), QStringLiteral("-h")}, QT_TRANSLATE_NOOP("Cli", "--help"),
         QT_TRANSLATE_NOOP("Cli", "Print this help."), runHelp},
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

} // namespace

QString helpText()
{
    QString text = QCoreApplication::translate("Cli", "Usage: alliance-pilot [FILE]\n"
                                                      "       alliance-pilot COMMAND [ARGUMENTS]\n\n"
                                                      "Without a command, opens the window (and FILE in it).\n\n"
                                                      "Commands:\n");
    for (const Verb &v : verbs())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QCoreApplication::translate("Cli", v.synopsis), -36)
                    .arg(QCoreApplication::translate("Cli", v.description));
    // Drawn by the window's code, so started by main() rather than run here.
    text += QStringLiteral("  %1  %2\n")
                .arg(QCoreApplication::translate("Cli", "report FILE -o OUT.pdf [--lang fr|en] [--sections LIST] "
                                                        "[--paper a4|letter]"),
                     -36)
                .arg(QCoreApplication::translate("Cli", "Write the evaluation report of FILE as a PDF file."));
    text += QStringLiteral("  %1  %2\n")
                .arg(QCoreApplication::translate("Cli", "screenshots FOLDER"), -36)
                .arg(QCoreApplication::translate("Cli", "Draw the start page and every step page of the example, in "
                                                        "French and English, as PNG files in FOLDER."));
    text += QLatin1Char('\n')
        + QCoreApplication::translate("Cli", "Exit codes: 0 done, 1 the input was refused (the reason is printed), "
                                             "2 wrong command line.")
        + QLatin1Char('\n');
    return text;
}

bool isHeadless(const QStringList &arguments)
{
    return arguments.size() > 1 && findVerb(arguments.at(1));
}

bool isHeadless(int argc, char **argv)
{
    return argc > 1 && findVerb(QString::fromLocal8Bit(argv[1]));
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
        err << QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(arguments.at(1)) << '\n'
            << helpText();
        err.flush();
        return Usage;
    }
    return verb->run(arguments.mid(1), out, err, options);
}

} // namespace alliance::cli
