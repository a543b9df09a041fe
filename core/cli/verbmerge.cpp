// `alliance-pilot merge MINE THEIRS -o OUT`: merges a partner's copy, keeping
// for every field the latest change, and writes the result to OUT. MINE and
// THEIRS are only read.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "journal/itemlabel.h"
#include "method/method.h"
#include "sync/merge.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

QString stepName(const QString &id)
{
    const method::Step *step = method::findStep(id);
    return step ? method::tr(step->name) : QCoreApplication::translate("Cli", "outside the steps");
}

QString authorOf(const sync::FieldVersion &v)
{
    return v.authorOrganisation.isEmpty() ? v.authorName : v.authorName + QStringLiteral(", ") + v.authorOrganisation;
}

QString describe(const sync::FieldVersion &v, const QString &shown)
{
    return QCoreApplication::translate("Cli", "“%1” (%2, %3)")
        .arg(shown, authorOf(v), v.when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

} // namespace

int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("Cli", "The merged project to write (a new file)."),
                                       QCoreApplication::translate("Cli", "OUT"));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "merge MINE THEIRS -o OUT"),
        QCoreApplication::translate("Cli",
                                    "Merge the partner's copy THEIRS into MINE, keeping each field's latest "
                                    "change, list the conflicts, and write the result to OUT."),
        {outOption},
        2};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(outOption))
        return usageError(syntax, QCoreApplication::translate("Cli", "Give the file to write (-o OUT)."), err);
    const QString minePath = parser.positionalArguments().at(0);
    const QString theirsPath = parser.positionalArguments().at(1);
    const QString target = parser.value(outOption);
    if (const auto refused = refuseTarget(syntax, target, {minePath, theirsPath}, err))
        return *refused;

    CheckResult check;
    // This computer's installation: changes in its name that MINE lacks are forged.
    const Author author {installation::userName(), {}, installation::id()};
    auto doc = Document::open(minePath, author, options, &check);
    if (!doc)
        return refuse(check.message, err);
    const auto plan = sync::planMerge(*doc, theirsPath, &check);
    if (!plan)
        return refuse(check.message, err);
    QString error;
    if (!doc->applyMerge(*plan, {}, &error))
        return refuse(error, err);
    if (!doc->saveAs(target, &error))
        return refuse(error, err);

    // Every line passes through printable(): names and values come from the partner's file.
    auto line = [&](const QString &text) { out << printable(text) << '\n'; };
    //: %1 is the file's name, %2 the conflicts' count ("2 conflicts")
    line(QCoreApplication::translate("Cli", "%n change(s) came in from %1, %2.", nullptr, int(plan->incoming.size()))
             .arg(QFileInfo(theirsPath).fileName(),
                  QCoreApplication::translate("Cli", "%n conflict(s)", nullptr, int(plan->conflicts.size()))));
    if (!plan->copyFor.isEmpty())
        line(QCoreApplication::translate("Cli", "It is the copy made for %1: the changes of others came in through it.")
                 .arg(plan->copyFor));
    // Deletions first: they are what a careless or hostile copy costs most.
    if (!plan->deletions.isEmpty())
        line(QCoreApplication::translate("Cli", "Deleted by this merge (%1):").arg(plan->deletions.size()));
    for (const auto &d : plan->deletions)
        line(QCoreApplication::translate("Cli", "  %1 (deleted by %2, %3)")
                 .arg(d.itemLabel, authorOf(d.by), d.by.when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    if (!plan->refused.isEmpty())
        line(QCoreApplication::translate("Cli", "Left out (%n item(s)):", nullptr, int(plan->refused.size())));
    for (const auto &r : plan->refused)
        line(QCoreApplication::translate("Cli", "  %1: %2 (%n change(s))", nullptr, r.changes)
                 .arg(r.itemLabel, r.reason));
    for (const auto &c : plan->summary) {
        const QString who
            = c.organisation.isEmpty() ? c.author : QStringLiteral("%1 (%2)").arg(c.author, c.organisation);
        line(QCoreApplication::translate("Cli", "  %1, %2: %n change(s)", nullptr, c.changes)
                 .arg(who, stepName(c.stepId)));
    }
    if (!plan->conflicts.isEmpty())
        line(QCoreApplication::translate("Cli",
                                         "Conflicts (both sides changed the same field; the latest change was kept):"));
    // Values named as the merged project names them (references to items, method labels, dates, amounts).
    const ItemLabels labels(*doc);
    for (const auto &c : plan->conflicts) {
        //: a conflict's item and field: Indicator “Workshops”, Target
        line(QCoreApplication::translate("Cli", "  %1, %2").arg(c.itemLabel, itemlabel::fieldLabel(c.table, c.field)));
        line(QCoreApplication::translate("Cli", "    mine:   %1")
                 .arg(describe(c.mine, labels.valueText(c.table, c.field, c.mine.value)))
             + (c.theirsWins ? QString() : QCoreApplication::translate("Cli", "  (kept)")));
        line(QCoreApplication::translate("Cli", "    theirs: %1")
                 .arg(describe(c.theirs, labels.valueText(c.table, c.field, c.theirs.value)))
             + (c.theirsWins ? QCoreApplication::translate("Cli", "  (kept)") : QString()));
    }
    line(QCoreApplication::translate("Cli", "Wrote %1; %2 and %3 were not changed.").arg(target, minePath, theirsPath));
    out.flush();
    return Ok;
}

} // namespace alliance::cli
