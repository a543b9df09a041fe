// `alliance-pilot share FILE --partner NAME -o OUT`: writes a partner's copy
// of FILE. FILE is only read: the record of the share is written in OUT, and
// comes back to FILE when the partner's copy is merged into it.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "sync/partnercopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

/// The partners a copy can be written for, for messages.
QString partnerList(const Project &project)
{
    QStringList names;
    for (const auto &o : project.organisations)
        if (!o.isPrivate)
            names << QStringLiteral("  ") + printable(o.name);
    return names.join(QLatin1Char('\n'));
}

} // namespace

int runShare(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption partnerOption(QStringLiteral("partner"),
                                           QCoreApplication::translate("Cli", "The partner organisation, by name."),
                                           QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("Cli", "The copy to write (a new file)."),
                                       QCoreApplication::translate("Cli", "OUT"));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "share FILE --partner NAME -o OUT"),
        QCoreApplication::translate("Cli",
                                    "Write to OUT a copy of FILE for the partner NAME, without private items; "
                                    "OUT records the share, FILE is not changed."),
        {partnerOption, outOption},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(partnerOption) || !parser.isSet(outOption))
        return usageError(
            syntax, QCoreApplication::translate("Cli", "Give the partner (--partner) and the copy to write (-o)."),
            err);
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(outOption);
    const QString name = parser.value(partnerOption).trimmed();
    if (const auto refused = refuseTarget(syntax, target, {}, err))
        return *refused;

    CheckResult check;
    const Author author {installation::userName(), {}, QUuid::createUuid()};
    auto doc = Document::open(path, author, options, &check);
    if (!doc)
        return refuse(check.message, err);
    const Project &project = doc->project();
    QList<const Organisation *> matches;
    for (const auto &o : project.organisations)
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            matches << &o;
    if (matches.size() != 1)
        return refuse(
            (matches.isEmpty()
                 ? QCoreApplication::translate("Cli", "No partner of “%1” is named “%2”. The partners are:")
                 : QCoreApplication::translate("Cli", "Several partners of “%1” are named “%2”. The partners are:"))
                    .arg(QFileInfo(path).fileName(), name)
                + QLatin1Char('\n') + partnerList(project),
            err);
    const QUuid partner = matches.first()->id;
    const QString partnerName = matches.first()->name;
    QString error;
    if (!sync::sharePartnerCopy(*doc, partner, target, &error))
        return refuse(error, err);
    out << QCoreApplication::translate("Cli",
                                       "Wrote %1, the copy for %2, without private items. The share is recorded "
                                       "in the copy; %3 was not changed.")
               .arg(target, printable(partnerName), path)
        << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
