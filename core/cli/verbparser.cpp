#include "cli/verbparser.h"

#include "cli/terminaltext.h"

#include "cli/cli.h"
#include "storage/samefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Cli", "Show this help."));
}

} // namespace

QString usageText(const VerbSyntax &syntax)
{
    QString text = QCoreApplication::translate("Cli", "Usage: alliance-pilot %1").arg(syntax.synopsis)
        + QLatin1Char('\n') + syntax.description + QLatin1Char('\n');
    QList<QCommandLineOption> options = syntax.options;
    options.append(helpOption());
    for (const QCommandLineOption &o : std::as_const(options)) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QLatin1Char(' ') + o.valueName();
        text += QStringLiteral("  %1  %2\n").arg(left, -22).arg(o.description());
    }
    return text;
}

int usageError(const VerbSyntax &syntax, const QString &message, QTextStream &err)
{
    printLines(err, message);
    err << usageText(syntax);
    err.flush();
    return Usage;
}

std::optional<int> parseVerb(QCommandLineParser &parser, const VerbSyntax &syntax, const QStringList &arguments,
                             QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addOptions(syntax.options);
    // The verb is argv[0] for the parser: "alliance-pilot validate -x" reports "-x", not "validate".
    if (!parser.parse(arguments))
        return usageError(syntax, parser.errorText(), err);
    if (parser.isSet(help)) {
        out << usageText(syntax);
        out.flush();
        return Ok;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < syntax.positionals)
        return usageError(syntax, QCoreApplication::translate("Cli", "Missing argument."), err);
    if (given > syntax.positionals && !syntax.orMore)
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Unexpected argument “%1”.")
                              .arg(parser.positionalArguments().at(syntax.positionals)),
                          err);
    return std::nullopt;
}

std::optional<int> refuseTarget(const VerbSyntax &syntax, const QString &target, const QStringList &inputs,
                                QTextStream &err)
{
    for (const QString &input : inputs)
        if (const QString refusal = refusalToReplaceProject(target, input); !refusal.isEmpty())
            return usageError(syntax, refusal, err);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return refuse(
            QCoreApplication::translate("Cli", "“%1” already exists and was left as it is. Choose another name.")
                .arg(target),
            err);
    return std::nullopt;
}

int refuse(const QString &message, QTextStream &err)
{
    printLines(err, message);
    err.flush();
    return Refused;
}

} // namespace alliance::cli
